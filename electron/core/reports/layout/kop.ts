// Owns the kop surat (letterhead) of the first page: logo at the left, the ministry / directorate general /
// office lines in capitals centred, the address and contact line smaller, then a double rule. The kop is
// printed on the first page only, and text starts 2 spasi below it (TND: PerANRI 5/2021 via Permenkumham
// 31/2020, reference/arsip-naskah.md §A.3.1).
import type { Doc } from './pdfkit-internals.ts';
import type { ReportLayout } from './document.ts';
import { cm } from './paper.ts';

export type KopSurat = {
  /** 'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA', 'DIREKTORAT JENDERAL PEMASYARAKATAN', … */
  baris: string[];
  alamat: string;
  kontak: string | null;
  /** City for "Mataram, 23 November 2026" above a signature. */
  kota: string;
  /** PNG or JPEG bytes, or null. */
  logo: Buffer | null;
};

const LOGO_MAX = cm(2.2);
const GAP = 8;

type KopLine = { text: string; bold: boolean; size: number };

function kopLines(kop: KopSurat): KopLine[] {
  const last = kop.baris.length - 1;
  const head = kop.baris.map((text, i) => ({ text: text.toUpperCase(), bold: true, size: i === last ? 13 : 11.5 }));
  const small = [kop.alamat, kop.kontak].filter((t): t is string => !!t).map((text) => ({ text, bold: false, size: 8.5 }));
  return [...head, ...small];
}

/** The size at which `text` fits in `width`, at most `size` (long ministry names shrink rather than wrap). */
function fittedSize(doc: Doc, file: string, text: string, size: number, width: number): number {
  const w = doc.font(file).fontSize(size).widthOfString(text);
  return w <= width ? size : Math.max(6, Math.floor(((size * width) / w) * 10) / 10);
}

/** Draws the kop at the top of the current page and moves `doc.y` 2 spasi below its rule. */
export function drawKop(doc: Doc, layout: ReportLayout): void {
  const { kop, fonts, left, right, width } = layout;
  const top = layout.page.margins.top;
  const hasLogo = kop.logo !== null;
  const textLeft = hasLogo ? left + LOGO_MAX + GAP : left;
  const textWidth = right - textLeft;
  let y = top;
  for (const line of kopLines(kop)) {
    const file = line.bold ? fonts.sansBold : fonts.sans;
    const size = fittedSize(doc, file, line.text, line.size, textWidth);
    doc
      .font(file)
      .fontSize(size)
      .text(line.text, textLeft, y, { width: textWidth, align: 'center', lineBreak: false, height: size * 2 });
    y += doc.currentLineHeight(true) + 1;
  }
  if (kop.logo) {
    const size = Math.min(LOGO_MAX, y - top);
    doc.image(kop.logo, left + (LOGO_MAX - size) / 2, top + (y - top - size) / 2, { fit: [size, size], align: 'center', valign: 'center' });
  }
  const rule = y + 4;
  doc
    .save()
    .lineWidth(1.6)
    .moveTo(left, rule)
    .lineTo(left + width, rule)
    .stroke();
  doc
    .lineWidth(0.6)
    .moveTo(left, rule + 2.6)
    .lineTo(left + width, rule + 2.6)
    .stroke()
    .restore();
  doc.font(fonts.sans).fontSize(10);
  doc.x = left;
  doc.y = rule + 2.6 + 2 * doc.currentLineHeight(true);
}
