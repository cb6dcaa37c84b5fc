// Owns the organisation units of a Kanwil Ditjenpas and how they differ between tipe A and tipe B, plus the fungsi of
// the Bagian Tata Usaha dan Umum. Source: seed 000_904d16772e9db652.txt (Permen Imigrasi dan Pemasyarakatan No. 4 Tahun
// 2024), BAB III: Pasal 8 (struktur tipe A), Pasal 9-20 (the units of tipe A), Pasal 21 (struktur tipe B), Pasal 22-30
// (the units of tipe B), Pasal 10/23 (fungsi Tata Usaha dan Umum), Pasal 41 ayat (3) (eselon of kepala bagian/bidang).
//
// Notes on the seed text:
// - The Peraturan creates no subbagian or seksi: every bagian and bidang "terdiri atas kelompok jabatan fungsional dan
//   jabatan pelaksana" (Pasal 11, 14, 17, 20, 24, 27; Pasal 30 prints it without "kelompok"). Those groups are modelled
//   as child units of jenis 'kelompok-jabatan-fungsional'. Sub-areas such as perencanaan/keuangan/SDM inside Tata Usaha
//   come from the Renstra documents, not from the Peraturan, and are not units here.
// - Tipe B has no Bidang Perawatan, Pengamanan, dan Kepatuhan Internal; on tipe B its field ("perawatan, pengamanan,
//   dan kepatuhan internal") is part of the fungsi of the Bidang Pelayanan dan Pembinaan (Pasal 26 huruf a-c).
// - The extracted text prints "Bidang Pembimbingan Masyarakat" in Pasal 15-17 and Pasal 21 huruf c, but "Bidang
//   Pembimbingan Kemasyarakatan" in Pasal 8 huruf c and Pasal 28-30. The same OCR loss turns "Pemasyarakatan" into
//   "Masyarakat" elsewhere (e.g. "Direktorat Jenderal Masyarakat Tipe B" in Pasal 21), so the name is corrected to
//   "Bidang Pembimbingan Kemasyarakatan".
// - A unit with `induk: null` reports directly to the Kepala Kantor Wilayah (Pasal 36 ayat (2)).

import type { TipeKanwil } from './kanwil.ts';

export const JENIS_UNIT_ORGANISASI = ['bagian', 'bidang', 'kelompok-jabatan-fungsional'] as const;
export type JenisUnitOrganisasi = (typeof JENIS_UNIT_ORGANISASI)[number];

export type UnitOrganisasi = {
  /** Short stable slug chosen for SATU (not an official code). */
  kode: string;
  nama: string;
  jenis: JenisUnitOrganisasi;
  /** `kode` of the parent unit, or null when the unit reports directly to the Kepala Kantor Wilayah. */
  induk: string | null;
  /** Which Kanwil type has this unit. */
  tipeKanwil: TipeKanwil | 'semua';
  /** The Pasal (and huruf) that creates the unit; tipe A basis first, then tipe B. */
  dasar: string;
  /** Echelon of the unit's head per Pasal 41 ayat (3); null for groups of jabatan fungsional/pelaksana (no head). */
  eselonPimpinan: 'III.a' | null;
  /** What differs between the Kanwil types, or a note on the seed text; null when nothing to note. */
  keterangan: string | null;
};

const KJF = 'Kelompok Jabatan Fungsional dan Jabatan Pelaksana';

export const unitOrganisasi: readonly UnitOrganisasi[] = [
  {
    kode: 'tu-umum',
    nama: 'Bagian Tata Usaha dan Umum',
    jenis: 'bagian',
    induk: null,
    tipeKanwil: 'semua',
    dasar: 'Pasal 8 huruf a; Pasal 21 huruf a',
    eselonPimpinan: 'III.a',
    keterangan: 'Tugas (Pasal 9/22) dan fungsi (Pasal 10/23) sama pada tipe A dan tipe B.',
  },
  {
    kode: 'yanbin',
    nama: 'Bidang Pelayanan dan Pembinaan',
    jenis: 'bidang',
    induk: null,
    tipeKanwil: 'semua',
    dasar: 'Pasal 8 huruf b; Pasal 21 huruf b',
    eselonPimpinan: 'III.a',
    keterangan:
      'Pada tipe B juga mencakup perawatan, pengamanan, dan kepatuhan internal (Pasal 26), karena tipe B tidak memiliki Bidang Perawatan, Pengamanan, dan Kepatuhan Internal.',
  },
  {
    kode: 'bimkemas',
    nama: 'Bidang Pembimbingan Kemasyarakatan',
    jenis: 'bidang',
    induk: null,
    tipeKanwil: 'semua',
    dasar: 'Pasal 8 huruf c; Pasal 21 huruf c',
    eselonPimpinan: 'III.a',
    keterangan: 'Teks hasil ekstraksi menulis "Bidang Pembimbingan Masyarakat" pada Pasal 15-17 dan Pasal 21 huruf c (salah OCR).',
  },
  {
    kode: 'ppki',
    nama: 'Bidang Perawatan, Pengamanan, dan Kepatuhan Internal',
    jenis: 'bidang',
    induk: null,
    tipeKanwil: 'A',
    dasar: 'Pasal 8 huruf d',
    eselonPimpinan: 'III.a',
    keterangan: 'Hanya pada tipe A (Pasal 18-20); tidak ada dalam Pasal 21.',
  },
  {
    kode: 'jf',
    nama: KJF,
    jenis: 'kelompok-jabatan-fungsional',
    induk: null,
    tipeKanwil: 'semua',
    dasar: 'Pasal 8 huruf e; Pasal 21 huruf d',
    eselonPimpinan: null,
    keterangan: null,
  },
  {
    kode: 'tu-umum-jf',
    nama: KJF,
    jenis: 'kelompok-jabatan-fungsional',
    induk: 'tu-umum',
    tipeKanwil: 'semua',
    dasar: 'Pasal 11; Pasal 24',
    eselonPimpinan: null,
    keterangan: null,
  },
  {
    kode: 'yanbin-jf',
    nama: KJF,
    jenis: 'kelompok-jabatan-fungsional',
    induk: 'yanbin',
    tipeKanwil: 'semua',
    dasar: 'Pasal 14; Pasal 27',
    eselonPimpinan: null,
    keterangan: null,
  },
  {
    kode: 'bimkemas-jf',
    nama: KJF,
    jenis: 'kelompok-jabatan-fungsional',
    induk: 'bimkemas',
    tipeKanwil: 'semua',
    dasar: 'Pasal 17; Pasal 30',
    eselonPimpinan: null,
    keterangan: 'Pasal 30 (tipe B) menulis "jabatan fungsional dan jabatan pelaksana" tanpa kata "kelompok".',
  },
  {
    kode: 'ppki-jf',
    nama: KJF,
    jenis: 'kelompok-jabatan-fungsional',
    induk: 'ppki',
    tipeKanwil: 'A',
    dasar: 'Pasal 20',
    eselonPimpinan: null,
    keterangan: null,
  },
];

/** The units a Kanwil of the given type has (Pasal 8 for tipe A, Pasal 21 for tipe B). */
export function unitOrganisasiUntukTipe(tipe: TipeKanwil): readonly UnitOrganisasi[] {
  return unitOrganisasi.filter((u) => u.tipeKanwil === 'semua' || u.tipeKanwil === tipe);
}

export type FungsiUnit = {
  huruf: string;
  uraian: string;
};

/**
 * Fungsi of the Bagian Tata Usaha dan Umum, Pasal 10 huruf a-g (tipe A); Pasal 23 (tipe B) has the same seven items
 * (it differs only by a missing comma in huruf d and a stray "dan" after huruf e).
 */
export const fungsiTataUsahaUmum: readonly FungsiUnit[] = [
  {
    huruf: 'a',
    uraian:
      'pengoordinasian dan penyusunan rencana program, kegiatan, dan anggaran di lingkungan Kantor Wilayah Direktorat Jenderal Pemasyarakatan',
  },
  {
    huruf: 'b',
    uraian: 'pengoordinasian dan fasilitasi pengelolaan manajemen kinerja, manajemen risiko, dan pelaksanaan reformasi birokrasi',
  },
  { huruf: 'c', uraian: 'pengoordinasian dan fasilitasi pengelolaan, pembinaan, pengembangan, dan kesejahteraan sumber daya manusia' },
  { huruf: 'd', uraian: 'pengoordinasian dan fasilitasi pelaksanaan anggaran, perbendaharaan, akuntansi, dan pelaporan' },
  { huruf: 'e', uraian: 'penyiapan koordinasi dan pelaksanaan kerja sama, teknologi informasi, pengolahan data, dan komunikasi publik' },
  { huruf: 'f', uraian: 'pengoordinasian dan pelaksanaan administrasi pengelolaan barang milik negara/kekayaan negara' },
  {
    huruf: 'g',
    uraian: 'penyiapan koordinasi dan pelaksanaan ketatausahaan pimpinan, keprotokolan, kerumahtanggaan, urusan kearsipan, dan persuratan',
  },
];
