// Owns the rules of a disposition tree (reference arsip-naskah.md B.1, E.3; issue #4 §3): a
// disposition can be cancelled only while none of its recipients has opened it; a recipient's
// branch is done when they reported, or when everything they forwarded is done; the letter is
// done when every branch of every active disposition is done.
export type CabangPenerima = {
  id: number;
  kepadaUserId: number;
  dibacaPada: string | null;
  selesaiPada: string | null;
  /** Active dispositions this recipient made by forwarding (cancelled ones are left out). */
  teruskan: readonly CabangDisposisi[];
};

export type CabangDisposisi = { id: number; penerima: readonly CabangPenerima[] };

export function cabangTuntas(p: CabangPenerima): boolean {
  if (p.selesaiPada !== null) return true;
  return p.teruskan.length > 0 && p.teruskan.every(disposisiTuntas);
}

export function disposisiTuntas(d: CabangDisposisi): boolean {
  return d.penerima.length > 0 && d.penerima.every(cabangTuntas);
}

/** A letter with at least one active disposition whose every branch has reported. */
export function suratTuntas(akar: readonly CabangDisposisi[]): boolean {
  return akar.length > 0 && akar.every(disposisiTuntas);
}

export function bolehDibatalkan(d: { penerima: readonly { dibacaPada: string | null }[] }): boolean {
  return d.penerima.every((p) => p.dibacaPada === null);
}

/** Builds the tree from flat rows (as stored) for the rules above. */
export function susunPohon(
  disposisi: readonly { id: number; indukPenerimaId: number | null; status: 'aktif' | 'dibatalkan' }[],
  penerima: readonly { id: number; disposisiId: number; kepadaUserId: number; dibacaPada: string | null; selesaiPada: string | null }[],
): CabangDisposisi[] {
  const aktif = disposisi.filter((d) => d.status === 'aktif');
  const build = (d: { id: number }): CabangDisposisi => ({
    id: d.id,
    penerima: penerima
      .filter((p) => p.disposisiId === d.id)
      .map((p) => ({ ...p, teruskan: aktif.filter((c) => c.indukPenerimaId === p.id).map(build) })),
  });
  return aktif.filter((d) => d.indukPenerimaId === null).map(build);
}
