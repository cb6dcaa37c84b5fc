// Migration 5 (frozen once shipped): a user belongs to an organisation unit and may be its head, so a
// disposition can be addressed to a unit (its head receives it for the unit; issue #4 §3).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export const migration005 = {
  version: 5,
  name: 'unit-pengguna',
  up: async (db: Kysely<any>): Promise<void> => {
    await sql`alter table users add column unit_id integer references unit_organisasi(id)`.execute(db);
    // Null rather than 0 for "not head": rows written before this migration keep matching their audit snapshots.
    await sql`alter table users add column kepala_unit integer check (kepala_unit = 1)`.execute(db);
    // One active head per unit: the disposition to a unit must resolve to exactly one person.
    await sql`create unique index users_kepala_unit on users(unit_id) where kepala_unit = 1 and aktif = 1`.execute(db);
    await sql`alter table disposisi_penerima add column kepada_unit_id integer references unit_organisasi(id)`.execute(db);
  },
};
