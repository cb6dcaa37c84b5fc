// The shared search index: replacing or removing a document finds it through search_ref's key,
// never by scanning the FTS5 table, and leaves exactly one row per (entity, id).
import { describe, it, expect, afterEach } from 'vitest';
import { makeApp } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { indexDocument, removeDocument, searchIndex } from '../../db/search/queries.ts';

let app: TestApp;
afterEach(async () => app?.close());

describe('search index', () => {
  it('replaces and removes documents by key, without scanning the index', async () => {
    app = await makeApp();
    const db = app.env.db;
    await indexDocument(db, { domain: 'arsip', entity: 'item_arsip', entityId: '1', title: 'Laporan gudang', body: 'persediaan kertas' });
    await indexDocument(db, { domain: 'arsip', entity: 'item_arsip', entityId: '2', title: 'Nota dinas', body: 'rapat koordinasi' });
    await indexDocument(db, { domain: 'arsip', entity: 'item_arsip', entityId: '1', title: 'Laporan gudang', body: 'persediaan tinta' });
    expect((await searchIndex(db, 'kertas', 10)).length).toBe(0);
    expect((await searchIndex(db, 'tinta', 10)).map((h) => h.entityId)).toEqual(['1']);
    const count = (t: string) => (app.env.raw.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    const before = count('search_index');
    await removeDocument(db, 'item_arsip', '2');
    expect([count('search_index'), count('search_ref')]).toEqual([before - 1, before - 1]);
    expect(await searchIndex(db, 'koordinasi', 10)).toEqual([]);
    const plan = (
      app.env.raw
        .prepare(
          `explain query plan delete from search_index where rowid in
      (select doc_rowid from search_ref where entity = 'item_arsip' and entity_id = '1')`,
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/SEARCH search_ref USING PRIMARY KEY/);
    expect(plan).not.toMatch(/SCAN search_index VIRTUAL TABLE INDEX 0:$/m);
  });
});
