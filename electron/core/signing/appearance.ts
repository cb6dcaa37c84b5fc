// Owns the visible signature block as the signature widget's /AP /N Form XObject (tech-spikes §1 approach
// (a)): a frame, the QR code, and "Ditandatangani secara elektronik oleh:", nama, jabatan, NIP and tanggal
// (TND: TTE with "Ditandatangani secara elektronik oleh" and a verification QR, arsip-naskah.md §A.3.1).
// The QR is drawn as vector modules from `qrcode`'s matrix rather than as a PNG: crisp in print, smaller,
// and no asynchronous image decoding in pdfkit (which could reorder objects and break reproducible bytes).
import QRCode from 'qrcode';
import { formatNip } from '../../../shared/format/index.ts';
import { encodeText } from '../reports/layout/pdfkit-internals.ts';
import type { Doc, PdfFont } from '../reports/layout/pdfkit-internals.ts';

export type BlockFonts = { regular: PdfFont; bold: PdfFont };
export type BlockText = { nama: string; jabatan: string; nip: string | null; tanggal: string };
type Line = { text: string; bold: boolean; size: number };
export type BlockLayout = {
  width: number;
  height: number;
  lines: (Line & { x: number; y: number })[];
  qr: { x: number; y: number; size: number };
};

export const BLOCK_WIDTH = 260;
const QR_SIZE = 72;
const PAD = 6;
const LEADING = 1.25;

/** Words into lines no wider than `width`; a word too long for a line is cut; past `maxLines`, "…". */
export function wrapText(font: PdfFont, text: string, size: number, width: number, maxLines: number): string[] {
  const fits = (s: string) => font.widthOfString(s, size) <= width;
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (fits(next)) cur = next;
    else {
      if (cur) lines.push(cur);
      cur = word;
      while (!fits(cur) && cur.length > 1) {
        let cut = cur.length - 1;
        while (cut > 1 && !fits(cur.slice(0, cut))) cut--;
        lines.push(cur.slice(0, cut));
        cur = cur.slice(cut);
      }
    }
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  let last = `${lines[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2)}…`;
  return [...lines.slice(0, maxLines - 1), last];
}

function blockLines(fonts: BlockFonts, t: BlockText, width: number): Line[] {
  const wrap = (text: string, bold: boolean, size: number, max: number) =>
    wrapText(bold ? fonts.bold : fonts.regular, text, size, width, max).map((s) => ({ text: s, bold, size }));
  return [
    ...wrap('Ditandatangani secara elektronik oleh:', false, 7.5, 2),
    ...wrap(t.nama, true, 9, 2),
    ...wrap(t.jabatan, false, 8, 4),
    ...(t.nip ? wrap(`NIP ${formatNip(t.nip)}`, false, 8, 1) : []),
    ...wrap(`Tanggal: ${t.tanggal}`, false, 7.5, 2),
  ];
}

/** Measures the block: QR at the left, text lines at the right, both centred vertically. */
export function layoutBlock(fonts: BlockFonts, t: BlockText): BlockLayout {
  const textX = PAD + QR_SIZE + PAD;
  const lines = blockLines(fonts, t, BLOCK_WIDTH - textX - 2 * PAD);
  const textH = lines.reduce((a, l) => a + l.size * LEADING, 0);
  const height = Math.ceil(Math.max(QR_SIZE, textH) + 2 * PAD);
  let top = height - (height - textH) / 2; // PDF y grows upwards
  const placed = lines.map((l) => {
    const font = l.bold ? fonts.bold : fonts.regular;
    const y = top - (font.ascender / 1000) * l.size;
    top -= l.size * LEADING;
    return { ...l, x: textX, y };
  });
  return { width: BLOCK_WIDTH, height, lines: placed, qr: { x: PAD, y: (height - QR_SIZE) / 2, size: QR_SIZE } };
}

const n = (v: number) => (Math.round(v * 1000) / 1000).toString();

/** The QR modules as filled rectangles (one per horizontal run), with a 2-module quiet zone. */
function qrOps(payload: string, box: BlockLayout['qr']): string {
  const { size, data } = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules;
  const m = box.size / (size + 4);
  const ops: string[] = ['0 g'];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!data[r * size + c]) {
        c++;
        continue;
      }
      let end = c;
      while (end < size && data[r * size + end]) end++;
      ops.push(`${n(box.x + (c + 2) * m)} ${n(box.y + box.size - (r + 3) * m)} ${n((end - c) * m)} ${n(m)} re`);
      c = end;
    }
  }
  return `q ${ops.join('\n')} f Q`;
}

/** The Form XObject of the block; fonts are the document's embedded DejaVu, so its glyphs join the subset. */
export function appearanceXObject(doc: Doc, fonts: BlockFonts, block: BlockLayout, qrPayload: string): PDFKit.PDFKitReference {
  const frame = `q 0.8 w 0 G ${n(0.4)} ${n(0.4)} ${n(block.width - 0.8)} ${n(block.height - 0.8)} re S Q`;
  const text = block.lines.map(
    (l) =>
      `BT /${l.bold ? 'F2' : 'F1'} ${n(l.size)} Tf ${n(l.x)} ${n(l.y)} Td <${encodeText(l.bold ? fonts.bold : fonts.regular, l.text)}> Tj ET`,
  );
  const xobj = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, block.width, block.height],
    Resources: { Font: { F1: fonts.regular.ref(), F2: fonts.bold.ref() }, ProcSet: ['PDF', 'Text'] },
  });
  xobj.end([frame, qrOps(qrPayload, block.qr), '0 g', ...text].join('\n'));
  return xobj;
}
