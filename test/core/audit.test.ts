// The audit trail: every write leaves a chained entry; `check` names the first entry whose data or
// chain was altered outside SATU.
import { describe, it, expect, afterEach } from 'vitest';
import { setUpApp, addUser } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import type { CheckReport } from '../../shared/ipc/channels/sistem.ts';

let app: TestApp;
afterEach(async () => app?.close());

const check = async () => (await app.sysOk('audit.check', {})) as CheckReport;

describe('audit trail', () => {
  it('records who changed what, with before and after', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'budi', ['pembaca']);
    await app.sysOk('users.update', { id, nama: 'Budi Santoso', nip: null, jabatan: null, roles: ['pimpinan'], aktif: true });
    const { entries } = await app.sysOk('audit.list', { entity: 'user', limit: 10 });
    const last = entries[0]!;
    expect(last).toMatchObject({ actor: 'uji', channel: 'users.update', action: 'ubah', entity: 'user', entityId: String(id) });
    expect(last.before).toMatchObject({ nama: 'Pengguna budi', roles: ['pembaca'] });
    expect(last.after).toMatchObject({ nama: 'Budi Santoso', roles: ['pimpinan'] });
    expect(JSON.stringify(entries)).not.toContain('scrypt$');
  });

  it('passes check after ordinary use', async () => {
    app = await setUpApp({ demo: true });
    await addUser(app, 'sari', ['operator_persuratan']);
    const r = await check();
    expect(r.ok).toBe(true);
    expect(r.chain.entries).toBeGreaterThan(40);
  });

  it('names the entry of a row updated outside SATU', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'andi', ['pembaca']);
    const { entries } = await app.sysOk('audit.list', { entity: 'user', limit: 10 });
    const lastChange = entries.find((e) => e.snapshot)!;
    app.env.raw.prepare('update users set nama = ? where id = ?').run('Nama Palsu', id);
    const r = await check();
    expect(r.ok).toBe(false);
    expect(r.chain.firstBroken).toMatchObject({ id: lastChange.id, entity: 'user', entityId: String(id) });
  });

  it('accepts a column a later migration added (null in old rows) but not a value written into it outside SATU', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'wati', ['pembaca']);
    app.env.raw.exec('alter table users add column kolom_baru text');
    expect((await check()).ok).toBe(true);
    app.env.raw.prepare('update users set kolom_baru = ? where id = ?').run('diisi diam-diam', id);
    const r = await check();
    expect(r.chain.firstBroken).toMatchObject({ entity: 'user', entityId: String(id) });
  });

  it('detects a password hash swapped outside SATU', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'rina', ['pembaca']);
    app.env.raw.prepare("update users set password_hash = 'scrypt$1$1$1$AA==$AA==' where id = ?").run(id);
    expect((await check()).chain.firstBroken?.entityId).toBe(String(id));
  });

  it('names an audit entry whose content was edited', async () => {
    app = await setUpApp();
    await addUser(app, 'dedi', ['pembaca']);
    app.env.raw.prepare("update audit_log set actor = 'orang lain' where id = 2").run();
    expect((await check()).chain.firstBroken).toMatchObject({ id: 2 });
  });

  it('notices a deleted audit entry', async () => {
    app = await setUpApp();
    await addUser(app, 'eko', ['pembaca']);
    app.env.raw.prepare('delete from audit_log where id = 3').run();
    const r = await check();
    expect(r.chain.firstBroken?.reason).toContain('#3 hilang');
  });

  it('lists rows inserted outside SATU', async () => {
    app = await setUpApp();
    app.env.raw.prepare("insert into satker (nama, jenis, created_at) values ('Satker Siluman', 'lapas', '2026-01-01')").run();
    const r = await check();
    expect(r.ok).toBe(false);
    expect(r.untracked).toEqual([expect.objectContaining({ entity: 'satker' })]);
  });
});
