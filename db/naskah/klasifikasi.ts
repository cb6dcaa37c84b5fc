// Owns the SQL of classification schemes and codes.
import type { Conn } from '../connection.ts';

export async function skemaByKode(conn: Conn, kode: string) {
  return conn.selectFrom('skema_klasifikasi').selectAll().where('kode', '=', kode).executeTakeFirst();
}

export async function insertSkema(
  conn: Conn,
  s: { kode: string; nama: string; dasar: string | null; catatan: string | null; at: string },
): Promise<number> {
  const r = await conn
    .insertInto('skema_klasifikasi')
    .values({ kode: s.kode, nama: s.nama, dasar: s.dasar, catatan: s.catatan, berlaku_mulai: null, dicabut_pada: null, created_at: s.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export type KodeBaru = { kode: string; nama: string; induk: string | null; tingkat: number; sifat: string | null; terkonfirmasi: boolean };

export async function insertKodeBila(conn: Conn, skemaId: number, rows: readonly KodeBaru[]): Promise<number> {
  let n = 0;
  for (const r of rows) {
    const res = await conn
      .insertInto('klasifikasi')
      .values({
        skema_id: skemaId,
        kode: r.kode,
        nama: r.nama,
        induk_kode: r.induk,
        tingkat: r.tingkat,
        sifat: r.sifat,
        terkonfirmasi: r.terkonfirmasi ? 1 : 0,
      })
      .onConflict((oc) => oc.columns(['skema_id', 'kode']).doNothing())
      .executeTakeFirst();
    n += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return n;
}

export async function searchKlasifikasi(conn: Conn, q: string | undefined, limit: number) {
  let query = conn
    .selectFrom('klasifikasi as k')
    .innerJoin('skema_klasifikasi as s', 's.id', 'k.skema_id')
    .select(['k.kode', 'k.nama', 'k.tingkat', 'k.induk_kode', 'k.terkonfirmasi', 's.kode as skema'])
    .where('k.aktif', '=', 1);
  if (q) query = query.where((eb) => eb.or([eb('k.kode', 'like', `${q.toUpperCase()}%`), eb('k.nama', 'like', `%${q}%`)]));
  return query.orderBy('s.id').orderBy('k.kode').limit(limit).execute();
}

export async function allKlasifikasi(conn: Conn, skemaKode?: string) {
  let q = conn
    .selectFrom('klasifikasi as k')
    .innerJoin('skema_klasifikasi as s', 's.id', 'k.skema_id')
    .select(['k.kode', 'k.nama', 'k.induk_kode', 'k.tingkat', 'k.sifat', 'k.terkonfirmasi', 's.kode as skema', 's.nama as skema_nama']);
  if (skemaKode) q = q.where('s.kode', '=', skemaKode);
  return q.orderBy('s.id').orderBy('k.kode').execute();
}

export async function listSkema(conn: Conn) {
  return conn.selectFrom('skema_klasifikasi').selectAll().orderBy('id').execute();
}
