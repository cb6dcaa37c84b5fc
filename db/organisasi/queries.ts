// Owns the SQL of satuan kerja and organisation units.
import type { Conn } from '../connection.ts';
import type { Insertable } from 'kysely';
import type { SatkerTable, UnitOrganisasiTable } from '../schema.ts';

export type NewSatker = Insertable<SatkerTable>;
export type NewUnit = Insertable<UnitOrganisasiTable>;

export async function insertSatker(conn: Conn, s: NewSatker): Promise<number> {
  const r = await conn.insertInto('satker').values(s).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSatker(conn: Conn, id: number, s: Partial<NewSatker>): Promise<void> {
  await conn.updateTable('satker').set(s).where('id', '=', id).execute();
}

export async function getSatker(conn: Conn, id: number) {
  return conn.selectFrom('satker').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSatkerByNama(conn: Conn, nama: string) {
  return conn.selectFrom('satker').selectAll().where('nama', '=', nama).executeTakeFirst();
}

export async function listSatker(conn: Conn, jenis?: string) {
  let q = conn.selectFrom('satker as s').leftJoin('satker as p', 'p.id', 's.induk_id').selectAll('s').select('p.nama as induk_nama');
  if (jenis) q = q.where('s.jenis', '=', jenis);
  return q.orderBy('s.kanwil_no').orderBy('s.jenis').orderBy('s.nama').execute();
}

export async function countSatker(conn: Conn): Promise<number> {
  const r = await conn
    .selectFrom('satker')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertUnit(conn: Conn, u: NewUnit): Promise<number> {
  const r = await conn.insertInto('unit_organisasi').values(u).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function listUnits(conn: Conn, satkerId: number) {
  return conn.selectFrom('unit_organisasi').selectAll().where('satker_id', '=', satkerId).orderBy('urutan').execute();
}

export async function unitKodes(conn: Conn, satkerId: number): Promise<Set<string>> {
  const rows = await conn.selectFrom('unit_organisasi').select('kode').where('satker_id', '=', satkerId).execute();
  return new Set(rows.map((r) => r.kode));
}

export async function getUnit(conn: Conn, id: number) {
  return conn.selectFrom('unit_organisasi').selectAll().where('id', '=', id).executeTakeFirst();
}
