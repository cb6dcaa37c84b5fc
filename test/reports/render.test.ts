// Rendering: extracted text and page counts of real PDFs (pdftotext), the header repeated on every page,
// "Halaman x dari y", symbols and long Indonesian words, reproducible bytes, and PNGs to look at.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../electron/core/reports/engine.ts';
import { reportRegistry } from '../../electron/core/reports/registry.ts';
import { setUpApp } from '../fixtures/backend.ts';
import {
  KOP,
  LONG_WORDS,
  logoPng,
  NOW,
  SYMBOLS,
  envWithoutDb,
  pdfText,
  savePng,
  tableReport,
  textReport,
  tool,
  tempFile,
} from './helpers.ts';

describe('table report of about 30 pages', () => {
  it('repeats the header and numbers every page', async () => {
    const r = await generateReport({ def: tableReport(1250), params: {}, env: envWithoutDb() });
    expect(r.pages).toBe(30);
    expect(tool('qpdf', ['--check', tempFile('t.pdf', r.pdf)]).code).toBe(0);
    for (const p of [1, 2, 15, 30]) {
      const text = pdfText(r.pdf, p, true);
      expect(text).toMatch(/No\s+Nomor\s+Uraian\s+Nilai\s+Kondisi/);
      expect(text).toContain(`Halaman ${p} dari 30`);
    }
    expect(pdfText(r.pdf, 1)).toContain('KANTOR WILAYAH NUSA TENGGARA BARAT');
    expect(pdfText(r.pdf, 2)).not.toContain('KANTOR WILAYAH'); // the kop is on the first page only
    expect(pdfText(r.pdf, 30)).toContain('Uraian baris 1250');
    savePng(r.pdf, 'tabel-30-halaman', [1, 2, 30]);
  });

  it('gives identical bytes for the same input and the same `now`', async () => {
    const a = await generateReport({ def: tableReport(100), params: {}, env: envWithoutDb() });
    const b = await generateReport({ def: tableReport(100), params: {}, env: envWithoutDb() });
    const c = await generateReport({ def: tableReport(100), params: {}, env: envWithoutDb(new Date('2026-11-24T06:05:00Z')) });
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    expect(c.pdf.equals(a.pdf)).toBe(false);
    expect(a.pdf.toString('latin1')).toContain('(D:20261123060500Z)');
  });
});

describe('kop surat with a logo', () => {
  it('draws the logo and stays reproducible (a PNG with transparency is decoded asynchronously by pdfkit)', async () => {
    const env = envWithoutDb(NOW, logoPng());
    const a = await generateReport({ def: tableReport(60), params: {}, env });
    const b = await generateReport({ def: tableReport(60), params: {}, env });
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(tool('pdfimages', ['-list', tempFile('l.pdf', a.pdf)]).out).toMatch(/image\s+120\s+120\s+rgb/);
    savePng(a.pdf, 'kop-dengan-logo', [1]);
  });
});

describe('characters', () => {
  it('keeps ≥ – é ç and long Indonesian words in the extracted text', async () => {
    const r = await generateReport({ def: textReport, params: {}, env: envWithoutDb() });
    const text = pdfText(r.pdf);
    for (const ch of ['≥', '≤', '–', '—', 'é', 'ç', 'ü', '°', '±', '×', '“', '”', '…', 'Rp 1.250.000']) expect(text).toContain(ch);
    // A narrow column breaks an overlong word across lines; joined, every letter is still there.
    const joined = text.replace(/\s+/g, '');
    for (const w of LONG_WORDS) expect(joined).toContain(w);
    expect(tool('pdffonts', [tempFile('f.pdf', r.pdf)]).out).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    savePng(r.pdf, 'uji-huruf', [1]);
    expect(SYMBOLS.length).toBeGreaterThan(0);
  });
});

describe('pengguna-hak-akses, unsigned', () => {
  it('renders the kop, the title and every user on F4', async () => {
    const app = await setUpApp();
    try {
      // Created as an administrator would (one password hash each); signing in is not what this test is about.
      for (let i = 0; i < 60; i++)
        await app.sysOk('users.create', {
          username: `pengguna${String(i).padStart(2, '0')}`,
          nama: `Pengguna pengguna${String(i).padStart(2, '0')}`,
          password: 'sementara1',
          roles: i % 4 ? ['pembaca'] : ['pimpinan'],
        });
      const def = reportRegistry.get('pengguna-hak-akses');
      if (!def) throw new Error('tidak terdaftar');
      const r = await generateReport({ def, params: {}, env: { conn: app.env.db, now: NOW, kop: KOP, timeZone: 'Asia/Makassar' } });
      const text = pdfText(r.pdf);
      expect(r.pages).toBeGreaterThanOrEqual(2);
      expect(text).toContain('DAFTAR PENGGUNA DAN HAK AKSES');
      expect(text).toContain('Keadaan per 23 November 2026');
      expect(text).toContain('pengguna59');
      expect(text).toContain('Jumlah pengguna: 61 (aktif 61, nonaktif 0).');
      expect(text).toContain(`Halaman ${r.pages} dari ${r.pages}`);
      const info = tool('pdfinfo', [tempFile('i.pdf', r.pdf)]).out;
      expect(info).toMatch(/Page size:\s+609\.449 x 935\.433 pts/); // F4 215 × 330 mm
      expect(info).toContain('PDF version:     1.7');
    } finally {
      await app.close();
    }
    // 60 accounts: 60 deliberate password hashes (scrypt) before the report itself.
  }, 90_000);
});
