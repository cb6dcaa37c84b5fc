// Owns "Verifikasi Dokumen": the signature check against the office's trusted CAs, in the contract's
// Indonesian shape, plus whether the exact file is in this office's registry.
import crypto from 'node:crypto';
import type { Conn } from '../../../db/connection.ts';
import { dokumenBySha, getDokumen } from '../../../db/dokumen/queries.ts';
import { verifyPdf } from '../signing/verify.ts';
import type { Verifikasi } from '../../../shared/ipc/channels/laporan.ts';
import { trustedCaPems } from './sertifikat.ts';
import { readKantor } from './kantor.ts';

/** The office and registry number a SATU signature names in its /Reason ("Dokumen SATU 411868 nomor 12: …"). */
const nomorDariAlasan = (reason: string | null, kodeSatker: string | null): number | null => {
  const m = reason ? /Dokumen SATU (\d{6}) nomor (\d+)/.exec(reason) : null;
  return m && m[1] === kodeSatker ? Number(m[2]) : null;
};

async function registri(conn: Conn, sha256: string, reason: string | null): Promise<Verifikasi['registri']> {
  const kantor = await readKantor(conn);
  const exact = await dokumenBySha(conn, sha256);
  if (exact) return { dokumenId: exact.id, judul: exact.title, jenis: exact.kind, cocok: true, dibuatPada: exact.created_at };
  const nomor = nomorDariAlasan(reason, kantor?.kodeSatker ?? null);
  const named = nomor ? await getDokumen(conn, nomor) : undefined;
  return named ? { dokumenId: named.id, judul: named.title, jenis: named.kind, cocok: false, dibuatPada: named.created_at } : null;
}

export async function verifikasi(conn: Conn, bytes: Buffer, now: Date): Promise<Verifikasi> {
  const report = verifyPdf(bytes, { trustedCaPems: await trustedCaPems(conn), now });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const first = report.signatures[0];
  const reg = await registri(conn, sha256, first?.reason ?? null);
  const catatanRegistri =
    reg === null
      ? ' Dokumen tidak tercatat di registri SATU kantor ini.'
      : reg.cocok
        ? ` Cocok dengan registri SATU nomor ${reg.dokumenId}.`
        : ` Berkas TIDAK sama dengan dokumen nomor ${reg.dokumenId} di registri.`;
  return {
    pdf: bytes.subarray(0, 5).toString('latin1') === '%PDF-',
    ditandatangani: report.signed,
    ringkasan: report.summary + catatanRegistri,
    tandaTangan: report.signatures.map((s) => ({
      sah: s.valid,
      seluruhDokumen: s.coversWholeDocument,
      diubahSetelahTtd: s.modifiedAfterSigning,
      penandatangan: s.signerName,
      fingerprint: s.signerCertFingerprint,
      penerbit: s.issuerName,
      tepercaya: s.trusted,
      sertifikatBerlaku: s.certValidAt,
      waktu: s.signedAt,
      jenis: s.subFilter,
    })),
    registri: reg,
    sha256,
  };
}
