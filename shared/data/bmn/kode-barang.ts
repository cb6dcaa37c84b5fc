// Owns the seed of the kode barang tree: golongan → bidang → kelompok → sub kelompok → sub-sub kelompok, 10 digits
// `G.BB.KK.SS.SSS` (reference /work/shared/reference/bmn.md §A.3; PMK 29/PMK.06/2010, to which PMK 181/PMK.06/2016
// Lampiran II huruf g delegates kodefikasi). Rows feed `ref_kode_barang` of §E. Codes are stored as digits only, the
// form SIMAK/SAKTI exports use (kd_brg).
//
// What the reference gives, and how it is marked (`keyakinan`, see sumber.ts):
// - Golongan 1–8 [O: S10 DJPb SAKTI training slide; S: S8].
// - Bidang 3.01–3.19 of Peralatan dan Mesin [S]: consistent across SIMAK-derived datasets, but the PMK 29/2010 lampiran
//   itself was not read, so every name is unconfirmed (bmn.md F.2). 3.17 "Peralatan Proses/Produksi" is [U] even there.
// - Bidang 3.20 and 3.21 exist (kelompok 32001/32002/32101 added by KMK 266/KM.6/2023 in the masa manfaat data) but
//   their names were not found [U]: uraian URAIAN_TIDAK_DISEBUT.
// - The common sub-sub kelompok items are examples from public SIMAK/SAKTI dumps [S: S31/S32], "use the official
//   reference shipped with SAKTI/SIMAN": printer/scanner (one dump shows 31001030xx) and server/router/switch (level)
//   are flagged "verify" in the reference and carry a catatan here.
// - Kelompok names are those of the masa manfaat table (§A.13) or of the example table's notes [S]; 30901 Senjata Api
//   and 40102 Rumah Negara are "[name U]" there.
// - Every other parent (bidang 4.01, 6.02, 8.01 and most sub kelompok) exists only because a child code implies it;
//   the reference does not name it [U].
// The full official tree is meant to be imported from a SAKTI/SIMAN export (§A.3 design rule); this seed is the
// minimum that lets the register, the masa manfaat table and the demo office work offline.
import type { LevelKodeBarang } from '../../domain/bmn/kode-barang.ts';
import type { Keyakinan } from './sumber.ts';

export type KodeBarangSeed = {
  /** Digits only: 1, 3, 5, 7 or 10 of them. */
  kode: string;
  uraian: string;
  level: LevelKodeBarang;
  /** The code one level up; null for a golongan. */
  induk: string | null;
  keyakinan: Keyakinan;
  /** Section of bmn.md and the source keys it cites. */
  sumber: string;
  dasarHukum: string;
  catatan?: string;
};

export const REFERENSI_KODE_BARANG = {
  kode: 'satu-seed-bmn-2026',
  nama: 'Kode Barang BMN — seed SATU dari catatan referensi bmn.md §A.3',
  dasar: 'PMK 29/PMK.06/2010 tentang Penggolongan dan Kodefikasi BMN (lampiran tidak dibaca); PMK 181/PMK.06/2016 Lampiran II huruf g.',
  catatan: 'Contoh dari data SIMAK/SAKTI publik; ganti dengan impor referensi resmi dari SAKTI/SIMAN.',
} as const;

/** Name given to a node whose code the reference implies (it has children) but does not name. */
export const URAIAN_TIDAK_DISEBUT = '(uraian tidak disebut dalam referensi)';

const DASAR = 'PMK 29/PMK.06/2010 jo. PMK 181/PMK.06/2016 Lampiran II huruf g';
const GOLONGAN = 'A.3 tabel Golongan (S10, S8)';
const BIDANG = 'A.3 tabel Bidang golongan 3 (SIMAK-derived datasets; nama belum dicek)';
const BIDANG_BARU = 'A.3 catatan: kelompok 32001/32002/32101 (KMK 266/KM.6/2023) dalam data masa manfaat S6';
const KELOMPOK = 'A.13 tabel masa manfaat (S6)';
const CONTOH = 'A.3 contoh kode sub-sub kelompok (S31/S32)';
const TERSIRAT = 'A.3/A.13: induk yang tersirat dari kode anaknya';
const PERIKSA_PERALATAN = 'Referensi: satu dump menulis 31001030xx untuk barang yang sama; periksa terhadap referensi SAKTI.';
const PERIKSA_LEVEL = 'Referensi: periksa level kodenya terhadap referensi SAKTI.';

function r(
  kode: string,
  level: LevelKodeBarang,
  induk: string | null,
  uraian: string,
  keyakinan: Keyakinan,
  sumber: string,
  catatan?: string,
): KodeBarangSeed {
  return { kode, uraian, level, induk, keyakinan, sumber, dasarHukum: DASAR, ...(catatan === undefined ? {} : { catatan }) };
}

const tersirat = (kode: string, level: LevelKodeBarang, induk: string, catatan?: string): KodeBarangSeed =>
  r(kode, level, induk, URAIAN_TIDAK_DISEBUT, 'U', TERSIRAT, catatan);

export const kodeBarangSeed: readonly KodeBarangSeed[] = [
  r('1', 1, null, 'Persediaan', 'O', GOLONGAN),
  r('2', 1, null, 'Tanah', 'O', GOLONGAN),
  r('3', 1, null, 'Peralatan dan Mesin', 'O', GOLONGAN),
  r('301', 2, '3', 'Alat Besar', 'S', BIDANG),
  r('30101', 3, '301', 'Alat Besar Darat', 'S', KELOMPOK),
  r('302', 2, '3', 'Alat Angkutan', 'S', BIDANG),
  r('30201', 3, '302', 'Alat Angkutan Darat Bermotor', 'S', KELOMPOK),
  tersirat('3020101', 4, '30201', 'Berisi kendaraan roda 4 (mis. station wagon).'),
  r('3020101003', 5, '3020101', 'Station Wagon', 'S', CONTOH),
  tersirat('3020104', 4, '30201', 'Berisi kendaraan roda 2 (sepeda motor).'),
  r('3020104001', 5, '3020104', 'Sepeda Motor', 'S', CONTOH),
  r('303', 2, '3', 'Alat Bengkel dan Alat Ukur', 'S', BIDANG),
  r('304', 2, '3', 'Alat Pertanian', 'S', BIDANG),
  r('305', 2, '3', 'Alat Kantor dan Rumah Tangga', 'S', BIDANG),
  r('30501', 3, '305', 'Alat Kantor', 'S', KELOMPOK),
  tersirat('3050104', 4, '30501', 'Berisi lemari besi, filing cabinet, brankas.'),
  r('3050104001', 5, '3050104', 'Lemari Besi/Metal', 'S', CONTOH),
  r('3050104005', 5, '3050104', 'Filing Cabinet Besi', 'S', CONTOH),
  r('3050104007', 5, '3050104', 'Brankas', 'S', CONTOH),
  tersirat('3050105', 4, '30501', 'Berisi CCTV, mesin absensi, LCD projector.'),
  r('3050105007', 5, '3050105', 'CCTV', 'S', CONTOH),
  r('3050105017', 5, '3050105', 'Mesin Absensi', 'S', CONTOH),
  r('3050105048', 5, '3050105', 'LCD Projector/Infocus', 'S', CONTOH),
  r('30502', 3, '305', 'Alat Rumah Tangga', 'S', KELOMPOK),
  r('3050201', 4, '30502', 'Meubelair', 'S', CONTOH),
  r('3050201002', 5, '3050201', 'Meja Kerja Kayu', 'S', CONTOH),
  r('3050201003', 5, '3050201', 'Kursi Besi/Metal', 'S', CONTOH),
  r('3050201008', 5, '3050201', 'Meja Rapat', 'S', CONTOH),
  r('3050204', 4, '30502', 'Alat Pendingin', 'S', CONTOH),
  r('3050204001', 5, '3050204', 'Lemari Es', 'S', CONTOH),
  r('3050204004', 5, '3050204', 'A.C. Split', 'S', CONTOH),
  r('3050204006', 5, '3050204', 'Kipas Angin', 'S', CONTOH),
  tersirat('3050206', 4, '30502', 'Berisi televisi dan sound system.'),
  r('3050206002', 5, '3050206', 'Televisi', 'S', CONTOH),
  r('3050206008', 5, '3050206', 'Sound System', 'S', CONTOH),
  r('306', 2, '3', 'Alat Studio, Komunikasi dan Pemancar', 'S', BIDANG),
  r('30601', 3, '306', 'Alat Studio', 'S', CONTOH, 'Nama dari catatan contoh "Alat Studio / Komunikasi" (UPS).'),
  tersirat('3060101', 4, '30601'),
  r('3060101048', 5, '3060101', 'UPS', 'S', CONTOH),
  r('30602', 3, '306', 'Alat Komunikasi', 'S', CONTOH, 'Nama dari catatan contoh "Alat Studio / Komunikasi" (HT).'),
  tersirat('3060201', 4, '30602'),
  r('3060201006', 5, '3060201', 'Handy Talky (HT)', 'S', CONTOH),
  r('307', 2, '3', 'Alat Kedokteran dan Kesehatan', 'S', BIDANG),
  r('308', 2, '3', 'Alat Laboratorium', 'S', BIDANG),
  r('309', 2, '3', 'Alat Persenjataan', 'S', BIDANG),
  r('30901', 3, '309', 'Senjata Api', 'U', KELOMPOK, 'Referensi: nama kelompok belum terkonfirmasi.'),
  r('310', 2, '3', 'Komputer', 'S', BIDANG),
  r('31001', 3, '310', 'Komputer Unit', 'S', KELOMPOK),
  tersirat('3100102', 4, '31001', 'Berisi PC unit, laptop, notebook, tablet PC.'),
  r('3100102001', 5, '3100102', 'P.C Unit', 'S', CONTOH),
  r('3100102002', 5, '3100102', 'Laptop', 'S', CONTOH),
  r('3100102003', 5, '3100102', 'Notebook', 'S', CONTOH),
  r('3100102009', 5, '3100102', 'Tablet PC', 'S', CONTOH),
  tersirat('3100104', 4, '31001', PERIKSA_LEVEL),
  r('3100104001', 5, '3100104', 'Server', 'S', CONTOH, PERIKSA_LEVEL),
  r('3100104002', 5, '3100104', 'Router', 'S', CONTOH, PERIKSA_LEVEL),
  r('3100104024', 5, '3100104', 'Switch', 'S', CONTOH, PERIKSA_LEVEL),
  r('31002', 3, '310', 'Peralatan Komputer', 'S', KELOMPOK),
  r('3100203', 4, '31002', 'Peralatan Personal Komputer', 'S', CONTOH),
  r('3100203003', 5, '3100203', 'Printer', 'S', CONTOH, PERIKSA_PERALATAN),
  r('3100203004', 5, '3100203', 'Scanner', 'S', CONTOH, PERIKSA_PERALATAN),
  r('311', 2, '3', 'Alat Eksplorasi', 'S', BIDANG),
  r('312', 2, '3', 'Alat Pengeboran', 'S', BIDANG),
  r('313', 2, '3', 'Alat Produksi, Pengolahan dan Pemurnian', 'S', BIDANG),
  r('314', 2, '3', 'Alat Bantu Eksplorasi', 'S', BIDANG),
  r('315', 2, '3', 'Alat Keselamatan Kerja', 'S', BIDANG),
  r('316', 2, '3', 'Alat Peraga', 'S', BIDANG),
  r('317', 2, '3', 'Peralatan Proses/Produksi', 'U', BIDANG, 'Referensi: isi "mesin bimker (jahit, las…)" belum terkonfirmasi.'),
  r('318', 2, '3', 'Rambu-Rambu', 'S', BIDANG),
  r('319', 2, '3', 'Peralatan Olahraga', 'S', BIDANG),
  r('320', 2, '3', URAIAN_TIDAK_DISEBUT, 'U', BIDANG_BARU),
  r('321', 2, '3', URAIAN_TIDAK_DISEBUT, 'U', BIDANG_BARU),
  r('4', 1, null, 'Gedung dan Bangunan', 'O', GOLONGAN),
  tersirat('401', 2, '4'),
  r('40101', 3, '401', 'Gedung Kantor (Tempat Kerja)', 'S', KELOMPOK),
  tersirat('4010101', 4, '40101'),
  r('4010101001', 5, '4010101', 'Bangunan Gedung Kantor Permanen', 'S', CONTOH),
  r('40102', 3, '401', 'Rumah Negara (Gedung Tempat Tinggal)', 'U', KELOMPOK, 'Referensi: nama kelompok belum terkonfirmasi.'),
  r('5', 1, null, 'Jalan, Irigasi, dan Jaringan', 'O', GOLONGAN),
  r('6', 1, null, 'Aset Tetap Lainnya', 'O', GOLONGAN),
  tersirat('602', 2, '6'),
  tersirat('60201', 3, '602'),
  tersirat('6020101', 4, '60201'),
  r('6020101002', 5, '6020101', 'Alat Musik Modern/Band', 'S', CONTOH, 'Aset tetap lainnya yang disusutkan (bmn.md A.3).'),
  r('7', 1, null, 'Konstruksi Dalam Pengerjaan', 'O', GOLONGAN),
  r('8', 1, null, 'Aset Tak Berwujud', 'O', GOLONGAN),
  tersirat('801', 2, '8'),
  tersirat('80101', 3, '801'),
  tersirat('8010101', 4, '80101'),
  r('8010101001', 5, '8010101', 'Software Komputer', 'S', CONTOH),
];
