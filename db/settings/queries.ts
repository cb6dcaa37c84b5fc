// Owns the key/value settings table (values stored as JSON).
import type { Conn } from '../connection.ts';

export async function getSetting<T>(conn: Conn, key: string): Promise<T | null> {
  const row = await conn.selectFrom('settings').select('value_json').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value_json) as T) : null;
}

export async function putSetting(conn: Conn, key: string, value: unknown, at: string): Promise<void> {
  const value_json = JSON.stringify(value);
  await conn
    .insertInto('settings')
    .values({ key, value_json, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: at }))
    .execute();
}
