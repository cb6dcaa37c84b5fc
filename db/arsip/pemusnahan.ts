// Owns the SQL of destroying digital copies: rows are marked (metadata stays), and a file is removed
// only when no live row of any module still points to it (copies are stored once per SHA-256).
import type { Conn } from '../connection.ts';

export const hapusSalinan = {
  async item(conn: Conn, itemId: number, at: string): Promise<void> {
    await conn.updateTable('item_arsip').set({ dimusnahkan_pada: at }).where('id', '=', itemId).execute();
  },
  async salinan(conn: Conn, id: number, at: string): Promise<void> {
    await conn.updateTable('salinan_arsip').set({ dihapus_pada: at }).where('id', '=', id).execute();
  },
};

export async function pathMasihDipakai(conn: Conn, path: string): Promise<boolean> {
  const a = await conn
    .selectFrom('salinan_arsip')
    .select('id')
    .where('path', '=', path)
    .where('dihapus_pada', 'is', null)
    .executeTakeFirst();
  if (a) return true;
  const b = await conn
    .selectFrom('berkas_lampiran')
    .select('id')
    .where('path', '=', path)
    .where('dihapus_pada', 'is', null)
    .executeTakeFirst();
  return b !== undefined;
}
