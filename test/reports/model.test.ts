// The model of "Daftar Pengguna dan Hak Akses" on a real database built by the real migrator.
import { afterEach, describe, expect, it } from 'vitest';
import { buildPenggunaHakAksesModel, BELUM_PERNAH } from '../../electron/core/reports/akun/model.ts';
import { listReports, reportRegistry } from '../../electron/core/reports/registry.ts';
import { NAMA_PERAN, ROLES } from '../../shared/domain/roles.ts';
import { PASSWORD, addUser, setUpApp } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { KOP, NOW } from './helpers.ts';

let app: TestApp;
afterEach(async () => app?.close());

const envOf = (a: TestApp, timeZone = 'Asia/Makassar') => ({ conn: a.env.db, now: NOW, kop: KOP, timeZone });

describe('pengguna-hak-akses model', () => {
  it('lists every account with Indonesian role names, status and last login in the office zone', async () => {
    app = await setUpApp();
    const id = await addUser(app, 'sekretaris', ['pimpinan', 'operator_persuratan']);
    await app.sysOk('users.update', {
      id,
      nama: 'Siti Aminah',
      nip: '198507152010122002',
      jabatan: 'Kepala Bagian Tata Usaha dan Umum',
      roles: ['pimpinan', 'operator_persuratan'],
      aktif: false,
    });
    // Whatever the fixture did at creation, Siti has never signed in.
    await app.env.db.updateTable('login_state').set({ last_login_at: null }).where('user_id', '=', id).execute();
    await addUser(app, 'tamu', ['pembaca']);
    await app.login('admin', PASSWORD); // the fixed clock: 2026-11-23T03:00Z = 11.00 WITA

    const m = await buildPenggunaHakAksesModel(envOf(app));

    expect(m.keadaanPer).toBe('Keadaan per 23 November 2026');
    expect(m.jumlah).toEqual({ total: 3, aktif: 2, nonaktif: 1 });
    expect(m.baris.map((b) => b.no)).toEqual([1, 2, 3]);
    const admin = m.baris.find((b) => b.username === 'admin');
    expect(admin).toMatchObject({ nama: 'Administrator Uji', nip: null, peran: ['Administrator'], status: 'Aktif' });
    expect(admin?.loginTerakhir).toBe('23 November 2026, 11.00 WITA');
    const siti = m.baris.find((b) => b.username === 'sekretaris');
    expect(siti).toEqual({
      no: siti?.no,
      nama: 'Siti Aminah',
      nip: '19850715 201012 2 002',
      username: 'sekretaris',
      jabatan: 'Kepala Bagian Tata Usaha dan Umum',
      peran: ['Operator Persuratan dan Arsip', 'Pimpinan'], // in the order of ROLES, not alphabetical codes
      status: 'Nonaktif',
      loginTerakhir: BELUM_PERNAH,
    });
    expect(m.baris.find((b) => b.username === 'tamu')?.jabatan).toBe('–');
  });

  it('writes times in the zone it is given (WIB by default)', async () => {
    app = await setUpApp();
    await app.login('admin', PASSWORD);
    const m = await buildPenggunaHakAksesModel({ conn: app.env.db, now: NOW, kop: KOP });
    expect(m.baris[0]?.loginTerakhir).toBe('23 November 2026, 10.00 WIB');
  });

  it('explains every role in the legend', async () => {
    app = await setUpApp();
    const m = await buildPenggunaHakAksesModel(envOf(app));
    expect(m.keteranganPeran.map((k) => k.peran)).toEqual(ROLES.map((r) => NAMA_PERAN[r]));
    expect(m.keteranganPeran.every((k) => k.hakAkses.length > 10)).toBe(true);
  });
});

describe('report registry', () => {
  it('has the pengguna-hak-akses report on F4 portrait with no parameters', () => {
    expect(listReports()).toContainEqual({
      kind: 'pengguna-hak-akses',
      title: 'Daftar Pengguna dan Hak Akses',
      paper: 'F4',
      orientation: 'portrait',
      parameter: 'tanpa',
      excel: false,
    });
    const def = reportRegistry.get('pengguna-hak-akses');
    expect(def?.params.safeParse({}).success).toBe(true);
    expect(def?.params.safeParse({ x: 1 }).success).toBe(false);
  });
});
