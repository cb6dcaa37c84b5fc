// Owns how sure the BMN reference data is: the confidence tags of /work/shared/reference/bmn.md §0, carried on every
// seed row so that the UI and the import screens can show which rows still need checking against the JDIH text.

/** R: read in the regulation text; O: official/government page or guide; S: secondary; U: unconfirmed/inferred. */
export const KEYAKINAN = ['R', 'O', 'S', 'U'] as const;
export type Keyakinan = (typeof KEYAKINAN)[number];

export const NAMA_KEYAKINAN: Record<Keyakinan, string> = {
  R: 'Dibaca langsung dari teks peraturan',
  O: 'Sumber resmi pemerintah (halaman atau panduan aplikasi)',
  S: 'Sumber sekunder (implementasi pihak ketiga, blog, data publik); perlu diperiksa',
  U: 'Belum terkonfirmasi atau disimpulkan; jangan diandalkan sebelum diperiksa',
};

/** A row is confirmed when the reference read it in a regulation or an official source. */
export function terkonfirmasi(baris: { keyakinan: Keyakinan }): boolean {
  return baris.keyakinan === 'R' || baris.keyakinan === 'O';
}
