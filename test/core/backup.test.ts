// Backups: online copies, rotation (7 daily, 4 weekly), automatic backup at start, checking a file before restore.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createBackup, autoBackup, listBackups, inspectBackup } from '../../electron/core/services/backup.ts';
import { setUpApp, tempDir } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { openRaw } from '../../db/sqlite.ts';
import { LATEST_VERSION } from '../../db/migrator.ts';

let app: TestApp;
afterEach(async () => app?.close());

describe('backups', () => {
  it('makes a consistent copy that opens as a SATU database with the same users', async () => {
    app = await setUpApp();
    const info = await app.sysOk('backup.create', {});
    expect(info.kind).toBe('manual');
    expect(inspectBackup(info.file)).toEqual({ ok: true, version: LATEST_VERSION });
    const raw = openRaw(info.file, { readonly: true });
    expect(raw.prepare('select username from users').all()).toEqual([{ username: 'admin' }]);
    raw.close();
  });

  it('keeps 7 daily and 4 weekly backups', async () => {
    app = await setUpApp();
    const dir = tempDir();
    for (let d = 1; d <= 30; d++) await autoBackup(app.env.raw, dir, new Date(2026, 10, d, 8, 0, 0));
    const all = listBackups(dir);
    expect(all.filter((b) => b.kind === 'harian')).toHaveLength(7);
    expect(all.filter((b) => b.kind === 'mingguan')).toHaveLength(4);
    expect(all.find((b) => b.kind === 'harian')?.createdAt.slice(0, 10)).toBe('2026-11-30');
  });

  it('makes one daily backup per day however often SATU starts', async () => {
    app = await setUpApp();
    const dir = tempDir();
    const day = new Date(2026, 10, 23, 8);
    await autoBackup(app.env.raw, dir, day);
    await autoBackup(app.env.raw, dir, new Date(2026, 10, 23, 15));
    expect(listBackups(dir).filter((b) => b.kind === 'harian')).toHaveLength(1);
  });

  it('never deletes manual backups', async () => {
    app = await setUpApp();
    const dir = tempDir();
    for (let i = 0; i < 12; i++) await createBackup(app.env.raw, dir, 'manual', new Date(2026, 0, i + 1));
    expect(listBackups(dir)).toHaveLength(12);
  });

  it('refuses files that are not healthy SATU databases', () => {
    const dir = tempDir();
    const junk = path.join(dir, 'bukan.sqlite');
    fs.writeFileSync(junk, 'ini bukan basis data'.repeat(100));
    expect(inspectBackup(junk)).toMatchObject({ ok: false });
    expect(inspectBackup(path.join(dir, 'tidak-ada.sqlite'))).toMatchObject({ ok: false, reason: 'Berkas tidak ditemukan.' });
    const other = openRaw(path.join(dir, 'lain.sqlite'));
    other.exec('create table x (a)');
    other.pragma('user_version = 99');
    other.close();
    expect(inspectBackup(path.join(dir, 'lain.sqlite'))).toMatchObject({ ok: false, reason: expect.stringContaining('lebih baru') });
  });
});
