// Owns reports: listing kinds, issuing them unsigned, and signing them (Pimpinan, own certificate).
import type { DomainHandlers } from '../context.ts';
import { listReports } from '../reports/registry.ts';
import { issueReport } from '../services/laporan.ts';
import type { Terbit } from '../services/laporan.ts';
import { ownUsableCertificate, openP12OrFail } from '../services/sertifikat.ts';
import { getUser } from '../../../db/akun/queries.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { eksporRegister } from '../services/ekspor-xlsx.ts';

const out = (t: Terbit) => ({
  dokumenId: t.dokumenId,
  namaBerkas: t.namaBerkas,
  sha256: t.sha256,
  halaman: t.halaman,
  ditandatangani: t.ditandatangani,
  pdfBase64: t.pdf.toString('base64'),
});

export const laporanHandlers: DomainHandlers<'laporan'> = {
  'laporan.list': async () => listReports(),
  'laporan.generate': async (input, ctx) => out(await issueReport(ctx, input.kind, input.params, null)),
  'laporan.xlsx': async (input, ctx) => eksporRegister(ctx, input.kind, input.params),
  'laporan.sign': async (input, ctx) => {
    const now = ctx.clock.now();
    const cert = await ownUsableCertificate(ctx.db, input.sertifikatId, ctx.actor.userId, now);
    const user = ctx.actor.userId === null ? null : await getUser(ctx.db, ctx.actor.userId);
    if (!user) throw new AppError('FORBIDDEN', 'Penanda tangan tidak dikenal.');
    const p12 = Buffer.from(cert.p12);
    openP12OrFail(p12, input.passphrase);
    const signer = {
      userId: user.id,
      nama: user.nama,
      jabatan: user.jabatan ?? 'Pimpinan',
      nip: user.nip,
      p12,
      passphrase: input.passphrase,
      fingerprint: cert.fingerprint,
    };
    return out(await issueReport(ctx, input.kind, input.params, signer));
  },
};
