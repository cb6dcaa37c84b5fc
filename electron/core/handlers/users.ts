// Owns account administration: create, change roles and status, reset passwords, unlock.
import type { DomainHandlers, Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { User, NewUser } from '../../../shared/domain/akun.ts';
import type { Trx } from '../../../db/connection.ts';
import type { Auditor } from '../context.ts';
import {
  listUsers,
  getUser,
  insertUser,
  updateUserFields,
  setRoles,
  setPassword,
  setLoginState,
  usernameTaken,
  countActiveAdmins,
  endSessionsOf,
  kepalaUnitOf,
} from '../../../db/akun/queries.ts';
import { getUnit } from '../../../db/organisasi/queries.ts';
import { hashPassword } from '../services/password.ts';
import { indexUser } from '../services/search-feed.ts';

async function mustGet(ctx: Ctx, id: number): Promise<User> {
  const u = await getUser(ctx.db, id);
  if (!u) throw new AppError('NOT_FOUND', 'Pengguna tidak ditemukan.');
  return u;
}

/** A head needs a unit, and a unit has one active head (the recipient of dispositions to it). */
async function cekPenempatan(conn: Trx, p: { unitId: number | null; kepalaUnit: boolean; aktif?: boolean }, userId: number | null) {
  if (p.unitId === null) {
    if (p.kepalaUnit)
      throw new AppError('VALIDATION', 'Kepala unit harus ditempatkan di unit.', [{ path: 'unitId', message: 'Pilih unit.' }]);
    return;
  }
  if (!(await getUnit(conn, p.unitId)))
    throw new AppError('VALIDATION', 'Unit tidak ditemukan.', [{ path: 'unitId', message: 'Unit tidak dikenal.' }]);
  const other = p.kepalaUnit && p.aktif !== false ? await kepalaUnitOf(conn, p.unitId, userId) : undefined;
  if (other)
    throw new AppError('CONFLICT', `Unit ini sudah memiliki kepala: ${other.nama}.`, [
      { path: 'kepalaUnit', message: `Sudah ada kepala unit: ${other.nama}. Lepaskan dulu penandaan kepala pada akun itu.` },
    ]);
}

/** Creates an account inside an open transaction; used by users.create, setup and the CLI. */
export async function createUserIn(
  trx: Trx,
  audit: Auditor,
  u: NewUser,
  passwordHash: string,
  at: string,
  mustChange: boolean,
): Promise<number> {
  if (await usernameTaken(trx, u.username))
    throw new AppError('CONFLICT', 'Nama pengguna sudah dipakai.', [{ path: 'username', message: 'Nama pengguna sudah dipakai.' }]);
  const p = { unitId: u.unitId ?? null, kepalaUnit: u.kepalaUnit ?? false, izinKeamanan: u.izinKeamanan ?? null };
  await cekPenempatan(trx, p, null);
  const id = await insertUser(trx, { ...u, ...p, passwordHash, mustChange, at });
  await setRoles(trx, id, u.roles);
  await indexUser(trx, { ...u, id });
  await audit.change('user', id, null, 'buat');
  return id;
}

export const usersHandlers: DomainHandlers<'users'> = {
  'users.list': async (_i, ctx) => listUsers(ctx.db),
  'users.directory': async (_i, ctx) =>
    (await listUsers(ctx.db))
      .filter((u) => u.aktif)
      .map((u) => ({
        id: u.id,
        nama: u.nama,
        jabatan: u.jabatan,
        nip: u.nip,
        roles: u.roles,
        unitId: u.unitId,
        unit: u.unit,
        kepalaUnit: u.kepalaUnit,
      })),
  'users.create': async (input, ctx) => {
    const hash = await hashPassword(input.password);
    const id = await ctx.write((trx, audit) => createUserIn(trx, audit, input, hash, ctx.nowIso(), true));
    return mustGet(ctx, id);
  },
  'users.update': async (input, ctx) => {
    const current = await mustGet(ctx, input.id);
    const losesAdmin = current.roles.includes('administrator') && (!input.roles.includes('administrator') || !input.aktif);
    if (losesAdmin && (await countActiveAdmins(ctx.db, input.id)) === 0)
      throw new AppError('CONFLICT', 'Harus ada minimal satu administrator aktif.', [
        { path: 'roles', message: 'Harus ada minimal satu administrator aktif.' },
      ]);
    const p = {
      unitId: input.unitId === undefined ? current.unitId : input.unitId,
      kepalaUnit: input.kepalaUnit ?? current.kepalaUnit,
      izinKeamanan: input.izinKeamanan === undefined ? current.izinKeamanan : input.izinKeamanan,
    };
    await ctx.write(async (trx, audit) => {
      await cekPenempatan(trx, { ...p, aktif: input.aktif }, input.id);
      const before = await audit.before('user', input.id);
      await updateUserFields(trx, input.id, { ...input, ...p, at: ctx.nowIso() });
      await setRoles(trx, input.id, input.roles);
      if (!input.aktif) await endSessionsOf(trx, input.id, ctx.nowIso());
      await indexUser(trx, { ...current, ...input });
      await audit.change('user', input.id, before);
    });
    return mustGet(ctx, input.id);
  },
  'users.resetPassword': async (input, ctx) => {
    await mustGet(ctx, input.id);
    const hash = await hashPassword(input.password);
    await ctx.write(async (trx, audit) => {
      const before = await audit.before('user', input.id);
      await setPassword(trx, input.id, hash, true, ctx.nowIso());
      await setLoginState(trx, input.id, { failedCount: 0, lockedUntil: null });
      await endSessionsOf(trx, input.id, ctx.nowIso());
      await audit.change('user', input.id, before, 'atur-ulang-sandi');
    });
    return mustGet(ctx, input.id);
  },
  'users.unlock': async (input, ctx) => {
    await mustGet(ctx, input.id);
    await ctx.write(async (trx, audit) => {
      await setLoginState(trx, input.id, { failedCount: 0, lockedUntil: null });
      await audit.event('buka-kunci', 'user', input.id);
    });
    return mustGet(ctx, input.id);
  },
};
