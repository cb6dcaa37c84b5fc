// Owns upgrading a database: read user_version, copy the file first, run every pending migration
// in one transaction, set the new version in the same transaction.
import type { Kysely } from 'kysely';
import { migrations, LATEST_VERSION } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import type { Db } from './connection.ts';
import { getUserVersion, setUserVersionSql } from './sqlite.ts';
import type { RawDb } from './sqlite.ts';

export type MigrateResult = { from: number; to: number; applied: string[] };

export class NewerSchemaError extends Error {
  readonly found: number;
  constructor(found: number) {
    super(`Basis data berversi skema ${found}, lebih baru dari aplikasi ini (${LATEST_VERSION}).`);
    this.found = found;
  }
}

export type MigrateOptions = {
  /** Called before anything changes when there is something to migrate and data to keep. */
  backupBefore?: (fromVersion: number) => Promise<void>;
  list?: readonly Migration[];
};

export async function migrate(db: Db, raw: RawDb, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const list = opts.list ?? migrations;
  const from = getUserVersion(raw);
  if (from > list.length) throw new NewerSchemaError(from);
  const pending = list.slice(from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  if (from > 0 && opts.backupBefore) await opts.backupBefore(from);
  await db.transaction().execute(async (trx) => {
    const anyTrx = trx as unknown as Kysely<any>;
    for (const m of pending) await m.up(anyTrx);
    await setUserVersionSql(list.length).execute(trx);
  });
  return { from, to: list.length, applied: pending.map((m) => `${m.version}-${m.name}`) };
}

export const schemaVersion = (raw: RawDb): number => getUserVersion(raw);
export { LATEST_VERSION };
