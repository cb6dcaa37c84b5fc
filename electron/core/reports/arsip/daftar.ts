// Owns the shape and drawing of every archive list (daftar arsip aktif, inaktif, vital, usul pindah,
// usul musnah/serah, yang dipindahkan/dimusnahkan/diserahkan): kop, title, "Label : value" header rows per
// section (Unit Pengolah, Nomor BA, …), the table with its header repeated on every page, and a summary.
import type { Doc, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { drawTable } from '../layout/table.ts';
import type { TableColumn } from '../layout/table.ts';
import { drawParagraph, drawTitle } from '../layout/title.ts';

export type DaftarBagian = {
  /** "Unit Pengolah", "Nomor Berita Acara", … shown above the table. */
  kepala: [string, string][];
  baris: string[][];
  /** Drawn under this section's table (e.g. its count when a list has one section per unit). */
  ringkasan?: string;
};

export type DaftarModel = {
  judul: string;
  subjudul: string[];
  kolom: TableColumn[];
  bagian: DaftarBagian[];
  /** Each section after the first starts a page (one unit pengolah per list). */
  bagianHalamanBaru: boolean;
  kosong: string;
  ringkasan: string[];
};

const LABEL_W = 130;

function kepala(doc: Doc, layout: ReportLayout, rows: readonly [string, string][]): void {
  const { left, width, fonts } = layout;
  doc.font(fonts.sans).fontSize(9.5);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, left, y, { width: LABEL_W });
    doc.text(':', left + LABEL_W, y, { width: 10 });
    doc.font(fonts.sansBold).text(value, left + LABEL_W + 10, y, { width: width - LABEL_W - 10 });
    doc.font(fonts.sans);
  }
  if (rows.length) doc.moveDown(0.6);
  doc.x = left;
}

export function renderDaftar(doc: Doc, m: DaftarModel, layout: ReportLayout): void {
  drawKop(doc, layout);
  drawTitle(doc, layout, m.judul, m.subjudul);
  const bagian = m.bagian.length ? m.bagian : [{ kepala: [], baris: [] }];
  bagian.forEach((b, i) => {
    if (i > 0) {
      if (m.bagianHalamanBaru) doc.addPage();
      else doc.moveDown(1);
    }
    kepala(doc, layout, b.kepala);
    const lebar = m.kolom.reduce((best, k, j) => (k.weight > (m.kolom[best]?.weight ?? 0) ? j : best), 0);
    const rows = b.baris.length ? b.baris : [m.kolom.map((_, k) => (k === lebar ? m.kosong : ''))];
    drawTable(doc, layout, { columns: m.kolom, rows, fontSize: 7.5 });
    if (b.ringkasan) drawParagraph(doc, layout, b.ringkasan, { size: 9.5 });
  });
  for (const r of m.ringkasan) drawParagraph(doc, layout, r, { size: 9.5 });
}

/**
 * Numbers the columns "(1)", "(2)", … after their names, as the official forms do. A space, not a line
 * break: pdfkit measures a word together with a following "\n", which would split "Klasifikasi".
 */
export const bernomor = (kolom: readonly TableColumn[]): TableColumn[] => kolom.map((k, i) => ({ ...k, header: `${k.header} (${i + 1})` }));
