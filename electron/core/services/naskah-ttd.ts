// Owns signing an outgoing naskah: only its named signer, with their own certificate; the number is
// allocated at signing, in one transaction with the status change; the signed PDF goes through the
// report engine and the document registry. If the PDF cannot be made, the number is cancelled with
// that reason (numbers are never reused) and the naskah returns to "siap ditandatangani".
import fs from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { getNaskah, updateNaskah } from '../../../db/naskah/naskah-keluar.ts';
import { insertDokumen, finishDokumen } from '../../../db/dokumen/queries.ts';
import { setRegisterStatus } from '../../../db/naskah/penomoran.ts';
import { getUser } from '../../../db/akun/queries.ts';
import { generateReport } from '../reports/engine.ts';
import { buildNaskahModel } from '../reports/naskah/naskah-model.ts';
import { naskahDefinition } from '../reports/naskah/naskah-render.ts';
import { tanggalDi } from '../reports/layout/waktu.ts';
import { ambilNomor } from './penomoran.ts';
import { ownUsableCertificate, openP12OrFail } from './sertifikat.ts';
import { naskahDetail, indexNaskah } from './naskah-keluar.ts';
import { readKantor } from './kantor.ts';
import { kopOf, timeZoneOf, tanggalKantor } from './kop.ts';
import { qrPayload } from './laporan.ts';

type Tte = { p12: Buffer; passphrase: string; fingerprint: string };

async function render(ctx: Ctx, id: number, tte: (Tte & { dokumenId: number }) | null) {
  const kantor = await readKantor(ctx.db);
  if (!kantor) throw new AppError('NOT_FOUND', 'Identitas kantor belum diisi.');
  const detail = await naskahDetail(ctx, id);
  const signer = await getUser(ctx.db, detail.penandatanganId);
  const now = ctx.clock.now();
  const tz = timeZoneOf(kantor);
  const model = buildNaskahModel({
    detail,
    signer: { nama: signer?.nama ?? '', nip: signer?.nip ?? null },
    kota: kantor.kota,
    tanggalTeks: tanggalDi(now, tz),
    elektronik: tte !== null,
  });
  const signature = tte
    ? {
        p12: tte.p12,
        passphrase: tte.passphrase,
        signer: { nama: signer?.nama ?? '', jabatan: detail.jabatanTtd, nip: signer?.nip ?? null },
        qrPayload: qrPayload(kantor.kodeSatker, tte.dokumenId, tte.fingerprint),
        reason: `Dokumen SATU ${kantor.kodeSatker} nomor ${tte.dokumenId}: ${detail.nomor ?? detail.hal}`,
        location: kantor.kota,
      }
    : undefined;
  return generateReport({
    def: naskahDefinition(model, detail.kertas),
    params: {},
    env: { conn: ctx.db, now, kop: kopOf(kantor), timeZone: tz },
    signature,
  });
}

export async function pratinjau(ctx: Ctx, id: number): Promise<{ namaBerkas: string; pdfBase64: string }> {
  const out = await render(ctx, id, null);
  return { namaBerkas: `konsep-naskah-${id}.pdf`, pdfBase64: out.pdf.toString('base64') };
}

async function alokasi(ctx: Ctx, id: number) {
  // The signing date and its year (the counter scope) are the office's local date, not UTC's.
  const tanggal = await tanggalKantor(ctx.db, ctx.nowIso());
  return ctx.write(async (trx, audit) => {
    const n = await getNaskah(trx, id);
    if (!n || n.status !== 'siap_ttd')
      throw new AppError('CONFLICT', 'Naskah belum siap ditandatangani (paraf belum lengkap atau sudah ditandatangani).');
    const nomor = await ambilNomor(trx, audit, {
      seriId: n.seri_id,
      tanggal,
      klasifikasiKode: n.klasifikasi_kode,
      kodeJabatan: n.kode_jabatan,
      keamanan: n.keamanan as 'B',
      naskah: `naskah_keluar:${n.id}`,
      status: 'dipakai',
      oleh: ctx.actor.label,
      at: ctx.nowIso(),
    });
    const dokumenId = await insertDokumen(trx, {
      kind: `naskah-${n.jenis}`,
      title: `${n.hal} (${nomor.nomor})`,
      nomor: nomor.nomor,
      signer_user_id: ctx.actor.userId,
      signed_at: null,
      sha256: '',
      path: null,
      meta_json: JSON.stringify({ naskahKeluarId: n.id }),
      created_by: ctx.actor.userId,
      created_at: ctx.nowIso(),
      status: 'dibuat',
    });
    await audit.change('dokumen', dokumenId, null, 'buat');
    const before = await audit.before('naskah_keluar', n.id);
    await updateNaskah(trx, n.id, {
      nomor: nomor.nomor,
      register_id: nomor.registerId,
      tanggal,
      dokumen_id: dokumenId,
      status: 'ditandatangani',
      updated_at: ctx.nowIso(),
    });
    await audit.change('naskah_keluar', n.id, before, 'beri-nomor');
    return { registerId: nomor.registerId, dokumenId };
  });
}

async function gagal(ctx: Ctx, id: number, registerId: number, reason: string): Promise<void> {
  await ctx.write(async (trx, audit) => {
    const bn = await audit.before('register_nomor', registerId);
    await setRegisterStatus(trx, registerId, 'batal', `Gagal membuat PDF bertanda tangan: ${reason}`);
    await audit.change('register_nomor', registerId, bn, 'batal');
    const before = await audit.before('naskah_keluar', id);
    await updateNaskah(trx, id, {
      status: 'siap_ttd',
      nomor: null,
      register_id: null,
      tanggal: null,
      dokumen_id: null,
      updated_at: ctx.nowIso(),
    });
    await audit.change('naskah_keluar', id, before, 'gagal-ttd');
  });
}

export async function tandatangani(ctx: Ctx, id: number, sertifikatId: number, passphrase: string): Promise<void> {
  const n = await getNaskah(ctx.db, id);
  if (!n) throw new AppError('NOT_FOUND', 'Naskah tidak ditemukan.');
  if (n.penandatangan_id !== ctx.actor.userId)
    throw new AppError('FORBIDDEN', 'Naskah ini hanya dapat ditandatangani oleh penanda tangan yang ditunjuk.');
  const cert = await ownUsableCertificate(ctx.db, sertifikatId, ctx.actor.userId, ctx.clock.now());
  const p12 = Buffer.from(cert.p12);
  openP12OrFail(p12, passphrase);
  const { registerId, dokumenId } = await alokasi(ctx, id);
  let out: Awaited<ReturnType<typeof render>>;
  try {
    out = await render(ctx, id, { p12, passphrase, fingerprint: cert.fingerprint, dokumenId });
  } catch (e) {
    await gagal(ctx, id, registerId, e instanceof Error ? e.message : String(e));
    throw e;
  }
  const dir = path.join(ctx.paths.dokumen, String(ctx.clock.now().getFullYear()));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(dokumenId).padStart(6, '0')}-naskah-${n.jenis}.pdf`);
  fs.writeFileSync(file, out.pdf);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('dokumen', dokumenId);
    await finishDokumen(trx, dokumenId, { sha256: out.sha256, path: file, signedAt: ctx.nowIso() });
    await audit.change('dokumen', dokumenId, before, 'tandatangani');
  });
  await indexNaskah(ctx, id);
}
