// Owns the one-line Indonesian verdict of a verification, worst problem first: broken maths, then data
// added after signing, then the certificate (validity, trust). One sentence a clerk can read aloud.
import type { SignatureCheck } from './verify.ts';

function problemOf(s: SignatureCheck): string | null {
  if (!s.digestMatches && s.signatureMatches) return 'Tanda tangan TIDAK sah: isi dokumen berubah setelah ditandatangani.';
  if (!s.signatureMatches && s.signerCertFingerprint === null)
    return 'Tanda tangan TIDAK sah: data tanda tangan rusak atau tidak dapat dibaca.';
  if (!s.valid) return 'Tanda tangan TIDAK sah: isi dokumen atau nilai tanda tangan tidak cocok dengan sertifikat.';
  if (s.modifiedAfterSigning) return 'Dokumen diubah setelah ditandatangani (ada tambahan data).';
  if (!s.coversWholeDocument) return 'Tanda tangan sah, tetapi tidak mencakup seluruh dokumen.';
  return null;
}

function certNote(s: SignatureCheck): string {
  const trust = s.trusted ? 'penerbit sertifikat dipercaya' : 'penerbit sertifikat TIDAK termasuk yang dipercaya';
  return s.certValidAt ? `${trust}.` : `${trust}; sertifikat tidak berlaku pada tanggal pemeriksaan.`;
}

export function summarize(signatures: SignatureCheck[]): string {
  const prefix = signatures.length > 1 ? `${signatures.length} tanda tangan. ` : '';
  for (const s of signatures) {
    const p = problemOf(s);
    if (p) return prefix + p;
  }
  const worst = signatures.find((s) => !s.trusted || !s.certValidAt) ?? signatures[0];
  return worst ? `${prefix}Tanda tangan sah; seluruh dokumen tercakup; ${certNote(worst)}` : 'Tidak ada tanda tangan.';
}
