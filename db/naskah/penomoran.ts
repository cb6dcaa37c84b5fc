// Owns the SQL of numbering: series, counters (incremented atomically) and the number register.
import type { Insertable, Selectable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { RegisterNomorTable, SeriPenomoranTable } from '../schema-naskah.ts';

export type SeriRow = Selectable<SeriPenomoranTable>;
export type RegisterRow = Selectable<RegisterNomorTable>;
export type KunciPencacah = { tahun: number; bulan: number; klas: string };

export async function listSeri(conn: Conn): Promise<SeriRow[]> {
  return conn.selectFrom('seri_penomoran').selectAll().orderBy('id').execute();
}

export async function getSeri(conn: Conn, id: number): Promise<SeriRow | undefined> {
  return conn.selectFrom('seri_penomoran').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSeri(conn: Conn, s: Insertable<SeriPenomoranTable>): Promise<number> {
  const r = await conn.insertInto('seri_penomoran').values(s).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSeri(conn: Conn, id: number, s: Partial<Insertable<SeriPenomoranTable>>): Promise<void> {
  await conn.updateTable('seri_penomoran').set(s).where('id', '=', id).execute();
}

/** The next sequence number for a counter key: one UPSERT, so two writers never get the same value. */
export async function nextUrut(conn: Conn, seriId: number, k: KunciPencacah): Promise<number> {
  const r = await conn
    .insertInto('pencacah')
    .values({ seri_id: seriId, tahun: k.tahun, bulan: k.bulan, klas: k.klas, nilai: 1 })
    .onConflict((oc) => oc.columns(['seri_id', 'tahun', 'bulan', 'klas']).doUpdateSet((eb) => ({ nilai: eb('pencacah.nilai', '+', 1) })))
    .returning('nilai')
    .executeTakeFirstOrThrow();
  return r.nilai;
}

export async function insertRegister(conn: Conn, r: Insertable<RegisterNomorTable>): Promise<number> {
  const out = await conn.insertInto('register_nomor').values(r).returning('id').executeTakeFirstOrThrow();
  return out.id;
}

export async function getRegister(conn: Conn, id: number): Promise<RegisterRow | undefined> {
  return conn.selectFrom('register_nomor').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function sisipanTerpakai(conn: Conn, seriId: number, k: KunciPencacah, urut: number): Promise<string[]> {
  const rows = await conn
    .selectFrom('register_nomor')
    .select('sisipan')
    .where('seri_id', '=', seriId)
    .where('tahun', '=', k.tahun)
    .where('bulan', '=', k.bulan)
    .where('klas', '=', k.klas)
    .where('urut', '=', urut)
    .execute();
  return rows.map((r) => r.sisipan);
}

export async function setRegisterStatus(conn: Conn, id: number, status: string, alasan: string | null): Promise<void> {
  await conn.updateTable('register_nomor').set({ status, alasan }).where('id', '=', id).execute();
}

export async function registerOfYear(conn: Conn, seriId: number, tahun: number): Promise<RegisterRow[]> {
  return conn
    .selectFrom('register_nomor')
    .selectAll()
    .where('seri_id', '=', seriId)
    .where('tahun', '=', tahun)
    .orderBy('bulan')
    .orderBy('klas')
    .orderBy('urut')
    .orderBy('sisipan')
    .execute();
}

export async function countersOfYear(conn: Conn, seriId: number, tahun: number) {
  return conn.selectFrom('pencacah').selectAll().where('seri_id', '=', seriId).where('tahun', '=', tahun).execute();
}
