// Owns the channels of the audit trail, integrity check, backups and global search.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';

/** An instant in UTC (the UI converts the start and end of a local day). */
const isoInstant = z.iso.datetime({ message: 'Waktu harus berformat ISO 8601.' });

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  channel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** True when before/after are snapshots of the entity; false for events (login, backup). */
  snapshot: z.boolean(),
  before: z.unknown(),
  after: z.unknown(),
});

export const checkReportSchema = z.object({
  ok: z.boolean(),
  integrity: z.array(z.string()),
  foreignKeys: z.array(z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string() })),
  chain: z.object({
    entries: z.number().int(),
    firstBroken: z
      .object({ id: z.number().int(), reason: z.string(), entity: z.string().nullable(), entityId: z.string().nullable() })
      .nullable(),
  }),
  /** Rows of audited tables that no audit entry accounts for (inserted outside SATU). */
  untracked: z.array(z.object({ entity: z.string(), entityId: z.string() })),
});
export type CheckReport = z.output<typeof checkReportSchema>;

export const backupInfoSchema = z.object({
  file: z.string(),
  name: z.string(),
  kind: z.enum(['manual', 'harian', 'mingguan', 'pra-migrasi', 'pra-pemulihan']),
  size: z.number().int(),
  createdAt: z.string(),
});

export const searchHitSchema = z.object({
  domain: z.string(),
  entity: z.string(),
  entityId: z.string(),
  title: z.string(),
  snippet: z.string(),
});

export const sistemChannels = {
  'audit.list': defineChannel({
    title: 'Jejak audit',
    access: ['administrator'],
    kind: 'read',
    input: z
      .object({
        dari: isoInstant.optional(),
        sampai: isoInstant.optional(),
        actor: z.string().trim().max(64).optional(),
        channel: z.string().trim().max(64).optional(),
        entity: z.string().trim().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
  }),
  'audit.check': defineChannel({
    title: 'Periksa keutuhan basis data dan jejak audit',
    access: ['administrator'],
    kind: 'read',
    input: z.object({}).strict(),
    output: checkReportSchema,
  }),
  'backup.create': defineChannel({
    title: 'Cadangkan sekarang',
    access: ['administrator'],
    kind: 'write',
    input: z.object({}).strict(),
    output: backupInfoSchema,
  }),
  'backup.list': defineChannel({
    title: 'Daftar cadangan',
    access: ['administrator'],
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), items: z.array(backupInfoSchema) }),
  }),
  'search.query': defineChannel({
    title: 'Pencarian',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ q: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.array(searchHitSchema),
  }),
} as const;
