// Owns the shared full-text index (an FTS5 table: a SQLite seam). Modules call `indexDocument`
// inside their write transaction; `searchIndex` answers the global search box.
import { sql } from 'kysely';
import type { Conn } from '../connection.ts';

export type IndexDoc = { domain: string; entity: string; entityId: string; title: string; body: string };
export type SearchHit = IndexDoc & { snippet: string };

export async function indexDocument(conn: Conn, d: IndexDoc): Promise<void> {
  await removeDocument(conn, d.entity, d.entityId);
  await sql`insert into search_index (domain, entity, entity_id, title, body)
            values (${d.domain}, ${d.entity}, ${d.entityId}, ${d.title}, ${d.body})`.execute(conn);
  await sql`insert into search_ref (entity, entity_id, doc_rowid) values (${d.entity}, ${d.entityId}, last_insert_rowid())`.execute(conn);
}

/** Removes a document by its lookup row (search_ref), never by scanning the index's unindexed columns. */
export async function removeDocument(conn: Conn, entity: string, entityId: string): Promise<void> {
  await sql`delete from search_index where rowid in
            (select doc_rowid from search_ref where entity = ${entity} and entity_id = ${entityId})`.execute(conn);
  await sql`delete from search_ref where entity = ${entity} and entity_id = ${entityId}`.execute(conn);
}

/**
 * Turns what a person types into an FTS5 query: every word must match, the last one as a prefix.
 * Quotes keep FTS5 operators (AND, NEAR, -, *) typed by the user from being interpreted.
 */
export function toFtsQuery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export async function searchIndex(conn: Conn, q: string, limit: number): Promise<SearchHit[]> {
  const fts = toFtsQuery(q);
  if (!fts) return [];
  const r = await sql<{ domain: string; entity: string; entity_id: string; title: string; snippet: string; body: string }>`
    select domain, entity, entity_id, title, body,
           snippet(search_index, -1, char(2), char(3), ' … ', 12) as snippet
    from search_index where search_index match ${fts}
    order by bm25(search_index, 0, 0, 0, 5.0, 1.0) limit ${limit}`.execute(conn);
  return r.rows.map((x) => ({
    domain: x.domain,
    entity: x.entity,
    entityId: x.entity_id,
    title: x.title,
    body: x.body,
    snippet: x.snippet,
  }));
}
