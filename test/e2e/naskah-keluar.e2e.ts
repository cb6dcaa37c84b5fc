// The outgoing-naskah journey in Chromium (issue #4), as the office would run it: the administrator
// creates the office CA and issues the Kakanwil's certificate; the operator drafts a nota dinas and a
// surat keputusan and sends them to paraf; a verifier returns the nota dinas with a note, it is fixed
// and resubmitted; both are paraf'd in order and signed by the Kakanwil. No number exists before
// signing; the numbers follow the series' patterns; both signed PDFs validate in pdfsig and carry the
// number, hal and (the keputusan) its TND anatomy; the register shows both numbers without gaps.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startJourney, shot, SHOTS } from './harness.ts';
import type { Journey } from './harness.ts';
import { kantorInput } from '../fixtures/backend.ts';
import { pdfText, tool } from '../reports/helpers.ts';
import { nssDbTrusting } from '../signing/pki.ts';
import { POLA_BAWAAN } from '../../shared/domain/naskah/penomoran.ts';
import { tanggalDi } from '../../electron/core/reports/layout/waktu.ts';

let j: Journey | null = null;
afterAll(async () => j?.close());

const PASSWORD = 'rahasia123';
const SANDI_OTORITAS = 'sandi-otoritas-kantor-9';
const SANDI_SERTIFIKAT = 'sandi-ttd-kakanwil-9';
const ZONA = 'Asia/Makassar';
const TIMEOUT = { timeout: 30_000 };

const NOTA = { hal: 'Permintaan data pegawai untuk evaluasi jabatan triwulan IV', klas: 'UM.01.01' };
const SK = {
  hal: 'Pembentukan Tim Penyusun Laporan Kinerja',
  klas: 'OT.02.02',
  tentang: 'Tim Penyusun Laporan Kinerja Instansi Pemerintah Tahun 2026',
  jab: 'W23.PAS.PAS.49',
  penetap: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat',
};

async function sys(channel: string, input: unknown) {
  const r = await j!.mode.backend!.dispatch({ channel, input, token: null }, { transport: 'test', system: { label: 'persiapan-uji' } });
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** An account the administrator created and its owner already activated with their own password. */
async function akun(username: string, nama: string, jabatan: string, roles: string[], nip: string | null = null): Promise<void> {
  await sys('users.create', { username, nama, nip, jabatan, password: 'sementara1', roles });
  const d = j!.mode.backend!.dispatch;
  const login = await d({ channel: 'auth.login', input: { username, password: 'sementara1' }, token: null }, { transport: 'test' });
  const token = (login as { value: { token: string } }).value.token;
  await d({ channel: 'auth.changePassword', input: { lama: 'sementara1', baru: PASSWORD }, token }, { transport: 'test' });
  await d({ channel: 'auth.logout', input: {}, token }, { transport: 'test' });
}

const terlihat = (page: Page, teks: string | RegExp) => expect.poll(() => page.getByText(teks).first().isVisible(), TIMEOUT).toBe(true);

async function masuk(page: Page, username: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke SATU' }).isVisible(), TIMEOUT).toBe(true);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Beranda' }).isVisible(), TIMEOUT).toBe(true);
}

async function keluar(page: Page, nama: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(nama) }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
}

/**
 * Opens a select by its label, types to search and clicks the option shown with that text, until the
 * select shows it (a click on a dropdown still opening can be lost, and a dialog that takes the focus
 * as it finishes opening closes the dropdown); a single select is then left closed.
 */
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
        await select.fill(ketik);
        await o.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      await o.click({ timeout: 3_000 }).catch(() => undefined);
      return terpilih();
    }, TIMEOUT)
    .toBe(true);
  if (!(await kotak.evaluate((e) => e.classList.contains('ant-select-multiple'))))
    await expect.poll(() => o.isVisible(), TIMEOUT).toBe(false);
}

/** A full-page screenshot from the top, once nothing is loading. */
async function foto(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), TIMEOUT).toBe(0);
  // The sidebar and header are fixed: from the top they are drawn where they belong.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

async function bukaNaskahKeluar(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Naskah Dinas' }).click();
  await page.getByRole('tab', { name: 'Naskah Keluar' }).click();
  await expect.poll(() => page.getByLabel('Cari naskah keluar').isVisible(), TIMEOUT).toBe(true);
}

async function bukaNaskah(page: Page, hal: string): Promise<void> {
  await bukaNaskahKeluar(page);
  await page.getByRole('row').filter({ hasText: hal }).click();
  await expect.poll(() => page.getByText(`Naskah: ${hal}`).isVisible(), TIMEOUT).toBe(true);
}

async function status(page: Page, teks: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-tag').filter({ hasText: teks }).first().isVisible(), TIMEOUT).toBe(true);
}

/** The konseptor sends the open konsep to paraf by these verifiers, in this order. */
async function ajukan(page: Page, pemaraf: { ketik: string; opsi: string }[]): Promise<void> {
  await page.getByRole('button', { name: 'Ajukan untuk Paraf' }).click();
  const dialog = page.getByRole('dialog');
  for (const p of pemaraf) await pilih(page, 'Pemaraf (verifikator), berurutan', p.ketik, p.opsi);
  await dialog.getByText('Ajukan untuk Paraf', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Ajukan', exact: true }).click();
  await status(page, 'Menunggu paraf');
}

async function paraf(page: Page, hal: string, setuju: boolean, catatan?: string): Promise<void> {
  await bukaNaskah(page, hal);
  await page.getByRole('button', { name: setuju ? 'Paraf (Setujui)' : 'Kembalikan dengan Catatan' }).click();
  const dialog = page.getByRole('dialog');
  if (catatan) await dialog.getByRole('textbox').fill(catatan);
  await dialog.getByRole('button', { name: setuju ? 'Paraf' : 'Kembalikan ke Konseptor', exact: true }).click();
  // The dialog closes once the backend accepted it (a toast may already be gone on a slow machine).
  await expect.poll(() => dialog.isVisible(), TIMEOUT).toBe(false);
}

async function unduh(page: Page, tombol: string, file: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: tombol }).click();
  await (await download).saveAs(file);
  return fs.readFileSync(file);
}

/** What each token of a series pattern may stand for; the literal parts of the pattern must match as written. */
const TOKEN: Record<string, string> = {
  unit: 'W\\.\\d+',
  klas: '[A-Z]{2}(?:\\.\\d{2})+',
  urut: '\\d+',
  jab: '[A-Z0-9.]+',
  tahun: '\\d{4}',
};
const polaRegex = (pola: string) =>
  new RegExp(
    `^${pola
      .split(/\{(\w+)\}/)
      .map((b, i) => (i % 2 ? TOKEN[b] : b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

describe('naskah keluar sampai ditandatangani', () => {
  it('drafts a nota dinas and a keputusan, returns one, parafs in order, signs; numbers, PDFs and register', async () => {
    j = await startJourney();
    const { page } = j;
    await sys('setup.run', {
      kantor: { ...kantorInput, kanwilNo: 22 },
      admin: { username: 'admin', nama: 'Administrator', password: PASSWORD },
      muatDataContoh: false,
    });
    await akun('operator', 'Nur Aini', 'Pengadministrasi Persuratan', ['operator_persuratan']);
    await akun('kakanwil', 'Harun Sulianto', 'Kepala Kantor Wilayah', ['pimpinan'], '197503152000031001');
    await akun('dewi', 'Dewi Lestari', 'Ketua Tim Tata Usaha', ['pembaca']);
    await akun('rudi', 'Rudi Hartono', 'Kepala Bagian Tata Usaha dan Umum', ['pembaca']);
    await page.reload();

    // The administrator gives the Kakanwil a signing certificate from the office CA.
    await masuk(page, 'admin');
    await page.getByRole('menuitem', { name: 'Pengaturan' }).click();
    await page.getByRole('tab', { name: 'Sertifikat' }).click();
    await page.getByRole('button', { name: 'Buat Otoritas Sertifikat' }).click();
    await page.getByLabel('Kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
    await page.getByLabel('Ulangi kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
    await page.getByRole('button', { name: 'Buat otoritas', exact: true }).click();
    await page.getByRole('button', { name: 'Terbitkan Sertifikat Penanda Tangan' }).click();
    await pilih(page, 'Pengguna', 'Harun', 'Harun Sulianto — Kepala Kantor Wilayah');
    await page.getByLabel('Kata sandi otoritas', { exact: true }).fill(SANDI_OTORITAS);
    await page.getByLabel('Kata sandi sertifikat baru', { exact: true }).fill(SANDI_SERTIFIKAT);
    await page.getByLabel('Ulangi kata sandi sertifikat baru', { exact: true }).fill(SANDI_SERTIFIKAT);
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await terlihat(page, 'Sertifikat penanda tangan untuk Harun Sulianto diterbitkan.');
    const caPem = (await unduh(page, 'Unduh Sertifikat Otoritas (.pem)', path.join(SHOTS, 'otoritas-kantor.pem'))).toString();
    await foto(page, '50-naskah-keluar-sertifikat-kakanwil');
    await keluar(page, 'Administrator');

    // The operator drafts the nota dinas and sends it to two verifiers, in order.
    await masuk(page, 'operator');
    await bukaNaskahKeluar(page);
    await terlihat(page, 'Belum ada naskah keluar.');
    await page.getByRole('button', { name: 'Buat Naskah' }).click();
    await page.getByLabel('Hal', { exact: true }).fill(NOTA.hal);
    await pilih(page, 'Kode klasifikasi', NOTA.klas, `${NOTA.klas} — Persuratan`);
    await page.getByLabel('Tujuan 1', { exact: true }).fill('Kepala Bagian Tata Usaha dan Umum');
    await page.getByLabel('Paragraf 1', { exact: true }).fill('Dalam rangka evaluasi jabatan triwulan IV, mohon disampaikan data pegawai.');
    await expect.poll(() => page.getByLabel('Jabatan penanda tangan', { exact: true }).inputValue(), TIMEOUT).toBe('Kepala Kantor Wilayah');
    await terlihat(page, POLA_BAWAAN.korespondensi);
    await foto(page, '51-naskah-keluar-editor-nota-dinas');
    await page.getByRole('button', { name: 'Simpan Konsep' }).click();
    await terlihat(page, 'Konsep disimpan.');
    await status(page, 'Konsep');
    await ajukan(page, [
      { ketik: 'Dewi', opsi: 'Dewi Lestari — Ketua Tim Tata Usaha' },
      { ketik: 'Rudi', opsi: 'Rudi Hartono — Kepala Bagian Tata Usaha dan Umum' },
    ]);

    // … and the surat keputusan, with its own parts and the jabatan code its series needs.
    await bukaNaskahKeluar(page);
    await page.getByRole('button', { name: 'Buat Naskah' }).click();
    await pilih(page, 'Jenis naskah', 'Keputusan', 'Surat Keputusan');
    await page.getByLabel('Hal', { exact: true }).fill(SK.hal);
    await pilih(page, 'Kode klasifikasi', SK.klas, `${SK.klas} — Sistem, Prosedur dan Metoda Kerja`);
    await page.getByLabel('Jabatan penetap', { exact: true }).fill(SK.penetap);
    await page.getByLabel('Tentang', { exact: true }).fill(SK.tentang);
    await page.getByLabel('Menimbang 1', { exact: true }).fill('bahwa laporan kinerja wajib disusun setiap tahun;');
    await page.getByRole('button', { name: 'Tambah pertimbangan' }).click();
    await page.getByLabel('Menimbang 2', { exact: true }).fill('bahwa perlu menetapkan keputusan tentang tim penyusun;');
    await page
      .getByLabel('Mengingat 1', { exact: true })
      .fill('Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;');
    await page.getByLabel('Menetapkan', { exact: true }).fill(`Keputusan ${SK.penetap} tentang Tim Penyusun Laporan Kinerja`);
    await page
      .getByLabel('Diktum 1', { exact: true })
      .fill('Membentuk Tim Penyusun Laporan Kinerja dengan susunan sebagaimana tercantum dalam lampiran.');
    await page.getByRole('button', { name: 'Tambah diktum' }).click();
    await page.getByLabel('Diktum 2', { exact: true }).fill('Keputusan ini mulai berlaku pada tanggal ditetapkan.');
    await page.getByLabel('Kode jabatan', { exact: true }).fill(SK.jab);
    await terlihat(page, POLA_BAWAAN.keputusan);
    await foto(page, '52-naskah-keluar-editor-keputusan');
    await ajukan(page, [{ ketik: 'Rudi', opsi: 'Rudi Hartono — Kepala Bagian Tata Usaha dan Umum' }]);

    // Nothing is numbered yet: the list shows no number for either.
    await bukaNaskahKeluar(page);
    for (const hal of [NOTA.hal, SK.hal]) {
      const row = page.getByRole('row').filter({ hasText: hal });
      await expect.poll(() => row.textContent(), TIMEOUT).toContain('Menunggu paraf');
      expect(await row.getByRole('link').textContent()).toBe('—');
    }
    await foto(page, '53-naskah-keluar-daftar-menunggu-paraf');
    await keluar(page, 'Nur Aini');

    // The first verifier returns the nota dinas with a note.
    await masuk(page, 'dewi');
    await bukaNaskah(page, NOTA.hal);
    await terlihat(page, 'Giliran memaraf');
    expect(await page.getByText(/^Nomor Nota Dinas$/).count()).toBe(0);
    await foto(page, '54-naskah-keluar-giliran-paraf');
    await paraf(page, NOTA.hal, false, 'Mohon cantumkan batas waktu penyampaian data.');
    await status(page, 'Konsep');
    await keluar(page, 'Dewi Lestari');

    // The operator sees the note, fixes the konsep and submits it again.
    await masuk(page, 'operator');
    await bukaNaskah(page, NOTA.hal);
    await terlihat(page, 'Konsep dikembalikan untuk diperbaiki');
    await terlihat(page, 'Mohon cantumkan batas waktu penyampaian data.');
    await foto(page, '55-naskah-keluar-dikembalikan');
    await page
      .getByLabel('Paragraf 1', { exact: true })
      .fill('Dalam rangka evaluasi jabatan triwulan IV, mohon disampaikan data pegawai paling lambat tanggal 30 November 2026.');
    await ajukan(page, [
      { ketik: 'Dewi', opsi: 'Dewi Lestari — Ketua Tim Tata Usaha' },
      { ketik: 'Rudi', opsi: 'Rudi Hartono — Kepala Bagian Tata Usaha dan Umum' },
    ]);
    await keluar(page, 'Nur Aini');

    // The verifiers paraf in order: Dewi, then Rudi (the nota dinas and the keputusan).
    await masuk(page, 'rudi');
    await bukaNaskah(page, NOTA.hal);
    await terlihat(page, 'Giliran memaraf');
    expect(await page.getByRole('button', { name: 'Paraf (Setujui)' }).count()).toBe(0);
    await keluar(page, 'Rudi Hartono');
    await masuk(page, 'dewi');
    await paraf(page, NOTA.hal, true);
    await keluar(page, 'Dewi Lestari');
    await masuk(page, 'rudi');
    await paraf(page, NOTA.hal, true, 'Setuju.');
    await status(page, 'Siap ditandatangani');
    await paraf(page, SK.hal, true);
    await status(page, 'Siap ditandatangani');
    await keluar(page, 'Rudi Hartono');

    // The Kakanwil signs both; each gets its number only now.
    await masuk(page, 'kakanwil');
    const tahun = new Intl.DateTimeFormat('en', { timeZone: ZONA, year: 'numeric' }).format(new Date());
    const nomor: Record<'nota' | 'sk', string> = { nota: '', sk: '' };
    const pdf: Record<'nota' | 'sk', Buffer> = { nota: Buffer.alloc(0), sk: Buffer.alloc(0) };
    for (const [k, hal] of [
      ['nota', NOTA.hal],
      ['sk', SK.hal],
    ] as const) {
      await bukaNaskah(page, hal);
      await status(page, 'Siap ditandatangani');
      expect(await page.getByText(/^Nomor (Nota Dinas|Surat Keputusan)$/).count()).toBe(0);
      await page.getByRole('button', { name: 'Tanda Tangani' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Kata sandi sertifikat', { exact: true }).fill(SANDI_SERTIFIKAT);
      if (k === 'nota') await foto(page, '56-naskah-keluar-tanda-tangani');
      await dialog.getByRole('button', { name: 'Tanda Tangani' }).click();
      await terlihat(page, /^Naskah ditandatangani dengan nomor /);
      await status(page, 'Ditandatangani');
      nomor[k] = (await page.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
      await foto(page, `57-naskah-keluar-ditandatangani-${k}`);
      pdf[k] = await unduh(page, 'Unduh PDF', path.join(SHOTS, `naskah-keluar-${k}.pdf`));
    }
    // The ministry's own numbers (reference A.5.2) fit the same regexes.
    expect('W.32.UM.01.01-1473').toMatch(polaRegex(POLA_BAWAAN.korespondensi));
    expect('W13.PAS.PAS.49-34.OT.02.02 Tahun 2026').toMatch(polaRegex(POLA_BAWAAN.keputusan));
    expect(nomor.nota).toMatch(polaRegex(POLA_BAWAAN.korespondensi));
    expect(nomor.nota).toBe(`${kantorInput.kodeSurat}.${NOTA.klas}-1`);
    expect(nomor.sk).toMatch(polaRegex(POLA_BAWAAN.keputusan));
    expect(nomor.sk).toBe(`${SK.jab}-1.${SK.klas} Tahun ${tahun}`);
    await bukaNaskahKeluar(page);
    for (const [hal, n] of [
      [NOTA.hal, nomor.nota],
      [SK.hal, nomor.sk],
    ])
      await expect.poll(() => page.getByRole('row').filter({ hasText: hal }).getByRole('link').textContent(), TIMEOUT).toBe(n);
    await foto(page, '58-naskah-keluar-daftar-bernomor');

    // Both numbers are in their series' register, in use, with no gap.
    await page.getByRole('tab', { name: 'Penomoran' }).click();
    await terlihat(page, POLA_BAWAAN.keputusan);
    await foto(page, '59-penomoran-seri');
    for (const [seri, n] of [
      ['Korespondensi (surat dinas, nota dinas, dan lainnya)', nomor.nota],
      ['Keputusan', nomor.sk],
    ] as const) {
      await page.getByRole('button', { name: `Register Nomor ${seri}` }).click();
      const row = page.getByRole('row').filter({ hasText: n });
      await expect.poll(() => row.textContent(), TIMEOUT).toContain('Dipakai');
      await terlihat(page, 'Tidak ada celah: setiap nomor urut terpakai.');
      await foto(page, `5${seri === 'Keputusan' ? 'b' : 'a'}-penomoran-register-${seri === 'Keputusan' ? 'keputusan' : 'korespondensi'}`);
      await page.getByRole('button', { name: 'Seri penomoran' }).click();
    }

    // The signed PDFs: valid over the whole document, trusted with the office CA, with their content.
    const nss = nssDbTrusting(caPem);
    for (const k of ['nota', 'sk'] as const) {
      const file = path.join(SHOTS, `naskah-keluar-${k}.pdf`);
      const sig = tool('pdfsig', [file]).out;
      expect(sig).toContain('Signature Validation: Signature is Valid.');
      expect(sig).toContain('Total document signed');
      expect(sig).toContain('Signer Certificate Common Name: Harun Sulianto');
      expect(tool('pdfsig', ['-nssdir', nss, file]).out).toContain('Certificate Validation: Certificate is Trusted.');
      tool('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, path.join(SHOTS, `5c-naskah-keluar-pdf-${k}`)]);
    }
    const hariIni = tanggalDi(new Date(), ZONA);
    // As laid out on the page, whitespace collapsed: "Ditetapkan di : Mataram" stays one phrase.
    const teks = (b: Buffer) => pdfText(b, undefined, true).replace(/\s+/g, ' ');
    const nota = teks(pdf.nota);
    for (const t of [
      'NOTA DINAS',
      `NOMOR ${nomor.nota}`,
      `Hal : ${NOTA.hal}`,
      'paling lambat tanggal 30 November 2026',
      `Mataram, ${hariIni}`,
    ])
      expect(nota).toContain(t);
    expect(nota).not.toContain('KONSEP');
    const sk = teks(pdf.sk);
    for (const t of [
      `KEPUTUSAN ${SK.penetap.toUpperCase()}`,
      `NOMOR ${nomor.sk}`,
      `TENTANG ${SK.tentang.toUpperCase()}`,
      'Menimbang : a. bahwa laporan kinerja',
      'b. bahwa perlu menetapkan',
      'Mengingat : 1. Peraturan Presiden Nomor 29 Tahun 2014',
      'MEMUTUSKAN:',
      'Menetapkan : KEPUTUSAN',
      'KESATU : Membentuk Tim',
      'KEDUA : Keputusan ini',
      `Ditetapkan di : Mataram pada tanggal : ${hariIni}`,
      'Ditandatangani secara elektronik oleh: Harun Sulianto',
    ])
      expect(sk).toContain(t);
    expect(j.errors).toEqual([]);
  });
});
