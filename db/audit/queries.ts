// Owns reading and appending audit entries (always inside the caller's write transaction).
import type { Conn, Trx } from '../connection.ts';
import type { AuditLogTable } from '../schema.ts';
import type { Selectable } from 'kysely';
import { GENESIS_HASH, canonicalJson, entryHash } from './chain.ts';
import { snapshotOf } from './entities.ts';
import type { AuditedEntity, Snapshot } from './entities.ts';

export type AuditRow = Selectable<AuditLogTable>;

export type AuditActor = { userId: number | null; label: string };

export type NewAuditEntry = {
  at: string;
  actor: AuditActor;
  channel: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** True when before/after are snapshots of the entity (not event data). */
  snapshot: boolean;
  before: unknown;
  after: unknown;
};

const toJson = (v: unknown): string | null => (v === undefined || v === null ? null : canonicalJson(v));

export async function appendAudit(trx: Trx, e: NewAuditEntry): Promise<number> {
  const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const fields = {
    id: (last?.id ?? 0) + 1,
    at: e.at,
    actor_user_id: e.actor.userId,
    actor: e.actor.label,
    channel: e.channel,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    snapshot: e.snapshot ? 1 : 0,
    before_json: toJson(e.before),
    after_json: toJson(e.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash: entryHash(fields) })
    .execute();
  return fields.id;
}

/**
 * Records a change of one audited entity: `before` is the snapshot the caller took before writing,
 * the after-snapshot is read here, inside the same transaction, so it is exactly what was stored.
 */
export async function auditChange(
  trx: Trx,
  base: Omit<NewAuditEntry, 'entity' | 'entityId' | 'before' | 'after' | 'snapshot'>,
  entity: AuditedEntity,
  entityId: string,
  before: Snapshot | null,
): Promise<Snapshot | null> {
  const after = await snapshotOf(trx, entity, entityId);
  await appendAudit(trx, { ...base, entity, entityId, snapshot: true, before, after });
  return after;
}

export type AuditFilter = {
  dari?: string;
  sampai?: string;
  actor?: string;
  channel?: string;
  entity?: string;
  limit: number;
  offset: number;
};

export async function listAudit(conn: Conn, f: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
  let q = conn.selectFrom('audit_log');
  if (f.dari) q = q.where('at', '>=', f.dari);
  if (f.sampai) q = q.where('at', '<', f.sampai);
  if (f.actor) q = q.where('actor', 'like', `%${f.actor}%`);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.entity) q = q.where('entity', '=', f.entity);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), rows };
}

/** Streams the whole chain in order, in pages, for verification. */
export async function* auditInOrder(conn: Conn, pageSize = 2000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = await conn.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.id;
  }
}

/** For each audited (entity, id): the id and after_json of its newest entry. */
export async function latestPerEntity(conn: Conn, entity: string): Promise<{ id: number; entity_id: string; after_json: string | null }[]> {
  const rows = await conn
    .selectFrom('audit_log as a')
    .select(['a.id', 'a.entity_id', 'a.after_json'])
    .where('a.entity', '=', entity)
    .where('a.entity_id', 'is not', null)
    .where('a.snapshot', '=', 1)
    .where('a.id', '=', (eb) =>
      eb
        .selectFrom('audit_log as b')
        .select((e2) => e2.fn.max('b.id').as('m'))
        .whereRef('b.entity', '=', 'a.entity')
        .whereRef('b.entity_id', '=', 'a.entity_id')
        .where('b.snapshot', '=', 1),
    )
    .execute();
  return rows.map((r) => ({ id: r.id, entity_id: r.entity_id ?? '', after_json: r.after_json }));
}
