// Owns where the signature goes: at the right of the last page, below the content, under the line
// "Mataram, 23 November 2026" (TND: tempat dan tanggal above the jabatan and signature); a new page is
// added when the rest of the page is too short for it.
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';
import { tanggalDi } from './waktu.ts';

export type SlotRect = { x: number; y: number; width: number; height: number };

const GAP_ABOVE = 14;

/** Draws the place-and-date line and returns the rectangle (pdfkit top-left coordinates) for the block. */
export function placeSignatureSlot(
  doc: Doc,
  layout: ReportLayout,
  size: { width: number; height: number },
  heading?: readonly string[],
): SlotRect {
  doc.font(layout.fonts.sans).fontSize(10);
  const lines = heading ?? [`${layout.kop.kota}, ${tanggalDi(layout.now, layout.timeZone)}`];
  const headH = lines.reduce((h, l) => h + doc.heightOfString(l, { width: size.width }), 0);
  const needed = GAP_ABOVE + headH + 4 + size.height;
  const bottom = doc.page.height - doc.page.margins.bottom;
  let y = doc.y + GAP_ABOVE;
  if (doc.y + needed > bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const x = layout.right - size.width;
  doc.y = y;
  for (const l of lines) doc.text(l, x, doc.y, { width: size.width });
  const top = y + headH + 4;
  doc.y = top + size.height;
  doc.x = layout.left;
  return { x, y: top, width: size.width, height: size.height };
}
