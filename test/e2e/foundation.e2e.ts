// The first-run journey in Chromium through the bridge, as a new office would take it: the setup
// wizard, login (with the Indonesian message for a wrong password), every sidebar page, a
// screenshot of each; and the designed screen for a data folder that cannot be used.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startJourney, shot } from './harness.ts';
import type { Journey } from './harness.ts';
import { tempDir } from '../fixtures/backend.ts';

const SIDEBAR = ['Beranda', 'Naskah Dinas', 'Arsip', 'BMN', 'Kinerja & LKjIP', 'Laporan', 'Pengaturan'] as const;
const PENGATURAN_TABS = ['Identitas Kantor', 'Pengguna dan Peran', 'Satuan Kerja', 'Unit Organisasi', 'Cadangan', 'Jejak Audit'] as const;

let j: Journey | null = null;
afterAll(async () => j?.close());

async function pick(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function runWizard(page: Page) {
  await expect.poll(() => page.getByRole('heading', { name: 'Penyiapan Awal SATU' }).isVisible(), { timeout: 20_000 }).toBe(true);
  await pick(page, 'Kanwil', 'Nusa Tenggara Barat');
  await fill(page, 'Kode satker', '411868');
  await fill(page, 'Kode UAKPB', '013.01.0199.411868.000.KD');
  await fill(page, 'Kode surat', 'W.23');
  await fill(page, 'Alamat', 'Jalan Majapahit 44 Kota Mataram');
  await fill(page, 'Kota', 'Mataram');
  await shot(page, '01-wizard-kantor');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await fill(page, 'Nama lengkap', 'Siti Rahmawati');
  await fill(page, 'NIP', '198001012005012001');
  await fill(page, 'Jabatan', 'Kepala Bagian Tata Usaha dan Umum');
  await fill(page, 'Nama pengguna', 'siti');
  await fill(page, 'Kata sandi', 'rahasia123');
  await fill(page, 'Ulangi kata sandi', 'rahasia123');
  await shot(page, '02-wizard-admin');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Muat data contoh (33 Kanwil, satker NTB dan Maluku Utara dari dokumen Renstra)').check();
  await shot(page, '03-wizard-data-contoh');
  await page.getByRole('button', { name: 'Selesai' }).click();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), { timeout: 30_000 }).toBe(true);
}

async function logout(page: Page) {
  await page.getByRole('button', { name: /Siti Rahmawati/ }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke SATU' }).isVisible(), { timeout: 15_000 }).toBe(true);
}

async function login(page: Page, password: string) {
  await fill(page, 'Nama pengguna', 'siti');
  await fill(page, 'Kata sandi', password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

describe('first run, login and every page', () => {
  it('runs the wizard, refuses a wrong password in Indonesian, and shows every page', async () => {
    j = await startJourney();
    const { page } = j;
    await runWizard(page);
    await shot(page, '04-beranda-setelah-penyiapan');
    await logout(page);

    await login(page, 'salahSekali9');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Nama pengguna atau kata sandi salah.');
    await shot(page, '05-login-sandi-salah');
    await login(page, 'rahasia123');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), { timeout: 15_000 }).toBe(true);

    for (const [i, item] of SIDEBAR.entries()) {
      await page.getByRole('menuitem', { name: item }).click();
      const heading = item === 'Beranda' ? /Siti Rahmawati/ : item;
      await expect.poll(() => page.getByRole('heading', { name: heading }).first().isVisible(), { timeout: 10_000 }).toBe(true);
      await page.waitForLoadState('networkidle');
      await shot(page, `${String(10 + i).padStart(2, '0')}-${item.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    }
    for (const [i, tab] of PENGATURAN_TABS.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForLoadState('networkidle');
      await shot(page, `${20 + i}-pengaturan-${tab.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    }
    await page.getByRole('tab', { name: 'Jejak Audit' }).click();
    await page.getByRole('button', { name: 'Periksa Keutuhan' }).click();
    await expect.poll(() => page.getByText(/Basis data dan jejak audit utuh/).isVisible(), { timeout: 15_000 }).toBe(true);
    await shot(page, '26-pengaturan-jejak-audit-diperiksa');

    await page.getByLabel('Cari di seluruh SATU').fill('Mataram');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Bapas Kelas I Mataram', { exact: false }).first().isVisible(), { timeout: 10_000 }).toBe(true);
    await shot(page, '27-pencarian');
    expect(j.errors).toEqual([]);
  });

  it('shows a designed startup error when the data folder cannot be used', async () => {
    await j?.close();
    const file = path.join(tempDir(), 'bukan-folder');
    fs.writeFileSync(file, 'x');
    j = await startJourney({ dataDir: path.join(file, 'data') });
    const { page } = j;
    await expect.poll(() => page.getByText('SATU tidak dapat dimulai').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.textContent('body')).toContain('SATU_DATA_DIR');
    await shot(page, '30-galat-mulai');
  });
});
