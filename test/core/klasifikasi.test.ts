// The classification list: seeded at setup, searchable, exported to Excel and re-imported as a new
// versioned scheme; a faulty sheet imports nothing and names its rows.
import { describe, it, expect, afterEach } from 'vitest';
import ExcelJS from 'exceljs';
import { setUpApp } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';

let app: TestApp;
afterEach(async () => app?.close());

describe('klasifikasi', () => {
  it('is seeded, searchable, and round-trips through Excel into a new scheme version', async () => {
    app = await setUpApp();
    const hits = await app.sysOk('klasifikasi.list', { q: 'UM.01' });
    expect(hits[0]).toMatchObject({ kode: 'UM.01', skema: 'kemenkumham-2021' });
    expect(await app.sysOk('klasifikasi.list', { q: 'Pemusnahan' })).toContainEqual(expect.objectContaining({ kode: 'UM.02.02' }));
    const x = await app.sysOk('klasifikasi.exportXlsx', { skema: 'kemenkumham-2021' });
    const dry = await app.sysOk('klasifikasi.importXlsx', {
      xlsxBase64: x.xlsxBase64,
      skemaKode: 'kemenkumham-2021-salinan',
      skemaNama: 'Salinan uji',
      ujiCoba: true,
    });
    expect(dry).toMatchObject({ diimpor: 0, masalah: [] });
    const done = await app.sysOk('klasifikasi.importXlsx', {
      xlsxBase64: x.xlsxBase64,
      skemaKode: 'kemenkumham-2021-salinan',
      skemaNama: 'Salinan uji',
      ujiCoba: false,
    });
    expect(done.diimpor).toBe(done.kode);
    expect(done.kode).toBeGreaterThan(150);
  });

  it('names faulty rows and imports nothing', async () => {
    app = await setUpApp();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('k').addRows([
      ['Kode', 'Nama'],
      ['UM', 'Umum'],
      ['UM.01', 'Ketatausahaan'],
      ['um-1', 'Salah'],
      ['PR.01.01', 'Rencana Strategis'],
    ]);
    const xlsxBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await app.sysOk('klasifikasi.importXlsx', { xlsxBase64, skemaKode: 'baru-2027', skemaNama: 'Baru', ujiCoba: false });
    expect(r.diimpor).toBe(0);
    expect(r.masalah.map((m) => m.baris)).toEqual([4, 5]);
    expect((await app.sysOk('klasifikasi.list', { q: 'Rencana Strategis' })).every((k) => k.skema !== 'baru-2027')).toBe(true);
  });
});
