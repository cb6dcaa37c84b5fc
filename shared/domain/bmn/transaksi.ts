// Owns the transactions of one BMN unit (kode UAKPB + kode barang + NUP): the closed set of codes, the shape of a
// dated transaction, the shape of the unit's state derived from them (keadaan.ts folds one into the other), and the
// order of a history (reference bmn.md A.12, B.1–B.7, E "every change is an append-only event; current state is a
// projection").
//
// The codes are the SAKTI/SIMAK codes the reference lists (A.4, A.12; names, effects and sources in
// shared/data/bmn/transaksi.ts) plus four SATU-only events that SAKTI books without a value transaction or whose
// code the reference could not confirm: perubahan kondisi ("Koreksi Perubahan Kondisi", PMK 181 Lamp. II huruf f.4.c;
// code [U]), pindah ruangan (DBR/DBL, B.4a), status penggunaan and penguasaan changes (A.9).
import type { Kondisi, Penguasaan, StatusPenggunaan, StatusRegister } from './nilai.ts';

export const KODE_PEROLEHAN = ['100', '101', '102', '103', '104', '105', '107', '112', '113', '115'] as const;
export const KODE_TRANSAKSI = [
  ...KODE_PEROLEHAN,
  '106',
  '202',
  '204',
  '208',
  '264',
  '301',
  '302',
  '303',
  '304',
  '305',
  '391',
  '392',
  '393',
  '394',
  '401',
  '402',
  '901',
  '902',
  '911',
  '912',
  '941',
  '942',
  '931',
  'SATU-KONDISI',
  'SATU-PINDAH',
  'SATU-PENGGUNAAN',
  'SATU-PENGUASAAN',
] as const;
export type KodeTransaksi = (typeof KODE_TRANSAKSI)[number];
export type KodePerolehan = (typeof KODE_PEROLEHAN)[number];

/** What a code does to the unit's record (the data table states it per code; the fold below implements it). */
export type EfekTransaksi = 'tambah' | 'kurang' | 'ubah_nilai' | 'ubah_kondisi' | 'ubah_lokasi' | 'ubah_status' | 'susut';

export type TransaksiBmn = {
  kode: KodeTransaksi;
  /** Date of the transaction's document (BAST, SK, BA), 'YYYY-MM-DD': orders the history and picks the semester. */
  tanggal: string;
  /** Orders transactions of the same date (lower first); without it, input order. */
  urut?: number;
  /** Integer Rupiah: nilai perolehan (perolehan codes), the amount of change (202/204/208/264), the charge (931). */
  nilai?: number;
  /** Perolehan only; default 1 (aset tetap: one unit per NUP; tanah may carry an area). */
  kuantitas?: number;
  /** Perolehan only: the original acquisition date when earlier than `tanggal` (saldo awal, transfer masuk). */
  tanggalPerolehan?: string;
  kondisi?: Kondisi;
  /** Room (DBR) or outside location (DBL) id. */
  lokasiId?: string | null;
  /** Pemakai/pemegang (NIP or name), e.g. a laptop or a vehicle held by one officer. */
  pemakai?: string | null;
  penguasaan?: Penguasaan;
  penggunaan?: StatusPenggunaan;
  /** 202/208: years added to the masa manfaat by a capitalised repair (KMK 295/KM.6/2019 Tabel II). */
  tambahMasaManfaatTahun?: number;
};

export type KeadaanAset = {
  register: StatusRegister;
  kuantitas: number;
  /** Nilai perolehan as booked (Rupiah), including capitalised development; 0 once out of the register. */
  nilai: number;
  kondisi: Kondisi | null;
  lokasiId: string | null;
  pemakai: string | null;
  penguasaan: Penguasaan | null;
  penggunaan: StatusPenggunaan | null;
  tanggalPerolehan: string | null;
  /** Jenis transaksi asal (A.7 jns_trn). */
  kodeAsal: KodePerolehan | null;
  kodeKeluar: KodeTransaksi | null;
  tambahMasaManfaatTahun: number;
  /** Sum of booked 931 charges (imported from SAKTI), kept for reconciliation with the computed depreciation. */
  penyusutanDibukukan: number;
  /** What 106 Pembatalan Penghapusan restores. */
  sebelumKeluar: { register: StatusRegister; kuantitas: number; nilai: number } | null;
  tanggalTerakhir: string | null;
};

export const KEADAAN_AWAL: KeadaanAset = Object.freeze({
  register: 'belum',
  kuantitas: 0,
  nilai: 0,
  kondisi: null,
  lokasiId: null,
  pemakai: null,
  penguasaan: null,
  penggunaan: null,
  tanggalPerolehan: null,
  kodeAsal: null,
  kodeKeluar: null,
  tambahMasaManfaatTahun: 0,
  penyusutanDibukukan: 0,
  sebelumKeluar: null,
  tanggalTerakhir: null,
});

/** History in date order; same-date transactions by `urut`, then input order. */
export function urutkanTransaksi<T extends TransaksiBmn>(transaksi: readonly T[]): T[] {
  return transaksi
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.tanggal < b.t.tanggal ? -1 : a.t.tanggal > b.t.tanggal ? 1 : (a.t.urut ?? 0) - (b.t.urut ?? 0) || a.i - b.i))
    .map(({ t }) => t);
}
