// Owns exporting a register as an Excel workbook from the same model the PDF draws (reports are
// data first): title rows, a bold header row frozen at the top, one row per entry, column widths.
import ExcelJS from 'exceljs';
import type { Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { RegisterModel } from '../reports/naskah/register-model.ts';
import { excelBuilders } from '../reports/excel.ts';
import { reportDef } from './laporan.ts';
import { readKantor } from './kantor.ts';
import { kopOf, timeZoneOf } from './kop.ts';

export async function workbookOf(m: RegisterModel, kantor: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SATU';
  const ws = wb.addWorksheet(m.judul.slice(0, 31));
  ws.addRow([kantor]).font = { bold: true };
  ws.addRow([m.judul.toUpperCase()]).font = { bold: true, size: 13 };
  ws.addRow([m.periode]);
  ws.addRow([]);
  const header = ws.addRow(m.kolom.map((k) => k.header));
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    c.border = { bottom: { style: 'thin' } };
  });
  for (const r of m.baris) ws.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  ws.addRow([]);
  ws.addRow([m.ringkasan]);
  const total = m.kolom.reduce((a, k) => a + k.weight, 0);
  m.kolom.forEach((k, i) => (ws.getColumn(i + 1).width = Math.max(10, Math.round((k.weight / total) * 160))));
  ws.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function eksporRegister(ctx: Ctx, kind: string, params: unknown): Promise<{ namaBerkas: string; xlsxBase64: string }> {
  const build = excelBuilders[kind];
  if (!build)
    throw new AppError('NOT_FOUND', `Laporan ${kind} tidak tersedia sebagai Excel.`, [{ path: 'kind', message: 'Pilih register.' }]);
  const p = reportDef(kind).params.safeParse(params);
  if (!p.success)
    throw new AppError(
      'VALIDATION',
      'Parameter laporan tidak sesuai.',
      p.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), message: i.message })),
    );
  const kantor = await readKantor(ctx.db);
  if (!kantor) throw new AppError('NOT_FOUND', 'Identitas kantor belum diisi.');
  const model = await build({ conn: ctx.db, now: ctx.clock.now(), kop: kopOf(kantor), timeZone: timeZoneOf(kantor) }, p.data as never);
  const akhiran = Object.values(p.data as Record<string, unknown>)
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .join('-');
  return {
    namaBerkas: `${kind}${akhiran ? `-${akhiran}` : ''}.xlsx`,
    xlsxBase64: (await workbookOf(model, kantor.nama)).toString('base64'),
  };
}
