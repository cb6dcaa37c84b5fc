// Owns opening a SATU database: the raw handle (for SQLite seams) and the Kysely handle (for queries).
import { Kysely } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { SatuSqliteDialect, openRaw } from './sqlite.ts';
import type { OpenOptions, RawDb } from './sqlite.ts';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** A query function accepts either the database or a transaction. */
export type Conn = Db | Trx;

export type OpenedDb = { db: Db; raw: RawDb; file: string; close: () => Promise<void> };

export function openDatabase(file: string, opts: OpenOptions = {}): OpenedDb {
  const raw = openRaw(file, opts);
  const db = new Kysely<Database>({ dialect: new SatuSqliteDialect(raw) });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await db.destroy();
  };
  return { db, raw, file, close };
}
