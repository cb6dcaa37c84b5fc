// Owns the SQL of the archive's printed documents (issue #5; reference arsip-naskah.md A.11–A.17): the
// berkas of the Daftar Arsip Aktif, Inaktif and Vital, the boxes of the box labels, one pemindahan or
// penyusutan with its berkas, and the items of a set of berkas. Read-only.
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Conn } from '../connection.ts';
import type { BerkasArsipTable, ItemArsipTable, PemindahanTable, PenyusutanTable } from '../schema-arsip.ts';

export type BerkasLaporanRow = Selectable<BerkasArsipTable>;
export type ItemLaporanRow = Selectable<ItemArsipTable>;
export type PemindahanRow = Selectable<PemindahanTable>;
export type PenyusutanRow = Selectable<PenyusutanTable>;

/** Berkas kept at the unit pengolah (aktif, ditutup), optionally of one unit and one year, in filing order. */
export async function berkasAktif(conn: Conn, f: { unitPengolah?: string; tahun?: number }): Promise<BerkasLaporanRow[]> {
  let q = conn.selectFrom('berkas_arsip').selectAll().where('status', 'in', ['aktif', 'ditutup']);
  if (f.unitPengolah !== undefined) q = q.where('unit_pengolah', '=', f.unitPengolah);
  if (f.tahun !== undefined) q = q.where('tahun', '=', f.tahun);
  return q.orderBy('unit_pengolah').orderBy('tahun').orderBy('nomor_berkas').execute();
}

/** Berkas held by the unit kearsipan, by definitive box and folder number (unnumbered last). */
export async function berkasInaktif(conn: Conn): Promise<BerkasLaporanRow[]> {
  return conn
    .selectFrom('berkas_arsip')
    .selectAll()
    .where('status', 'in', ['inaktif', 'usul_musnah', 'usul_serah'])
    .orderBy(sql`nomor_boks is null`)
    .orderBy('nomor_boks')
    .orderBy('nomor_folder')
    .orderBy('unit_pengolah')
    .orderBy('tahun')
    .orderBy('nomor_berkas')
    .execute();
}

/** Vital berkas that still exist (not destroyed, not transferred). */
export async function berkasVital(conn: Conn): Promise<BerkasLaporanRow[]> {
  return conn
    .selectFrom('berkas_arsip')
    .selectAll()
    .where('kategori', '=', 'vital')
    .where('status', 'not in', ['musnah', 'diserahkan'])
    .orderBy('klasifikasi_kode')
    .orderBy('tahun')
    .orderBy('unit_pengolah')
    .orderBy('nomor_berkas')
    .execute();
}

/** Berkas with a definitive box number still on the shelves, optionally of the given boxes only. */
export async function berkasBerboks(conn: Conn, nomorBoks?: readonly number[]): Promise<BerkasLaporanRow[]> {
  let q = conn
    .selectFrom('berkas_arsip')
    .selectAll()
    .where('nomor_boks', 'is not', null)
    .where('status', 'not in', ['musnah', 'diserahkan']);
  if (nomorBoks && nomorBoks.length > 0) q = q.where('nomor_boks', 'in', [...nomorBoks]);
  return q.orderBy('nomor_boks').orderBy('nomor_folder').orderBy('id').execute();
}

export async function getPemindahan(conn: Conn, id: number): Promise<PemindahanRow | undefined> {
  return conn.selectFrom('pemindahan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function berkasOfPemindahan(conn: Conn, pemindahanId: number): Promise<BerkasLaporanRow[]> {
  return conn
    .selectFrom('pemindahan_berkas as p')
    .innerJoin('berkas_arsip as b', 'b.id', 'p.berkas_id')
    .selectAll('b')
    .where('p.pemindahan_id', '=', pemindahanId)
    .orderBy(sql`b.nomor_boks is null`)
    .orderBy('b.nomor_boks')
    .orderBy('b.nomor_folder')
    .orderBy('b.tahun')
    .orderBy('b.nomor_berkas')
    .execute();
}

export async function getPenyusutan(conn: Conn, id: number): Promise<PenyusutanRow | undefined> {
  return conn.selectFrom('penyusutan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function berkasOfPenyusutan(conn: Conn, penyusutanId: number): Promise<BerkasLaporanRow[]> {
  return conn
    .selectFrom('penyusutan_berkas as p')
    .innerJoin('berkas_arsip as b', 'b.id', 'p.berkas_id')
    .selectAll('b')
    .where('p.penyusutan_id', '=', penyusutanId)
    .orderBy(sql`b.nomor_boks is null`)
    .orderBy('b.nomor_boks')
    .orderBy('b.nomor_folder')
    .orderBy('b.klasifikasi_kode')
    .orderBy('b.tahun')
    .orderBy('b.nomor_berkas')
    .execute();
}

/** Every item of the given berkas (destroyed ones too: a Daftar Arsip yang Dimusnahkan still lists them). */
export async function itemsOfBerkas(conn: Conn, berkasIds: readonly number[]): Promise<ItemLaporanRow[]> {
  if (berkasIds.length === 0) return [];
  const out: ItemLaporanRow[] = [];
  // SQLite limits bound parameters per statement; a list of a few thousand berkas is read in slices.
  for (let i = 0; i < berkasIds.length; i += 500) {
    const slice = berkasIds.slice(i, i + 500);
    out.push(
      ...(await conn
        .selectFrom('item_arsip')
        .selectAll()
        .where('berkas_id', 'in', slice)
        .orderBy('berkas_id')
        .orderBy('nomor_item')
        .execute()),
    );
  }
  return out;
}
