// Owns the SQL of the document registry (every issued PDF: kind, title, signer, time, SHA-256, file).
import type { Conn } from '../connection.ts';
import type { Insertable, Selectable } from 'kysely';
import type { DokumenTable } from '../schema.ts';

export type DokumenRow = Selectable<DokumenTable>;

export async function insertDokumen(conn: Conn, d: Insertable<DokumenTable>): Promise<number> {
  const r = await conn.insertInto('dokumen').values(d).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function finishDokumen(conn: Conn, id: number, f: { sha256: string; path: string; signedAt: string | null }): Promise<void> {
  await conn
    .updateTable('dokumen')
    .set({ sha256: f.sha256, path: f.path, signed_at: f.signedAt, status: 'terbit' })
    .where('id', '=', id)
    .execute();
}

export async function getDokumen(conn: Conn, id: number): Promise<DokumenRow | undefined> {
  return conn.selectFrom('dokumen').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function dokumenBySha(conn: Conn, sha256: string): Promise<DokumenRow | undefined> {
  return conn.selectFrom('dokumen').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export async function listDokumen(conn: Conn, limit: number, offset: number) {
  const rows = await conn
    .selectFrom('dokumen as d')
    .leftJoin('users as s', 's.id', 'd.signer_user_id')
    .leftJoin('users as c', 'c.id', 'd.created_by')
    .selectAll('d')
    .select(['s.nama as signer_nama', 'c.nama as creator_nama'])
    .orderBy('d.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await conn
    .selectFrom('dokumen')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { total: Number(total.n), rows };
}
