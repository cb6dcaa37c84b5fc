// Owns every SQLite-only piece behind small named seams: pragmas, BEGIN IMMEDIATE, STRICT, the
// online backup API and integrity checks. A PostgreSQL dialect would replace this file only.
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, sql } from 'kysely';
import type { DatabaseConnection, CreateTableBuilder } from 'kysely';

export type RawDb = BetterSqlite3.Database;

/** Writers take the write lock at BEGIN, so two processes never deadlock upgrading a read lock. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class SatuSqliteDialect extends SqliteDialect {
  readonly #raw: RawDb;
  constructor(raw: RawDb) {
    super({ database: raw });
    this.#raw = raw;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver({ database: this.#raw });
  }
}

export type OpenOptions = { readonly?: boolean; busyTimeoutMs?: number };

/** WAL, synchronous=FULL (a committed write survives power loss), foreign keys, busy timeout. */
export function openRaw(file: string, opts: OpenOptions = {}): RawDb {
  const raw = new BetterSqlite3(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  raw.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  if (!opts.readonly) raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  return raw;
}

export const getUserVersion = (raw: RawDb): number => Number(raw.pragma('user_version', { simple: true }));

/** Only the migrator calls this, inside its transaction (the header write is transactional). */
export const setUserVersionSql = (v: number) => sql.raw(`pragma user_version = ${Math.trunc(v)}`);

/** Appends STRICT to a CREATE TABLE (type affinity becomes type checking). */
export const strict = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) => b.modifyEnd(sql`strict`);

/** A consistent copy of a live database through SQLite's online backup API. */
export async function backupTo(raw: RawDb, dest: string): Promise<void> {
  await raw.backup(dest);
}

export function integrityCheck(raw: RawDb): string[] {
  const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}

export type FkProblem = { table: string; rowid: number | null; parent: string };
export function foreignKeyCheck(raw: RawDb): FkProblem[] {
  const rows = raw.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return rows.map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
}

/** SQLite error codes we classify (never by message text). */
export function sqliteCode(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    return code.startsWith('SQLITE_') ? code : null;
  }
  return null;
}

/**
 * The shared full-text index every module feeds (issue #2): FTS5 with diacritics folded so
 * "arsip" finds "arsíp"; `domain`, `entity` and `entity_id` locate the record.
 */
export const createSearchIndexSql = sql`create virtual table search_index using fts5(
  domain unindexed, entity unindexed, entity_id unindexed, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)`;
