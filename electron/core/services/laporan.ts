// Owns issuing a report: a registry row first (its number goes into the QR code), then the PDF
// (outside any transaction), then the file in the data folder and its SHA-256 in the registry.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { insertDokumen, finishDokumen } from '../../../db/dokumen/queries.ts';
import { reportRegistry } from '../reports/registry.ts';
import { generateReport } from '../reports/engine.ts';
import type { ReportDefinition, SignatureRequest } from '../reports/engine.ts';
import { readKantor } from './kantor.ts';
import { kopOf, timeZoneOf } from './kop.ts';
import type { Ctx } from '../context.ts';

export type Penandatangan = {
  userId: number;
  nama: string;
  jabatan: string;
  nip: string | null;
  p12: Buffer;
  passphrase: string;
  fingerprint: string;
};

export type Terbit = {
  dokumenId: number;
  namaBerkas: string;
  sha256: string;
  halaman: number;
  ditandatangani: boolean;
  pdf: Buffer;
  file: string;
};

export function reportDef(kind: string): ReportDefinition {
  const def = reportRegistry.get(kind);
  if (!def)
    throw new AppError('NOT_FOUND', `Jenis laporan tidak dikenal: ${kind}.`, [
      { path: 'kind', message: 'Pilih jenis laporan dari daftar.' },
    ]);
  return def;
}

/** The QR verification string: office code, registry number, signer certificate fingerprint. */
export const qrPayload = (kodeSatker: string, dokumenId: number, fingerprint: string) => `SATU|${kodeSatker}|${dokumenId}|${fingerprint}`;

const fileName = (id: number, kind: string) => `${String(id).padStart(6, '0')}-${kind}.pdf`;

export async function issueReport(ctx: Ctx, kind: string, rawParams: unknown, signer: Penandatangan | null): Promise<Terbit> {
  const def = reportDef(kind);
  const parsed = def.params.safeParse(rawParams);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      'Parameter laporan tidak sesuai.',
      parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), message: i.message })),
    );
  const kantor = await readKantor(ctx.db);
  if (!kantor) throw new AppError('NOT_FOUND', 'Identitas kantor belum diisi. Jalankan penyiapan awal.');
  const now = ctx.clock.now();
  const dokumenId = await ctx.write(async (trx, audit) => {
    const id = await insertDokumen(trx, {
      kind,
      title: def.title,
      nomor: null,
      signer_user_id: signer?.userId ?? null,
      signed_at: null,
      sha256: '',
      path: null,
      meta_json: JSON.stringify({ params: parsed.data }),
      created_by: ctx.actor.userId,
      created_at: now.toISOString(),
      status: 'dibuat',
    });
    await audit.change('dokumen', id, null, 'buat');
    return id;
  });
  const signature: SignatureRequest | undefined = signer
    ? {
        p12: signer.p12,
        passphrase: signer.passphrase,
        signer: { nama: signer.nama, jabatan: signer.jabatan, nip: signer.nip },
        qrPayload: qrPayload(kantor.kodeSatker, dokumenId, signer.fingerprint),
        reason: `Dokumen SATU ${kantor.kodeSatker} nomor ${dokumenId}: ${def.title}`,
        location: kantor.kota,
      }
    : undefined;
  const env = { conn: ctx.db, now, kop: kopOf(kantor), timeZone: timeZoneOf(kantor) };
  const out = await generateReport({ def, params: parsed.data, env, signature });
  const dir = path.join(ctx.paths.dokumen, String(now.getFullYear()));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName(dokumenId, kind));
  fs.writeFileSync(file, out.pdf);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('dokumen', dokumenId);
    await finishDokumen(trx, dokumenId, { sha256: out.sha256, path: file, signedAt: signer ? now.toISOString() : null });
    await audit.change('dokumen', dokumenId, before, signer ? 'tandatangani' : 'terbitkan');
  });
  return {
    dokumenId,
    namaBerkas: path.basename(file),
    sha256: out.sha256,
    halaman: out.pages,
    ditandatangani: signer !== null,
    pdf: out.pdf,
    file,
  };
}
