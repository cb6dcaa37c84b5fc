// Owns the SQL of outgoing naskah, their paraf chain and ekspedisi.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { EkspedisiTable, NaskahKeluarTable } from '../schema-naskah.ts';

export type NaskahKeluarRow = Selectable<NaskahKeluarTable>;

export async function insertNaskah(conn: Conn, n: Insertable<NaskahKeluarTable>): Promise<number> {
  const r = await conn.insertInto('naskah_keluar').values(n).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateNaskah(conn: Conn, id: number, n: Updateable<NaskahKeluarTable>): Promise<void> {
  await conn.updateTable('naskah_keluar').set(n).where('id', '=', id).execute();
}

export async function getNaskah(conn: Conn, id: number): Promise<NaskahKeluarRow | undefined> {
  return conn.selectFrom('naskah_keluar').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listNaskah(conn: Conn, f: { status?: string; q?: string; tahun?: number; limit: number; offset: number }) {
  let q = conn
    .selectFrom('naskah_keluar as n')
    .innerJoin('users as s', 's.id', 'n.penandatangan_id')
    .innerJoin('users as k', 'k.id', 'n.konseptor_id');
  if (f.status) q = q.where('n.status', '=', f.status);
  if (f.tahun) q = q.where('n.created_at', 'like', `${f.tahun}-%`);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('n.hal', 'like', like), eb('n.nomor', 'like', like)]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('n')
    .select(['s.nama as penandatangan_nama', 'k.nama as konseptor_nama'])
    .orderBy('n.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.c), rows };
}

export async function parafOf(conn: Conn, naskahId: number) {
  return conn
    .selectFrom('naskah_paraf as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.nama')
    .where('p.naskah_id', '=', naskahId)
    .orderBy('p.urutan')
    .execute();
}

export async function replaceParaf(conn: Conn, naskahId: number, userIds: readonly number[]): Promise<void> {
  await conn.deleteFrom('naskah_paraf').where('naskah_id', '=', naskahId).execute();
  if (userIds.length)
    await conn
      .insertInto('naskah_paraf')
      .values(
        userIds.map((user_id, i) => ({ naskah_id: naskahId, urutan: i + 1, user_id, status: 'menunggu', catatan: null, waktu: null })),
      )
      .execute();
}

export async function setParaf(conn: Conn, id: number, status: string, catatan: string | null, waktu: string): Promise<void> {
  await conn.updateTable('naskah_paraf').set({ status, catatan, waktu }).where('id', '=', id).execute();
}

export async function insertEkspedisi(conn: Conn, e: Insertable<EkspedisiTable>): Promise<number> {
  const r = await conn.insertInto('ekspedisi').values(e).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function ekspedisiOf(conn: Conn, naskahId: number) {
  return conn.selectFrom('ekspedisi').selectAll().where('naskah_id', '=', naskahId).orderBy('id').execute();
}

export async function agendaKeluarPeriode(conn: Conn, dari: string, sampai: string) {
  return conn
    .selectFrom('naskah_keluar as n')
    .innerJoin('users as s', 's.id', 'n.penandatangan_id')
    .selectAll('n')
    .select('s.nama as penandatangan_nama')
    .where('n.status', '=', 'ditandatangani')
    .where('n.tanggal', '>=', dari)
    .where('n.tanggal', '<', sampai)
    .orderBy('n.tanggal')
    .orderBy('n.id')
    .execute();
}
