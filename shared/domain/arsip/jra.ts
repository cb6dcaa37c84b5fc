// Owns the lookup of a JRA row for a classification code (reference arsip-naskah.md A.6, A.10): a row
// written on a pokok or sub masalah applies to every code below it unless a nearer row exists.

/** The code one level up: 'UM.01.01' → 'UM.01' → 'UM' → null. */
export function indukKode(kode: string): string | null {
  const titik = kode.lastIndexOf('.');
  return titik <= 0 ? null : kode.slice(0, titik);
}

/** The row for `kode` itself, else the row of its nearest ancestor, else null. */
export function cariJra<T extends { klasifikasiKode: string }>(baris: readonly T[], kode: string): T | null {
  for (let k: string | null = kode; k !== null; k = indukKode(k)) {
    const cocok = baris.find((b) => b.klasifikasiKode === k);
    if (cocok !== undefined) return cocok;
  }
  return null;
}
