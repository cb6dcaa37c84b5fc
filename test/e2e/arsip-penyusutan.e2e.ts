// The archive's whole life in Chromium (issue #5), as the office would run it with the backend's clock
// moved on: the operator makes a berkas with its location and items (one with a PDF copy), files two
// incoming letters with their scans into it, and closes it. A year later it is due: the operator
// proposes the move, checks the boxes and records the Berita Acara; the Kakanwil, at his own desk, signs
// it and the list; the move completes with a box number. A year after that the operator proposes the
// destruction and records each step (panitia, pertimbangan, permintaan, persetujuan, penetapan,
// pelaksanaan) as the Kakanwil signs the document each one waits for. Every signed PDF validates in
// pdfsig; the destroyed berkas is still found by its BA number and an item's uraian, while its copies
// and the letters' scans can no longer be opened.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Locator, Page } from 'playwright-core';
import { startJourney, shot, SHOTS } from './harness.ts';
import type { Journey } from './harness.ts';
import { kantorInput, tempDir } from '../fixtures/backend.ts';
import { pdfText, tool } from '../reports/helpers.ts';
import { fixedClock } from '../../electron/core/clock.ts';
import { formatTanggal } from '../../shared/format/index.ts';
import { NAMA_PERSETUJUAN_OLEH } from '../../shared/domain/arsip/nilai.ts';

let j: Journey | null = null;
afterAll(async () => j?.close());

const PASSWORD = 'rahasia123';
const SANDI_OTORITAS = 'sandi-otoritas-kantor-9';
const SANDI_SERTIFIKAT = 'sandi-ttd-kakanwil-9';
const TIMEOUT = { timeout: 30_000 };
const UNIT = 'Bagian Tata Usaha dan Umum';
const BERKAS = 'UM.01.01/1/2026';
const URAIAN = 'Korespondensi pengadaan alat tulis kantor dengan penyedia';
const ITEM_SALINAN = 'Kuitansi pembelian kertas HVS triwulan I';
const BA_PINDAH = 'W.23.UM.01.01-BA-PINDAH-7';
const BA_MUSNAH = 'W.23.UM.01.01-BA-MUSNAH-12';
const SAKSI = [
  { nama: 'Andi Wijaya', jabatan: 'Auditor Inspektorat Wilayah' },
  { nama: 'Maya Putri', jabatan: 'Analis Hukum' },
];
// 10:00 WITA on each day the office works on the archive.
const HARI = { berkas: '2026-11-23', pindah: '2027-12-01', musnah: '2028-12-04' };
const pukul10 = (iso: string) => `${iso}T02:00:00.000Z`;

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

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

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

/** Opens a select by its label, types (when searchable) and clicks the option with that title until `selesai`. */
async function pilihSampai(page: Page, select: Locator, ketik: string, opsi: string, selesai: () => Promise<boolean>): Promise<void> {
  const o = page.locator('.ant-select-item-option').and(page.getByTitle(opsi, { exact: true }));
  await expect
    .poll(async () => {
      if (await selesai()) return true;
      if (!(await o.isVisible())) {
        await select.click();
        if (ketik) await select.fill(ketik);
        await o.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      await o.click({ timeout: 3_000 }).catch(() => undefined);
      return selesai();
    }, TIMEOUT)
    .toBe(true);
  await expect.poll(() => o.isVisible(), TIMEOUT).toBe(false);
}

async function pilih(page: Page, label: string, ketik: string, opsi: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const kotak = page.locator('.ant-select').filter({ has: select });
  await pilihSampai(page, select, ketik, opsi, async () => (await kotak.textContent())?.includes(opsi) ?? false);
}

/** "Isi dari daftar pegawai": the official's name, jabatan and NIP come from the staff directory. */
async function dariPegawai(page: Page, siapa: string, ketik: string, opsi: string, nama: string): Promise<void> {
  const select = page.getByLabel(`Isi ${siapa} dari daftar pegawai`, { exact: true });
  const isian = page.getByLabel(`Nama ${siapa}`, { exact: true });
  await pilihSampai(page, select, ketik, opsi, async () => (await isian.inputValue()) === nama);
}

async function tanggal(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy(iso));
  await input.press('Tab');
  const page = 'page' in scope ? scope.page() : scope;
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(), TIMEOUT).toBe(0);
  await expect.poll(() => input.inputValue(), TIMEOUT).toBe(ddmmyyyy(iso));
}

/** A full-page screenshot from the top, once nothing is loading. */
async function foto(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count(), TIMEOUT).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // tab ink bars and table fades settle
  await shot(page, name);
}

/** Opens a page of the app afresh (what another desk changed is read again). */
async function buka(page: Page, hash: string): Promise<void> {
  await page.goto(`${j!.mode.bridge.origin}/#${hash}`);
  await page.reload();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), TIMEOUT).toBe(true);
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), TIMEOUT).toBe(0);
}

/** Status tag of a document row on a pemindahan or penyusutan page. */
const dokumen = (page: Page, judul: string) =>
  page
    .locator('.ant-card')
    .filter({ has: page.getByText('Dokumen', { exact: true }) })
    .locator('.ant-table-row')
    .filter({ hasText: judul });

/** The Kakanwil signs one document from the page's Dokumen list; the signed copy downloads itself. */
async function tandaTangani(page: Page, judul: string): Promise<void> {
  await page.getByRole('button', { name: `Tanda Tangani ${judul}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByText(judul).isVisible(), TIMEOUT).toBe(true);
  await dialog.getByLabel('Kata sandi sertifikat', { exact: true }).fill(SANDI_SERTIFIKAT);
  const unduhan = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tanda Tangani', exact: true }).click();
  expect((await unduhan).suggestedFilename()).toMatch(/\.pdf$/);
  await expect.poll(() => dialog.count(), TIMEOUT).toBe(0);
  await expect.poll(() => dokumen(page, judul).textContent(), TIMEOUT).toContain('Ditandatangani');
}

async function unduh(page: Page, tombol: string, file: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: tombol, exact: true }).click();
  await (await download).saveAs(file);
  return file;
}

function pdf(teks: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on('data', (c: Buffer) => parts.push(c));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.text(teks);
    doc.end();
  });
}

const surat = async (n: number, tanggalNaskah: string, hal: string) => ({
  diterimaPada: `${tanggalNaskah}T03:00:00.000Z`,
  jenisNaskah: 'surat_dinas',
  nomorNaskah: `W.23.PAS.6-UM.01.01-${300 + n}`,
  tanggalNaskah,
  asalInstansi: 'CV Sinar Lombok',
  hal,
  isiRingkas: hal,
  urgensi: 'biasa',
  keamanan: 'B',
  klasifikasiKode: 'UM.01.01',
  tujuan: 'Kepala Kantor Wilayah',
  media: 'fisik',
  berkas: [{ nama: `pindaian-${n}.pdf`, base64: (await pdf(`${hal}.`)).toString('base64') }],
});

describe('arsip: pemindahan dan pemusnahan', () => {
  it('files, closes, moves with a signed BA, destroys through every signed step; metadata stays, copies are gone', async () => {
    const jam = fixedClock(pukul10(HARI.berkas));
    j = await startJourney({ clock: jam });
    // The Kakanwil works at his own desk: a second browser with its own session.
    const meja = await j.browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    const pim = await meja.newPage();
    pim.on('console', (m) => {
      if (m.type() === 'error') j!.errors.push(m.text());
    });
    pim.on('pageerror', (e) => j!.errors.push(e.message));
    await perjalanan(j, jam, pim).catch(async (e: unknown) => {
      // What the pages showed when a step failed, to read next to the error.
      await shot(j!.page, 'zz-arsip-penyusutan-gagal-operator');
      await shot(pim, 'zz-arsip-penyusutan-gagal-pimpinan');
      throw e;
    });
  });
});

async function perjalanan(j: Journey, jam: ReturnType<typeof fixedClock>, pim: Page): Promise<void> {
  const { page } = j;
  const dir = tempDir('satu-penyusutan-');
  await sys('setup.run', {
    kantor: { ...kantorInput, kanwilNo: 22 },
    admin: { username: 'admin', nama: 'Administrator', password: PASSWORD },
    muatDataContoh: false,
  });
  await akun('operator', 'Nur Aini', 'Pengadministrasi Persuratan', ['operator_persuratan']);
  await akun('kakanwil', 'Harun Sulianto', 'Kepala Kantor Wilayah', ['pimpinan']);
  await akun('rudi', 'Rudi Hartono', 'Kepala Bagian Tata Usaha dan Umum', ['pembaca']);
  // The JRA row (entered by hand and from Excel in arsip.e2e.ts): UM.01.01 one year active, one inactive, musnah.
  const versi = await sys('jra.createVersi', { nama: 'JRA Kanwil 2026', dasar: 'Peraturan Menteri tentang JRA' });
  await sys('jra.save', { versiId: versi.id, klasifikasiKode: 'UM.01.01', retensiAktif: 1, retensiInaktif: 1, nasibAkhir: 'musnah' });
  await sys('jra.activate', { versiId: versi.id, berlakuMulai: '2026-01-01' });
  await sys('suratMasuk.create', await surat(1, '2026-10-05', 'Penawaran harga alat tulis kantor tahun anggaran 2026'));
  await sys('suratMasuk.create', await surat(2, '2026-11-16', 'Pemberitahuan pengiriman kertas HVS dan tinta printer'));
  await page.reload();

  // ---- 23 November 2026: a berkas with its location and items, two letters filed into it, closed ----
  await masuk(page, 'operator');
  await page.getByRole('menuitem', { name: 'Arsip' }).click();
  await page.getByRole('button', { name: 'Buat Berkas' }).click();
  const dialog = page.getByRole('dialog');
  await pilih(page, 'Kode klasifikasi', 'UM.01.01', 'UM.01.01 — Persuratan');
  await dialog.getByLabel('Unit pengolah', { exact: true }).fill(UNIT);
  await dialog.getByLabel('Tahun', { exact: true }).fill('2026');
  await dialog.getByLabel('Uraian berkas', { exact: true }).fill(URAIAN);
  await dialog.getByLabel('Ruang', { exact: true }).fill('Ruang TU');
  await dialog.getByLabel('Filing cabinet / lemari', { exact: true }).fill('3');
  await dialog.getByLabel('Laci', { exact: true }).fill('2');
  await dialog.getByLabel('Folder / guide', { exact: true }).fill('UM.01.01');
  await dialog.getByRole('button', { name: 'Buat Berkas' }).click();
  await terlihat(page, `Berkas ${BERKAS}`);
  const salinan = path.join(dir, 'kuitansi-kertas.pdf');
  fs.writeFileSync(salinan, await pdf('Kuitansi pembelian kertas HVS 40 rim.'));
  for (const [uraian, tgl, file] of [
    [ITEM_SALINAN, '2026-03-12', salinan],
    ['Surat pesanan tinta printer', '2026-06-15', null],
  ] as const) {
    await page.getByRole('button', { name: 'Tambah Item' }).click();
    await dialog.getByLabel('Uraian item', { exact: true }).fill(uraian);
    await tanggal(dialog, 'Tanggal', tgl);
    if (file) await dialog.locator('input[type=file]').setInputFiles(file);
    if (file) await terlihat(page, 'kuitansi-kertas.pdf');
    await dialog.getByRole('button', { name: 'Tambah Item' }).click();
    await terlihat(page, uraian);
    await expect.poll(() => dialog.count(), TIMEOUT).toBe(0);
  }
  await expect.poll(() => page.getByRole('button', { name: /^Unduh kuitansi-kertas\.pdf/ }).isVisible(), TIMEOUT).toBe(true);

  // One letter from "Belum Diberkaskan" (it suggests this berkas), the other from its own page.
  await page.getByRole('tab', { name: 'Belum Diberkaskan', exact: true }).click();
  await terlihat(page, '2 naskah belum diberkaskan.');
  const s1 = baris(page, /UM\.01\.01-301/);
  await expect.poll(() => s1.textContent(), TIMEOUT).toContain(BERKAS);
  await foto(page, '70-arsip-penyusutan-belum-diberkaskan');
  await s1.getByRole('button', { name: /^Berkaskan/ }).click();
  await terlihat(page, '1 naskah diberkaskan');
  await page.getByRole('link', { name: 'W.23.PAS.6-UM.01.01-302' }).click();
  await terlihat(page, 'Surat Masuk 2/2026');
  await page.getByRole('button', { name: /Berkaskan$/ }).click();
  await terlihat(page, /Diberkaskan ke/);
  await page.getByRole('link', { name: BERKAS }).click();
  await terlihat(page, `Berkas ${BERKAS}`);
  await expect.poll(() => page.getByRole('button', { name: /^Unduh pindaian-\d\.pdf/ }).count(), TIMEOUT).toBe(2);
  await page.getByRole('button', { name: 'Tutup Berkas' }).click();
  await tanggal(dialog, 'Tanggal tutup', HARI.berkas);
  await dialog.getByRole('button', { name: 'Tutup Berkas' }).click();
  await terlihat(page, 'Berkas ditutup.');
  const rincian = page.locator('.ant-descriptions');
  await expect.poll(() => rincian.textContent(), TIMEOUT).toContain(`Jatuh tempo aktif${formatTanggal('2027-11-23')}`);
  expect(await rincian.textContent()).toContain(`Jatuh tempo inaktif${formatTanggal('2028-11-23')}`);
  expect(await baris(page, /Penawaran harga/).textContent()).toContain('W.23.PAS.6-UM.01.01-301');
  await foto(page, '71-arsip-penyusutan-berkas-ditutup');

  // ---- 1 December 2027: active retention is over; the sessions of a year ago have ended ----
  jam.set(pukul10(HARI.pindah));
  await page.reload();
  await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke SATU' }).isVisible(), TIMEOUT).toBe(true);
  await terlihat(page, /^Sesi .*Silakan masuk kembali\.$/);
  await foto(page, '72-arsip-penyusutan-sesi-berakhir');
  await masuk(page, 'operator');

  // The administrator issues the Kakanwil's signing certificate (valid two years from today).
  await pim.goto(j.mode.bridge.url);
  await masuk(pim, 'admin');
  await pim.getByRole('menuitem', { name: 'Pengaturan' }).click();
  await pim.getByRole('tab', { name: 'Sertifikat' }).click();
  await pim.getByRole('button', { name: 'Buat Otoritas Sertifikat' }).click();
  await pim.getByLabel('Kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
  await pim.getByLabel('Ulangi kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
  await pim.getByRole('button', { name: 'Buat otoritas', exact: true }).click();
  await pim.getByRole('button', { name: 'Terbitkan Sertifikat Penanda Tangan' }).click();
  await pilih(pim, 'Pengguna', 'Harun', 'Harun Sulianto — Kepala Kantor Wilayah');
  await pim.getByLabel('Kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
  await pim.getByLabel('Kata sandi sertifikat baru', { exact: true }).fill(SANDI_SERTIFIKAT);
  await pim.getByLabel('Ulangi kata sandi sertifikat baru', { exact: true }).fill(SANDI_SERTIFIKAT);
  await pim.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await terlihat(pim, 'Sertifikat penanda tangan untuk Harun Sulianto diterbitkan.');
  await keluar(pim, 'Administrator');
  await masuk(pim, 'kakanwil');

  // Retensi → the berkas is due to move; the proposal is checked against the boxes.
  await page.getByRole('menuitem', { name: 'Arsip' }).click();
  await page.getByRole('tab', { name: 'Retensi', exact: true }).click();
  const pindah = baris(page, new RegExp(escape(BERKAS)));
  await expect.poll(() => pindah.textContent(), TIMEOUT).toContain('Pindah');
  await terlihat(page, `Pemantauan retensi per ${formatTanggal(HARI.pindah)}`);
  await pindah.getByRole('checkbox').check();
  await foto(page, '73-arsip-penyusutan-retensi-pindah');
  await page.getByRole('button', { name: 'Usulkan Pemindahan (1)' }).click();
  await expect.poll(() => page.url(), TIMEOUT).toMatch(/#\/arsip\/pemindahan\/1$/);
  await terlihat(page, 'Langkah sekarang: verifikasi fisik');
  await page.getByRole('button', { name: 'Tandai semua sesuai' }).click();
  await terlihat(page, '1 sesuai · 0 tidak sesuai');
  await page.getByRole('button', { name: 'Simpan Hasil Verifikasi' }).click();
  await terlihat(page, 'Semua berkas sesuai; pemindahan diverifikasi.');

  // The Berita Acara: the handing-over official from the staff directory, the receiving one typed.
  await page.getByLabel('Nomor Berita Acara', { exact: true }).fill(BA_PINDAH);
  await tanggal(page, 'Tanggal Berita Acara', HARI.pindah);
  await dariPegawai(page, 'Pejabat unit pengolah', 'Rudi', 'Rudi Hartono — Kepala Bagian Tata Usaha dan Umum', 'Rudi Hartono');
  expect(await page.getByLabel('Jabatan Pejabat unit pengolah', { exact: true }).inputValue()).toBe(`Kepala ${UNIT}`);
  await page.getByLabel('Nama unit kearsipan', { exact: true }).fill('Unit Kearsipan Kanwil');
  await page.getByLabel('Nama Pejabat unit kearsipan', { exact: true }).fill('Sari Wulandari');
  await page.getByLabel('Jabatan Pejabat unit kearsipan', { exact: true }).fill('Arsiparis Ahli Muda');
  await page.getByLabel('Gedung', { exact: true }).fill('Gedung Arsip');
  await page.getByLabel('Ruang', { exact: true }).fill('Record Center');
  await page.getByLabel('Rak', { exact: true }).fill('Rak 4');
  await foto(page, '74-arsip-penyusutan-ba-pindah');
  await page.getByRole('button', { name: 'Simpan Berita Acara' }).click();
  await terlihat(page, 'Berita Acara dicatat; nomor boks dan folder definitif diberikan.');
  await terlihat(page, 'Menunggu tanda tangan Pimpinan: Berita Acara Pemindahan Arsip Inaktif dan Daftar Arsip yang Dipindahkan.');
  expect(await page.getByRole('button', { name: 'Selesaikan Pemindahan' }).isDisabled()).toBe(true);
  // The operator may preview what the Kakanwil will sign: the BA's content, no signature yet.
  const pratinjau = path.join(SHOTS, 'arsip-pratinjau-ba-pindah.pdf');
  await unduh(page, 'Pratinjau PDF Berita Acara Pemindahan Arsip Inaktif', pratinjau);
  expect(pdfText(fs.readFileSync(pratinjau))).toContain(BA_PINDAH);
  expect(tool('pdfsig', [pratinjau]).out).not.toContain('Signature is Valid.');

  // The Kakanwil finds it under Arsip › Pemindahan and signs the BA and the list.
  await pim.getByRole('menuitem', { name: 'Arsip' }).click();
  await pim.getByRole('tab', { name: 'Pemindahan', exact: true }).click();
  await baris(pim, BA_PINDAH).click();
  await terlihat(pim, 'Pemindahan Arsip Inaktif #1');
  await tandaTangani(pim, 'Berita Acara Pemindahan Arsip Inaktif');
  await tandaTangani(pim, 'Daftar Arsip yang Dipindahkan');
  await foto(pim, '75-arsip-penyusutan-pindah-ditandatangani');

  await buka(page, '/arsip/pemindahan/1');
  await terlihat(page, 'Berita Acara dan Daftar Arsip yang Dipindahkan sudah ditandatangani.');
  await page.getByRole('button', { name: 'Selesaikan Pemindahan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Selesaikan', exact: true }).click();
  await terlihat(page, 'Pemindahan selesai: 1 berkas kini arsip inaktif.');
  await terlihat(page, 'Pemindahan selesai.');
  await foto(page, '76-arsip-penyusutan-pindah-selesai');
  await page.getByRole('link', { name: BERKAS }).click();
  await expect
    .poll(() => rincian.textContent(), TIMEOUT)
    .toContain('Lokasi inaktifGedung Arsip · Ruang Record Center · Rak 4 · Boks 1 · Folder 1');
  await expect
    .poll(
      () =>
        page
          .locator('.ant-tag')
          .filter({ hasText: /^Inaktif$/ })
          .isVisible(),
      TIMEOUT,
    )
    .toBe(true);

  // ---- 4 December 2028: inactive retention is over; the destruction, step by step ----
  jam.set(pukul10(HARI.musnah));
  for (const [p, u] of [
    [page, 'operator'],
    [pim, 'kakanwil'],
  ] as const) {
    await p.reload();
    await masuk(p, u);
  }
  await page.getByRole('menuitem', { name: 'Arsip' }).click();
  await page.getByRole('tab', { name: 'Retensi', exact: true }).click();
  const musnah = baris(page, new RegExp(escape(BERKAS)));
  await expect.poll(() => musnah.textContent(), TIMEOUT).toContain('Musnah');
  await musnah.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Usulkan Pemusnahan (1)' }).click();
  await expect.poll(() => page.url(), TIMEOUT).toMatch(/#\/arsip\/penyusutan\/1$/);
  await terlihat(page, 'Daftar Arsip Usul Musnah belum ditandatangani.');
  await foto(page, '77-arsip-penyusutan-usul-musnah');
  const USUL = '/arsip/penyusutan/1';

  /** The Kakanwil signs what the step waits for; the operator opens the page again and records it. */
  const tandatanganiLalu = async (judul: string, langkah: string) => {
    await buka(pim, USUL);
    await tandaTangani(pim, judul);
    await buka(page, USUL);
    await terlihat(page, `Langkah sekarang: ${langkah}`);
    await expect.poll(() => page.getByText(`${judul} belum ditandatangani.`).count(), TIMEOUT).toBe(0);
  };

  await tandatanganiLalu('Daftar Arsip Usul Musnah', 'pembentukan panitia penilai arsip');
  await page.getByLabel('Nomor Keputusan (SK) panitia', { exact: true }).fill('W.23-01.OT.01.01 Tahun 2028');
  await tanggal(page, 'Tanggal Keputusan', HARI.musnah);
  await dariPegawai(page, 'Anggota panitia 1', 'Rudi', 'Rudi Hartono — Kepala Bagian Tata Usaha dan Umum', 'Rudi Hartono');
  for (const [i, nama, jabatan] of [
    [2, 'Sari Wulandari', 'Arsiparis Ahli Muda'],
    [3, 'Budi Santoso', 'Analis Hukum'],
  ] as const) {
    await page.getByLabel(`Nama Anggota panitia ${i}`, { exact: true }).fill(nama);
    await page.getByLabel(`Jabatan Anggota panitia ${i}`, { exact: true }).fill(jabatan);
  }
  await foto(page, '78-arsip-penyusutan-panitia');
  await page.getByRole('button', { name: 'Simpan Panitia Penilai' }).click();
  await terlihat(page, 'Panitia Penilai Arsip dicatat. Keputusannya siap ditandatangani Pimpinan.');
  await terlihat(page, 'Keputusan Pembentukan Panitia Penilai Arsip belum ditandatangani.');

  await tandatanganiLalu('Keputusan Pembentukan Panitia Penilai Arsip', 'pertimbangan panitia penilai');
  await page.getByLabel('Nomor surat pertimbangan', { exact: true }).fill('PAN-01/2028');
  await tanggal(page, 'Tanggal surat', HARI.musnah);
  await page
    .getByLabel('Isi pertimbangan panitia', { exact: true })
    .fill('Arsip telah habis retensinya, tidak memiliki nilai guna, dan tidak berkaitan dengan perkara.');
  await page.getByRole('button', { name: 'Simpan Pertimbangan' }).click();
  await terlihat(page, 'Pertimbangan panitia dicatat.');

  // Two years of retention in all: the head of office approves, not ANRI.
  await tandatanganiLalu('Pertimbangan Panitia Penilai Arsip', 'permintaan persetujuan');
  await terlihat(page, `Surat ditujukan kepada ${NAMA_PERSETUJUAN_OLEH.pimpinan_pencipta}.`);
  await terlihat(page, 'Semua berkas bernilai retensi kurang dari 10 tahun: persetujuan cukup dari pimpinan pencipta arsip.');
  await foto(page, '79-arsip-penyusutan-permintaan');
  await page.getByLabel('Nomor surat permintaan persetujuan', { exact: true }).fill('W.23.UM.01.01-77');
  await tanggal(page, 'Tanggal surat', HARI.musnah);
  await page.getByRole('button', { name: 'Simpan Permintaan' }).click();
  await terlihat(page, 'Permintaan persetujuan dicatat.');

  await tandatanganiLalu('Surat Permintaan Persetujuan', 'persetujuan diterima');
  await page.getByLabel('Nomor surat persetujuan yang diterima', { exact: true }).fill('W.23-SETUJU-3');
  await tanggal(page, 'Tanggal surat persetujuan', HARI.musnah);
  await page.getByRole('button', { name: 'Catat Persetujuan' }).click();
  await terlihat(page, 'Persetujuan dicatat.');
  await terlihat(page, 'Langkah sekarang: penetapan arsip yang dimusnahkan');
  await page.getByLabel('Nomor Keputusan penetapan', { exact: true }).fill('W.23-KEP-4 Tahun 2028');
  await tanggal(page, 'Tanggal Keputusan', HARI.musnah);
  await page.getByRole('button', { name: 'Simpan Penetapan' }).click();
  await terlihat(page, 'Penetapan dicatat. Keputusannya siap ditandatangani Pimpinan.');

  // The destruction itself: shredded, two witnesses, after a warning and a confirmation.
  await tandatanganiLalu('Keputusan Penetapan', 'pelaksanaan pemusnahan');
  await terlihat(page, 'Pemusnahan arsip di luar prosedur dapat dipidana (UU 43/2009 tentang Kearsipan).');
  await page.getByLabel('Nomor Berita Acara Pemusnahan', { exact: true }).fill(BA_MUSNAH);
  await tanggal(page, 'Tanggal pemusnahan', HARI.musnah);
  await page.getByRole('radio', { name: 'Pencacahan' }).check();
  await page.getByLabel('Tempat', { exact: true }).fill('Halaman belakang Kantor Wilayah');
  for (const [i, s] of SAKSI.entries()) {
    await page.getByLabel(`Nama Saksi ${i + 1}`, { exact: true }).fill(s.nama);
    await page.getByLabel(`Jabatan Saksi ${i + 1}`, { exact: true }).fill(s.jabatan);
  }
  await foto(page, '7a-arsip-penyusutan-pelaksanaan');
  await page.getByRole('button', { name: 'Catat Pelaksanaan Pemusnahan…' }).click();
  const konfirmasi = page.getByRole('dialog').filter({ hasText: 'Catat pemusnahan arsip?' });
  await expect.poll(() => konfirmasi.textContent(), TIMEOUT).toContain('salinan digitalnya dihapus permanen');
  await foto(page, '7b-arsip-penyusutan-konfirmasi');
  await konfirmasi.getByRole('button', { name: 'Ya, catat pemusnahan' }).click();
  await terlihat(page, 'Pemusnahan dicatat: 1 berkas kini berstatus musnah.');
  await terlihat(page, 'Arsip telah dimusnahkan.');

  await buka(pim, USUL);
  await tandaTangani(pim, 'Berita Acara Pemusnahan Arsip');
  await tandaTangani(pim, 'Daftar Arsip yang Dimusnahkan');
  await foto(pim, '7c-arsip-penyusutan-musnah-ditandatangani');

  // ---- every signed document, downloaded by the operator: valid signatures, the right content ----
  await buka(page, USUL);
  await expect.poll(() => page.getByText(/Menunggu tanda tangan Pimpinan/).count(), TIMEOUT).toBe(0);
  await foto(page, '7d-arsip-penyusutan-selesai');
  const tertanda = [
    'Daftar Arsip Usul Musnah',
    'Keputusan Pembentukan Panitia Penilai Arsip',
    'Pertimbangan Panitia Penilai Arsip',
    'Surat Permintaan Persetujuan',
    'Keputusan Penetapan',
    'Berita Acara Pemusnahan Arsip',
    'Daftar Arsip yang Dimusnahkan',
  ];
  const berkas: Record<string, string> = {};
  for (const judul of tertanda) {
    await expect.poll(() => dokumen(page, judul).textContent(), TIMEOUT).toContain('Ditandatangani');
    berkas[judul] = await unduh(page, `Unduh ${judul}`, path.join(SHOTS, `arsip-${judul.toLowerCase().replace(/\W+/g, '-')}.pdf`));
  }
  await buka(page, '/arsip/pemindahan/1');
  for (const judul of ['Berita Acara Pemindahan Arsip Inaktif', 'Daftar Arsip yang Dipindahkan'])
    berkas[judul] = await unduh(page, `Unduh ${judul}`, path.join(SHOTS, `arsip-${judul.toLowerCase().replace(/\W+/g, '-')}.pdf`));
  expect(Object.keys(berkas)).toHaveLength(9);
  for (const [judul, file] of Object.entries(berkas)) {
    const sig = tool('pdfsig', [file]).out;
    expect(sig, judul).toContain('Signature is Valid.');
    expect(sig, judul).toContain('Signer Certificate Common Name: Harun Sulianto');
  }
  const teks = (judul: string) => pdfText(fs.readFileSync(berkas[judul]!), undefined, true).replace(/\s+/g, ' ');
  const ba = teks('Berita Acara Pemusnahan Arsip');
  for (const t of [BA_MUSNAH, ...SAKSI.map((s) => s.nama), 'Halaman belakang Kantor Wilayah']) expect(ba, t).toContain(t);
  const daftar = teks('Daftar Arsip yang Dimusnahkan');
  for (const t of ['UM.01.01', URAIAN.slice(0, 30)]) expect(daftar, t).toContain(t);
  const pindahBa = teks('Berita Acara Pemindahan Arsip Inaktif');
  for (const t of [BA_PINDAH, 'Rudi Hartono', 'Sari Wulandari']) expect(pindahBa, t).toContain(t);
  tool('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    berkas['Berita Acara Pemusnahan Arsip']!,
    path.join(SHOTS, '7e-arsip-ba-musnah'),
  ]);

  // ---- the destroyed berkas: still found, its items marked, its copies and the letters' scans gone ----
  const cari = async (q: string) => {
    await page.getByLabel('Cari di seluruh SATU').fill(q);
    await page.getByLabel('Cari di seluruh SATU').press('Enter');
    await terlihat(page, `Kata kunci: “${q}”`);
  };
  const hasil = page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('listitem');
  await cari('kuitansi kertas');
  await expect.poll(() => hasil.filter({ hasText: ITEM_SALINAN }).textContent(), TIMEOUT).toContain('Arsip');
  await foto(page, '7f-arsip-penyusutan-cari-item');
  await cari(BA_MUSNAH);
  const hit = hasil.filter({ has: page.getByRole('link', { name: `Berkas ${BERKAS}` }) });
  await expect.poll(() => hit.textContent(), TIMEOUT).toContain(`dimusnahkan BA ${BA_MUSNAH}`);
  // The items (the kuitansi and both letters) carry the BA too.
  await expect.poll(() => hasil.filter({ hasText: `Dimusnahkan — BA ${BA_MUSNAH}` }).count(), TIMEOUT).toBe(4);
  await foto(page, '7g-arsip-penyusutan-cari-ba');
  await hit.getByRole('link').click();
  await terlihat(page, `Berkas ${BERKAS}`);
  await expect.poll(() => rincian.textContent(), TIMEOUT).toContain(`Berita acara pemusnahan${BA_MUSNAH}`);
  await expect.poll(() => page.getByText(/^Dimusnahkan \d/).count(), TIMEOUT).toBe(4);
  await terlihat(page, 'kuitansi-kertas.pdf (dihapus)');
  await terlihat(page, 'pindaian-1.pdf (dihapus)');
  await expect.poll(() => page.getByRole('button', { name: /^Unduh (kuitansi|pindaian)/ }).count(), TIMEOUT).toBe(0);
  expect(await baris(page, ITEM_SALINAN).textContent()).toContain('Dimusnahkan');
  await foto(page, '7h-arsip-penyusutan-berkas-musnah');

  await page.getByRole('link', { name: 'W.23.PAS.6-UM.01.01-301' }).click();
  await terlihat(page, 'Penawaran harga alat tulis kantor tahun anggaran 2026');
  // The letter's page says the scan was destroyed instead of offering it; the channel refuses it too.
  await terlihat(page, /^Dimusnahkan \d/);
  await expect.poll(() => page.getByRole('button', { name: 'Unduh pindaian-1.pdf' }).count(), TIMEOUT).toBe(0);
  await foto(page, '7i-arsip-penyusutan-pindaian-musnah');

  // Every change above is in the audit chain, unbroken.
  expect((await sys('audit.check', {})).ok).toBe(true);
  // The only console errors are the refused downloads of destroyed copies.
  expect(j.errors.filter((e) => !/404|NOT_FOUND|Failed to load resource/.test(e))).toEqual([]);
}
