// The archive journey in Chromium (issue #5), as a TU archive clerk would run it: the administrator
// gives the operator a Rahasia clearance; the operator enters a JRA draft (one row by hand, one from
// Excel after a dry run that lists every error) and makes it valid; creates a berkas with its location
// and two items (one with a PDF copy); files incoming letters from "Belum Diberkaskan" (one into the
// suggested berkas, one into a berkas made for it whose class comes from the JRA) and one from the
// letter's own page; closes the berkas and sees its due dates; records and returns a late loan; sees
// the retention monitor and proposes the move; a reader without clearance is refused the Rahasia berkas.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Page } from 'playwright-core';
import { startJourney, shot, SHOTS } from './harness.ts';
import type { Journey } from './harness.ts';
import { kantorInput, tempDir } from '../fixtures/backend.ts';
import { formatTanggal } from '../../shared/format/index.ts';
import { tambahTahun } from '../../shared/domain/arsip/retensi.ts';

let j: Journey | null = null;
afterAll(async () => j?.close());

const PASSWORD = 'rahasia123';
const ZONA = 'Asia/Makassar';
const TIMEOUT = { timeout: 30_000 };
const UNIT = 'Bagian Tata Usaha dan Umum';

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

// ---- dates, in the office's zone (WITA) like the backend's "today" ----
const hariIni = new Intl.DateTimeFormat('en-CA', { timeZone: ZONA }).format(new Date());
const keUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const tambahHari = (iso: string, n: number) => new Date(keUtc(iso) + n * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Closed a year ago today: with one year active, the move to the records center is due today. */
const TUTUP = tambahTahun(hariIni, -1);
const TAHUN_LALU = Number(TUTUP.slice(0, 4));
const awalTahun = `${TAHUN_LALU}-01-01`;
const rentang = (keUtc(TUTUP) - keUtc(awalTahun)) / 86_400_000;
const diTahunLalu = (bagian: number) => tambahHari(awalTahun, Math.floor(rentang * bagian));
const ITEM1 = diTahunLalu(0.2);
const ITEM2 = diTahunLalu(0.5);
const SURAT1 = diTahunLalu(0.8);

/** A table row by its text (virtual tables draw rows without the row role). */
const baris = (page: Page, teks: string | RegExp) => page.locator('.ant-table-row').filter({ hasText: teks });

const terlihat = (page: Page, teks: string | RegExp) => expect.poll(() => page.getByText(teks).first().isVisible(), TIMEOUT).toBe(true);

async function masuk(page: Page, username: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke SATU' }).isVisible(), TIMEOUT).toBe(true);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), TIMEOUT).toBe(true);
}

/** Signs out through the user menu; a click on an item still animating in is retried. */
async function keluar(page: Page, nama: string): Promise<void> {
  const login = page.getByRole('heading', { name: 'Masuk ke SATU' });
  const item = page.getByRole('menuitem', { name: 'Keluar' });
  await expect
    .poll(async () => {
      if (await login.isVisible()) return true;
      if (!(await item.isVisible())) await page.getByRole('button', { name: new RegExp(nama) }).click();
      await item.click({ timeout: 2_000 }).catch(() => undefined);
      return login.isVisible();
    }, TIMEOUT)
    .toBe(true);
}

/** Opens a select by its label, types (when searchable) and clicks the option with that title until the select shows it. */
async function pilih(page: Page, label: string, ketik: string, opsi: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const kotak = page.locator('.ant-select').filter({ has: select });
  const o = page.locator('.ant-select-item-option').and(page.getByTitle(opsi, { exact: true }));
  const terpilih = async () => (await kotak.textContent())?.includes(opsi) ?? false;
  await expect
    .poll(async () => {
      if (await terpilih()) return true;
      if (!(await o.isVisible())) {
        await select.click();
        if (ketik) await select.fill(ketik);
        await o.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      await o.click({ timeout: 3_000 }).catch(() => undefined);
      return terpilih();
    }, TIMEOUT)
    .toBe(true);
  await expect.poll(() => o.isVisible(), TIMEOUT).toBe(false);
}

async function tanggal(page: Page, label: string, iso: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy(iso));
  await input.press('Tab');
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(), TIMEOUT).toBe(0);
}

/** A full-page screenshot from the top, once nothing is loading. */
async function foto(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count(), TIMEOUT).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // tab ink bars and table fades settle
  await shot(page, name);
}

async function tab(page: Page, nama: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Arsip' }).click();
  await page.getByRole('tab', { name: nama, exact: true }).click();
}

async function jraXlsx(file: string, baris: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('JRA');
  ws.addRow(['Kode Klasifikasi', 'Retensi Aktif (tahun)', 'Retensi Inaktif (tahun)', 'Pemicu', 'Nasib Akhir', 'Keamanan', 'Keterangan']);
  for (const b of baris) ws.addRow(b);
  await wb.xlsx.writeFile(file);
}

function pdf(file: string, teks: string): Promise<void> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const out = fs.createWriteStream(file);
    out.on('finish', () => resolve());
    doc.pipe(out);
    doc.text(teks);
    doc.end();
  });
}

const surat = (nomorNaskah: string, tanggalNaskah: string, hal: string, klasifikasiKode: string) => ({
  diterimaPada: new Date().toISOString(),
  jenisNaskah: 'surat_dinas',
  nomorNaskah,
  tanggalNaskah,
  asalInstansi: 'Lapas Kelas IIA Lombok Barat',
  hal,
  isiRingkas: hal,
  urgensi: 'biasa',
  keamanan: 'B',
  klasifikasiKode,
  tujuan: 'Kepala Kantor Wilayah',
  media: 'fisik',
});

describe('arsip: JRA, pemberkasan, retensi, akses', () => {
  it('enters a JRA, files naskah, closes a berkas with due dates, lends it, proposes the move; refuses a Rahasia berkas', async () => {
    j = await startJourney();
    await perjalanan(j).catch(async (e: unknown) => {
      // What the page showed when a step failed, to read next to the error.
      await shot(j!.page, 'zz-arsip-gagal');
      throw e;
    });
  });
});

async function perjalanan(j: Journey): Promise<void> {
  const { page } = j;
  const dir = tempDir('satu-arsip-');
  await sys('setup.run', {
    kantor: { ...kantorInput, kanwilNo: 22 },
    admin: { username: 'admin', nama: 'Administrator', password: PASSWORD },
    muatDataContoh: false,
  });
  await akun('operator', 'Nur Aini', 'Pengadministrasi Persuratan', ['operator_persuratan']);
  await akun('rudi', 'Rudi Hartono', 'Kepala Bagian Tata Usaha dan Umum', ['pembaca']);
  await page.reload();

  // The administrator gives the operator a Rahasia clearance; the list shows it.
  await masuk(page, 'admin');
  await page.goto(`${j.mode.bridge.origin}/#/pengaturan/pengguna`);
  await baris(page, /Nur Aini/)
    .getByRole('button', { name: 'Ubah' })
    .click();
  await pilih(page, 'Izin keamanan arsip', '', 'Rahasia');
  await foto(page, '60-arsip-izin-keamanan');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => baris(page, /Nur Aini/).textContent(), TIMEOUT).toContain('Rahasia');
  await keluar(page, 'Administrator');

  // The operator enters the JRA: a draft, one row by hand …
  await masuk(page, 'operator');
  await tab(page, 'JRA');
  await terlihat(page, 'SATU tidak menyertakan nilai retensi bawaan');
  await terlihat(page, /Belum ada JRA\. Klik Versi Baru/);
  await foto(page, '60a-arsip-jra-kosong');
  await page.getByRole('button', { name: /Versi Baru$/ }).click();
  await page.getByLabel('Nama versi', { exact: true }).fill('JRA Kanwil 2026');
  await page.getByLabel('Dasar penetapan', { exact: true }).fill('Peraturan Menteri Imigrasi dan Pemasyarakatan tentang JRA');
  await page.getByRole('dialog').getByRole('button', { name: 'Buat Draf' }).click();
  await terlihat(page, 'Draf ini belum berisi baris.');
  await page.getByRole('button', { name: 'Tambah Baris' }).click();
  await pilih(page, 'Kode klasifikasi', 'UM.01.01', 'UM.01.01 — Persuratan');
  await page.getByLabel('Retensi aktif (tahun)', { exact: true }).fill('1');
  await page.getByLabel('Retensi inaktif (tahun)', { exact: true }).fill('2');
  await pilih(page, 'Nasib akhir', '', 'Musnah');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await terlihat(page, 'Baris JRA UM.01.01 disimpan.');

  // … and one from Excel: the dry run lists every error and imports nothing; the fixed file goes in.
  const salah = path.join(dir, 'jra-salah.xlsx');
  await jraXlsx(salah, [
    ['KP.04', 2, 3, '', 'Musnah', 'R', ''],
    ['XX.99', 1, 1, '', 'Musnah', 'B', ''],
    ['KP.01', 'dua', 3, '', 'Hancur', 'B', ''],
  ]);
  const benar = path.join(dir, 'jra-benar.xlsx');
  await jraXlsx(benar, [['KP.04', 2, 3, '', 'Musnah', 'R', 'Berkas mutasi pegawai']]);
  await page.getByRole('button', { name: 'Impor Excel' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles(salah);
  await terlihat(page, '3 kesalahan pada 3 baris');
  await terlihat(page, 'Kode XX.99 tidak ada di daftar klasifikasi.');
  await terlihat(page, 'Isi Musnah, Permanen atau Dinilai Kembali.');
  expect(await page.getByRole('dialog').getByRole('button', { name: 'Impor' }).isDisabled()).toBe(true);
  await foto(page, '61-arsip-jra-impor-kesalahan');
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles(benar);
  await terlihat(page, '1 baris siap diimpor');
  await page.getByRole('dialog').getByRole('button', { name: 'Impor 1 Baris' }).click();
  await terlihat(page, '1 baris JRA diimpor ke “JRA Kanwil 2026”.');
  await expect.poll(() => baris(page, /KP\.04/).textContent(), TIMEOUT).toContain('Rahasia');
  await foto(page, '62-arsip-jra-draf');
  await page.getByRole('button', { name: 'Berlakukan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Berlakukan' }).click();
  await terlihat(page, `Berlaku sejak ${formatTanggal(hariIni)}`);
  await expect.poll(() => page.getByRole('button', { name: 'Tambah Baris' }).count(), TIMEOUT).toBe(0);
  await foto(page, '63-arsip-jra-berlaku');

  // A berkas with its location, and two items, one with a PDF copy.
  await tab(page, 'Daftar Berkas');
  await terlihat(page, /Belum ada berkas\. Klik Buat Berkas/);
  await foto(page, '63a-arsip-daftar-kosong');
  await page.getByRole('button', { name: 'Buat Berkas' }).click();
  const dialog = page.getByRole('dialog');
  await pilih(page, 'Kode klasifikasi', 'UM.01.01', 'UM.01.01 — Persuratan');
  await dialog.getByLabel('Unit pengolah', { exact: true }).fill(UNIT);
  await dialog.getByLabel('Tahun', { exact: true }).fill(String(TAHUN_LALU));
  await dialog.getByLabel('Uraian berkas', { exact: true }).fill('Korespondensi pembinaan UPT dengan Lapas Lombok Barat');
  await dialog.getByLabel('Ruang', { exact: true }).fill('Ruang TU');
  await dialog.getByLabel('Filing cabinet / lemari', { exact: true }).fill('2');
  await dialog.getByLabel('Laci', { exact: true }).fill('1');
  await dialog.getByLabel('Folder / guide', { exact: true }).fill('UM.01');
  await foto(page, '64-arsip-buat-berkas');
  await dialog.getByRole('button', { name: 'Buat Berkas' }).click();
  const A = `UM.01.01/1/${TAHUN_LALU}`;
  await terlihat(page, `Berkas ${A}`);
  await terlihat(page, 'Berkas masih terbuka');
  await terlihat(page, 'Ruang TU · Lemari 2 · Laci 1 · Folder UM.01');

  const salinan = path.join(dir, 'laporan-pembinaan.pdf');
  await pdf(salinan, 'Laporan pembinaan narapidana triwulan I.');
  for (const [uraian, tgl, file] of [
    ['Laporan pembinaan narapidana triwulan I', ITEM1, salinan],
    ['Undangan rapat koordinasi pembinaan', ITEM2, null],
  ] as const) {
    await page.getByRole('button', { name: 'Tambah Item' }).click();
    await dialog.getByLabel('Uraian item', { exact: true }).fill(uraian);
    await tanggal(page, 'Tanggal', tgl);
    if (file) await dialog.locator('input[type=file]').setInputFiles(file);
    if (file) await terlihat(page, 'laporan-pembinaan.pdf');
    await dialog.getByRole('button', { name: 'Tambah Item' }).click();
    await terlihat(page, uraian);
    await expect.poll(() => dialog.count(), TIMEOUT).toBe(0);
  }
  await expect.poll(() => page.getByRole('button', { name: /^Unduh laporan-pembinaan\.pdf/ }).isVisible(), TIMEOUT).toBe(true);
  await foto(page, '65-arsip-berkas-aktif');

  // Incoming letters (setup shortcut); two filed from "Belum Diberkaskan", one from its own page.
  await sys('suratMasuk.create', surat('W.23.PAS.6-UM.01.01-101', SURAT1, 'Laporan pelaksanaan pembinaan kepribadian', 'UM.01.01'));
  await sys('suratMasuk.create', surat('W.23.PAS.6-KP.04-102', hariIni, 'Usul mutasi pegawai Lapas Lombok Barat', 'KP.04'));
  await sys('suratMasuk.create', surat('W.23.PAS.6-UM.01.01-103', hariIni, 'Undangan sosialisasi tata naskah dinas', 'UM.01.01'));
  await tab(page, 'Belum Diberkaskan');
  await terlihat(page, '3 naskah belum diberkaskan.');
  const baris1 = baris(page, /UM\.01\.01-101/);
  await expect.poll(() => baris1.textContent(), TIMEOUT).toContain(A);
  await foto(page, '66-arsip-belum-diberkaskan');
  await baris1.getByRole('button', { name: /^Berkaskan/ }).click();
  await terlihat(page, '1 naskah diberkaskan');
  await baris(page, /KP\.04-102/)
    .getByRole('checkbox')
    .check();
  await page.getByRole('button', { name: 'Berkaskan Terpilih (1)' }).click();
  await expect
    .poll(() => page.getByRole('alert').filter({ hasText: 'Ke berkas:' }).textContent(), TIMEOUT)
    .toContain(`KP.04/1/${hariIni.slice(0, 4)}`);
  await terlihat(page, '1 naskah belum diberkaskan.');
  await foto(page, '67-arsip-diberkaskan');

  await page.goto(`${j.mode.bridge.origin}/#/naskah/masuk/3`);
  await page.getByRole('button', { name: 'Berkaskan' }).click();
  await terlihat(page, /Diberkaskan ke/);
  await foto(page, '68-arsip-berkaskan-dari-surat');
  await page.goto(`${j.mode.bridge.origin}/#/naskah/masuk/1`);
  await terlihat(page, 'Sudah diberkaskan');

  // The berkas is closed a year ago: its due dates come from the JRA row (1 year active, 2 inactive).
  await page.goto(`${j.mode.bridge.origin}/#/arsip/berkas/1`);
  await terlihat(page, `Berkas ${A}`);
  await terlihat(page, 'Laporan pelaksanaan pembinaan kepribadian');
  await page.getByRole('button', { name: 'Tutup Berkas' }).click();
  await tanggal(page, 'Tanggal tutup', TUTUP);
  await dialog.getByRole('button', { name: 'Tutup Berkas' }).click();
  await terlihat(page, 'Berkas ditutup.');
  await terlihat(page, 'Aktif (ditutup)');
  const rincian = page.locator('.ant-descriptions');
  await expect.poll(() => rincian.textContent(), TIMEOUT).toContain(`Jatuh tempo aktif${formatTanggal(hariIni)}`);
  expect(await rincian.textContent()).toContain(`Jatuh tempo inaktif${formatTanggal(tambahTahun(hariIni, 2))}`);
  expect(await rincian.textContent()).toContain('Retensi aktif1 tahun');
  await expect.poll(() => page.getByRole('button', { name: 'Tambah Item' }).count(), TIMEOUT).toBe(0);
  await foto(page, '69-arsip-berkas-ditutup');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak Daftar Arsip Aktif' }).click();
  const daftar = path.join(SHOTS, 'arsip-daftar-aktif-ui.pdf');
  await (await download).saveAs(daftar);
  const teks = spawnSync('pdftotext', ['-layout', daftar, '-']).stdout.toString();
  expect(teks).toContain(UNIT);
  expect(teks).toContain('UM.01.01');

  // A loan past its return date shows red on Peminjaman, then comes back.
  await page.getByRole('button', { name: 'Catat Peminjaman' }).click();
  await dialog.getByLabel('Nama peminjam', { exact: true }).fill('Maria Ulfa');
  await dialog.getByLabel('Unit peminjam', { exact: true }).fill('Bidang Pelayanan dan Pembinaan');
  await dialog.getByLabel('Disetujui oleh', { exact: true }).fill('Kepala Bagian Tata Usaha dan Umum');
  await dialog.getByLabel('Keperluan', { exact: true }).fill('Bahan evaluasi pembinaan UPT');
  await tanggal(page, 'Tanggal pinjam', tambahHari(hariIni, -10));
  await tanggal(page, 'Batas kembali', tambahHari(hariIni, -3));
  await dialog.getByRole('button', { name: 'Catat Peminjaman' }).click();
  await terlihat(page, /Peminjaman berkas .* oleh Maria Ulfa dicatat\./);
  await tab(page, 'Peminjaman');
  const pinjam = baris(page, /Maria Ulfa/);
  await expect.poll(() => pinjam.textContent(), TIMEOUT).toContain('Terlambat');
  await foto(page, '6a-arsip-peminjaman-terlambat');
  await pinjam.getByRole('button', { name: /^Kembalikan/ }).click();
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await terlihat(page, /Pengembalian berkas .* dicatat\./);
  await terlihat(page, 'Tidak ada arsip yang sedang dipinjam.');

  // The list, Beranda and the retention monitor; the due berkas is proposed for the move.
  await tab(page, 'Daftar Berkas');
  await expect.poll(() => baris(page, new RegExp(A.replace(/\./g, '\\.'))).textContent(), TIMEOUT).toContain('Aktif (ditutup)');
  await foto(page, '6b-arsip-daftar-berkas');
  await page.getByRole('menuitem', { name: 'Beranda' }).click();
  await expect.poll(() => page.getByRole('link', { name: 'Jatuh tempo bulan ini: 1' }).isVisible(), TIMEOUT).toBe(true);
  await expect.poll(() => page.getByRole('link', { name: 'Naskah belum diberkaskan: 0' }).isVisible(), TIMEOUT).toBe(true);
  await foto(page, '6c-arsip-beranda');
  await tab(page, 'Retensi');
  const tempo = baris(page, new RegExp(A.replace(/\./g, '\\.')));
  await expect.poll(() => tempo.textContent(), TIMEOUT).toContain('Pindah');
  await foto(page, '6d-arsip-retensi');
  await tempo.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Usulkan Pemindahan (1)' }).click();
  await expect.poll(() => page.url(), TIMEOUT).toMatch(/#\/arsip\/pemindahan\/\d+$/);
  await foto(page, '6e-arsip-usul-pemindahan');
  await keluar(page, 'Nur Aini');

  // A reader without clearance sees the Rahasia berkas masked in the list and is refused its page.
  await masuk(page, 'rudi');
  await tab(page, 'Daftar Berkas');
  await terlihat(page, 'Berklasifikasi Rahasia — tidak dapat dibuka dengan izin Anda.');
  await expect.poll(() => page.getByRole('button', { name: 'Buat Berkas' }).count(), TIMEOUT).toBe(0);
  await foto(page, '6f-arsip-daftar-pembaca');
  await page.getByRole('link', { name: `KP.04/1/${hariIni.slice(0, 4)}` }).click();
  await terlihat(page, 'Berkas ini tidak dapat Anda buka');
  await terlihat(page, 'Arsip ini berklasifikasi Rahasia. Akun Anda tidak memiliki izin membukanya');
  await foto(page, '6g-arsip-ditolak');
  await keluar(page, 'Rudi Hartono');
  // The refusal is the backend's answer, shown on the page: the console carries only that failed call.
  expect(j.errors.filter((e) => !/403|FORBIDDEN|Failed to load resource/.test(e))).toEqual([]);
}
