// Owns backups: consistent copies through SQLite's online backup API, the daily/weekly rotation
// (keep 7 daily, 4 weekly), and checking a file before it may replace the live database.
import fs from 'node:fs';
import path from 'node:path';
import type { RawDb } from '../../../db/sqlite.ts';
import { backupTo, openRaw, getUserVersion, integrityCheck } from '../../../db/sqlite.ts';
import { LATEST_VERSION } from '../../../db/migrator.ts';

export const BACKUP_KINDS = ['manual', 'harian', 'mingguan', 'pra-migrasi', 'pra-pemulihan'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export type BackupInfo = { file: string; name: string; kind: BackupKind; size: number; createdAt: string };

const KEEP: Partial<Record<BackupKind, number>> = { harian: 7, mingguan: 4, 'pra-migrasi': 10, 'pra-pemulihan': 5 };
const NAME = /^satu-(manual|harian|mingguan|pra-migrasi|pra-pemulihan)-(\d{8})-(\d{6})(?:-\d+)?\.sqlite$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

function parseName(dir: string, name: string): BackupInfo | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, kind, ymd, hms] = m as unknown as [string, BackupKind, string, string];
  const createdAt = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4)}`;
  const file = path.join(dir, name);
  return { file, name, kind, size: fs.statSync(file).size, createdAt };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((n) => parseName(dir, n))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export async function createBackup(raw: RawDb, dir: string, kind: BackupKind, now: Date): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  let name = `satu-${kind}-${stamp(now)}.sqlite`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i++) name = `satu-${kind}-${stamp(now)}-${i}.sqlite`;
  const tmp = path.join(dir, `.${name}.tmp`);
  await backupTo(raw, tmp);
  fs.renameSync(tmp, path.join(dir, name));
  rotate(dir);
  const info = parseName(dir, name);
  if (!info) throw new Error('nama cadangan tidak terbaca');
  return info;
}

/** Deletes the oldest backups of each kind beyond what KEEP allows; manual backups are never deleted. */
export function rotate(dir: string): string[] {
  const removed: string[] = [];
  for (const [kind, keep] of Object.entries(KEEP)) {
    const old = listBackups(dir)
      .filter((b) => b.kind === kind)
      .slice(keep);
    for (const b of old) {
      fs.rmSync(b.file, { force: true });
      removed.push(b.name);
    }
  }
  return removed;
}

const localDay = (iso: string) => iso.slice(0, 10);

/** At start: one daily backup per calendar day, one weekly per 7 days. Returns what it made. */
export async function autoBackup(raw: RawDb, dir: string, now: Date): Promise<BackupInfo[]> {
  const all = listBackups(dir);
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const made: BackupInfo[] = [];
  if (!all.some((b) => b.kind === 'harian' && localDay(b.createdAt) === today)) made.push(await createBackup(raw, dir, 'harian', now));
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const lastWeekly = all.find((b) => b.kind === 'mingguan');
  if (!lastWeekly || new Date(lastWeekly.createdAt) <= weekAgo) made.push(await createBackup(raw, dir, 'mingguan', now));
  return made;
}

export type BackupVerdict = { ok: true; version: number } | { ok: false; reason: string };

/** Opens a candidate file read-only and checks it is a healthy SATU database this version can use. */
export function inspectBackup(file: string): BackupVerdict {
  if (!fs.existsSync(file)) return { ok: false, reason: 'Berkas tidak ditemukan.' };
  let raw: RawDb | null = null;
  try {
    raw = openRaw(file, { readonly: true });
    const problems = integrityCheck(raw);
    if (problems.length) return { ok: false, reason: `Berkas rusak: ${problems[0]}` };
    const version = getUserVersion(raw);
    if (version < 1) return { ok: false, reason: 'Berkas bukan basis data SATU.' };
    if (version > LATEST_VERSION) return { ok: false, reason: `Berkas dibuat oleh SATU yang lebih baru (skema ${version}).` };
    const t = raw.prepare("select count(*) n from sqlite_master where type='table' and name in ('users','audit_log','satker')").get() as {
      n: number;
    };
    if (t.n !== 3) return { ok: false, reason: 'Berkas bukan basis data SATU.' };
    return { ok: true, version };
  } catch {
    return { ok: false, reason: 'Berkas tidak dapat dibuka sebagai basis data SQLite.' };
  } finally {
    raw?.close();
  }
}

/** Replaces the (closed) live database by a checked backup: copy beside it, fsync, rename. */
export function replaceDatabase(source: string, target: string): void {
  const tmp = `${target}.pemulihan.tmp`;
  fs.copyFileSync(source, tmp);
  const fd = fs.openSync(tmp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const ext of ['-wal', '-shm']) fs.rmSync(target + ext, { force: true });
  fs.renameSync(tmp, target);
}
