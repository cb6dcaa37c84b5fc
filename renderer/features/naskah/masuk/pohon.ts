// Owns reading a letter's flat disposition list as a tree, with the shared rules of when a branch or a
// disposition is done (shared/domain/naskah/disposisi.ts): reported, or everything forwarded is done.
import { cabangTuntas, disposisiTuntas, susunPohon } from '../../../../shared/domain/naskah/disposisi.ts';
import type { CabangDisposisi } from '../../../../shared/domain/naskah/disposisi.ts';
import type { Disposisi } from '../queries.ts';

export type Tuntas = { disposisi: ReadonlySet<number>; penerima: ReadonlySet<number> };

/** Dispositions made under a recipient's branch (null: the Pimpinan's own, at the root). */
export const anakDari = (semua: readonly Disposisi[], indukPenerimaId: number | null) =>
  semua.filter((d) => d.indukPenerimaId === indukPenerimaId);

export function hitungTuntas(semua: readonly Disposisi[]): Tuntas {
  const pohon = susunPohon(
    semua,
    semua.flatMap((d) => d.penerima.map((p) => ({ ...p, disposisiId: d.id }))),
  );
  const disposisi = new Set<number>();
  const penerima = new Set<number>();
  const jalan = (ds: readonly CabangDisposisi[]) => {
    for (const d of ds) {
      if (disposisiTuntas(d)) disposisi.add(d.id);
      for (const p of d.penerima) {
        if (cabangTuntas(p)) penerima.add(p.id);
        jalan(p.teruskan);
      }
    }
  };
  jalan(pohon);
  return { disposisi, penerima };
}

/** The signed-in user's own open branches that have not been opened yet (disposisi.open records the read time). */
export const belumDibukaSaya = (semua: readonly Disposisi[], userId: number): number[] =>
  semua
    .filter((d) => d.status === 'aktif')
    .flatMap((d) => d.penerima)
    .filter((p) => p.kepadaUserId === userId && p.dibacaPada === null)
    .map((p) => p.id);
