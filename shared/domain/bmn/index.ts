// Owns the public surface of the BMN domain's pure rules (reference bmn.md A.3–A.15): value sets (nilai), kode barang
// (kode-barang), kode UAKPB (kode-uakpb), NUP allocation (nup), label and scan payloads (label), intra/ekstrakomptabel
// (komptabel), the semester calendar (semester), transactions (transaksi) and the derived state of a unit (keadaan) and
// depreciation (penyusutan). Reference data (kode barang tree, masa manfaat, transaction codes, thresholds) is in
// shared/data/bmn.
export * from './nilai.ts';
export {
  NAMA_LEVEL_KODE_BARANG,
  alasanKodeBarangAsetDitolak,
  formatKodeBarang,
  kelompokKodeBarang,
  leluhurKodeBarang,
  pastikanKodeBarang,
  periksaPohonKodeBarang,
  uraiKodeBarang,
} from './kode-barang.ts';
export type { BarisPohon, KodeBarang, LevelKodeBarang } from './kode-barang.ts';
export { NAMA_JENIS_KEWENANGAN, formatKodeUakpb, isKodeSatker, uraiKodeUakpb } from './kode-uakpb.ts';
export type { KodeUakpb } from './kode-uakpb.ts';
export { NUP_MAKS, alokasiNup, isNup, konfirmasiNup, kunciNup, nupBerikut } from './nup.ts';
export type { EntriNup, PerubahanNup } from './nup.ts';
export {
  barisLabel,
  crc16,
  kodeRegistrasi,
  muatanCode128,
  muatanQr,
  teksNup,
  uraiKodeRegistrasi,
  uraiMuatanCode128,
  uraiMuatanQr,
  uraiPindaian,
} from './label.ts';
export type { HasilPindai, IdentitasBarang, IdentitasBmn } from './label.ts';
export { ambangPada, jenisAmbang, tentukanKomptabel } from './komptabel.ts';
export type { BarisAmbang, HasilKomptabel, JenisAmbang } from './komptabel.ts';
export {
  akhirSemester,
  awalSemester,
  indeksSemester,
  kodeSemester,
  namaSemester,
  semesterDari,
  semesterDariIndeks,
  semesterSelesaiPada,
  uraiKodeSemester,
} from './semester.ts';
export type { Semester } from './semester.ts';
export { KEADAAN_AWAL, KODE_PEROLEHAN, KODE_TRANSAKSI, urutkanTransaksi } from './transaksi.ts';
export { keadaanAset, keadaanAsetPada, riwayatKeadaan, terapkanTransaksi } from './keadaan.ts';
export type { EfekTransaksi, KeadaanAset, KodePerolehan, KodeTransaksi, TransaksiBmn } from './transaksi.ts';
export {
  bebanSemester,
  cariMasaManfaat,
  jadwalPenyusutan,
  kelayakanPenyusutan,
  penyusutanPerolehan,
  posisiPenyusutan,
} from './penyusutan.ts';
export type { BarisMasaManfaat, BarisPenyusutan, KelayakanPenyusutan, PosisiPenyusutan, StatusSusut } from './penyusutan.ts';
