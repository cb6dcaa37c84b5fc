// Owns `satu check`: SQLite's integrity and foreign-key checks, the audit hash chain, and whether
// every audited row still equals what its newest audit entry recorded.
import type { Conn } from '../../../db/connection.ts';
import type { RawDb } from '../../../db/sqlite.ts';
import { integrityCheck, foreignKeyCheck } from '../../../db/sqlite.ts';
import { auditInOrder, latestPerEntity } from '../../../db/audit/queries.ts';
import { GENESIS_HASH, canonicalJson, entryHash } from '../../../db/audit/chain.ts';
import { auditedEntities } from '../../../db/audit/entities.ts';
import type { CheckReport } from '../../../shared/ipc/channels/sistem.ts';

type Broken = NonNullable<CheckReport['chain']['firstBroken']>;

async function checkChain(conn: Conn): Promise<{ entries: number; broken: Broken | null }> {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for await (const row of auditInOrder(conn)) {
    entries++;
    const at = { id: row.id, entity: row.entity, entityId: row.entity_id };
    if (row.id !== expectedId) return { entries, broken: { ...at, reason: `Entri #${expectedId} hilang dari jejak audit.` } };
    if (row.prev_hash !== prev) return { entries, broken: { ...at, reason: 'Rantai terputus: hash entri sebelumnya tidak cocok.' } };
    const { hash, ...fields } = row;
    if (entryHash(fields) !== hash) return { entries, broken: { ...at, reason: 'Isi entri diubah setelah dicatat (hash tidak cocok).' } };
    prev = hash;
    expectedId++;
  }
  return { entries, broken: null };
}

/**
 * A column added by a later migration is null in rows written before it, and absent from their
 * snapshots; such a key is not a change. Any non-null value in it still is.
 */
function withoutAddedColumns(now: Record<string, unknown>, afterJson: string | null): Record<string, unknown> {
  if (afterJson === null) return now;
  const recorded = JSON.parse(afterJson) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => k in recorded || v !== null));
}

type StateResult = { broken: Broken | null; untracked: CheckReport['untracked'] };

async function checkState(conn: Conn): Promise<StateResult> {
  let broken: Broken | null = null;
  const untracked: CheckReport['untracked'] = [];
  for (const [entity, load] of Object.entries(auditedEntities)) {
    const live = await load(conn);
    const latest = await latestPerEntity(conn, entity);
    const seen = new Set<string>();
    for (const e of latest) {
      seen.add(e.entity_id);
      const now = live.get(e.entity_id);
      const same = now === undefined ? e.after_json === null : e.after_json === canonicalJson(withoutAddedColumns(now, e.after_json));
      if (!same && (!broken || e.id < broken.id))
        broken = {
          id: e.id,
          entity,
          entityId: e.entity_id,
          reason: `Data ${entity} #${e.entity_id} diubah di luar SATU setelah entri ini.`,
        };
    }
    for (const id of live.keys()) if (!seen.has(id)) untracked.push({ entity, entityId: id });
  }
  return { broken, untracked };
}

export async function runCheck(conn: Conn, raw: RawDb): Promise<CheckReport> {
  const integrity = integrityCheck(raw);
  const foreignKeys = foreignKeyCheck(raw);
  const chain = await checkChain(conn);
  const state = await checkState(conn);
  const candidates = [chain.broken, state.broken].filter((b): b is Broken => b !== null);
  const firstBroken = candidates.sort((a, b) => a.id - b.id)[0] ?? null;
  return {
    ok: integrity.length === 0 && foreignKeys.length === 0 && firstBroken === null && state.untracked.length === 0,
    integrity,
    foreignKeys,
    chain: { entries: chain.entries, firstBroken },
    untracked: state.untracked,
  };
}
