// Importing an existing daftar arsip from Excel: faulty rows stop the whole import and are each named
// by row and column; after fixing, every berkas and item is in, numbered as in the file, and searchable.
import { describe, it, expect, afterEach } from 'vitest';
import { setUpApp, dumpDb } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { daftarXlsx, barisDaftar } from '../fixtures/xlsx.ts';

let app: TestApp;
afterEach(async () => app?.close());

const UNIT = 'Bagian Tata Usaha dan Umum';

describe('impor daftar arsip', () => {
  it('names every faulty row and column, imports nothing, then imports all 200 rows once fixed', async () => {
    app = await setUpApp();
    const rows = Array.from({ length: 200 }, (_, i) => barisDaftar(i));
    const bad = rows.map((r) => ({ ...r }));
    bad[9]!['Kode Klasifikasi'] = 'ZZ.99';
    bad[100]!.Tanggal = '31/02/2024';
    bad[150]!['Tingkat Perkembangan'] = 'Fotokopi berwarna';
    bad[151]!['Uraian Informasi Berkas'] = 'Uraian yang lain';
    const before = dumpDb(app);
    const r = await app.sysOk('arsip.import', { xlsxBase64: await daftarXlsx(bad), unitPengolah: UNIT, uji: false });
    expect(r.diimpor).toBe(false);
    expect(r.kesalahan.map((k) => [k.baris, k.kolom])).toEqual([
      [11, 'Kode Klasifikasi'],
      [102, 'Tanggal'],
      [152, 'Tingkat Perkembangan'],
      [153, 'Uraian Informasi Berkas'],
    ]);
    expect(r.kesalahan[0]!.pesan).toContain('ZZ.99');
    expect(r.kesalahan[3]!.pesan).toContain('baris 150');
    expect(dumpDb(app)).toBe(before);

    const dry = await app.sysOk('arsip.import', { xlsxBase64: await daftarXlsx(rows), unitPengolah: UNIT });
    expect(dry).toEqual({ berkas: 50, item: 200, diimpor: false, kesalahan: [] });
    expect(dumpDb(app)).toBe(before);
    const done = await app.sysOk('arsip.import', { xlsxBase64: await daftarXlsx(rows), unitPengolah: UNIT, uji: false });
    expect(done).toMatchObject({ berkas: 50, item: 200, diimpor: true });

    const list = await app.sysOk('arsip.list', { q: 'nomor 7 tahun 2024' });
    expect(list.total).toBe(1);
    const b = await app.sysOk('arsip.get', { id: list.items[0]!.id });
    expect(b).toMatchObject({
      nomorBerkas: 7,
      tahun: 2024,
      jumlahItem: 4,
      lokRuang: 'Ruang TU',
      kurunAwal: expect.stringMatching(/^2024-/),
    });
    expect(b.items.map((i) => i.nomorItem)).toEqual([1, 2, 3, 4]);
    const hits = await app.sysOk('search.query', { q: 'kegiatan 27' });
    expect(hits.some((h) => h.entity === 'item_arsip')).toBe(true);

    // The Daftar Arsip Aktif exports as xlsx from the same model as its PDF: every imported item is a row.
    const x = await app.sysOk('laporan.xlsx', { kind: 'daftar-arsip-aktif', params: { unitPengolah: UNIT } });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r : []))
      .map(String);
    expect(cells).toContain('Surat dan laporan kegiatan 199');
    expect(cells.filter((c) => /^Surat dan laporan kegiatan \d+$/.test(c))).toHaveLength(200);
    expect((await app.sysOk('laporan.list', {})).find((r) => r.kind === 'daftar-arsip-aktif')?.excel).toBe(true);

    const again = await app.sysOk('arsip.import', { xlsxBase64: await daftarXlsx(rows.slice(0, 4)), unitPengolah: UNIT, uji: true });
    expect(again.kesalahan[0]).toMatchObject({ baris: 2, kolom: 'No. Berkas' });
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });
});
