// Owns NUP allocation (Nomor Urut Pendaftaran; reference bmn.md A.4). A NUP numbers the units of one kode barang in
// one UAKPB register [R: PMK 181 Lamp. IV E.1.b–c; scope per UAKPB × kode barang S/U]. The official NUP is given by
// SAKTI; SATU gives an item not yet booked a NUP sementara and replaces it once SAKTI's NUP is known.
//
// Rules (SATU's, where the reference is silent — "a NUP is never reused after penghapusan" is [U]):
// - The next NUP is one past the highest number EVER used in the scope: official NUPs, current temporary NUPs,
//   temporary NUPs already replaced, and NUPs of assets that have left the register. Gaps are never filled, so a
//   number never names two items and an old label never points at a different item.
// - A temporary NUP is SATU's guess of SAKTI's next number, so confirming usually keeps the number. When SAKTI gives
//   another item's temporary number, that item moves to a fresh temporary number; its old labels say "S" + number
//   (see label.ts) and still resolve through the retired temporary numbers the caller keeps.
import { AppError } from '../../ipc/result.ts';
import type { StatusNup } from './nilai.ts';

const salah = (pesan: string): AppError => new AppError('VALIDATION', pesan);

/** The largest NUP SATU accepts: nine digits, well inside SIMAK's integer `no_aset` column. */
export const NUP_MAKS = 999_999_999;

export function isNup(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= NUP_MAKS;
}

function pastikanNup(n: number, nama: string): void {
  if (!isNup(n)) throw salah(`${nama} harus bilangan bulat 1–${NUP_MAKS}: ${n}`);
}

/** The key of a NUP scope: one counter per kode UAKPB × kode barang. */
export function kunciNup(kodeUakpb: string, kodeBarang: string): string {
  return `${kodeUakpb}|${kodeBarang}`;
}

/** One past the highest number ever used in the scope; 1 for the first unit. */
export function nupBerikut(pernahDipakai: readonly number[]): number {
  let tertinggi = 0;
  for (const n of pernahDipakai) {
    pastikanNup(n, 'NUP terpakai');
    if (n > tertinggi) tertinggi = n;
  }
  if (tertinggi === NUP_MAKS) throw new AppError('CONFLICT', `NUP untuk kode barang ini sudah mencapai ${NUP_MAKS}.`);
  return tertinggi + 1;
}

/** `jumlah` consecutive NUPs for one acquisition of several units (one NUP per unit of aset tetap, B.1 step 2). */
export function alokasiNup(pernahDipakai: readonly number[], jumlah: number): number[] {
  if (!Number.isInteger(jumlah) || jumlah < 1) throw salah(`Jumlah unit harus bilangan bulat ≥ 1: ${jumlah}`);
  const awal = nupBerikut(pernahDipakai);
  if (awal + jumlah - 1 > NUP_MAKS) throw new AppError('CONFLICT', `NUP untuk kode barang ini tidak cukup untuk ${jumlah} unit.`);
  return Array.from({ length: jumlah }, (_, i) => awal + i);
}

/** An asset of the scope with its current NUP. */
export type EntriNup = { id: string; nup: number; status: StatusNup };

export type PerubahanNup = { id: string; nupLama: number; nupBaru: number; statusLama: StatusNup; statusBaru: StatusNup };

/**
 * Records SAKTI's official NUP for the asset `id` (which holds a temporary NUP). Returns the changes to store, the
 * confirmed asset first; a temporary holder of the same number follows with a fresh temporary NUP. `pensiun` are the
 * retired temporary numbers and NUPs of removed assets of the scope, which are never handed out again.
 * CONFLICT when another asset already holds that official NUP or the asset's official NUP differs.
 */
export function konfirmasiNup(entri: readonly EntriNup[], pensiun: readonly number[], id: string, nupResmi: number): PerubahanNup[] {
  pastikanNup(nupResmi, 'NUP resmi');
  const aset = entri.find((e) => e.id === id);
  if (aset === undefined) throw new AppError('NOT_FOUND', `Aset ${id} tidak ada dalam lingkup NUP ini.`);
  if (aset.status === 'resmi') {
    if (aset.nup === nupResmi) return [];
    throw new AppError('CONFLICT', `Aset sudah ber-NUP resmi ${aset.nup}; NUP resmi hanya diubah melalui koreksi.`);
  }
  const pemegang = entri.find((e) => e.id !== id && e.nup === nupResmi);
  if (pemegang?.status === 'resmi') {
    throw new AppError('CONFLICT', `NUP resmi ${nupResmi} sudah dipakai aset lain pada kode barang yang sama.`);
  }
  const perubahan: PerubahanNup[] = [{ id, nupLama: aset.nup, nupBaru: nupResmi, statusLama: 'sementara', statusBaru: 'resmi' }];
  if (pemegang !== undefined) {
    const semua = [...entri.map((e) => e.nup), ...pensiun, nupResmi, aset.nup];
    perubahan.push({
      id: pemegang.id,
      nupLama: pemegang.nup,
      nupBaru: nupBerikut(semua),
      statusLama: 'sementara',
      statusBaru: 'sementara',
    });
  }
  return perubahan;
}
