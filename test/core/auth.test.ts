// Signing in: Indonesian messages, lockout after five failures for five minutes, idle timeout,
// deactivated accounts, the last administrator.
import { describe, it, expect, afterEach } from 'vitest';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';

let app: TestApp;
afterEach(async () => app?.close());

const login = (password: string, username = 'admin') => app.as(null, 'auth.login', { username, password });

describe('login', () => {
  it('says in Indonesian that the password is wrong, without telling which part', async () => {
    app = await setUpApp();
    expect(await login('salah123')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' },
    });
    expect(await login(PASSWORD, 'tidakada')).toMatchObject({ ok: false, error: { message: 'Nama pengguna atau kata sandi salah.' } });
  });

  it('locks the account for five minutes after five wrong passwords', async () => {
    app = await setUpApp();
    for (let i = 0; i < 4; i++) expect((await login('salah123')).ok).toBe(false);
    expect(await login('salah123')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('dikunci selama 5 menit') },
    });
    expect(await login(PASSWORD)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('terkunci') } });
    app.clock.advance(4 * 60_000);
    expect((await login(PASSWORD)).ok).toBe(false);
    app.clock.advance(61_000);
    expect((await login(PASSWORD)).ok).toBe(true);
  });

  it('says the session ended for idleness even when the app asked for its status first', async () => {
    app = await setUpApp();
    const token = await app.login('admin', PASSWORD);
    app.clock.advance(16 * 60_000);
    // The renderer calls app.status (public) with its token on every start, before auth.me.
    expect((await app.as(token, 'app.status')).ok).toBe(true);
    expect(await app.as(token, 'auth.me')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('tidak ada aktivitas') },
    });
  });

  it('ends a session idle for longer than 15 minutes', async () => {
    app = await setUpApp();
    const token = await app.login('admin', PASSWORD);
    app.clock.advance(14 * 60_000);
    expect((await app.as(token, 'auth.me')).ok).toBe(true);
    app.clock.advance(16 * 60_000);
    expect(await app.as(token, 'auth.me')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('tidak ada aktivitas') },
    });
  });

  it('refuses a deactivated account and ends its sessions', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'joko', ['pembaca']);
    const token = await app.login('joko', PASSWORD);
    await app.sysOk('users.update', { id, nama: 'Joko', nip: null, jabatan: null, roles: ['pembaca'], aktif: false });
    expect((await app.as(token, 'auth.me')).ok).toBe(false);
    expect(await login(PASSWORD, 'joko')).toMatchObject({ ok: false, error: { message: expect.stringContaining('dinonaktifkan') } });
  });

  it('keeps at least one active administrator', async () => {
    app = await setUpApp();
    const users = await app.sysOk('users.list', {});
    const admin = users.find((u) => u.username === 'admin')!;
    const r = await app.sys('users.update', { id: admin.id, nama: admin.nama, nip: null, jabatan: null, roles: ['pembaca'], aktif: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('changes one own password only with the old one', async () => {
    app = await setUpApp();
    const token = await app.login('admin', PASSWORD);
    expect(await app.as(token, 'auth.changePassword', { lama: 'keliru123', baru: 'baruSekali9' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'lama' }] },
    });
    expect((await app.as(token, 'auth.changePassword', { lama: PASSWORD, baru: 'baruSekali9' })).ok).toBe(true);
    expect((await login('baruSekali9')).ok).toBe(true);
  });

  it('refuses a second setup', async () => {
    app = await setUpApp();
    const st = await app.sysOk('app.status', {});
    expect(st.perluSetup).toBe(false);
  });
});

describe('password reset by an administrator', () => {
  it('lets the user do nothing but change the password until it is changed', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'tini', ['operator_persuratan']);
    await app.sysOk('users.resetPassword', { id, password: 'sementara9' });
    const token = await app.login('tini', 'sementara9');
    expect(await app.as(token, 'satker.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Ganti kata sandi') },
    });
    expect((await app.as(token, 'auth.me', {})).ok).toBe(true);
    expect((await app.as(token, 'auth.changePassword', { lama: 'sementara9', baru: 'pilihanSendiri7' })).ok).toBe(true);
    expect((await app.as(token, 'satker.list', {})).ok).toBe(true);
  });

  it('records logins under the name of who signed in, and check stays clean', async () => {
    app = await setUpApp();
    await app.login('admin', PASSWORD);
    await app.as(null, 'auth.login', { username: 'admin', password: 'salah1234' });
    const { entries } = await app.sysOk('audit.list', { limit: 2 });
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['admin', 'login-gagal'],
      ['admin', 'login'],
    ]);
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });
});
