// Every audited entity has an Indonesian name on the audit screen (a new table must add one).
import { describe, it, expect } from 'vitest';
import { auditedEntities } from '../../db/audit/entities.ts';
import { NAMA_ENTITAS } from '../../renderer/i18n/id.ts';

describe('nama entitas jejak audit', () => {
  it('names every audited entity in Indonesian', () => {
    const tanpaNama = Object.keys(auditedEntities).filter((e) => !NAMA_ENTITAS[e]);
    expect(tanpaNama).toEqual([]);
  });
});
