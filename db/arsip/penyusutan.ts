// Owns the SQL of pemindahan, penyusutan (pemusnahan and penyerahan) and loans.
import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Conn } from '../connection.ts';
import type { PemindahanTable, PenyusutanTable, PeminjamanArsipTable } from '../schema-arsip.ts';

export async function insertPemindahan(conn: Conn, p: Insertable<PemindahanTable>, berkasIds: readonly number[]): Promise<number> {
  const r = await conn.insertInto('pemindahan').values(p).returning('id').executeTakeFirstOrThrow();
  await conn
    .insertInto('pemindahan_berkas')
    .values(berkasIds.map((b) => ({ pemindahan_id: r.id, berkas_id: b, sesuai: null, catatan: null })))
    .execute();
  return r.id;
}

export async function getPemindahan(conn: Conn, id: number) {
  return conn.selectFrom('pemindahan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPemindahan(conn: Conn) {
  return conn
    .selectFrom('pemindahan as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('pemindahan_berkas as x')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('x.pemindahan_id', '=', 'p.id')
        .as('jumlah'),
    )
    .orderBy('p.id', 'desc')
    .execute();
}

export async function updatePemindahan(conn: Conn, id: number, p: Updateable<PemindahanTable>): Promise<void> {
  await conn.updateTable('pemindahan').set(p).where('id', '=', id).execute();
}

export async function berkasPemindahan(conn: Conn, id: number) {
  return conn.selectFrom('pemindahan_berkas').selectAll().where('pemindahan_id', '=', id).orderBy('id').execute();
}

export async function setVerifikasi(
  conn: Conn,
  pemindahanId: number,
  berkasId: number,
  sesuai: boolean,
  catatan: string | null,
): Promise<void> {
  await conn
    .updateTable('pemindahan_berkas')
    .set({ sesuai: sesuai ? 1 : 0, catatan })
    .where('pemindahan_id', '=', pemindahanId)
    .where('berkas_id', '=', berkasId)
    .execute();
}

/** Berkas already in an open pemindahan (not cancelled, rejected or done). */
export async function berkasDalamPemindahan(conn: Conn, berkasIds: readonly number[]) {
  if (berkasIds.length === 0) return [];
  return conn
    .selectFrom('pemindahan_berkas as x')
    .innerJoin('pemindahan as p', 'p.id', 'x.pemindahan_id')
    .select(['x.berkas_id', 'p.id'])
    .where('x.berkas_id', 'in', [...berkasIds])
    .where('p.status', 'in', ['usul', 'diverifikasi'])
    .execute();
}

export async function insertPenyusutan(conn: Conn, p: Insertable<PenyusutanTable>, berkasIds: readonly number[]): Promise<number> {
  const r = await conn.insertInto('penyusutan').values(p).returning('id').executeTakeFirstOrThrow();
  await conn
    .insertInto('penyusutan_berkas')
    .values(berkasIds.map((b) => ({ penyusutan_id: r.id, berkas_id: b })))
    .execute();
  return r.id;
}

export async function getPenyusutan(conn: Conn, id: number) {
  return conn.selectFrom('penyusutan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPenyusutan(conn: Conn) {
  return conn
    .selectFrom('penyusutan as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('penyusutan_berkas as x')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('x.penyusutan_id', '=', 'p.id')
        .as('jumlah'),
    )
    .orderBy('p.id', 'desc')
    .execute();
}

export async function updatePenyusutan(conn: Conn, id: number, p: Updateable<PenyusutanTable>): Promise<void> {
  await conn.updateTable('penyusutan').set(p).where('id', '=', id).execute();
}

export async function berkasPenyusutan(conn: Conn, id: number): Promise<number[]> {
  const rows = await conn.selectFrom('penyusutan_berkas').select('berkas_id').where('penyusutan_id', '=', id).orderBy('id').execute();
  return rows.map((r) => r.berkas_id);
}

/** Newest signed copy of a document kind issued for one pemindahan or penyusutan. */
export async function dokumenTertanda(conn: Conn, kind: string, paramKey: 'pemindahanId' | 'penyusutanId', id: number) {
  return conn
    .selectFrom('dokumen')
    .select(['id', 'nomor', 'signed_at'])
    .where('kind', '=', kind)
    .where('signed_at', 'is not', null)
    .where(sql<number>`json_extract(meta_json, ${`$.params.${paramKey}`})`, '=', id)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertPeminjaman(conn: Conn, p: Insertable<PeminjamanArsipTable>): Promise<number> {
  const r = await conn.insertInto('peminjaman_arsip').values(p).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

const pinjamBase = (conn: Conn) =>
  conn
    .selectFrom('peminjaman_arsip as p')
    .innerJoin('berkas_arsip as b', 'b.id', 'p.berkas_id')
    .selectAll('p')
    .select(['b.unit_pengolah', 'b.tahun', 'b.nomor_berkas', 'b.klasifikasi_kode', 'b.uraian']);

export async function getPeminjaman(conn: Conn, id: number) {
  return pinjamBase(conn).where('p.id', '=', id).executeTakeFirst();
}

export async function listPeminjaman(conn: Conn, status: 'dipinjam' | 'kembali' | 'terlambat' | 'semua', hariIni: string) {
  let q = pinjamBase(conn);
  if (status === 'dipinjam') q = q.where('p.tanggal_kembali', 'is', null);
  if (status === 'kembali') q = q.where('p.tanggal_kembali', 'is not', null);
  if (status === 'terlambat') q = q.where('p.tanggal_kembali', 'is', null).where('p.batas_kembali', '<', hariIni);
  return q.orderBy('p.batas_kembali').execute();
}

export async function pinjamanTerbuka(conn: Conn, berkasId: number) {
  return conn.selectFrom('peminjaman_arsip').select('id').where('berkas_id', '=', berkasId).where('tanggal_kembali', 'is', null).execute();
}

export async function catatKembali(conn: Conn, id: number, tanggal: string, kondisi: string, catatan: string | null): Promise<void> {
  await conn
    .updateTable('peminjaman_arsip')
    .set({ tanggal_kembali: tanggal, kondisi_kembali: kondisi, catatan })
    .where('id', '=', id)
    .execute();
}

export async function linkPenyusutan(conn: Conn, id: number): Promise<number[]> {
  const rows = await conn.selectFrom('penyusutan_berkas').select('id').where('penyusutan_id', '=', id).execute();
  return rows.map((r) => r.id);
}
