// Owns the SQL that links the naskah module to the archive: what is not filed yet and what a filed
// naskah carries over (issue #4 §10, issue #5 §2).
import type { Conn } from '../connection.ts';

export async function suratBelumDiberkaskan(conn: Conn, tahun?: number) {
  let q = conn
    .selectFrom('surat_masuk as s')
    .select([
      's.id',
      's.tahun',
      's.no_agenda',
      's.sisipan',
      's.nomor_naskah',
      's.hal',
      's.tanggal_naskah',
      's.klasifikasi_kode',
      's.keamanan',
    ])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('item_arsip as i').select('i.id').where('i.sumber', '=', 'surat_masuk').whereRef('i.sumber_id', '=', 's.id'),
        ),
      ),
    );
  if (tahun) q = q.where('s.tahun', '=', tahun);
  return q.orderBy('s.id').execute();
}

export async function naskahBelumDiberkaskan(conn: Conn, tahun?: number) {
  let q = conn
    .selectFrom('naskah_keluar as n')
    .select(['n.id', 'n.nomor', 'n.hal', 'n.tanggal', 'n.klasifikasi_kode', 'n.keamanan'])
    .where('n.status', '=', 'ditandatangani')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('item_arsip as i').select('i.id').where('i.sumber', '=', 'naskah_keluar').whereRef('i.sumber_id', '=', 'n.id'),
        ),
      ),
    );
  if (tahun) q = q.where('n.tanggal', 'like', `${tahun}-%`);
  return q.orderBy('n.id').execute();
}

export async function suratUntukArsip(conn: Conn, id: number) {
  return conn
    .selectFrom('surat_masuk')
    .select(['id', 'tahun', 'nomor_naskah', 'hal', 'isi_ringkas', 'asal_instansi', 'tanggal_naskah', 'klasifikasi_kode', 'keamanan'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function naskahUntukArsip(conn: Conn, id: number) {
  return conn
    .selectFrom('naskah_keluar')
    .select(['id', 'status', 'nomor', 'hal', 'tanggal', 'klasifikasi_kode', 'keamanan', 'dokumen_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Files of the naskah module that belong to an item: scans of a letter, the signed PDF of a naskah. */
export async function lampiranSumber(conn: Conn, sumber: string, sumberId: number) {
  if (sumber === 'surat_masuk')
    return conn.selectFrom('berkas_lampiran').selectAll().where('pemilik', '=', 'surat_masuk').where('pemilik_id', '=', sumberId).execute();
  return [];
}

export async function tandaiLampiranDihapus(conn: Conn, ids: readonly number[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await conn
    .updateTable('berkas_lampiran')
    .set({ dihapus_pada: at })
    .where('id', 'in', [...ids])
    .execute();
}
