// Owns the CLI's commands; each returns the process exit code.
import fs from 'node:fs';
import path from 'node:path';
import type { CliContext } from './main.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { channelNames, contract } from '../../shared/ipc/contract.ts';
import type { CheckReport } from '../../shared/ipc/channels/sistem.ts';
import { backupTo, openRaw } from '../../db/sqlite.ts';
import { dataPaths } from '../core/paths.ts';
import { createBackup, inspectBackup, replaceDatabase } from '../core/services/backup.ts';
import { readPassword } from './password-input.ts';
import { formatCheck } from './check-text.ts';
import { reportCommand, verifyCommand } from './report-commands.ts';

type Command = (rest: string[], ctx: CliContext) => Promise<number>;

function report(ctx: CliContext, r: Result<unknown>, human: (v: unknown) => string): number {
  if (r.ok) {
    ctx.out.print(human(r.value), r);
    return 0;
  }
  if (ctx.out.json) console.log(JSON.stringify(r, null, 2));
  else {
    console.error(`Gagal (${r.error.code}): ${r.error.message}`);
    for (const i of r.error.issues) console.error(`  - ${i.path || '(isian)'}: ${i.message}`);
  }
  return 1;
}

const init: Command = async (_rest, ctx) => {
  const r = await ctx.call('app.status');
  return report(ctx, r, (v) => {
    const s = v as { dataDir: string; versiSkema: number; perluSetup: boolean };
    return `Basis data siap: ${ctx.dbFile ?? dataPaths(ctx.dataDir).db} (skema v${s.versiSkema}).${s.perluSetup ? ' Belum ada pengguna: jalankan SATU untuk penyiapan awal, atau "satu users add".' : ''}`;
  });
};

const demo: Command = async (_rest, ctx) =>
  report(ctx, await ctx.call('demo.load'), (v) => {
    const c = v as { satker: number; unit: number };
    return `Data contoh dimuat: ${c.satker} satuan kerja baru, ${c.unit} unit organisasi baru.`;
  });

const users: Command = async (rest, ctx) => {
  const [sub, username] = rest;
  if (sub === 'list')
    return report(ctx, await ctx.call('users.list'), (v) =>
      (v as { username: string; nama: string; roles: string[]; aktif: boolean }[])
        .map((u) => `${u.username.padEnd(20)} ${u.nama.padEnd(32)} ${u.roles.join(',')}${u.aktif ? '' : ' (nonaktif)'}`)
        .join('\n'),
    );
  if (sub !== 'add' || !username) {
    console.error('Pemakaian: satu users add NAMA_PENGGUNA --nama "Nama" --role PERAN [--password-file BERKAS]');
    return 2;
  }
  const o = ctx.args.options;
  const input = {
    username,
    nama: o.nama,
    nip: o.nip ?? null,
    jabatan: o.jabatan ?? null,
    roles: typeof o.role === 'string' ? o.role.split(',').map((s) => s.trim()) : [],
    password: await readPassword(o),
  };
  return report(ctx, await ctx.call('users.create', input), (v) => `Pengguna dibuat: ${(v as { username: string }).username}`);
};

const backup: Command = async (rest, ctx) => {
  const out = rest[0];
  if (!out) {
    console.error('Pemakaian: satu backup BERKAS_TUJUAN');
    return 2;
  }
  const b = await ctx.backend();
  const dest = path.resolve(out);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  await backupTo(b.env.raw, dest);
  const size = fs.statSync(dest).size;
  ctx.out.print(`Cadangan dibuat: ${dest} (${size} bita)`, { ok: true, file: dest, size });
  return 0;
};

const restore: Command = async (rest, ctx) => {
  const src = rest[0] ? path.resolve(rest[0]) : '';
  const verdict = inspectBackup(src);
  if (!verdict.ok) {
    ctx.out.print(`Pemulihan dibatalkan, tidak ada yang diubah: ${verdict.reason}`, { ok: false, error: verdict.reason });
    return 1;
  }
  const paths = dataPaths(ctx.dataDir, ctx.dbFile);
  let safety: string | null = null;
  if (fs.existsSync(paths.db)) {
    const raw = openRaw(paths.db);
    try {
      safety = (await createBackup(raw, paths.backups, 'pra-pemulihan', new Date())).file;
    } finally {
      raw.close();
    }
  }
  replaceDatabase(src, paths.db);
  const check = await ctx.call('audit.check');
  const ok = check.ok && (check.value as CheckReport).ok;
  ctx.out.print(
    `Basis data dipulihkan dari ${src}.${safety ? ` Basis data sebelumnya disimpan di ${safety}.` : ''} Pemeriksaan: ${ok ? 'baik' : 'ADA MASALAH, jalankan satu check'}.`,
    { ok: true, restoredFrom: src, previous: safety, checkOk: ok },
  );
  return 0;
};

const check: Command = async (_rest, ctx) => {
  const r = await ctx.call('audit.check');
  if (!r.ok) return report(ctx, r, () => '');
  const rep = r.value as CheckReport;
  if (ctx.out.json) console.log(JSON.stringify(rep, null, 2));
  else console.log(formatCheck(rep));
  return rep.ok ? 0 : 1;
};

const channels: Command = async (_rest, ctx) => {
  const list = channelNames.map((c) => ({ channel: c, title: contract[c].title, kind: contract[c].kind, access: contract[c].access }));
  ctx.out.print(list.map((c) => `${c.channel.padEnd(24)} ${c.kind.padEnd(6)} ${c.title}`).join('\n'), list);
  return 0;
};

const call: Command = async (rest, ctx) => {
  const channel = rest[0];
  if (!channel) {
    console.error('Pemakaian: satu call KANAL [--input JSON]');
    return 2;
  }
  const raw = ctx.args.options.input;
  let input: unknown = {};
  if (typeof raw === 'string') input = JSON.parse(raw) as unknown;
  return report(ctx, await ctx.call(channel, input), (v) => JSON.stringify(v, null, 2));
};

export const commands: Record<string, Command> = {
  init,
  demo,
  users,
  backup,
  restore,
  check,
  channels,
  call,
  report: reportCommand,
  verify: verifyCommand,
};
