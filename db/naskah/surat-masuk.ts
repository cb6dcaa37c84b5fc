// Owns the SQL of the incoming-letter agenda and of attached files.
import { sql } from 'kysely';
import type { Insertable, Selectable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { BerkasLampiranTable, SuratMasukTable } from '../schema-naskah.ts';

export type SuratMasukRow = Selectable<SuratMasukTable>;
export type BerkasRow = Selectable<BerkasLampiranTable>;

export async function nextNoAgenda(conn: Conn, tahun: number): Promise<number> {
  const r = await conn
    .selectFrom('surat_masuk')
    .select((eb) => eb.fn.max('no_agenda').as('m'))
    .where('tahun', '=', tahun)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function sisipanOf(conn: Conn, tahun: number, noAgenda: number): Promise<string[]> {
  const rows = await conn
    .selectFrom('surat_masuk')
    .select('sisipan')
    .where('tahun', '=', tahun)
    .where('no_agenda', '=', noAgenda)
    .execute();
  return rows.map((r) => r.sisipan);
}

export async function insertSuratMasuk(conn: Conn, s: Insertable<SuratMasukTable>): Promise<number> {
  const r = await conn.insertInto('surat_masuk').values(s).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Same sender, same number, same date: probably registered already (case and spacing ignored). */
export async function findDuplicates(conn: Conn, asal: string, nomor: string, tanggal: string): Promise<SuratMasukRow[]> {
  return conn
    .selectFrom('surat_masuk')
    .selectAll()
    .where(sql<string>`lower(trim(asal_instansi))`, '=', asal.trim().toLowerCase())
    .where(sql<string>`lower(replace(nomor_naskah, ' ', ''))`, '=', nomor.replace(/\s+/g, '').toLowerCase())
    .where('tanggal_naskah', '=', tanggal)
    .execute();
}

export async function getSuratMasuk(conn: Conn, id: number) {
  return conn
    .selectFrom('surat_masuk as s')
    .leftJoin('users as u', 'u.id', 's.pencatat_id')
    .selectAll('s')
    .select('u.nama as pencatat_nama')
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export type SuratMasukFilter = { tahun?: number; status?: string; q?: string; limit: number; offset: number };

export async function listSuratMasuk(conn: Conn, f: SuratMasukFilter): Promise<{ total: number; rows: SuratMasukRow[] }> {
  let q = conn.selectFrom('surat_masuk');
  if (f.tahun) q = q.where('tahun', '=', f.tahun);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('hal', 'like', like), eb('asal_instansi', 'like', like), eb('nomor_naskah', 'like', like)]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('tahun', 'desc')
    .orderBy('no_agenda', 'desc')
    .orderBy('sisipan', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), rows };
}

export async function setStatusSurat(conn: Conn, id: number, status: string, at: string): Promise<void> {
  await conn.updateTable('surat_masuk').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function insertBerkas(conn: Conn, b: Insertable<BerkasLampiranTable>): Promise<number> {
  const r = await conn.insertInto('berkas_lampiran').values(b).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function listBerkas(conn: Conn, pemilik: string, ids: readonly number[]): Promise<BerkasRow[]> {
  if (ids.length === 0) return [];
  return conn
    .selectFrom('berkas_lampiran')
    .selectAll()
    .where('pemilik', '=', pemilik)
    .where('pemilik_id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

export async function getBerkas(conn: Conn, id: number): Promise<BerkasRow | undefined> {
  return conn.selectFrom('berkas_lampiran').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function agendaMasukPeriode(conn: Conn, dari: string, sampai: string) {
  return conn
    .selectFrom('surat_masuk')
    .selectAll()
    .where('diterima_pada', '>=', dari)
    .where('diterima_pada', '<', sampai)
    .orderBy('tahun')
    .orderBy('no_agenda')
    .orderBy('sisipan')
    .execute();
}
