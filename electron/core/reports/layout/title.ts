// Owns the title block of a report: the title in bold capitals, centred, then optional centred
// sub-lines (period, unit), then one blank line (TND: judul naskah in capitals, centred).
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';

export function drawTitle(doc: Doc, layout: ReportLayout, title: string, subLines: readonly string[] = []): void {
  const { fonts, left, width } = layout;
  doc.font(fonts.sansBold).fontSize(12).text(title.toUpperCase(), left, doc.y, { width, align: 'center' });
  doc.font(fonts.sans).fontSize(10);
  for (const line of subLines) doc.text(line, left, doc.y, { width, align: 'center' });
  doc.moveDown(1);
  doc.x = left;
}

/** A short paragraph at the left margin, full content width. */
export function drawParagraph(doc: Doc, layout: ReportLayout, text: string, opts: { bold?: boolean; size?: number } = {}): void {
  const { fonts, left, width } = layout;
  doc
    .font(opts.bold ? fonts.sansBold : fonts.sans)
    .fontSize(opts.size ?? 10)
    .text(text, left, doc.y, { width });
  doc.font(fonts.sans).fontSize(10);
}
