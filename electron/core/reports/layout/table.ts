// Owns the table piece: column widths by weight, cells that wrap (a word longer than its column is broken
// by pdfkit's line wrapper), optional zebra rows, and the header row repeated at the top of every page the
// table runs onto. Drawn by hand rather than with pdfkit's doc.table(), which cannot repeat a header.
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';

export type TableColumn = { header: string; /** relative width */ weight: number; align?: 'left' | 'center' | 'right' };
export type TableSpec = { columns: readonly TableColumn[]; rows: readonly (readonly string[])[]; fontSize?: number; zebra?: boolean };

const PAD = 3;
const HEADER_FILL = '#d9d9d9';
const ZEBRA_FILL = '#f2f2f2';

type Geometry = { xs: number[]; widths: number[]; size: number };

function geometry(layout: ReportLayout, spec: TableSpec): Geometry {
  const total = spec.columns.reduce((a, c) => a + c.weight, 0);
  const widths = spec.columns.map((c) => (layout.width * c.weight) / total);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, w) => a + w, 0));
  return { xs, widths, size: spec.fontSize ?? 9 };
}

function rowHeight(doc: Doc, file: string, g: Geometry, cells: readonly string[]): number {
  doc.font(file).fontSize(g.size);
  const h = cells.map((t, i) => (t ? doc.heightOfString(t, { width: (g.widths[i] ?? 0) - 2 * PAD }) : 0));
  return Math.max(doc.currentLineHeight(true), ...h) + 2 * PAD;
}

type Row = { cells: readonly string[]; file: string; fill: string | null; header: boolean };

function drawRow(doc: Doc, g: Geometry, spec: TableSpec, row: Row, y: number, h: number): void {
  doc.save().lineWidth(0.5);
  g.xs.forEach((x, i) => {
    const w = g.widths[i] ?? 0;
    if (row.fill) doc.rect(x, y, w, h).fillAndStroke(row.fill, 'black');
    else doc.rect(x, y, w, h).stroke('black');
  });
  doc.restore().fillColor('black').font(row.file).fontSize(g.size);
  row.cells.forEach((text, i) => {
    const w = (g.widths[i] ?? 0) - 2 * PAD;
    const align = row.header ? 'center' : (spec.columns[i]?.align ?? 'left');
    // `height` keeps pdfkit from starting a page inside a cell; the row was measured to fit.
    if (text) doc.text(text, (g.xs[i] ?? 0) + PAD, y + PAD, { width: w, height: h - 2 * PAD, align, ellipsis: true });
  });
}

/** Draws the table from `doc.y`, adding pages as needed; leaves `doc.y` below the last row. */
export function drawTable(doc: Doc, layout: ReportLayout, spec: TableSpec): void {
  const g = geometry(layout, spec);
  const { sans, sansBold } = layout.fonts;
  const head: Row = { cells: spec.columns.map((c) => c.header), file: sansBold, fill: HEADER_FILL, header: true };
  const headerH = rowHeight(doc, sansBold, g, head.cells);
  const top = doc.page.margins.top;
  const bottom = doc.page.height - doc.page.margins.bottom;
  // A row taller than a page is cut (ellipsis) rather than overflowing the bottom margin.
  const heightOf = (cells: readonly string[]) => Math.min(rowHeight(doc, sans, g, cells), bottom - top - headerH);
  let y = doc.y;
  const newPage = () => {
    doc.addPage();
    y = top;
  };
  const header = () => {
    drawRow(doc, g, spec, head, y, headerH);
    y += headerH;
  };
  if (y + headerH + (spec.rows[0] ? heightOf(spec.rows[0]) : 0) > bottom) newPage();
  header();
  spec.rows.forEach((cells, r) => {
    const h = heightOf(cells);
    if (y + h > bottom) {
      newPage();
      header();
    }
    drawRow(doc, g, spec, { cells, file: sans, fill: spec.zebra && r % 2 === 1 ? ZEBRA_FILL : null, header: false }, y, h);
    y += h;
  });
  doc.font(sans).fontSize(10);
  doc.x = layout.left;
  doc.y = y + doc.currentLineHeight(true);
}
