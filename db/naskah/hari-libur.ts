// Owns the SQL of the office's holiday calendar (national holidays and cuti bersama).
import type { Conn } from '../connection.ts';

export async function listHariLibur(conn: Conn, tahun?: number) {
  let q = conn.selectFrom('hari_libur').selectAll();
  if (tahun) q = q.where('tanggal', 'like', `${tahun}-%`);
  return q.orderBy('tanggal').execute();
}

export async function setHariLibur(conn: Conn, tanggal: string, keterangan: string | null): Promise<void> {
  if (keterangan === null) {
    await conn.deleteFrom('hari_libur').where('tanggal', '=', tanggal).execute();
    return;
  }
  await conn
    .insertInto('hari_libur')
    .values({ tanggal, keterangan })
    .onConflict((oc) => oc.column('tanggal').doUpdateSet({ keterangan }))
    .execute();
}
