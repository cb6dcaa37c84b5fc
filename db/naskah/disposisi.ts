// Owns the SQL of dispositions and their recipients.
import type { Insertable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { DisposisiTable } from '../schema-naskah.ts';

/** One recipient: the official, and the unit they receive for when the disposition named a unit. */
export type Tujuan = { userId: number; unitId: number | null };

export async function insertDisposisi(conn: Conn, d: Insertable<DisposisiTable>, kepada: readonly Tujuan[]): Promise<number> {
  const r = await conn.insertInto('disposisi').values(d).returning('id').executeTakeFirstOrThrow();
  await conn
    .insertInto('disposisi_penerima')
    .values(
      kepada.map((k) => ({
        disposisi_id: r.id,
        kepada_user_id: k.userId,
        kepada_unit_id: k.unitId,
        dibaca_pada: null,
        selesai_pada: null,
        laporan: null,
      })),
    )
    .execute();
  return r.id;
}

export async function disposisiOfSurat(conn: Conn, suratId: number) {
  return conn
    .selectFrom('disposisi as d')
    .innerJoin('users as f', 'f.id', 'd.dari_user_id')
    .innerJoin('users as c', 'c.id', 'd.dicatat_oleh_id')
    .selectAll('d')
    .select(['f.nama as dari_nama', 'c.nama as dicatat_nama'])
    .where('d.surat_masuk_id', '=', suratId)
    .orderBy('d.id')
    .execute();
}

export async function penerimaOf(conn: Conn, disposisiIds: readonly number[]) {
  if (disposisiIds.length === 0) return [];
  return conn
    .selectFrom('disposisi_penerima as p')
    .innerJoin('users as u', 'u.id', 'p.kepada_user_id')
    .leftJoin('unit_organisasi as o', 'o.id', 'p.kepada_unit_id')
    .selectAll('p')
    .select(['u.nama as kepada_nama', 'o.nama as kepada_unit_nama'])
    .where('p.disposisi_id', 'in', [...disposisiIds])
    .orderBy('p.id')
    .execute();
}

export async function getPenerima(conn: Conn, id: number) {
  return conn
    .selectFrom('disposisi_penerima as p')
    .innerJoin('disposisi as d', 'd.id', 'p.disposisi_id')
    .select(['p.id', 'p.kepada_user_id', 'p.dibaca_pada', 'p.selesai_pada', 'd.id as disposisi_id', 'd.status', 'd.surat_masuk_id'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function getDisposisi(conn: Conn, id: number) {
  return conn.selectFrom('disposisi').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markRead(conn: Conn, penerimaId: number, at: string): Promise<void> {
  await conn
    .updateTable('disposisi_penerima')
    .set({ dibaca_pada: at })
    .where('id', '=', penerimaId)
    .where('dibaca_pada', 'is', null)
    .execute();
}

export async function markDone(conn: Conn, penerimaId: number, laporan: string, at: string): Promise<void> {
  await conn.updateTable('disposisi_penerima').set({ selesai_pada: at, laporan }).where('id', '=', penerimaId).execute();
}

export async function cancelDisposisi(conn: Conn, id: number, at: string): Promise<void> {
  await conn.updateTable('disposisi').set({ status: 'dibatalkan', dibatalkan_pada: at }).where('id', '=', id).execute();
}

const mineBase = (conn: Conn) =>
  conn
    .selectFrom('disposisi_penerima as p')
    .innerJoin('disposisi as d', 'd.id', 'p.disposisi_id')
    .innerJoin('surat_masuk as s', 's.id', 'd.surat_masuk_id')
    .innerJoin('users as f', 'f.id', 'd.dari_user_id')
    .select([
      'p.id as penerima_id',
      'd.id as disposisi_id',
      's.id as surat_id',
      's.tahun',
      's.no_agenda',
      's.sisipan',
      's.hal',
      's.asal_instansi',
      'f.nama as dari_nama',
      'd.instruksi_json',
      'd.batas_waktu',
      'p.dibaca_pada',
      'p.selesai_pada',
      'p.kepada_user_id',
    ])
    .where('d.status', '=', 'aktif');

export type DisposisiSaya = Awaited<ReturnType<typeof listMine>>[number];

export async function listMine(conn: Conn, userId: number, status: 'semua' | 'belum-dibaca' | 'belum-selesai' | 'selesai') {
  let q = mineBase(conn).where('p.kepada_user_id', '=', userId);
  if (status === 'belum-dibaca') q = q.where('p.dibaca_pada', 'is', null);
  if (status === 'belum-selesai') q = q.where('p.selesai_pada', 'is', null);
  if (status === 'selesai') q = q.where('p.selesai_pada', 'is not', null);
  return q.orderBy('d.batas_waktu').execute();
}

/** Open branches past their deadline; a branch that forwarded everything counts through its children. */
export async function listOverdue(conn: Conn, nowIso: string) {
  return mineBase(conn)
    .innerJoin('users as k', 'k.id', 'p.kepada_user_id')
    .select('k.nama as kepada_nama')
    .where('p.selesai_pada', 'is', null)
    .where('d.batas_waktu', '<', nowIso)
    .orderBy('d.batas_waktu')
    .execute();
}

export async function allOfSurat(conn: Conn, suratId: number) {
  const ds = await conn
    .selectFrom('disposisi')
    .select(['id', 'induk_penerima_id', 'status'])
    .where('surat_masuk_id', '=', suratId)
    .execute();
  const ps = await penerimaOf(
    conn,
    ds.map((d) => d.id),
  );
  return { ds, ps };
}

/** Every recipient branch of active dispositions made in a period, for the rekap. */
export async function cabangPeriode(conn: Conn, dari: string, sampai: string) {
  return (
    conn
      .selectFrom('disposisi_penerima as p')
      .innerJoin('disposisi as d', 'd.id', 'p.disposisi_id')
      .innerJoin('users as k', 'k.id', 'p.kepada_user_id')
      // The unit the branch was addressed to, else the unit the recipient works in.
      .leftJoin('unit_organisasi as o', (j) => j.on((eb) => eb('o.id', '=', eb.fn.coalesce('p.kepada_unit_id', 'k.unit_id'))))
      .select(['k.nama', 'k.jabatan', 'o.nama as unit', 'p.selesai_pada', 'p.dibaca_pada', 'd.batas_waktu'])
      .where('d.status', '=', 'aktif')
      .where('d.waktu', '>=', dari)
      .where('d.waktu', '<', sampai)
      .execute()
  );
}
