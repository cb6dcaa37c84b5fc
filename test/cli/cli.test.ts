// The `satu` CLI end to end on real database files: init, demo, users add, backup, restore, check,
// and check naming the entry of a row changed with the sqlite3 command-line tool.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { satu } from './run.ts';
import { tempDir } from '../fixtures/backend.ts';
import { openRaw } from '../../db/sqlite.ts';
import { LATEST_VERSION } from '../../db/migrator.ts';

function freshDb() {
  const dir = tempDir('satu-cli-');
  const db = path.join(dir, 'kantor.sqlite');
  const pw = path.join(dir, 'sandi.txt');
  fs.writeFileSync(pw, 'rahasia123\n');
  return { dir, db, pw };
}

/** Changes a row outside SATU: the sqlite3 CLI when installed, otherwise a plain SQLite connection. */
function tamper(db: string, sql: string) {
  const r = spawnSync('sqlite3', [db, sql], { encoding: 'utf8' });
  if (r.error) {
    const raw = openRaw(db);
    raw.exec(sql);
    raw.close();
  } else expect(r.status).toBe(0);
}

describe('satu CLI', () => {
  it('prints help in Indonesian', () => {
    const r = satu(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pemakaian: npx satu');
    expect(r.stdout).toContain('restore BERKAS_CADANGAN');
  });

  it('refuses an unknown command with exit code 2', () => {
    expect(satu(['terbang']).code).toBe(2);
  });

  it('init, demo, users add, users list, check', () => {
    const { db, pw } = freshDb();
    const init = satu(['--db', db, 'init']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`skema v${LATEST_VERSION}`);
    const demo = satu(['--db', db, '--json', 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    expect(JSON.parse(demo.stdout).value.satker).toBeGreaterThanOrEqual(33 + 11 + 12);
    const add = satu([
      '--db',
      db,
      'users',
      'add',
      'siti',
      '--nama',
      'Siti Aminah',
      '--role',
      'operator_persuratan,pembaca',
      '--password-file',
      pw,
    ]);
    expect(add.code, add.stderr).toBe(0);
    const list = satu(['--db', db, '--json', 'users', 'list']);
    expect(JSON.parse(list.stdout).value).toEqual([
      expect.objectContaining({ username: 'siti', roles: ['operator_persuratan', 'pembaca'] }),
    ]);
    const check = satu(['--db', db, 'check', '--json']);
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, integrity: [], foreignKeys: [] });
  });

  it('gives an Indonesian message for a bad role and stores nothing', () => {
    const { db, pw } = freshDb();
    const r = satu(['--db', db, 'users', 'add', 'x1', '--nama', 'X', '--role', 'raja', '--password-file', pw]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Pilihan tidak dikenal');
    expect(JSON.parse(satu(['--db', db, '--json', 'users', 'list']).stdout).value).toEqual([]);
  });

  it('names the first broken entry after an UPDATE made outside SATU', () => {
    const { db, pw } = freshDb();
    satu(['--db', db, 'users', 'add', 'budi', '--nama', 'Budi', '--role', 'pembaca', '--password-file', pw]);
    tamper(db, "update users set nama = 'Bukan Budi' where username = 'budi'");
    const r = satu(['--db', db, 'check', '--json']);
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout);
    expect(rep.ok).toBe(false);
    expect(rep.chain.firstBroken).toMatchObject({ entity: 'user', reason: expect.stringContaining('diubah di luar SATU') });
    const human = satu(['--db', db, 'check']);
    expect(human.stdout).toMatch(/Entri rusak pertama: #\d+ \(user/);
  });

  it('backs up and restores, checking the file first and keeping the replaced database', () => {
    const { dir, db, pw } = freshDb();
    satu(['--db', db, 'users', 'add', 'awal', '--nama', 'Awal', '--role', 'pembaca', '--password-file', pw]);
    const out = path.join(dir, 'salinan', 'cadangan.sqlite');
    const b = satu(['--db', db, 'backup', out]);
    expect(b.code, b.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    satu(['--db', db, 'users', 'add', 'kemudian', '--nama', 'Kemudian', '--role', 'pembaca', '--password-file', pw]);

    const junk = path.join(dir, 'rusak.sqlite');
    fs.writeFileSync(junk, 'bukan basis data');
    const bad = satu(['--db', db, 'restore', junk]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Pemulihan dibatalkan');
    expect(JSON.parse(satu(['--db', db, '--json', 'users', 'list']).stdout).value).toHaveLength(2);

    const r = satu(['--db', db, 'restore', out]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain('Pemeriksaan: baik');
    const users = JSON.parse(satu(['--db', db, '--json', 'users', 'list']).stdout).value as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['awal']);
    expect(fs.readdirSync(path.join(dir, 'cadangan')).some((n) => n.startsWith('satu-pra-pemulihan-'))).toBe(true);
  });
});
