// Owns the SQL of signing certificates and certificate authorities.
import type { Conn } from '../connection.ts';
import type { Insertable, Selectable } from 'kysely';
import type { OtoritasSertifikatTable, SertifikatTable } from '../schema.ts';

export type SertifikatRow = Selectable<SertifikatTable>;
export type OtoritasRow = Selectable<OtoritasSertifikatTable>;

export async function insertSertifikat(conn: Conn, s: Insertable<SertifikatTable>): Promise<number> {
  const r = await conn.insertInto('sertifikat').values(s).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function getSertifikat(conn: Conn, id: number): Promise<SertifikatRow | undefined> {
  return conn.selectFrom('sertifikat').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function sertifikatByFingerprint(conn: Conn, fp: string): Promise<SertifikatRow | undefined> {
  return conn.selectFrom('sertifikat').selectAll().where('fingerprint', '=', fp).executeTakeFirst();
}

export async function listSertifikat(conn: Conn, userId?: number) {
  let q = conn
    .selectFrom('sertifikat as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      'u.nama',
      'u.username',
      's.sumber',
      's.subjek',
      's.penerbit',
      's.fingerprint',
      's.berlaku_dari',
      's.berlaku_sampai',
      's.aktif',
    ]);
  if (userId !== undefined) q = q.where('s.user_id', '=', userId);
  return q.orderBy('u.nama').orderBy('s.berlaku_sampai', 'desc').execute();
}

export async function setSertifikatAktif(conn: Conn, id: number, aktif: boolean): Promise<void> {
  await conn
    .updateTable('sertifikat')
    .set({ aktif: aktif ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function insertOtoritas(conn: Conn, o: Insertable<OtoritasSertifikatTable>): Promise<number> {
  const r = await conn.insertInto('otoritas_sertifikat').values(o).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function listOtoritas(conn: Conn): Promise<OtoritasRow[]> {
  return conn.selectFrom('otoritas_sertifikat').selectAll().where('aktif', '=', 1).orderBy('id').execute();
}

export async function otoritasKantor(conn: Conn): Promise<OtoritasRow | undefined> {
  return conn
    .selectFrom('otoritas_sertifikat')
    .selectAll()
    .where('jenis', '=', 'kantor')
    .where('aktif', '=', 1)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
