// Owns the SQL of accounts, roles, login state and sessions.
import type { Conn } from '../connection.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { User } from '../../shared/domain/akun.ts';
import { toUser } from './mappers.ts';

const userColumns = [
  'u.id',
  'u.username',
  'u.nama',
  'u.nip',
  'u.jabatan',
  'u.aktif',
  'u.must_change_password',
  'u.created_at',
  'l.locked_until',
  'l.last_login_at',
  'u.unit_id',
  'o.nama as unit_nama',
  'u.kepala_unit',
  'u.izin_keamanan',
] as const;

async function rolesOf(conn: Conn, ids: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (ids.length === 0) return map;
  const rows = await conn.selectFrom('user_role').select(['user_id', 'role']).where('user_id', 'in', ids).orderBy('role').execute();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role as Role]);
  return map;
}

export async function listUsers(conn: Conn): Promise<User[]> {
  const rows = await conn
    .selectFrom('users as u')
    .leftJoin('login_state as l', 'l.user_id', 'u.id')
    .leftJoin('unit_organisasi as o', 'o.id', 'u.unit_id')
    .select(userColumns)
    .orderBy('u.nama')
    .execute();
  const roles = await rolesOf(
    conn,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toUser(r, roles.get(r.id) ?? []));
}

export async function getUser(conn: Conn, id: number): Promise<User | null> {
  const r = await conn
    .selectFrom('users as u')
    .leftJoin('login_state as l', 'l.user_id', 'u.id')
    .leftJoin('unit_organisasi as o', 'o.id', 'u.unit_id')
    .select(userColumns)
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  const roles = await rolesOf(conn, [id]);
  return toUser(r, roles.get(id) ?? []);
}

export type Credentials = { id: number; passwordHash: string; aktif: boolean; failedCount: number; lockedUntil: string | null };

export async function credentialsByUsername(conn: Conn, username: string): Promise<Credentials | null> {
  const r = await conn
    .selectFrom('users as u')
    .leftJoin('login_state as l', 'l.user_id', 'u.id')
    .select(['u.id', 'u.password_hash', 'u.aktif', 'l.failed_count', 'l.locked_until'])
    .where('u.username', '=', username.toLowerCase())
    .executeTakeFirst();
  if (!r) return null;
  return { id: r.id, passwordHash: r.password_hash, aktif: r.aktif === 1, failedCount: r.failed_count ?? 0, lockedUntil: r.locked_until };
}

export async function passwordHashOf(conn: Conn, id: number): Promise<string | null> {
  const r = await conn.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return r?.password_hash ?? null;
}

export async function usernameTaken(conn: Conn, username: string): Promise<boolean> {
  const r = await conn.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return r !== undefined;
}

export async function countUsers(conn: Conn): Promise<number> {
  const r = await conn
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countActiveAdmins(conn: Conn, exceptUserId: number): Promise<number> {
  const r = await conn
    .selectFrom('users as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.role', '=', 'administrator')
    .where('u.aktif', '=', 1)
    .where('u.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type UserFields = {
  nama: string;
  nip: string | null;
  jabatan: string | null;
  unitId: number | null;
  kepalaUnit: boolean;
  izinKeamanan: string | null;
};

export async function insertUser(
  conn: Conn,
  u: UserFields & { username: string; passwordHash: string; mustChange: boolean; at: string },
): Promise<number> {
  const r = await conn
    .insertInto('users')
    .values({
      username: u.username,
      nama: u.nama,
      nip: u.nip,
      jabatan: u.jabatan,
      unit_id: u.unitId,
      kepala_unit: u.kepalaUnit ? 1 : null,
      izin_keamanan: u.izinKeamanan,
      password_hash: u.passwordHash,
      must_change_password: u.mustChange ? 1 : 0,
      aktif: 1,
      created_at: u.at,
      updated_at: u.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await conn.insertInto('login_state').values({ user_id: r.id, failed_count: 0, locked_until: null, last_login_at: null }).execute();
  return r.id;
}

export async function updateUserFields(conn: Conn, id: number, f: UserFields & { aktif: boolean; at: string }): Promise<void> {
  await conn
    .updateTable('users')
    .set({
      nama: f.nama,
      nip: f.nip,
      jabatan: f.jabatan,
      unit_id: f.unitId,
      kepala_unit: f.kepalaUnit ? 1 : null,
      izin_keamanan: f.izinKeamanan,
      aktif: f.aktif ? 1 : 0,
      updated_at: f.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function setRoles(conn: Conn, id: number, roles: readonly Role[]): Promise<void> {
  await conn.deleteFrom('user_role').where('user_id', '=', id).execute();
  if (roles.length)
    await conn
      .insertInto('user_role')
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute();
}

export async function setPassword(conn: Conn, id: number, hash: string, mustChange: boolean, at: string): Promise<void> {
  await conn
    .updateTable('users')
    .set({ password_hash: hash, must_change_password: mustChange ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setLoginState(
  conn: Conn,
  id: number,
  s: { failedCount: number; lockedUntil: string | null; lastLoginAt?: string },
): Promise<void> {
  const set = { failed_count: s.failedCount, locked_until: s.lockedUntil, ...(s.lastLoginAt ? { last_login_at: s.lastLoginAt } : {}) };
  await conn
    .insertInto('login_state')
    .values({ user_id: id, failed_count: s.failedCount, locked_until: s.lockedUntil, last_login_at: s.lastLoginAt ?? null })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(set))
    .execute();
}

export async function insertSession(conn: Conn, s: { id: string; userId: number; transport: string; at: string }): Promise<void> {
  await conn
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, transport: s.transport, created_at: s.at, last_seen_at: s.at, ended_at: null })
    .execute();
}

export async function getSession(conn: Conn, id: string) {
  return conn
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.last_seen_at', 's.ended_at', 'u.aktif', 'u.username', 'u.must_change_password'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(conn: Conn, id: string, at: string): Promise<void> {
  await conn.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function endSession(conn: Conn, id: string, at: string): Promise<void> {
  await conn.updateTable('sessions').set({ ended_at: at }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

export async function endSessionsOf(conn: Conn, userId: number, at: string): Promise<void> {
  await conn.updateTable('sessions').set({ ended_at: at }).where('user_id', '=', userId).where('ended_at', 'is', null).execute();
}

/** The active head of a unit, other than `exceptUserId`; a unit has at most one. */
export async function kepalaUnitOf(conn: Conn, unitId: number, exceptUserId: number | null = null) {
  let q = conn.selectFrom('users').select(['id', 'nama']).where('unit_id', '=', unitId).where('kepala_unit', '=', 1).where('aktif', '=', 1);
  if (exceptUserId !== null) q = q.where('id', '!=', exceptUserId);
  return q.executeTakeFirst();
}
