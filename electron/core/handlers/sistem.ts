// Owns the audit screen, the integrity check, backups and the global search.
import type { DomainHandlers } from '../context.ts';
import { listAudit } from '../../../db/audit/queries.ts';
import { searchIndex } from '../../../db/search/queries.ts';
import { runCheck } from '../services/integrity.ts';
import { createBackup, listBackups } from '../services/backup.ts';

const parse = (s: string | null): unknown => (s === null ? null : (JSON.parse(s) as unknown));

export const sistemHandlers: DomainHandlers<'audit' | 'backup' | 'search'> = {
  'audit.list': async (input, ctx) => {
    const { total, rows } = await listAudit(ctx.db, input);
    return {
      total,
      entries: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        channel: r.channel,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        snapshot: r.snapshot === 1,
        before: parse(r.before_json),
        after: parse(r.after_json),
      })),
    };
  },
  'audit.check': async (_i, ctx) => runCheck(ctx.db, ctx.raw),
  'backup.create': async (_i, ctx) => {
    const info = await createBackup(ctx.raw, ctx.paths.backups, 'manual', ctx.clock.now());
    await ctx.write((_trx, audit) => audit.event('cadangkan', 'cadangan', info.name, { size: info.size }));
    return info;
  },
  'backup.list': async (_i, ctx) => ({ folder: ctx.paths.backups, items: listBackups(ctx.paths.backups) }),
  'search.query': async (input, ctx) => {
    const hits = await searchIndex(ctx.db, input.q, input.limit);
    // Accounts are administration data: only administrators find them.
    const admin = ctx.actor.roles.includes('administrator');
    return hits.filter((h) => admin || h.entity !== 'user').map(({ body: _b, ...h }) => h);
  },
};
