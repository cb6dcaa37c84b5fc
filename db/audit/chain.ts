// Owns the hash chain of the audit trail: canonical JSON and SHA-256 over each entry and its predecessor.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, sortKeys(o[k])]),
    );
  }
  return v;
}

export type ChainedFields = {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor: string;
  channel: string;
  action: string;
  entity: string;
  entity_id: string | null;
  snapshot: number;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
};

export function entryHash(e: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(e)).digest('hex');
}

export const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');
