// The migrator: pragmas, all pending steps in one transaction, a copy before upgrading, rollback on failure.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connection.ts';
import { migrate, LATEST_VERSION } from '../../db/migrator.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Migration } from '../../db/migrations/index.ts';
import { getUserVersion } from '../../db/sqlite.ts';
import { tempDir } from '../fixtures/backend.ts';

const file = () => path.join(tempDir(), 'satu.sqlite');

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const o = openDatabase(file());
    expect(o.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(o.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(o.raw.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    await o.close();
  });
});

describe('migrate', () => {
  it('brings a new database to the latest version and is then a no-op', async () => {
    const o = openDatabase(file());
    const r = await migrate(o.db, o.raw);
    expect(r).toMatchObject({ from: 0, to: LATEST_VERSION });
    expect(getUserVersion(o.raw)).toBe(LATEST_VERSION);
    expect((await migrate(o.db, o.raw)).applied).toEqual([]);
    const tables = o.raw.prepare("select name from sqlite_master where type='table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['satker', 'users', 'user_role', 'sessions', 'audit_log', 'settings', 'dokumen', 'search_index']),
    );
    await o.close();
  });

  it('creates STRICT tables that refuse a wrong type', async () => {
    const o = openDatabase(file());
    await migrate(o.db, o.raw);
    expect(() =>
      o.raw.prepare("insert into satker (nama, jenis, created_at, jumlah_pegawai) values ('x', 'lapas', 'now', 'banyak')").run(),
    ).toThrow();
    expect(() => o.raw.prepare("insert into satker (nama, jenis, created_at) values ('x', 'pabrik', 'now')").run()).toThrow(/CHECK/);
    await o.close();
  });

  it('copies the database before upgrading one that has data', async () => {
    const f = file();
    const o = openDatabase(f);
    await migrate(o.db, o.raw);
    const extra: Migration = {
      version: 2,
      name: 'uji',
      up: async (db: Kysely<any>) => void (await sql`create table uji (id integer)`.execute(db)),
    };
    const calls: number[] = [];
    const r = await migrate(o.db, o.raw, { list: [...migrations, extra], backupBefore: async (v) => void calls.push(v) });
    expect(calls).toEqual([LATEST_VERSION]);
    expect(r.to).toBe(LATEST_VERSION + 1);
    await o.close();
  });

  it('leaves the old database untouched when a step fails', async () => {
    const o = openDatabase(file());
    await migrate(o.db, o.raw);
    const broken: Migration[] = [
      { version: LATEST_VERSION + 1, name: 'baik', up: async (db) => void (await sql`create table baik (id integer)`.execute(db)) },
      { version: LATEST_VERSION + 2, name: 'gagal', up: async (db) => void (await sql`create table satker (id integer)`.execute(db)) },
    ];
    await expect(migrate(o.db, o.raw, { list: [...migrations, ...broken] })).rejects.toThrow();
    expect(getUserVersion(o.raw)).toBe(LATEST_VERSION);
    expect(o.raw.prepare("select count(*) n from sqlite_master where name = 'baik'").get()).toEqual({ n: 0 });
    await o.close();
  });
});
