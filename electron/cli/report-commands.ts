// Owns `satu report` and `satu verify`: every registered report headless, signed with a .p12 from a
// file when asked (the signer must hold the Pimpinan role), and offline verification of any PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { CliContext } from './main.ts';
import { listReports } from '../core/reports/registry.ts';
import { issueReport } from '../core/services/laporan.ts';
import { openP12OrFail } from '../core/services/sertifikat.ts';
import { verifikasi } from '../core/services/verifikasi.ts';
import { makeCtx } from '../core/context.ts';
import { credentialsByUsername, getUser } from '../../db/akun/queries.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { ALL_ROLES } from '../../shared/domain/roles.ts';

function params(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of Array.isArray(list) ? (list as string[]) : []) {
    const i = kv.indexOf('=');
    if (i < 1) throw new AppError('VALIDATION', `Parameter harus berbentuk kunci=nilai: ${kv}`);
    out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

async function signerFor(ctx: CliContext, username: string) {
  const o = ctx.args.options;
  if (typeof o.p12 !== 'string' || typeof o['passphrase-file'] !== 'string')
    throw new AppError('VALIDATION', 'Untuk menandatangani, berikan --p12 BERKAS dan --passphrase-file BERKAS.');
  const b = await ctx.backend();
  const cred = await credentialsByUsername(b.env.db, username);
  const user = cred ? await getUser(b.env.db, cred.id) : null;
  if (!user || !user.aktif) throw new AppError('NOT_FOUND', `Pengguna ${username} tidak ditemukan atau nonaktif.`);
  if (!user.roles.includes('pimpinan')) throw new AppError('FORBIDDEN', `${username} tidak berhak menandatangani (bukan Pimpinan).`);
  const p12 = fs.readFileSync(o.p12);
  const passphrase = fs.readFileSync(o['passphrase-file'], 'utf8').replace(/\r?\n$/, '');
  const info = openP12OrFail(p12, passphrase);
  return {
    userId: user.id,
    nama: user.nama,
    jabatan: user.jabatan ?? 'Pimpinan',
    nip: user.nip,
    p12,
    passphrase,
    fingerprint: info.fingerprint,
  };
}

export async function reportCommand(rest: string[], ctx: CliContext): Promise<number> {
  const [kind] = rest;
  if (kind === 'list' || !kind) {
    const list = listReports();
    ctx.out.print(list.map((r) => `${r.kind.padEnd(28)} ${r.paper} ${r.orientation.padEnd(9)} ${r.title}`).join('\n'), list);
    return 0;
  }
  const out = ctx.args.options.out;
  if (typeof out !== 'string') {
    console.error('Pemakaian: satu report JENIS --out BERKAS.pdf [--param k=v] [--sign-as PENGGUNA --p12 BERKAS --passphrase-file BERKAS]');
    return 2;
  }
  const b = await ctx.backend();
  const signAs = ctx.args.options['sign-as'];
  const signer = typeof signAs === 'string' ? await signerFor(ctx, signAs) : null;
  const actor = { userId: signer?.userId ?? null, label: ctx.systemLabel, roles: ALL_ROLES, sessionId: null };
  const t = await issueReport(
    makeCtx(b.env, actor, 'cli', signer ? 'laporan.sign' : 'laporan.generate'),
    kind,
    params(ctx.args.options.param),
    signer,
  );
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.copyFileSync(t.file, path.resolve(out));
  ctx.out.print(
    `Laporan dibuat: ${path.resolve(out)} (${t.halaman} halaman, registri nomor ${t.dokumenId}${signer ? ', ditandatangani' : ''}).`,
    {
      ok: true,
      file: path.resolve(out),
      dokumenId: t.dokumenId,
      halaman: t.halaman,
      sha256: t.sha256,
      ditandatangani: t.ditandatangani,
    },
  );
  return 0;
}

type VerifyOutcome = { file: string; ok: boolean; v: Awaited<ReturnType<typeof verifikasi>> };

function printHuman(o: VerifyOutcome, many: boolean): void {
  console.log(`${many ? `${o.file}: ` : ''}${o.v.ringkasan}`);
  for (const s of o.v.tandaTangan)
    console.log(
      `  Penanda tangan: ${s.penandatangan ?? '-'} · penerbit: ${s.penerbit ?? '-'} · sidik jari: ${s.fingerprint ?? '-'} · ${s.tepercaya ? 'dipercaya' : 'penerbit TIDAK dipercaya'}`,
    );
}

/** `satu verify A.pdf [B.pdf …]`: exit 0 only when every file is validly signed over its whole content. */
export async function verifyCommand(rest: string[], ctx: CliContext): Promise<number> {
  const missing = rest.filter((f) => !fs.existsSync(f));
  if (rest.length === 0 || missing.length) {
    console.error(`Pemakaian: satu verify BERKAS.pdf [BERKAS.pdf …]${missing.length ? ` (tidak ditemukan: ${missing.join(', ')})` : ''}`);
    return 2;
  }
  const b = await ctx.backend();
  const outcomes: VerifyOutcome[] = [];
  for (const file of rest) {
    const v = await verifikasi(b.env.db, fs.readFileSync(file), new Date());
    const ok = v.ditandatangani && v.tandaTangan.every((s) => s.sah && s.seluruhDokumen && !s.diubahSetelahTtd);
    outcomes.push({ file, ok, v });
  }
  if (ctx.out.json) {
    const items = outcomes.map((o) => ({ file: o.file, ok: o.ok, ...o.v }));
    console.log(JSON.stringify(items.length === 1 ? items[0] : items, null, 2));
  } else for (const o of outcomes) printHuman(o, outcomes.length > 1);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}
