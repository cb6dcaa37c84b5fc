// Reports through the contract: issuing and signing with the registry, who may sign, verification
// in plain Indonesian, and passphrases that never reach the database, the data folder or the logs.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { freshP12 } from '../fixtures/pki.ts';
import { tool, tempFile } from '../reports/helpers.ts';

let app: TestApp;
afterEach(async () => app?.close());

async function pimpinanWithCert(passphrase: string) {
  const id = await addUser(app, 'kakanwil', ['pimpinan']);
  await app.sysOk('users.update', {
    id,
    nama: 'Dr. Harun Sulianto',
    nip: '197001011995031001',
    jabatan: 'Kepala Kantor Wilayah',
    roles: ['pimpinan'],
    aktif: true,
  });
  const token = await app.login('kakanwil', PASSWORD);
  const cert = await app.as(token, 'sertifikat.import', {
    userId: id,
    p12Base64: freshP12('Dr. Harun Sulianto', '197001011995031001', passphrase).toString('base64'),
    passphrase,
  });
  if (!cert.ok) throw new Error(cert.error.message);
  return { id, token, certId: (cert.value as { id: number }).id };
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('laporan', () => {
  it('signs a report that pdfsig validates and records it in the registry', async () => {
    app = await setUpApp();
    const { token, certId } = await pimpinanWithCert('sandi-ttd-1');
    const r = await app.as(token, 'laporan.sign', {
      kind: 'pengguna-hak-akses',
      params: {},
      sertifikatId: certId,
      passphrase: 'sandi-ttd-1',
    });
    if (!r.ok) throw new Error(r.error.message);
    const t = r.value as { dokumenId: number; pdfBase64: string; sha256: string };
    const sig = tool('pdfsig', [tempFile('ttd.pdf', Buffer.from(t.pdfBase64, 'base64'))]);
    expect(sig.out).toContain('Signature is Valid.');
    expect(sig.out).toContain('Total document signed');
    const list = await app.as(token, 'dokumen.list', {});
    expect(list).toMatchObject({
      ok: true,
      value: {
        items: [expect.objectContaining({ id: t.dokumenId, penandatangan: 'Dr. Harun Sulianto', sha256: t.sha256, status: 'terbit' })],
      },
    });
    const v = await app.as(token, 'dokumen.verify', { pdfBase64: t.pdfBase64 });
    expect(v).toMatchObject({
      ok: true,
      value: {
        ditandatangani: true,
        registri: { dokumenId: t.dokumenId, cocok: true },
        tandaTangan: [{ sah: true, seluruhDokumen: true }],
      },
    });
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });

  it('refuses signing without the right: no Pimpinan role, or someone else’s certificate', async () => {
    app = await setUpApp();
    const { certId } = await pimpinanWithCert('sandi-ttd-2');
    await addUser(app, 'operator', ['operator_persuratan']);
    const op = await app.login('operator', PASSWORD);
    expect(
      await app.as(op, 'laporan.sign', { kind: 'pengguna-hak-akses', params: {}, sertifikatId: certId, passphrase: 'sandi-ttd-2' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await addUser(app, 'wakil', ['pimpinan']);
    const wakil = await app.login('wakil', PASSWORD);
    expect(
      await app.as(wakil, 'laporan.sign', { kind: 'pengguna-hak-akses', params: {}, sertifikatId: certId, passphrase: 'sandi-ttd-2' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('milik Anda sendiri') },
    });
  });

  it('says in Indonesian that a passphrase is wrong and issues nothing', async () => {
    app = await setUpApp();
    const { token, certId } = await pimpinanWithCert('sandi-ttd-3');
    const r = await app.as(token, 'laporan.sign', { kind: 'pengguna-hak-akses', params: {}, sertifikatId: certId, passphrase: 'keliru' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'passphrase', message: 'Kata sandi sertifikat salah.' }] },
    });
    expect(
      (await app.as(token, 'dokumen.list', {})).ok &&
        ((await app.as(token, 'dokumen.list', {})) as { value: { total: number } }).value.total,
    ).toBe(0);
  });

  it('reports a tampered or extended PDF as such', async () => {
    app = await setUpApp();
    const { token, certId } = await pimpinanWithCert('sandi-ttd-4');
    const r = await app.as(token, 'laporan.sign', {
      kind: 'pengguna-hak-akses',
      params: {},
      sertifikatId: certId,
      passphrase: 'sandi-ttd-4',
    });
    const pdf = Buffer.from((r as { value: { pdfBase64: string } }).value.pdfBase64, 'base64');
    const changed = Buffer.from(pdf);
    changed[200] = changed[200]! ^ 0x01;
    const v1 = await app.as(token, 'dokumen.verify', { pdfBase64: changed.toString('base64') });
    expect(v1).toMatchObject({ ok: true, value: { tandaTangan: [{ sah: false }], registri: { cocok: false } } });
    const appended = Buffer.concat([pdf, Buffer.from('\n% tambahan\n')]);
    const v2 = await app.as(token, 'dokumen.verify', { pdfBase64: appended.toString('base64') });
    expect(v2).toMatchObject({ ok: true, value: { tandaTangan: [{ diubahSetelahTtd: true }] } });
    expect((v2 as { value: { ringkasan: string } }).value.ringkasan).toMatch(/diubah setelah ditandatangani/i);
    const junk = await app.as(token, 'dokumen.verify', { pdfBase64: Buffer.from('bukan pdf sama sekali').toString('base64') });
    expect(junk).toMatchObject({ ok: true, value: { pdf: false, ditandatangani: false } });
  });

  it('never stores or logs the passphrase of an imported .p12', async () => {
    app = await setUpApp();
    const secret = 'Rahasia-Unik-7319-Zq';
    const { token, certId } = await pimpinanWithCert(secret);
    await app.as(token, 'laporan.sign', { kind: 'pengguna-hak-akses', params: {}, sertifikatId: certId, passphrase: secret });
    await app.as(token, 'laporan.sign', { kind: 'pengguna-hak-akses', params: {}, sertifikatId: certId, passphrase: `${secret}-salah` });
    await app.sysOk('backup.create', {});
    await app.close();
    const needles = [
      secret,
      Buffer.from(secret, 'utf16le').toString('latin1'),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('hex'),
    ];
    const files = filesUnder(app.dir);
    expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true);
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    for (const f of files) {
      const text = fs.readFileSync(f).toString('latin1');
      for (const n of needles) expect(text.includes(n), `${n} in ${f}`).toBe(false);
    }
  });
});
