// Owns access to an archive by security classification (SKKAAD, reference arsip-naskah.md A.4.1,
// A.16, B.9 step 1; Perka ANRI 17/2011): Biasa < Terbatas < Rahasia < Sangat Rahasia, and a user's
// clearance opens its own level and every lower one.
import { NAMA_KEAMANAN } from '../naskah/surat.ts';
import type { Keamanan } from '../naskah/surat.ts';

const TINGKAT: Record<Keamanan, number> = { B: 0, T: 1, R: 2, SR: 3 };

/** An account without a clearance (`null`) opens only Biasa archives, as the public may (UU KIP). */
export function bolehBuka(izin: Keamanan | null, keamanan: Keamanan): boolean {
  return TINGKAT[izin ?? 'B'] >= TINGKAT[keamanan];
}

/** An item inside a berkas is guarded by the stricter of the two classifications. */
export function keamananEfektif(berkas: Keamanan, item: Keamanan): Keamanan {
  return TINGKAT[item] > TINGKAT[berkas] ? item : berkas;
}

/** The refusal shown instead of the archive, with the next step to take. */
export function pesanTolakAkses(keamanan: Keamanan): string {
  return `Arsip ini berklasifikasi ${NAMA_KEAMANAN[keamanan]}. Akun Anda tidak memiliki izin membukanya; minta administrator menaikkan izin keamanan Anda.`;
}
