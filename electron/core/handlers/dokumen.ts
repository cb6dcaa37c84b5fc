// Owns the document registry: listing issued PDFs, downloading one, and verifying any PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { DomainHandlers } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { listDokumen, getDokumen } from '../../../db/dokumen/queries.ts';
import { verifikasi } from '../services/verifikasi.ts';

export const dokumenHandlers: DomainHandlers<'dokumen'> = {
  'dokumen.list': async (input, ctx) => {
    const { total, rows } = await listDokumen(ctx.db, input.limit, input.offset);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        jenis: r.kind,
        judul: r.title,
        penandatangan: r.signer_nama,
        ditandatanganiPada: r.signed_at,
        dibuatOleh: r.creator_nama,
        dibuatPada: r.created_at,
        sha256: r.sha256,
        status: r.status,
      })),
    };
  },
  'dokumen.download': async (input, ctx) => {
    const d = await getDokumen(ctx.db, input.id);
    if (!d?.path || !fs.existsSync(d.path)) throw new AppError('NOT_FOUND', 'Berkas dokumen tidak ditemukan di folder data.');
    return { namaBerkas: path.basename(d.path), pdfBase64: fs.readFileSync(d.path).toString('base64') };
  },
  'dokumen.verify': async (input, ctx) => verifikasi(ctx.db, Buffer.from(input.pdfBase64, 'base64'), ctx.clock.now()),
};
