// Owns certificate channels: import a .p12, deactivate, the office CA (create, issue, export) and
// imported trusted CAs. Passphrases are used and forgotten: never stored, logged or audited.
import crypto from 'node:crypto';
import type { DomainHandlers, Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { getUser } from '../../../db/akun/queries.ts';
import { insertSertifikat, setSertifikatAktif, insertOtoritas, listOtoritas, otoritasKantor } from '../../../db/sertifikat/queries.ts';
import type { OtoritasRow } from '../../../db/sertifikat/queries.ts';
import { createOfficeCa, issueSignerCertificate, encryptPrivateKey, decryptPrivateKey } from '../signing/ca.ts';
import { openP12OrFail, sertifikatInfo, sertifikatInfos } from '../services/sertifikat.ts';
import { readKantor } from '../services/kantor.ts';

const isAdmin = (ctx: Ctx) => ctx.actor.roles.includes('administrator');

const otoritasInfo = (o: OtoritasRow) => ({
  id: o.id,
  nama: o.nama,
  jenis: o.jenis === 'kantor' ? ('kantor' as const) : ('tepercaya' as const),
  fingerprint: o.fingerprint,
  berlakuDari: o.berlaku_dari,
  berlakuSampai: o.berlaku_sampai,
});

function pemInfo(pem: string) {
  try {
    const c = new crypto.X509Certificate(pem);
    if (!c.ca)
      throw new AppError('VALIDATION', 'Sertifikat ini bukan otoritas sertifikat (CA).', [
        { path: 'pem', message: 'Bukan sertifikat CA.' },
      ]);
    return {
      fingerprint: c.fingerprint256.replace(/:/g, ''),
      from: new Date(c.validFrom).toISOString(),
      to: new Date(c.validTo).toISOString(),
      pem: c.toString(),
    };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION', 'Berkas bukan sertifikat PEM yang sah.', [
      { path: 'pem', message: 'Berkas bukan sertifikat PEM yang sah.' },
    ]);
  }
}

async function mustUser(ctx: Ctx, id: number) {
  const u = await getUser(ctx.db, id);
  if (!u) throw new AppError('NOT_FOUND', 'Pengguna tidak ditemukan.', [{ path: 'userId', message: 'Pengguna tidak ditemukan.' }]);
  return u;
}

async function storeSigner(ctx: Ctx, userId: number, sumber: 'impor' | 'kantor', p12: Buffer, passphrase: string) {
  const info = openP12OrFail(p12, passphrase);
  const id = await ctx.write(async (trx, audit) => {
    const newId = await insertSertifikat(trx, {
      user_id: userId,
      sumber,
      subjek: info.subject.cn ?? '(tanpa nama)',
      penerbit: info.issuerCn ?? '(tanpa nama)',
      fingerprint: info.fingerprint,
      berlaku_dari: info.notBefore,
      berlaku_sampai: info.notAfter,
      cert_pem: info.certPem,
      p12,
      created_at: ctx.nowIso(),
    });
    await audit.change('sertifikat', newId, null, sumber === 'impor' ? 'impor' : 'terbitkan');
    return newId;
  });
  return sertifikatInfo(ctx.db, id, ctx.clock.now());
}

export const sertifikatHandlers: DomainHandlers<'sertifikat'> = {
  'sertifikat.list': async (_i, ctx) => sertifikatInfos(ctx.db, ctx.clock.now(), isAdmin(ctx) ? undefined : (ctx.actor.userId ?? -1)),
  'sertifikat.import': async (input, ctx) => {
    if (!isAdmin(ctx) && input.userId !== ctx.actor.userId)
      throw new AppError('FORBIDDEN', 'Anda hanya dapat mengimpor sertifikat untuk diri sendiri.');
    await mustUser(ctx, input.userId);
    return storeSigner(ctx, input.userId, 'impor', Buffer.from(input.p12Base64, 'base64'), input.passphrase);
  },
  'sertifikat.deactivate': async (input, ctx) => {
    await sertifikatInfo(ctx.db, input.id, ctx.clock.now());
    await ctx.write(async (trx, audit) => {
      const before = await audit.before('sertifikat', input.id);
      await setSertifikatAktif(trx, input.id, false);
      await audit.change('sertifikat', input.id, before, 'nonaktifkan');
    });
    return sertifikatInfo(ctx.db, input.id, ctx.clock.now());
  },
  'sertifikat.caStatus': async (_i, ctx) => {
    const all = await listOtoritas(ctx.db);
    const kantor = all.filter((o) => o.jenis === 'kantor').at(-1);
    return { kantor: kantor ? otoritasInfo(kantor) : null, tepercaya: all.filter((o) => o.jenis === 'tepercaya').map(otoritasInfo) };
  },
  'sertifikat.caCreate': async (input, ctx) => {
    // A new office CA replaces the old one for issuing; the old one stays trusted for verification.
    const kantor = await readKantor(ctx.db);
    const ca = createOfficeCa({
      commonName: input.nama,
      organization: kantor?.nama ?? 'Kanwil Ditjenpas',
      validYears: 10,
      now: ctx.clock.now(),
    });
    const info = pemInfo(ca.certPem);
    const id = await ctx.write(async (trx, audit) => {
      const newId = await insertOtoritas(trx, {
        nama: input.nama,
        jenis: 'kantor',
        cert_pem: ca.certPem,
        key_pem_terenkripsi: encryptPrivateKey(ca.keyPem, input.passphrase),
        fingerprint: info.fingerprint,
        berlaku_dari: info.from,
        berlaku_sampai: info.to,
        created_at: ctx.nowIso(),
      });
      await audit.change('otoritas_sertifikat', newId, null, 'buat');
      return newId;
    });
    const row = (await listOtoritas(ctx.db)).find((o) => o.id === id)!;
    return otoritasInfo(row);
  },
  'sertifikat.caIssue': async (input, ctx) => {
    const ca = await otoritasKantor(ctx.db);
    if (!ca?.key_pem_terenkripsi) throw new AppError('NOT_FOUND', 'Otoritas sertifikat kantor belum dibuat.');
    let caKeyPem: string;
    try {
      caKeyPem = decryptPrivateKey(ca.key_pem_terenkripsi, input.caPassphrase);
    } catch {
      throw new AppError('VALIDATION', 'Kata sandi otoritas salah.', [{ path: 'caPassphrase', message: 'Kata sandi otoritas salah.' }]);
    }
    const user = await mustUser(ctx, input.userId);
    const kantor = await readKantor(ctx.db);
    const issued = issueSignerCertificate({
      caCertPem: ca.cert_pem,
      caKeyPem,
      subject: { nama: user.nama, nip: user.nip, jabatan: user.jabatan, organization: kantor?.nama ?? ca.nama },
      validYears: 2,
      now: ctx.clock.now(),
      p12Passphrase: input.p12Passphrase,
    });
    return storeSigner(ctx, user.id, 'kantor', issued.p12, input.p12Passphrase);
  },
  'sertifikat.caExport': async (_i, ctx) => {
    const ca = await otoritasKantor(ctx.db);
    if (!ca) throw new AppError('NOT_FOUND', 'Otoritas sertifikat kantor belum dibuat.');
    return { namaBerkas: `otoritas-sertifikat-${ca.fingerprint.slice(0, 8).toLowerCase()}.pem`, pem: ca.cert_pem };
  },
  'sertifikat.trustImport': async (input, ctx) => {
    const info = pemInfo(input.pem);
    const id = await ctx.write(async (trx, audit) => {
      const newId = await insertOtoritas(trx, {
        nama: input.nama,
        jenis: 'tepercaya',
        cert_pem: info.pem,
        key_pem_terenkripsi: null,
        fingerprint: info.fingerprint,
        berlaku_dari: info.from,
        berlaku_sampai: info.to,
        created_at: ctx.nowIso(),
      });
      await audit.change('otoritas_sertifikat', newId, null, 'impor');
      return newId;
    });
    return otoritasInfo((await listOtoritas(ctx.db)).find((o) => o.id === id)!);
  },
};
