// Owns the public surface of the BMN reference data seeded from /work/shared/reference/bmn.md: the kode barang tree
// (§A.3), masa manfaat per kelompok (§A.13), transaction codes (§A.12) and capitalisation thresholds (§A.10), every
// row with its legal basis, source and confidence tag.
export { KEYAKINAN, NAMA_KEYAKINAN, terkonfirmasi } from './sumber.ts';
export type { Keyakinan } from './sumber.ts';
export { REFERENSI_KODE_BARANG, URAIAN_TIDAK_DISEBUT, kodeBarangSeed } from './kode-barang.ts';
export type { KodeBarangSeed } from './kode-barang.ts';
export { masaManfaatSeed } from './masa-manfaat.ts';
export type { MasaManfaatSeed } from './masa-manfaat.ts';
export { jenisTransaksiSeed } from './transaksi.ts';
export type { JenisTransaksiSeed, KelompokTransaksi } from './transaksi.ts';
export { ambangKapitalisasiSeed } from './ambang.ts';
export type { AmbangSeed } from './ambang.ts';
