// Owns the seed of masa manfaat (useful life) per kelompok, the 5-digit prefix of the kode barang (reference
// /work/shared/reference/bmn.md §A.13 "Masa manfaat for common items"; KMK 295/KM.6/2019 Tabel I, 22 November 2019).
// Rows feed `ref_masa_manfaat` of §E; shared/domain/bmn/penyusutan.ts looks them up with cariMasaManfaat.
//
// How sure (`keyakinan`): every row is [S]. The reference transcribed Tabel I "as amended" from a third-party
// application (S6); the KMK PDF itself was not read, and the amendments KMK 266/KM.6/2023 and 339/KM.6/2024 are [U]
// (bmn.md F.5). 30901 Senjata Api and 40102 Rumah Negara have "[name U]" in the reference. Software is amortised over
// 4 years under KMK 620/KM.6/2015 (aset tak berwujud), not KMK 295. The tax table (PMK 96/PMK.03/2009: car 8 years)
// must not be used: the government table gives kendaraan darat bermotor 7 years, roda 2 and roda 4 alike.
// Only the reference's common items are seeded; the rest of Tabel I (30101 … 32101, 40101 … 40401, 50101 … 50404)
// is meant to be imported, and until then an asset of another kelompok is reported "tanpa referensi", never guessed.
// Tabel II (years added by a capitalised repair) is not in the reference: the repair's transaction carries the years.
import type { Keyakinan } from './sumber.ts';

export type MasaManfaatSeed = {
  /** 5 digits: golongan · bidang · kelompok. */
  kelompok: string;
  uraian: string;
  tahun: number;
  metode: 'penyusutan' | 'amortisasi';
  /** The reference's example items and codes for the row. */
  contoh: string;
  dasarHukum: string;
  /** Date of the KMK the value comes from; null when the reference gives none. */
  berlakuDari: string | null;
  keyakinan: Keyakinan;
  sumber: string;
  catatan?: string;
};

const KMK_295 = 'KMK 295/KM.6/2019 Tabel I (sebagaimana diubah KMK 266/KM.6/2023 dan 339/KM.6/2024; perubahan belum diperiksa)';
const TGL_KMK_295 = '2019-11-22';
const SUMBER = 'A.13 tabel masa manfaat (S6; PDF KMK tidak dibaca)';

const m = (kelompok: string, uraian: string, tahun: number, contoh: string, catatan?: string): MasaManfaatSeed => ({
  kelompok,
  uraian,
  tahun,
  metode: 'penyusutan',
  contoh,
  dasarHukum: KMK_295,
  berlakuDari: TGL_KMK_295,
  keyakinan: 'S',
  sumber: SUMBER,
  ...(catatan === undefined ? {} : { catatan }),
});

export const masaManfaatSeed: readonly MasaManfaatSeed[] = [
  m('30101', 'Alat Besar Darat', 10, 'Alat besar darat (genset besar dan sejenisnya), 30101xxxxx'),
  m('30201', 'Alat Angkutan Darat Bermotor', 7, 'Sepeda motor 3020104001; sedan, station wagon, minibus, mobil tahanan 30201010xx'),
  m('30501', 'Alat Kantor', 5, 'Lemari/filing/brankas, LCD projector, CCTV, 30501xxxxx'),
  m('30502', 'Alat Rumah Tangga', 5, 'Meubelair 3050201xxx; AC split, lemari es, kipas 3050204xxx'),
  m('30601', 'Alat Studio', 5, 'UPS, kamera (alat studio), 30601xxxxx'),
  m('30602', 'Alat Komunikasi', 5, 'HT/radio (alat komunikasi), 30602xxxxx'),
  m('30901', 'Senjata Api', 10, 'Senjata api petugas, 30901xxxxx', 'Referensi: nama kelompok belum terkonfirmasi.'),
  m('31001', 'Komputer Unit', 4, 'Laptop 3100102002, notebook 3100102003, PC unit 3100102001'),
  m('31002', 'Peralatan Komputer', 4, 'Printer, scanner, monitor, 31002xxxxx'),
  m('40101', 'Gedung Kantor (Tempat Kerja)', 50, 'Bangunan gedung kantor permanen 4010101001'),
  m('40102', 'Rumah Negara (Gedung Tempat Tinggal)', 50, 'Rumah negara, 40102xxxxx', 'Referensi: nama kelompok belum terkonfirmasi.'),
  {
    kelompok: '80101',
    uraian: 'Software',
    tahun: 4,
    metode: 'amortisasi',
    contoh: 'Software komputer 8010101001',
    dasarHukum: 'KMK 620/KM.6/2015 (amortisasi aset tak berwujud)',
    berlakuDari: null,
    keyakinan: 'S',
    sumber: 'A.13 tabel masa manfaat (S26, S27)',
    catatan: 'Nama kelompok tidak disebut dalam referensi; "Software" adalah uraian barisnya.',
  },
];
