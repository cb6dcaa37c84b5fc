// Owns the seed of the capitalisation thresholds (batasan nilai satuan minimum kapitalisasi) that make a unit intra-
// or ekstrakomptabel (reference /work/shared/reference/bmn.md §A.10, §A.1; PMK 181/PMK.06/2016 Pasal 40 [R]). They
// apply from tahun anggaran 2018 (§A.1: "thresholds of Ps. 40(4)(5) effective TA 2018"); the thresholds in force
// before 2018 are not in the reference, so none is seeded for them (shared/domain/bmn/komptabel.ts says so when it
// meets an older acquisition). A KMK may change the values: rows are dated, a change is a new row (§A.10).
// Golongan without a minimum (tanah, jalan/irigasi/jaringan, KDP, aset tetap lainnya) have no row: that rule is in
// the domain (komptabel.ts jenisAmbang).
import type { JenisAmbang } from '../../domain/bmn/komptabel.ts';
import type { Keyakinan } from './sumber.ts';

export type AmbangSeed = {
  jenis: JenisAmbang;
  uraian: string;
  /** Rupiah per unit; a unit worth exactly this much is intrakomptabel. */
  nilaiMinimum: number;
  /** First day of the tahun anggaran the threshold applies from. */
  berlakuDari: string;
  dasarHukum: string;
  keyakinan: Keyakinan;
  sumber: string;
  catatan?: string;
};

export const ambangKapitalisasiSeed: readonly AmbangSeed[] = [
  {
    jenis: 'peralatan_mesin',
    uraian: 'Peralatan dan mesin; aset tetap renovasi peralatan dan mesin',
    nilaiMinimum: 1_000_000,
    berlakuDari: '2018-01-01',
    dasarHukum: 'PMK 181/PMK.06/2016 Pasal 40 ayat (4) dan (5)',
    keyakinan: 'R',
    sumber: 'A.10 (S1 Ps. 40); berlaku TA 2018 menurut A.1',
    catatan: 'Tanggal berlaku "1 Januari 2018" disimpulkan dari "TA 2018".',
  },
  {
    jenis: 'gedung_bangunan',
    uraian: 'Gedung dan bangunan; aset tetap renovasi gedung dan bangunan',
    nilaiMinimum: 25_000_000,
    berlakuDari: '2018-01-01',
    dasarHukum: 'PMK 181/PMK.06/2016 Pasal 40 ayat (4) dan (5)',
    keyakinan: 'R',
    sumber: 'A.10 (S1 Ps. 40); berlaku TA 2018 menurut A.1',
    catatan: 'Tanggal berlaku "1 Januari 2018" disimpulkan dari "TA 2018".',
  },
];
