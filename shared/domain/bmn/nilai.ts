// Owns the closed value sets of the BMN register (reference bmn.md A.3, A.8–A.10, A.13, E) and the
// Indonesian names the UI and the printed lists (DBR, KIB, LKB) use.

/** Golongan of the kode barang, PMK 29/PMK.06/2010 (A.3 [O]). Names live in shared/data/bmn/kode-barang.ts. */
export const GOLONGAN = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type Golongan = (typeof GOLONGAN)[number];

/**
 * Whether a golongan is depreciated (A.3 table, A.13; PMK 65/PMK.06/2017 [S]): peralatan dan mesin, gedung dan
 * bangunan, JIJ yes; persediaan, tanah, KDP no; aset tetap lainnya only for some items (alat musik modern);
 * aset tak berwujud is amortised (KMK 620/KM.6/2015).
 */
export type PenyusutanGolongan = 'ya' | 'tidak' | 'sebagian' | 'amortisasi';
export const PENYUSUTAN_GOLONGAN: Record<Golongan, PenyusutanGolongan> = {
  '1': 'tidak',
  '2': 'tidak',
  '3': 'ya',
  '4': 'ya',
  '5': 'ya',
  '6': 'sebagian',
  '7': 'tidak',
  '8': 'amortisasi',
};

/** Kondisi barang: exactly three values (PMK 181/PMK.06/2016 Lamp. II huruf i [R]). */
export const KONDISI = ['B', 'RR', 'RB'] as const;
export type Kondisi = (typeof KONDISI)[number];
export const NAMA_KONDISI: Record<Kondisi, string> = { B: 'Baik', RR: 'Rusak Ringan', RB: 'Rusak Berat' };
/** Working definitions (A.8): the three categories are [R], this wording is [S] (bmn.md F.3). */
export const URAIAN_KONDISI: Record<Kondisi, string> = {
  B: 'Barang utuh dan berfungsi dengan baik.',
  RR: 'Barang utuh tetapi kurang berfungsi dengan baik; perlu perbaikan ringan tanpa penggantian bagian utama.',
  RB: 'Barang tidak utuh dan/atau tidak berfungsi; perlu perbaikan besar atau penggantian bagian utama yang tidak ekonomis.',
};

/**
 * Penguasaan (DBR column "Penguasaan", SIMAK `kd_pemilik`; A.9 axis 1): who the office holds the item from. The
 * official value list is not confirmed (bmn.md F.7); these three are the ones the seed Renstra uses (milik sendiri,
 * pinjam pakai, sewa). Own BMN lent or rented OUT stays `milik_sendiri` with status penggunaan `dimanfaatkan`, so
 * the two axes never say the same thing twice.
 */
export const PENGUASAAN = ['milik_sendiri', 'pinjam_pakai', 'sewa'] as const;
export type Penguasaan = (typeof PENGUASAAN)[number];
export const NAMA_PENGUASAAN: Record<Penguasaan, string> = {
  milik_sendiri: 'Milik Sendiri',
  pinjam_pakai: 'Pinjam Pakai',
  sewa: 'Sewa',
};

/**
 * Status penggunaan (A.9 axis 2): normal use after PSP; penggunaan sementara by another Pengguna (PP 28/2020 Ps. 19);
 * dioperasikan pihak lain (PP 27/2014 Ps. 18); dimanfaatkan (sewa, pinjam pakai, KSP… — PP 27/2014 Ps. 27); idle
 * (PP 27/2014 Ps. 22–24); dihentikan dari penggunaan (trx 401, PMK 181 Lamp. II huruf f.7).
 */
export const STATUS_PENGGUNAAN = [
  'digunakan',
  'digunakan_sementara',
  'dioperasikan_pihak_lain',
  'dimanfaatkan',
  'idle',
  'dihentikan',
] as const;
export type StatusPenggunaan = (typeof STATUS_PENGGUNAAN)[number];
export const NAMA_STATUS_PENGGUNAAN: Record<StatusPenggunaan, string> = {
  digunakan: 'Digunakan',
  digunakan_sementara: 'Digunakan sementara oleh Pengguna Barang lain',
  dioperasikan_pihak_lain: 'Dioperasikan oleh pihak lain',
  dimanfaatkan: 'Dimanfaatkan (sewa, pinjam pakai, KSP dan lainnya)',
  idle: 'Idle (tidak digunakan untuk tugas dan fungsi)',
  dihentikan: 'Dihentikan dari penggunaan',
};

/**
 * Where an asset stands in the books (A.13, A.18; PMK 181 Ps. 42–43): on the balance sheet; in one of the
 * off-balance lists after 901/911/941 (no depreciation there); out of the register after 30x/39x.
 */
export const STATUS_REGISTER = ['belum', 'aktif', 'hilang', 'usul_hapus', 'usang', 'keluar'] as const;
export type StatusRegister = (typeof STATUS_REGISTER)[number];
export const NAMA_STATUS_REGISTER: Record<StatusRegister, string> = {
  belum: 'Belum tercatat',
  aktif: 'Tercatat (neraca)',
  hilang: 'Daftar Barang Hilang',
  usul_hapus: 'Daftar Barang Rusak Berat / diusulkan dihapus',
  usang: 'Daftar Barang Usang',
  keluar: 'Sudah keluar dari register',
};

/** The off-balance lists of an asset proposed for disposal or lost (Daftar Barang Rusak Berat / Hilang). */
export type DaftarKhusus = 'hilang' | 'usul_hapus' | 'usang';

/** Intra/ekstrakomptabel (PMK 181 Ps. 40 [R]; A.10). */
export const KOMPTABEL = ['intra', 'ekstra'] as const;
export type Komptabel = (typeof KOMPTABEL)[number];
export const NAMA_KOMPTABEL: Record<Komptabel, string> = { intra: 'Intrakomptabel', ekstra: 'Ekstrakomptabel' };

/** Official NUP from SAKTI, or a temporary one SATU gave an item not yet booked (A.4). */
export const STATUS_NUP = ['resmi', 'sementara'] as const;
export type StatusNup = (typeof STATUS_NUP)[number];
export const NAMA_STATUS_NUP: Record<StatusNup, string> = { resmi: 'NUP resmi (SAKTI)', sementara: 'NUP sementara' };
