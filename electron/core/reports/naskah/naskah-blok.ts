// Owns drawing the body of a naskah: paragraphs (justified, first-line indent per TND), numbered or
// bulleted lists with hanging indent, and simple tables with the shared table piece.
import type { Doc, ReportLayout } from '../engine.ts';
import type { Blok } from '../../../../shared/domain/naskah/keluar.ts';
import { drawTable } from '../layout/table.ts';

const SIZE = 11;

export function drawBlok(doc: Doc, layout: ReportLayout, b: Blok, indentLeft = 0): void {
  const left = layout.left + indentLeft;
  const width = layout.width - indentLeft;
  doc.font(layout.fonts.sans).fontSize(SIZE);
  switch (b.jenis) {
    case 'paragraf':
      doc.text(b.teks, left, doc.y, { width, align: 'justify', indent: 28, paragraphGap: 6, lineGap: 2 });
      break;
    case 'daftar':
      b.butir.forEach((t, i) => {
        const label = b.bernomor ? `${i + 1}.` : '•';
        const y = doc.y;
        doc.text(label, left, y, { width: 22 });
        doc.text(t, left + 22, y, { width: width - 22, align: 'justify', lineGap: 2 });
        doc.moveDown(0.2);
      });
      doc.moveDown(0.3);
      break;
    case 'tabel':
      drawTable(doc, layout, { columns: b.kolom.map((k) => ({ header: k, weight: 1 })), rows: b.baris, fontSize: 9 });
      break;
    default: {
      const never: never = b;
      throw new Error(`blok tidak dikenal: ${JSON.stringify(never)}`);
    }
  }
  doc.x = layout.left;
}

/** "Label : value" rows with aligned colons (Nomor/Sifat/Lampiran/Hal; Yth./Dari/… of a nota dinas). */
export function drawLabelRows(doc: Doc, layout: ReportLayout, rows: readonly [string, string][], labelWidth = 70): void {
  doc.font(layout.fonts.sans).fontSize(SIZE);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, layout.left, y, { width: labelWidth });
    doc.text(':', layout.left + labelWidth, y, { width: 10 });
    doc.text(value, layout.left + labelWidth + 10, y, { width: layout.width - labelWidth - 10 });
    doc.moveDown(0.15);
  }
  doc.x = layout.left;
}
