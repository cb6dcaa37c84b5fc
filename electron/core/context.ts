// Owns what a handler receives besides its input: the database, the clock, the caller, and `write`,
// the one way to change data (a short transaction with its audit entries).
import type { Db, Trx } from '../../db/connection.ts';
import type { RawDb } from '../../db/sqlite.ts';
import { appendAudit, auditChange } from '../../db/audit/queries.ts';
import { snapshotOf } from '../../db/audit/entities.ts';
import type { AuditedEntity, Snapshot } from '../../db/audit/entities.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import type { Clock } from './clock.ts';
import type { DataPaths } from './paths.ts';
import type { Logger } from './log.ts';

export type Transport = 'ipc' | 'bridge' | 'cli' | 'test';

export type Actor = {
  userId: number | null;
  label: string;
  roles: readonly Role[];
  sessionId: string | null;
  /** Set by an administrator's reset: only changing the password (and reading oneself) is allowed. */
  mustChangePassword?: boolean;
};

export type Env = {
  db: Db;
  raw: RawDb;
  clock: Clock;
  paths: DataPaths;
  version: string;
  log: Logger;
};

export type Auditor = {
  /** Snapshot an audited entity before changing it. */
  before: (entity: AuditedEntity, id: string | number) => Promise<Snapshot | null>;
  /** Record the change of an entity (after-snapshot read now, inside the transaction). */
  change: (entity: AuditedEntity, id: string | number, before: Snapshot | null, action?: string) => Promise<Snapshot | null>;
  /** Record an event that is not a row change (login, backup, export). */
  event: (action: string, entity: string, id: string | number | null, data?: unknown) => Promise<void>;
};

export type Ctx = Env & {
  actor: Actor;
  transport: Transport;
  channel: ChannelName;
  nowIso: () => string;
  /** Runs `fn` in one write transaction; `as` names the actor when the caller is not yet signed in (login). */
  write: <T>(fn: (trx: Trx, audit: Auditor) => Promise<T>, as?: Pick<Actor, 'userId' | 'label'>) => Promise<T>;
};

export type Handler<C extends ChannelName> = (input: ParsedInput<C>, ctx: Ctx) => Promise<ChannelOutput<C>>;
export type HandlerMap = { [C in ChannelName]: Handler<C> };
/** The handlers of the channels whose name starts with one of the given domains. */
export type DomainHandlers<D extends string> = {
  [C in ChannelName as C extends `${D}.${string}` ? C : never]: Handler<C>;
};

export function makeCtx(env: Env, actor: Actor, transport: Transport, channel: ChannelName): Ctx {
  const nowIso = () => env.clock.now().toISOString();
  const write = <T>(fn: (trx: Trx, audit: Auditor) => Promise<T>, as?: Pick<Actor, 'userId' | 'label'>) =>
    env.db.transaction().execute(async (trx) => {
      const who = as ?? actor;
      const base = { at: nowIso(), actor: { userId: who.userId, label: who.label }, channel, action: 'ubah' };
      const auditor: Auditor = {
        before: (entity, id) => snapshotOf(trx, entity, String(id)),
        change: (entity, id, before, action) =>
          auditChange(trx, { ...base, action: action ?? (before ? 'ubah' : 'buat') }, entity, String(id), before),
        event: async (action, entity, id, data) => {
          await appendAudit(trx, {
            ...base,
            action,
            entity,
            entityId: id === null ? null : String(id),
            snapshot: false,
            before: null,
            after: data ?? null,
          });
        },
      };
      return fn(trx, auditor);
    });
  return { ...env, actor, transport, channel, nowIso, write };
}
