// Owns session tokens: random 256-bit values given to the client; only their SHA-256 is stored.
import { randomBytes, createHash } from 'node:crypto';
import { getSession, touchSession, endSession } from '../../../db/akun/queries.ts';
import { listRoles } from '../../../db/akun/roles.ts';
import type { Env, Actor } from '../context.ts';
import { IDLE_MINUTES } from '../../../shared/domain/akun.ts';

export const newToken = (): { token: string; id: string } => {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
};

export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOUCH_EVERY_MS = 30_000;

export type SessionProblem = 'tidak-ada' | 'berakhir' | 'menganggur' | 'nonaktif';

/** Resolves a token to the acting user, ending sessions idle for longer than IDLE_MINUTES. */
export async function resolveSession(env: Env, token: string): Promise<Actor | SessionProblem> {
  const id = sessionIdOf(token);
  const s = await getSession(env.db, id);
  if (!s) return 'tidak-ada';
  if (s.ended_at) return 'berakhir';
  const now = env.clock.now();
  const idle = now.getTime() - new Date(s.last_seen_at).getTime();
  if (idle > IDLE_MINUTES * 60_000) {
    await endSession(env.db, id, now.toISOString());
    return 'menganggur';
  }
  if (s.aktif !== 1) return 'nonaktif';
  if (idle > TOUCH_EVERY_MS) await touchSession(env.db, id, now.toISOString());
  const roles = await listRoles(env.db, s.user_id);
  return { userId: s.user_id, label: s.username, roles, sessionId: id, mustChangePassword: s.must_change_password === 1 };
}
