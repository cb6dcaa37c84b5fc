// Owns the one verdict of a verification for the big banner: which colour and which headline.
import type { Verifikasi } from '../../../shared/ipc/channels/laporan.ts';

export type Nada = 'success' | 'warning' | 'error' | 'info';
export type Putusan = { nada: Nada; judul: string };
export type TandaTangan = Verifikasi['tandaTangan'][number];

export const utuh = (s: TandaTangan) => s.sah && s.seluruhDokumen && !s.diubahSetelahTtd;

/** Worst problem first: not a PDF, no signature, broken or altered, a registry mismatch, then trust and validity. */
export function putusan(v: Verifikasi): Putusan {
  if (!v.pdf) return { nada: 'error', judul: 'Berkas ini bukan PDF' };
  if (!v.ditandatangani || v.tandaTangan.length === 0)
    return v.registri?.cocok
      ? { nada: 'info', judul: 'Dokumen tanpa tanda tangan elektronik, tercatat di registri SATU' }
      : { nada: 'error', judul: 'Dokumen tidak bertanda tangan elektronik' };
  if (v.tandaTangan.some((s) => !s.sah)) return { nada: 'error', judul: 'Tanda tangan TIDAK sah' };
  if (!v.tandaTangan.every(utuh)) return { nada: 'error', judul: 'Dokumen diubah atau ditambah setelah ditandatangani' };
  // SATU records the final file's SHA-256: any other bytes under the same number were changed after issue,
  // even where the signature does not reach (the padding of the signature slot).
  if (v.registri && !v.registri.cocok) return { nada: 'error', judul: 'Berkas berbeda dari dokumen yang diterbitkan kantor ini' };
  if (v.tandaTangan.some((s) => !s.tepercaya))
    return { nada: 'warning', judul: 'Tanda tangan sah, tetapi penerbit sertifikat tidak dipercaya' };
  if (v.tandaTangan.some((s) => !s.sertifikatBerlaku))
    return { nada: 'warning', judul: 'Tanda tangan sah, tetapi sertifikat penanda tangan tidak berlaku saat ini' };
  return { nada: 'success', judul: 'Tanda tangan sah dan dokumen utuh' };
}

const JENIS: Record<string, string> = {
  'ETSI.CAdES.detached': 'PAdES (ETSI.CAdES.detached)',
  'adbe.pkcs7.detached': 'PKCS#7 terpisah (adbe.pkcs7.detached)',
  'adbe.pkcs7.sha1': 'PKCS#7 SHA-1 (adbe.pkcs7.sha1)',
};

export const namaJenis = (subFilter: string | null): string | null => (subFilter ? (JENIS[subFilter] ?? subFilter) : null);
