// Importing an agenda kept in Excel: a dry run names every bad row and its fault; with 3 bad rows out
// of 500 nothing is imported; once fixed, all 500 are.
import { describe, it, expect, afterEach } from 'vitest';
import { setUpApp } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { agendaXlsx, barisContoh } from '../fixtures/xlsx.ts';

let app: TestApp;
afterEach(async () => app?.close());

describe('impor agenda surat masuk', () => {
  it('names the 3 bad rows of 500, imports nothing, then imports all 500 once fixed', { timeout: 120_000 }, async () => {
    app = await setUpApp();
    const rows = Array.from({ length: 500 }, (_, i) => barisContoh(i));
    const bad = rows.map((r) => ({ ...r }));
    bad[9]!['Tanggal Surat'] = '31/02/2025';
    bad[199]!.Hal = '';
    bad[449]!.Urgensi = 'Kilat sekali';
    const xlsx = await agendaXlsx(bad);
    const dry = await app.sysOk('suratMasuk.import', { xlsxBase64: xlsx, ujiCoba: true });
    expect(dry).toMatchObject({ baris: 500, valid: 497, diimpor: 0 });
    expect(dry.kesalahan.map((k) => [k.baris, k.kolom])).toEqual([
      [11, 'Tanggal Surat'],
      [201, 'Hal'],
      [451, 'Urgensi'],
    ]);
    const refused = await app.sysOk('suratMasuk.import', { xlsxBase64: xlsx, ujiCoba: false });
    expect(refused.diimpor).toBe(0);
    expect((await app.sysOk('suratMasuk.list', {})).total).toBe(0);

    const fixed = await app.sysOk('suratMasuk.import', { xlsxBase64: await agendaXlsx(rows), ujiCoba: false });
    expect(fixed).toMatchObject({ valid: 500, diimpor: 500, kesalahan: [] });
    const list = await app.sysOk('suratMasuk.list', { tahun: 2025, limit: 1 });
    expect(list.total).toBe(500);
    expect(list.items[0]).toMatchObject({ nomorAgenda: '500/2025', jenisNaskah: 'surat_dinas' });
    const again = await app.sysOk('suratMasuk.import', { xlsxBase64: await agendaXlsx(rows), ujiCoba: true });
    expect(again.kesalahan).toHaveLength(500);
    expect(again.kesalahan[0]!.pesan).toContain('sudah tercatat');
  });

  it('explains a file that is not a workbook and a sheet without the required columns', async () => {
    app = await setUpApp();
    expect(await app.sys('suratMasuk.import', { xlsxBase64: Buffer.from('bukan excel').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('.xlsx') },
    });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRows([
      ['Kolom A', 'Kolom B'],
      ['1', '2'],
    ]);
    const b64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await app.sys('suratMasuk.import', { xlsxBase64: b64 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Kolom wajib tidak ditemukan') },
    });
  });
});
