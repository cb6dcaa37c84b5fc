// Owns the SQL of JRA versions and their rows.
import type { Insertable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { JraTable } from '../schema-arsip.ts';

export async function listVersi(conn: Conn) {
  return conn
    .selectFrom('jra_versi as v')
    .selectAll('v')
    .select((eb) => eb.selectFrom('jra').select(eb.fn.countAll<number>().as('n')).whereRef('jra.versi_id', '=', 'v.id').as('jumlah'))
    .orderBy('v.id', 'desc')
    .execute();
}

export async function getVersi(conn: Conn, id: number) {
  return conn.selectFrom('jra_versi').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function versiBerlaku(conn: Conn) {
  return conn.selectFrom('jra_versi').selectAll().where('status', '=', 'berlaku').executeTakeFirst();
}

export async function insertVersi(
  conn: Conn,
  v: { nama: string; dasar: string | null; catatan: string | null; at: string },
): Promise<number> {
  const r = await conn
    .insertInto('jra_versi')
    .values({ nama: v.nama, dasar: v.dasar, catatan: v.catatan, status: 'draf', berlaku_mulai: null, created_at: v.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function setStatusVersi(conn: Conn, id: number, status: string, berlakuMulai: string | null = null): Promise<void> {
  const set = berlakuMulai ? { status, berlaku_mulai: berlakuMulai } : { status };
  await conn.updateTable('jra_versi').set(set).where('id', '=', id).execute();
}

const withNama = (conn: Conn) =>
  conn
    .selectFrom('jra as j')
    .selectAll('j')
    .select((eb) =>
      eb
        .selectFrom('klasifikasi as k')
        .select('k.nama')
        .whereRef('k.kode', '=', 'j.klasifikasi_kode')
        .orderBy('k.skema_id')
        .limit(1)
        .as('klasifikasi_nama'),
    );

export async function listBaris(conn: Conn, versiId: number) {
  return withNama(conn).where('j.versi_id', '=', versiId).orderBy('j.klasifikasi_kode').execute();
}

export async function getBaris(conn: Conn, id: number) {
  return withNama(conn).where('j.id', '=', id).executeTakeFirst();
}

export async function barisByKode(conn: Conn, versiId: number, kode: string) {
  return conn.selectFrom('jra').selectAll().where('versi_id', '=', versiId).where('klasifikasi_kode', '=', kode).executeTakeFirst();
}

export async function insertBaris(conn: Conn, b: Insertable<JraTable>): Promise<number> {
  const r = await conn.insertInto('jra').values(b).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateBaris(conn: Conn, id: number, b: Omit<Insertable<JraTable>, 'versi_id' | 'klasifikasi_kode'>): Promise<void> {
  await conn.updateTable('jra').set(b).where('id', '=', id).execute();
}

export async function deleteBaris(conn: Conn, id: number): Promise<void> {
  await conn.deleteFrom('jra').where('id', '=', id).execute();
}

export async function kodeKlasifikasiAda(conn: Conn, kode: string): Promise<boolean> {
  const r = await conn.selectFrom('klasifikasi').select('id').where('kode', '=', kode).executeTakeFirst();
  return r !== undefined;
}
