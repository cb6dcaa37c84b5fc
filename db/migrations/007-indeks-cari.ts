// Migration 7 (frozen once shipped): a lookup from (entity, entity_id) to the row of the shared FTS5
// index. FTS5 cannot index its unindexed columns, so replacing a document used to scan the whole
// index on every write (about 50 ms at 100,000 documents; bench/arsip-search.ts).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export const migration007 = {
  version: 7,
  name: 'indeks-cari',
  up: async (db: Kysely<any>): Promise<void> => {
    await sql`create table search_ref (
      entity text not null,
      entity_id text not null,
      doc_rowid integer not null,
      primary key (entity, entity_id)
    ) strict, without rowid`.execute(db);
    await sql`insert into search_ref (entity, entity_id, doc_rowid)
              select entity, entity_id, max(rowid) from search_index group by entity, entity_id`.execute(db);
    // Older duplicates (none expected) would be unreachable through the lookup: drop them.
    await sql`delete from search_index where rowid not in (select doc_rowid from search_ref)`.execute(db);
  },
};
