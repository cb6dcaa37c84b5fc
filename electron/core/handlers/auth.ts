// Owns signing in and out: scrypt check, lockout after five failures, session tokens, own password.
import type { DomainHandlers, Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { IDLE_MINUTES, LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES, isLocked, lockAfterFailure } from '../../../shared/domain/akun.ts';
import type { SessionUser } from '../../../shared/domain/akun.ts';
import {
  credentialsByUsername,
  getUser,
  insertSession,
  setLoginState,
  endSession,
  passwordHashOf,
  setPassword,
} from '../../../db/akun/queries.ts';
import { hashPassword, verifyPassword, dummyHash } from '../services/password.ts';
import { newToken } from '../services/session.ts';

const WRONG = 'Nama pengguna atau kata sandi salah.';

export const toSessionUser = (u: SessionUser): SessionUser => ({
  id: u.id,
  username: u.username,
  nama: u.nama,
  nip: u.nip,
  jabatan: u.jabatan,
  roles: u.roles,
  mustChangePassword: u.mustChangePassword,
});

async function currentUser(ctx: Ctx) {
  const u = ctx.actor.userId === null ? null : await getUser(ctx.db, ctx.actor.userId);
  if (!u) throw new AppError('UNAUTHENTICATED', 'Sesi tidak berlaku. Silakan masuk kembali.');
  return u;
}

async function recordFailure(ctx: Ctx, id: number, username: string, failedCount: number): Promise<string | null> {
  const now = ctx.clock.now();
  const lockedUntil = lockAfterFailure(failedCount + 1, now);
  await ctx.write(
    async (trx, audit) => {
      await setLoginState(trx, id, { failedCount: lockedUntil ? 0 : failedCount + 1, lockedUntil });
      await audit.event(lockedUntil ? 'login-dikunci' : 'login-gagal', 'user', id);
    },
    { userId: null, label: username },
  );
  return lockedUntil;
}

export const authHandlers: DomainHandlers<'auth'> = {
  'auth.login': async (input, ctx) => {
    const cred = await credentialsByUsername(ctx.db, input.username);
    if (!cred) {
      await verifyPassword(input.password, await dummyHash());
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    const now = ctx.clock.now();
    if (isLocked(cred.lockedUntil, now))
      throw new AppError(
        'FORBIDDEN',
        `Akun terkunci sementara karena ${LOCKOUT_ATTEMPTS} kali salah kata sandi. Coba lagi setelah ${LOCKOUT_MINUTES} menit.`,
      );
    if (!(await verifyPassword(input.password, cred.passwordHash))) {
      const locked = await recordFailure(ctx, cred.id, input.username.toLowerCase(), cred.failedCount);
      if (locked)
        throw new AppError('FORBIDDEN', `Kata sandi salah ${LOCKOUT_ATTEMPTS} kali. Akun dikunci selama ${LOCKOUT_MINUTES} menit.`);
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    if (!cred.aktif) throw new AppError('FORBIDDEN', 'Akun ini dinonaktifkan. Hubungi administrator.');
    const { token, id } = newToken();
    await ctx.write(
      async (trx, audit) => {
        await setLoginState(trx, cred.id, { failedCount: 0, lockedUntil: null, lastLoginAt: ctx.nowIso() });
        await insertSession(trx, { id, userId: cred.id, transport: ctx.transport, at: ctx.nowIso() });
        await audit.event('login', 'user', cred.id, { transport: ctx.transport });
      },
      { userId: cred.id, label: input.username.toLowerCase() },
    );
    const user = await getUser(ctx.db, cred.id);
    if (!user) throw new AppError('INTERNAL', 'Pengguna tidak ditemukan.');
    return { token, user: toSessionUser(user), idleMinutes: IDLE_MINUTES };
  },
  'auth.logout': async (_input, ctx) => {
    const sid = ctx.actor.sessionId;
    if (sid) {
      await ctx.write(async (trx, audit) => {
        await endSession(trx, sid, ctx.nowIso());
        await audit.event('logout', 'user', ctx.actor.userId);
      });
    }
    return { done: true as const };
  },
  'auth.me': async (_input, ctx) => toSessionUser(await currentUser(ctx)),
  'auth.changePassword': async (input, ctx) => {
    const u = await currentUser(ctx);
    const stored = await passwordHashOf(ctx.db, u.id);
    if (!stored || !(await verifyPassword(input.lama, stored)))
      throw new AppError('VALIDATION', 'Kata sandi lama salah.', [{ path: 'lama', message: 'Kata sandi lama salah.' }]);
    const hash = await hashPassword(input.baru);
    await ctx.write(async (trx, audit) => {
      const before = await audit.before('user', u.id);
      await setPassword(trx, u.id, hash, false, ctx.nowIso());
      await audit.change('user', u.id, before, 'ganti-sandi');
    });
    return { done: true as const };
  },
};
