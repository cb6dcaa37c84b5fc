// Owns the definitive box number and the one-line storage location labels of a berkas (reference
// arsip-naskah.md A.11, A.12, A.17, B.6 step 5): aktif at the unit pengolah (ruang · lemari · laci ·
// folder), inaktif at the records center (gedung · ruang · rak · boks · folder).

/** The next definitive box number: one past the highest used, 1 for the first box. */
export function nomorBoksBerikut(terpakai: readonly number[]): number {
  let tertinggi = 0;
  for (const n of terpakai) if (n > tertinggi) tertinggi = n;
  return tertinggi + 1;
}

type Bagian = string | number | null | undefined;

export type LokasiAktif = { ruang: Bagian; lemari: Bagian; laci: Bagian; folder: Bagian };
export type LokasiInaktif = { gedung: Bagian; ruang: Bagian; rak: Bagian; boks: Bagian; folder: Bagian };

/** "Rak 3"; a value that already starts with its word ("Ruang TU") is kept as written; empty → null. */
function bagian(kata: string, nilai: Bagian): string | null {
  const teks = nilai === null || nilai === undefined ? '' : String(nilai).trim();
  if (teks === '') return null;
  const sudahBerkata = teks.toLowerCase() === kata.toLowerCase() || teks.toLowerCase().startsWith(`${kata.toLowerCase()} `);
  return sudahBerkata ? teks : `${kata} ${teks}`;
}

function gabung(bagianBagian: (string | null)[]): string {
  const ada = bagianBagian.filter((b): b is string => b !== null);
  return ada.length === 0 ? '-' : ada.join(' · ');
}

export function labelLokasiAktif(l: LokasiAktif): string {
  return gabung([bagian('Ruang', l.ruang), bagian('Lemari', l.lemari), bagian('Laci', l.laci), bagian('Folder', l.folder)]);
}

export function labelLokasiInaktif(l: LokasiInaktif): string {
  return gabung([
    bagian('Gedung', l.gedung),
    bagian('Ruang', l.ruang),
    bagian('Rak', l.rak),
    bagian('Boks', l.boks),
    bagian('Folder', l.folder),
  ]);
}
