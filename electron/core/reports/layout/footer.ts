// Owns the page footer "Halaman x dari y", written on every buffered page once the page count is known
// (TND: halaman naskah dinas diberi nomor; the count tells a reader no page is missing).
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';

export const halamanLabel = (n: number, total: number): string => `Halaman ${n} dari ${total}`;

/** Writes the footer on every page; call after the last page exists. Returns the page count. */
export function drawPageNumbers(doc: Doc, layout: ReportLayout): number {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 14;
    // `height` keeps pdfkit from treating text below the bottom margin as overflow (no new page).
    doc
      .font(layout.fonts.sans)
      .fontSize(8)
      .fillColor('black')
      .text(halamanLabel(i - start + 1, count), layout.left, y, { width: layout.width, align: 'center', lineBreak: false, height: 12 });
  }
  return count;
}
