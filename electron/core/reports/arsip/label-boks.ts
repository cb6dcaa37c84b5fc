// Owns drawing a sheet of box labels on A4 portrait, to be cut out and stuck on the boxes: 2 per row
// ('besar', 4 per page) or 3 per row ('kecil', 9 per page). Each label: office, "BOKS No. N", unit and
// years, the folders (as many as fit, then "… dan N folder lainnya"), and the shelf location.
import { z } from 'zod';
import type { Doc, ReportDefinition, ReportLayout } from '../engine.ts';
import { drawTitle } from '../layout/title.ts';
import { labelBoksModel } from './label-boks-model.ts';
import type { LabelBoks, LabelBoksModel } from './label-boks-model.ts';

const nomorList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[,\s]+/).filter(Boolean) : v),
  z.array(z.coerce.number().int().positive()).max(1000),
);
const params = z.object({ nomorBoks: nomorList.optional(), ukuran: z.enum(['kecil', 'besar']).optional() }).strict();

type Ukuran = { kolom: number; baris: number; nomor: number; teks: number; kantor: number };
const UKURAN: Record<LabelBoksModel['ukuran'], Ukuran> = {
  besar: { kolom: 2, baris: 2, nomor: 40, teks: 8, kantor: 8 },
  kecil: { kolom: 3, baris: 3, nomor: 26, teks: 6.5, kantor: 6.5 },
};
const GAP = 10;
const PAD = 6;

function garis(doc: Doc, x: number, y: number, w: number): void {
  doc
    .save()
    .lineWidth(0.5)
    .moveTo(x, y)
    .lineTo(x + w, y)
    .stroke()
    .restore();
}

/** Text inside a label: always with a height, so pdfkit cuts it (…) instead of starting a page. */
function tulis(doc: Doc, text: string, x: number, y: number, w: number, h: number, align: 'left' | 'center' = 'left'): void {
  doc.text(text, x, y, { width: w, height: Math.max(h, doc.currentLineHeight(true)), align, ellipsis: true });
}

function folderList(doc: Doc, l: ReportLayout, b: LabelBoks, x: number, w: number, sisa: number, u: Ukuran): void {
  doc.font(l.fonts.sans).fontSize(u.teks);
  const lh = doc.currentLineHeight(true);
  const muat = Math.max(0, Math.floor(sisa / lh));
  const tampil = b.folder.length <= muat ? b.folder : b.folder.slice(0, Math.max(0, muat - 1));
  for (const f of tampil) tulis(doc, `${f.nomor}  ${f.kode}  ${f.uraian}`, x, doc.y, w, lh);
  const lain = b.folder.length - tampil.length;
  if (lain > 0) {
    doc.font(l.fonts.sansBold);
    tulis(doc, `… dan ${lain} folder lainnya`, x, doc.y, w, lh);
  }
}

function drawLabel(doc: Doc, l: ReportLayout, m: LabelBoksModel, b: LabelBoks, x: number, y: number, w: number, h: number): void {
  const u = UKURAN[m.ukuran];
  const ix = x + PAD;
  const iw = w - 2 * PAD;
  doc.save().lineWidth(1.2).rect(x, y, w, h).stroke().restore();
  doc.font(l.fonts.sansBold).fontSize(u.kantor);
  tulis(doc, m.kantor.toUpperCase(), ix, y + PAD, iw, u.kantor * 3.6, 'center');
  garis(doc, ix, doc.y + 2, iw);
  doc.font(l.fonts.sans).fontSize(u.teks + 1);
  tulis(doc, 'BOKS No.', ix, doc.y + 5, iw, 0, 'center');
  doc.font(l.fonts.sansBold).fontSize(u.nomor);
  tulis(doc, String(b.nomor), ix, doc.y, iw, 0, 'center');
  doc.font(l.fonts.sans).fontSize(u.teks);
  tulis(doc, b.unit, ix, doc.y, iw, u.teks * 2.6, 'center');
  doc.font(l.fonts.sansBold);
  tulis(doc, `Tahun ${b.tahun}`, ix, doc.y, iw, 0, 'center');
  garis(doc, ix, doc.y + 2, iw);
  tulis(doc, 'Folder · Kode · Uraian', ix, doc.y + 5, iw, 0);
  // The location sits at the foot of the label (measured in the bold face it is drawn in); the folder
  // list gets the room between.
  const lokasi = `Lokasi: ${b.lokasi}`;
  const lokasiH = doc.font(l.fonts.sansBold).fontSize(u.teks).heightOfString(lokasi, { width: iw });
  const foot = y + h - PAD - lokasiH;
  folderList(doc, l, b, ix, iw, foot - 4 - doc.y, u);
  garis(doc, ix, foot - 3, iw);
  doc.font(l.fonts.sansBold).fontSize(u.teks);
  tulis(doc, lokasi, ix, foot, iw, lokasiH);
}

function render(doc: Doc, m: LabelBoksModel, l: ReportLayout): void {
  const u = UKURAN[m.ukuran];
  const top = l.page.margins.top;
  // A little short of the bottom margin: text there would make pdfkit start a page.
  const bottom = l.page.height - l.page.margins.bottom - 2;
  const w = (l.width - GAP * (u.kolom - 1)) / u.kolom;
  const h = (bottom - top - GAP * (u.baris - 1)) / u.baris;
  if (m.boks.length === 0 || m.tidakAda.length > 0) {
    drawTitle(doc, l, 'Label Boks Arsip Inaktif');
    const pesan = m.boks.length === 0 ? 'Belum ada boks bernomor definitif yang dapat dicetak labelnya.' : '';
    const hilang = m.tidakAda.length ? `Boks tidak ditemukan (atau isinya sudah dimusnahkan/diserahkan): ${m.tidakAda.join(', ')}.` : '';
    doc.font(l.fonts.sans).fontSize(10).text([pesan, hilang].filter(Boolean).join(' '), l.left, doc.y, { width: l.width });
    if (m.boks.length) doc.addPage();
  }
  const perHalaman = u.kolom * u.baris;
  m.boks.forEach((b, i) => {
    const k = i % perHalaman;
    if (k === 0 && i > 0) doc.addPage();
    const x = l.left + (k % u.kolom) * (w + GAP);
    const y = top + Math.floor(k / u.kolom) * (h + GAP);
    drawLabel(doc, l, m, b, x, y, w, h);
  });
  if (m.boks.length) doc.y = bottom;
  doc.x = l.left;
}

export const labelBoks: ReportDefinition<z.output<typeof params>, LabelBoksModel> = {
  kind: 'label-boks',
  title: 'Label Boks Arsip Inaktif',
  paper: 'A4',
  orientation: 'portrait',
  params,
  parameter: 'tanpa',
  buildModel: (env, p) => labelBoksModel(env, p),
  render,
};
