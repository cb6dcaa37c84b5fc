// Owns where the signature goes: at the right of the last page, below the content, under the line
// "Mataram, 23 November 2026" (TND: tempat dan tanggal above the jabatan and signature); a new page is
// added when the rest of the page is too short for it.
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';
import { tanggalDi } from './waktu.ts';

export type SlotRect = { x: number; y: number; width: number; height: number };

const GAP_ABOVE = 14;

/** Draws the place-and-date line and returns the rectangle (pdfkit top-left coordinates) for the block. */
export function placeSignatureSlot(doc: Doc, layout: ReportLayout, size: { width: number; height: number }): SlotRect {
  doc.font(layout.fonts.sans).fontSize(10);
  const lineH = doc.currentLineHeight(true);
  const needed = GAP_ABOVE + lineH + 4 + size.height;
  const bottom = doc.page.height - doc.page.margins.bottom;
  let y = doc.y + GAP_ABOVE;
  if (doc.y + needed > bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const x = layout.right - size.width;
  const place = `${layout.kop.kota}, ${tanggalDi(layout.now, layout.timeZone)}`;
  doc.text(place, x, y, { width: size.width, lineBreak: false, height: lineH });
  doc.y = y + lineH + 4 + size.height;
  return { x, y: y + lineH + 4, width: size.width, height: size.height };
}
