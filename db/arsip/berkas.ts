// Owns the SQL of berkas, their items and digital copies.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { BerkasArsipTable, ItemArsipTable, SalinanArsipTable } from '../schema-arsip.ts';

export type BerkasArsipRow = Selectable<BerkasArsipTable>;

const withCount = (conn: Conn) =>
  conn
    .selectFrom('berkas_arsip as b')
    .selectAll('b')
    .select((eb) =>
      eb.selectFrom('item_arsip as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.berkas_id', '=', 'b.id').as('jumlah_item'),
    );

export async function getBerkas(conn: Conn, id: number) {
  return withCount(conn).where('b.id', '=', id).executeTakeFirst();
}

export async function berkasByIds(conn: Conn, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return withCount(conn)
    .where('b.id', 'in', [...ids])
    .orderBy('b.tahun')
    .orderBy('b.nomor_berkas')
    .execute();
}

export type FilterBerkas = {
  q?: string;
  status?: readonly string[];
  tahun?: number;
  klasifikasiKode?: string;
  kategori?: string;
  unitPengolah?: string;
  limit: number;
  offset: number;
};

export async function listBerkas(conn: Conn, f: FilterBerkas) {
  let q = conn.selectFrom('berkas_arsip as b');
  if (f.status?.length) q = q.where('b.status', 'in', [...f.status]);
  if (f.tahun) q = q.where('b.tahun', '=', f.tahun);
  if (f.klasifikasiKode)
    q = q.where((eb) =>
      eb.or([eb('b.klasifikasi_kode', '=', f.klasifikasiKode!), eb('b.klasifikasi_kode', 'like', `${f.klasifikasiKode}.%`)]),
    );
  if (f.kategori) q = q.where('b.kategori', '=', f.kategori);
  if (f.unitPengolah) q = q.where('b.unit_pengolah', '=', f.unitPengolah);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('b.uraian', 'like', like), eb('b.klasifikasi_kode', 'like', like)]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('b')
    .select((eb) =>
      eb.selectFrom('item_arsip as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.berkas_id', '=', 'b.id').as('jumlah_item'),
    )
    .orderBy('b.tahun', 'desc')
    .orderBy('b.unit_pengolah')
    .orderBy('b.nomor_berkas', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.c), rows };
}

export async function nextNomorBerkas(conn: Conn, unit: string, tahun: number): Promise<number> {
  const r = await conn
    .selectFrom('berkas_arsip')
    .select((eb) => eb.fn.max('nomor_berkas').as('m'))
    .where('unit_pengolah', '=', unit)
    .where('tahun', '=', tahun)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertBerkas(conn: Conn, b: Insertable<BerkasArsipTable>): Promise<number> {
  const r = await conn.insertInto('berkas_arsip').values(b).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateBerkas(conn: Conn, id: number, b: Updateable<BerkasArsipTable>): Promise<void> {
  await conn.updateTable('berkas_arsip').set(b).where('id', '=', id).execute();
}

/** The open berkas of a classification and year (and unit, when given), newest first. */
export async function berkasTerbuka(conn: Conn, kode: string, tahun: number, unit?: string) {
  let q = conn
    .selectFrom('berkas_arsip')
    .selectAll()
    .where('klasifikasi_kode', '=', kode)
    .where('tahun', '=', tahun)
    .where('status', '=', 'aktif');
  if (unit) q = q.where('unit_pengolah', '=', unit);
  return q.orderBy('id', 'desc').executeTakeFirst();
}

export async function itemsOf(conn: Conn, berkasId: number) {
  return conn.selectFrom('item_arsip').selectAll().where('berkas_id', '=', berkasId).orderBy('nomor_item').execute();
}

export async function getItem(conn: Conn, id: number) {
  return conn.selectFrom('item_arsip').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextNomorItem(conn: Conn, berkasId: number): Promise<number> {
  const r = await conn
    .selectFrom('item_arsip')
    .select((eb) => eb.fn.max('nomor_item').as('m'))
    .where('berkas_id', '=', berkasId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertItem(conn: Conn, i: Insertable<ItemArsipTable>): Promise<number> {
  const r = await conn.insertInto('item_arsip').values(i).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Kurun waktu of a berkas: the first and last date of its items. */
export async function kurunOf(conn: Conn, berkasId: number) {
  return conn
    .selectFrom('item_arsip')
    .select((eb) => [eb.fn.min('tanggal').as('awal'), eb.fn.max('tanggal').as('akhir')])
    .where('berkas_id', '=', berkasId)
    .executeTakeFirst();
}

export async function itemSumber(conn: Conn, sumber: string, sumberId: number) {
  return conn.selectFrom('item_arsip').selectAll().where('sumber', '=', sumber).where('sumber_id', '=', sumberId).executeTakeFirst();
}

export async function insertSalinan(conn: Conn, s: Insertable<SalinanArsipTable>): Promise<number> {
  const r = await conn.insertInto('salinan_arsip').values(s).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function salinanOf(conn: Conn, itemIds: readonly number[]) {
  if (itemIds.length === 0) return [];
  return conn
    .selectFrom('salinan_arsip')
    .selectAll()
    .where('item_id', 'in', [...itemIds])
    .orderBy('id')
    .execute();
}

export async function getSalinan(conn: Conn, id: number) {
  return conn.selectFrom('salinan_arsip').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Box numbers already given (definitive numbers are never reused). */
export async function boksTerpakai(conn: Conn): Promise<number[]> {
  const rows = await conn.selectFrom('berkas_arsip').select('nomor_boks').distinct().where('nomor_boks', 'is not', null).execute();
  return rows.map((r) => r.nomor_boks!);
}

/** Berkas whose retention clock runs: closed, inactive or waiting for review. */
export async function berkasBerjalan(conn: Conn) {
  return conn.selectFrom('berkas_arsip').selectAll().where('status', 'in', ['ditutup', 'inaktif']).execute();
}

export async function berkasNomorAda(conn: Conn, unit: string, tahun: number, nomor: number): Promise<boolean> {
  const r = await conn
    .selectFrom('berkas_arsip')
    .select('id')
    .where('unit_pengolah', '=', unit)
    .where('tahun', '=', tahun)
    .where('nomor_berkas', '=', nomor)
    .executeTakeFirst();
  return r !== undefined;
}
