// Owns the drawing pieces of the archive's letters, decrees and berita acara (TND anatomy, reference
// arsip-naskah.md A.3): centred headings, justified paragraphs, "Label : value" rows, numbered parts
// (Menimbang a., b.; Mengingat 1., 2.; diktum KESATU …), and printed signature name blocks kept whole.
import type { Doc, ReportLayout } from '../engine.ts';
import { BLOCK_WIDTH } from '../../signing/appearance.ts';

export const SIZE = 11;

export function tengah(doc: Doc, l: ReportLayout, text: string, opts: { bold?: boolean; size?: number } = {}): void {
  doc
    .font(opts.bold === false ? l.fonts.sans : l.fonts.sansBold)
    .fontSize(opts.size ?? SIZE)
    .text(text, l.left, doc.y, { width: l.width, align: 'center' });
  doc.x = l.left;
}

/** A justified paragraph, first line indented (TND), at `indent` from the left margin. */
export function paragraf(doc: Doc, l: ReportLayout, text: string, indent = 0, firstLine = 28): void {
  doc
    .font(l.fonts.sans)
    .fontSize(SIZE)
    .text(text, l.left + indent, doc.y, { width: l.width - indent, align: 'justify', indent: firstLine, lineGap: 2, paragraphGap: 6 });
  doc.x = l.left;
}

/** "Label : value" rows with aligned colons, from `indent`. */
export function labelBaris(doc: Doc, l: ReportLayout, rows: readonly [string, string][], labelWidth = 75, indent = 0): void {
  doc.font(l.fonts.sans).fontSize(SIZE);
  const x = l.left + indent;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, x, y, { width: labelWidth });
    doc.text(':', x + labelWidth, y, { width: 10 });
    doc.text(value, x + labelWidth + 10, y, { width: l.width - indent - labelWidth - 10 });
    doc.moveDown(0.1);
  }
  doc.x = l.left;
}

/** Hanging-indent list at `indent`: "1. text" or "a. text". */
export function daftarBernomor(doc: Doc, l: ReportLayout, items: readonly string[], nomor: (i: number) => string, indent = 0): void {
  doc.font(l.fonts.sans).fontSize(SIZE);
  items.forEach((t, i) => {
    const y = doc.y;
    doc.text(nomor(i), l.left + indent, y, { width: 22 });
    doc.text(t, l.left + indent + 22, y, { width: l.width - indent - 22, align: 'justify', lineGap: 1.5 });
    doc.moveDown(0.2);
  });
  doc.x = l.left;
}

/** "Menimbang : a. …" — a label, a colon, then the numbered items beside it. */
export function bagianBernomor(
  doc: Doc,
  l: ReportLayout,
  label: string,
  items: readonly string[],
  nomor: (i: number) => string,
  align: 'justify' | 'left' = 'justify',
): void {
  const y0 = doc.y;
  doc
    .font(l.fonts.sans)
    .fontSize(SIZE)
    .text(label, l.left, y0, { width: 90 })
    .text(':', l.left + 90, y0, { width: 10 });
  doc.y = y0;
  items.forEach((t, i) => {
    const y = doc.y;
    const n = nomor(i);
    if (n) doc.text(n, l.left + 100, y, { width: 22 });
    const x = n ? l.left + 122 : l.left + 100;
    doc.text(t, x, y, { width: l.right - x, align, lineGap: 1.5 });
    doc.moveDown(0.25);
  });
  doc.moveDown(0.4);
  doc.x = l.left;
}

/** The height `bagianBernomor` needs for one unnumbered item. */
export function tinggiBagian(doc: Doc, l: ReportLayout, teks: string): number {
  doc.font(l.fonts.sans).fontSize(SIZE);
  return doc.heightOfString(teks, { width: l.right - l.left - 100, lineGap: 1.5 }) + doc.currentLineHeight(true) * 0.65;
}

/** Starts a new page when less than `h` points are left above the bottom margin. */
export function ruangCukup(doc: Doc, l: ReportLayout, h: number): void {
  if (doc.y + h > l.page.height - l.page.margins.bottom) {
    doc.addPage();
    doc.y = l.page.margins.top;
  }
}

/** Room the engine's electronic signature block needs below the signer's lines (QR block and gaps). */
const RUANG_TTE = 125;

/**
 * The signer's lines ("Ditetapkan di …", "pada tanggal …", the jabatan) at the column of the signature block,
 * kept on one page with the room for the block. Printed here rather than as the engine's signatureHeading, so
 * an unsigned print still says who signs (and leaves the space to sign by hand).
 */
export function barisPenandatangan(doc: Doc, l: ReportLayout, lines: readonly string[]): void {
  const x = l.right - BLOCK_WIDTH;
  doc.font(l.fonts.sans).fontSize(SIZE);
  const h = lines.reduce((a, t) => a + doc.heightOfString(t, { width: BLOCK_WIDTH }), 0);
  ruangCukup(doc, l, h + RUANG_TTE + 10);
  doc.moveDown(0.5);
  for (const t of lines) doc.text(t, x, doc.y, { width: BLOCK_WIDTH });
  doc.x = l.left;
}

/** Room for "Ditetapkan di … pada tanggal …", the jabatan and the signature block: the last diktum goes with them. */
export const RUANG_PENETAPAN = 60 + RUANG_TTE;

/** A printed signature block: heading lines, room to sign, the name (bold, underlined) and NIP. */
export type BlokNama = { judul: string[]; nama: string | null; nip: string | null };

const RUANG_TTD = 48;

const namaTeks = (b: BlokNama): string => b.nama ?? '(.........................................)';

function tinggiJudul(doc: Doc, l: ReportLayout, b: BlokNama, w: number): number {
  doc.font(l.fonts.sans).fontSize(SIZE - 1);
  return b.judul.reduce((h, t) => h + doc.heightOfString(t, { width: w }), 0);
}

function tinggiNama(doc: Doc, l: ReportLayout, b: BlokNama, w: number): number {
  const nama = doc
    .font(l.fonts.sansBold)
    .fontSize(SIZE - 1)
    .heightOfString(namaTeks(b), { width: w });
  return nama + (b.nip ? doc.font(l.fonts.sans).heightOfString(`NIP ${b.nip}`, { width: w }) : 0);
}

/** One block; the name starts at `namaY` so that the names of a row line up. */
function blok(doc: Doc, l: ReportLayout, b: BlokNama, x: number, y: number, namaY: number, w: number): void {
  doc.font(l.fonts.sans).fontSize(SIZE - 1);
  doc.y = y;
  for (const t of b.judul) doc.text(t, x, doc.y, { width: w, align: 'center' });
  doc.font(l.fonts.sansBold).text(namaTeks(b), x, namaY, { width: w, align: 'center', underline: b.nama !== null });
  if (b.nip) doc.font(l.fonts.sans).text(`NIP ${b.nip}`, x, doc.y, { width: w, align: 'center' });
}

/** Name blocks side by side, `kolom` per row; each row is kept on one page. */
export function blokTandaTangan(doc: Doc, l: ReportLayout, blocks: readonly BlokNama[], kolom = 2): void {
  const gap = 20;
  const w = (l.width - gap * (kolom - 1)) / kolom;
  for (let i = 0; i < blocks.length; i += kolom) {
    const row = blocks.slice(i, i + kolom);
    const judul = Math.max(...row.map((b) => tinggiJudul(doc, l, b, w)));
    const h = judul + RUANG_TTD + Math.max(...row.map((b) => tinggiNama(doc, l, b, w)));
    ruangCukup(doc, l, h + 12);
    const y = doc.y + 6;
    // A short last row is centred under the row above.
    const offset = ((kolom - row.length) * (w + gap)) / 2;
    row.forEach((b, k) => blok(doc, l, b, l.left + offset + k * (w + gap), y, y + judul + RUANG_TTD, w));
    doc.y = y + h + 6;
  }
  doc.font(l.fonts.sans).fontSize(SIZE);
  doc.x = l.left;
}
