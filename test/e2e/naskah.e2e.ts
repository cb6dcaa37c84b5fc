// The incoming-letter journey in Chromium, as the office would run it: the operator registers a
// letter with its scan; the administrator makes one official the head of a unit; the Pimpinan
// disposes it to two officials (one named, one as head of the unit addressed); one opens it (the Pimpinan sees
// the read time), forwards it and reports; the other reports; the letter is closed; the Lembar
// Disposisi prints nomor agenda, hal, sender, instructions and deadline.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import type { Page } from 'playwright-core';
import { startJourney, shot, SHOTS } from './harness.ts';
import type { Journey } from './harness.ts';
import { kantorInput, tempDir } from '../fixtures/backend.ts';

let j: Journey | null = null;
afterAll(async () => j?.close());

const PASSWORD = 'rahasia123';

async function sys(channel: string, input: unknown) {
  const r = await j!.mode.backend!.dispatch({ channel, input, token: null }, { transport: 'test', system: { label: 'persiapan-uji' } });
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** An account the administrator created and its owner already activated with their own password. */
async function akun(username: string, nama: string, jabatan: string, roles: string[]): Promise<void> {
  await sys('users.create', { username, nama, jabatan, password: 'sementara1', roles });
  const d = j!.mode.backend!.dispatch;
  const login = await d({ channel: 'auth.login', input: { username, password: 'sementara1' }, token: null }, { transport: 'test' });
  const token = (login as { value: { token: string } }).value.token;
  await d({ channel: 'auth.changePassword', input: { lama: 'sementara1', baru: PASSWORD }, token }, { transport: 'test' });
  await d({ channel: 'auth.logout', input: {}, token }, { transport: 'test' });
}

function scanPdf(file: string): Promise<void> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const out = fs.createWriteStream(file);
    out.on('finish', () => resolve());
    doc.pipe(out);
    doc.text('Permohonan data pegawai untuk evaluasi jabatan triwulan IV.');
    doc.end();
  });
}

async function masuk(page: Page, username: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke SATU' }).isVisible(), { timeout: 15_000 }).toBe(true);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), { timeout: 15_000 }).toBe(true);
}

async function keluar(page: Page, nama: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(nama) }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
}

async function pilih(page: Page, label: string, teks: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(teks);
  await page.waitForTimeout(450);
  await page.keyboard.press('Enter');
}

async function bukaSurat(page: Page): Promise<void> {
  await page.goto(`${j!.mode.bridge.origin}/#/naskah/masuk/1`);
  await expect.poll(() => page.getByText('Surat Masuk 1/2026').first().isVisible(), { timeout: 15_000 }).toBe(true);
}

describe('surat masuk sampai selesai', () => {
  it('registers, disposes to two, reads, forwards, reports and closes; prints the Lembar Disposisi', async () => {
    j = await startJourney();
    const { page } = j;
    await sys('setup.run', {
      kantor: { ...kantorInput, kanwilNo: 22 },
      admin: { username: 'admin', nama: 'Administrator', password: PASSWORD },
      muatDataContoh: false,
    });
    await akun('operator', 'Nur Aini', 'Pengadministrasi Persuratan', ['operator_persuratan']);
    await akun('kakanwil', 'Harun Sulianto', 'Kepala Kantor Wilayah', ['pimpinan']);
    await akun('rudi', 'Rudi Hartono', 'Kepala Bagian Tata Usaha dan Umum', ['pembaca']);
    await akun('maria', 'Maria Ulfa', 'Kepala Bidang Pelayanan dan Pembinaan', ['pembaca']);
    await akun('dewi', 'Dewi Lestari', 'Ketua Tim Kepegawaian', ['pembaca']);
    await page.reload();

    await masuk(page, 'admin');
    await page.goto(`${j.mode.bridge.origin}/#/pengaturan/pengguna`);
    await page
      .getByRole('row', { name: /Maria Ulfa/ })
      .getByRole('button', { name: 'Ubah' })
      .click();
    await pilih(page, 'Unit kerja', 'Bidang Pelayanan');
    await page.getByLabel('Kepala unit', { exact: true }).click();
    await shot(page, '39-pengaturan-kepala-unit');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('Kepala Bidang Pelayanan dan Pembinaan').last().isVisible(), { timeout: 15_000 }).toBe(true);
    await keluar(page, 'Administrator');

    await masuk(page, 'operator');
    await page.getByRole('menuitem', { name: 'Naskah Dinas' }).click();
    await page.getByRole('button', { name: 'Catat Surat Masuk' }).first().click();
    await page.getByLabel('Nomor naskah', { exact: true }).fill('W.23.PAS.PAS.4-KP.08.01-311');
    await page.getByLabel('Tanggal naskah', { exact: true }).fill('20/11/2026');
    await page.keyboard.press('Enter');
    await page.getByLabel('Asal instansi', { exact: true }).fill('Lapas Kelas IIA Lombok Barat');
    await page.getByLabel('Hal', { exact: true }).fill('Permohonan data pegawai');
    await page.getByLabel('Isi ringkas', { exact: true }).fill('Mohon dikirim data pegawai untuk evaluasi jabatan.');
    await page.getByLabel('Tujuan', { exact: true }).fill('Kepala Kantor Wilayah');
    const scan = path.join(tempDir('satu-scan-'), 'surat.pdf');
    await scanPdf(scan);
    await page.locator('input[type=file]').first().setInputFiles(scan);
    await shot(page, '40-naskah-catat-surat-masuk');
    await page.getByRole('button', { name: 'Catat Surat Masuk' }).last().click();
    await expect.poll(() => page.getByText('Surat Masuk 1/2026').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await keluar(page, 'Nur Aini');

    await masuk(page, 'kakanwil');
    await bukaSurat(page);
    await page.getByRole('button', { name: 'Beri Disposisi' }).click();
    await pilih(page, 'Kepada pejabat', 'Rudi');
    await page.keyboard.press('Escape');
    await pilih(page, 'Kepada unit', 'Bidang Pelayanan');
    await page.keyboard.press('Escape');
    await page.getByLabel('Proses lebih lanjut').check();
    await page.getByLabel('Koordinasikan').check();
    await shot(page, '41-naskah-beri-disposisi');
    await page.getByRole('button', { name: 'Kirim Disposisi' }).click();
    await expect.poll(() => page.getByText('Belum dibaca').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => page.getByText('untuk Bidang Pelayanan dan Pembinaan').isVisible()).toBe(true);
    await keluar(page, 'Harun Sulianto');

    await masuk(page, 'rudi');
    await bukaSurat(page);
    await expect.poll(() => page.getByText(/Dibaca:/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Teruskan' }).first().click();
    await pilih(page, 'Kepada pejabat', 'Dewi');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Teruskan' }).last().click();
    await expect.poll(() => page.getByText('Dewi Lestari').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByRole('button', { name: 'Laporkan Tindak Lanjut' }).first().click();
    await page.getByLabel('Laporan tindak lanjut', { exact: true }).fill('Data pegawai sudah disiapkan bersama Tim Kepegawaian.');
    await page.getByRole('button', { name: 'Kirim Laporan' }).click();
    await shot(page, '42-naskah-diteruskan-dilaporkan');
    await keluar(page, 'Rudi Hartono');

    await masuk(page, 'kakanwil');
    await bukaSurat(page);
    await expect.poll(() => page.getByText(/Dibaca: \d/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(page, '43-naskah-pimpinan-melihat-waktu-baca');
    await keluar(page, 'Harun Sulianto');

    await masuk(page, 'maria');
    await page.getByRole('menuitem', { name: 'Naskah Dinas' }).click();
    await page.getByRole('tab', { name: 'Disposisi Saya' }).click();
    await shot(page, '44-naskah-disposisi-saya');
    await bukaSurat(page);
    await page.getByRole('button', { name: 'Laporkan Tindak Lanjut' }).first().click();
    await page.getByLabel('Laporan tindak lanjut', { exact: true }).fill('Sudah dikoordinasikan dengan Bidang Pelayanan.');
    await page.getByRole('button', { name: 'Kirim Laporan' }).click();
    await expect.poll(() => page.getByText('Selesai').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await shot(page, '45-naskah-surat-selesai');
    await keluar(page, 'Maria Ulfa');

    await masuk(page, 'operator');
    await bukaSurat(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Cetak Lembar Disposisi' }).click();
    const file = path.join(SHOTS, 'lembar-disposisi.pdf');
    await (await download).saveAs(file);
    const text = spawnSync('pdftotext', [file, '-']).stdout.toString();
    for (const t of [
      'LEMBAR DISPOSISI',
      '1/2026',
      'Permohonan data pegawai',
      'Lapas Kelas IIA Lombok Barat',
      '☑ Proses lebih lanjut',
      '☑ Koordinasikan',
      'Batas waktu:',
      'Rudi Hartono',
      'Maria Ulfa',
    ])
      expect(text).toContain(t);
    spawnSync('pdftoppm', ['-r', '60', '-png', file, path.join(SHOTS, '46-lembar-disposisi')]);
    const status = await j.mode.backend!.dispatch(
      { channel: 'suratMasuk.get', input: { id: 1 }, token: null },
      { transport: 'test', system: { label: 'uji' } },
    );
    expect(status).toMatchObject({ ok: true, value: { status: 'selesai' } });
    expect(j.errors).toEqual([]);
  });
});
