// Owns drawing the Lembar Disposisi on half folio (reference A.8, kop unit, ½ folio) and its
// registered definition 'lembar-disposisi' (params: suratMasukId).
import { z } from 'zod';
import type { Doc, ReportDefinition, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { buildLembarDisposisiModel } from './lembar-disposisi-model.ts';
import type { LembarDisposisiModel } from './lembar-disposisi-model.ts';

const params = z.object({ suratMasukId: z.coerce.number().int().positive() }).strict();

function field(doc: Doc, layout: ReportLayout, x: number, y: number, w: number, label: string, value: string): number {
  const { fonts } = layout;
  doc
    .font(fonts.sans)
    .fontSize(7)
    .fillColor('#444')
    .text(label, x + 3, y + 2, { width: w - 6 });
  doc
    .font(fonts.sansBold)
    .fontSize(8.5)
    .fillColor('black')
    .text(value || ' ', x + 3, doc.y + 0.5, { width: w - 6 });
  return doc.y + 3 - y;
}

function grid(doc: Doc, layout: ReportLayout, m: LembarDisposisiModel): void {
  const { left, width } = layout;
  const half = width / 2;
  let y = doc.y;
  const rows: [string, string, string, string][] = [
    ['Surat dari', m.suratDari, 'Diterima tanggal', m.diterima],
    ['Nomor surat', m.nomorSurat, 'Nomor agenda', m.nomorAgenda],
    ['Tanggal surat', m.tanggalSurat, 'Sifat', m.sifat],
  ];
  doc.lineWidth(0.6);
  for (const [l1, v1, l2, v2] of rows) {
    const h = Math.max(field(doc, layout, left, y, half, l1, v1), field(doc, layout, left + half, y, half, l2, v2));
    doc
      .rect(left, y, half, h)
      .stroke()
      .rect(left + half, y, half, h)
      .stroke();
    y += h;
  }
  const hal = m.kodeKlasifikasi ? `${m.hal}  [${m.kodeKlasifikasi}]` : m.hal;
  const h = field(doc, layout, left, y, width, 'Hal', hal);
  doc.rect(left, y, width, h).stroke();
  doc.y = y + h;
}

function isi(doc: Doc, layout: ReportLayout, m: LembarDisposisiModel): void {
  const { left, width, fonts } = layout;
  const half = width / 2;
  const top = doc.y;
  doc
    .font(fonts.sansBold)
    .fontSize(8)
    .text('Diteruskan kepada:', left + 3, top + 3, { width: half - 6 });
  doc.font(fonts.sans).fontSize(8.5);
  const kepada = m.kepada.length ? m.kepada : ['', '', ''];
  kepada.forEach((k, i) => doc.text(`${i + 1}. ${k || '.................................'}`, left + 3, doc.y + 1, { width: half - 6 }));
  const leftEnd = doc.y;
  doc
    .font(fonts.sansBold)
    .fontSize(8)
    .text('Dengan hormat harap:', left + half + 3, top + 3, { width: half - 6 });
  doc.font(fonts.sans).fontSize(8.5);
  for (const ins of m.instruksi) doc.text(`${ins.dipilih ? '☑' : '☐'} ${ins.teks}`, left + half + 3, doc.y + 0.5, { width: half - 6 });
  doc.text(`☐ ${m.instruksiLain ?? '................................'}`, left + half + 3, doc.y + 0.5, { width: half - 6 });
  const bottom = Math.max(leftEnd, doc.y) + 3;
  doc
    .rect(left, top, half, bottom - top)
    .stroke()
    .rect(left + half, top, half, bottom - top)
    .stroke();
  doc.y = bottom;
}

function kaki(doc: Doc, layout: ReportLayout, m: LembarDisposisiModel): void {
  const { left, width, fonts } = layout;
  const top = doc.y;
  const w1 = width * 0.6;
  doc
    .font(fonts.sansBold)
    .fontSize(8)
    .text('Catatan:', left + 3, top + 3, { width: w1 - 6 });
  doc
    .font(fonts.sans)
    .fontSize(8.5)
    .text(m.catatan ?? ' ', left + 3, doc.y + 1, { width: w1 - 6, height: 60 });
  doc
    .font(fonts.sansBold)
    .fontSize(8)
    .text(`Batas waktu: ${m.batasWaktu ?? '..................................'}`, left + 3, doc.y + 4, { width: w1 - 6 });
  const leftEnd = doc.y;
  const x2 = left + w1 + 3;
  const p = m.pemberi;
  doc
    .font(fonts.sans)
    .fontSize(8)
    .text(p ? `Paraf dan tanggal: ${p.tanggal}` : 'Paraf dan tanggal:', x2, top + 3, { width: width - w1 - 6 });
  doc.moveDown(p?.dariLembar ? 0.3 : 1.6);
  if (p?.dariLembar)
    doc
      .fontSize(7)
      .fillColor('#444')
      .text('(dicatat dari lembar disposisi oleh operator)', x2, doc.y, { width: width - w1 - 6 })
      .fillColor('black');
  doc
    .font(fonts.sansBold)
    .fontSize(8.5)
    .text(p?.nama || '..................................', x2, doc.y + 6, { width: width - w1 - 6 });
  doc
    .font(fonts.sans)
    .fontSize(8)
    .text(p?.jabatan ?? '', x2, doc.y, { width: width - w1 - 6 });
  if (p?.nip) doc.text(`NIP ${p.nip}`, x2, doc.y, { width: width - w1 - 6 });
  const bottom = Math.max(leftEnd, doc.y) + 4;
  doc
    .rect(left, top, w1, bottom - top)
    .stroke()
    .rect(left + w1, top, width - w1, bottom - top)
    .stroke();
  doc.y = bottom;
}

function render(doc: Doc, m: LembarDisposisiModel, layout: ReportLayout): void {
  drawKop(doc, layout);
  doc.y -= doc.currentLineHeight(true);
  doc.font(layout.fonts.sansBold).fontSize(11).text('LEMBAR DISPOSISI', layout.left, doc.y, { width: layout.width, align: 'center' });
  doc.moveDown(0.3);
  grid(doc, layout, m);
  isi(doc, layout, m);
  kaki(doc, layout, m);
}

export const lembarDisposisi: ReportDefinition<z.output<typeof params>, LembarDisposisiModel> = {
  kind: 'lembar-disposisi',
  title: 'Lembar Disposisi',
  paper: 'F4-setengah',
  parameter: 'surat-masuk',
  orientation: 'portrait',
  params,
  buildModel: (env, p) => buildLembarDisposisiModel(env, p.suratMasukId),
  render,
};
