// Owns drawing an outgoing naskah by its TND anatomy (reference A.3.1–A.3.2): kop; surat (place and
// date at the right, Nomor/Sifat/Lampiran/Hal, Yth.), nota dinas (title, Yth./Dari/… rows), titled
// kinds (title and NOMOR), keputusan (KEPUTUSAN, NOMOR, TENTANG, Menimbang, Mengingat, MEMUTUSKAN,
// Menetapkan, diktum, Ditetapkan di/pada tanggal); then the signer and the tembusan.
import type { Doc, ReportDefinition, ReportLayout } from '../engine.ts';
import { z } from 'zod';
import { drawKop } from '../layout/kop.ts';
import { drawBlok, drawLabelRows } from './naskah-blok.ts';
import { hurufUrut, namaDiktum } from '../../../../shared/domain/naskah/keluar.ts';
import type { NaskahModel } from './naskah-model.ts';

const center = (doc: Doc, l: ReportLayout, text: string, bold = true, size = 11) =>
  doc
    .font(bold ? l.fonts.sansBold : l.fonts.sans)
    .fontSize(size)
    .text(text, l.left, doc.y, { width: l.width, align: 'center' });

function kepalaSurat(doc: Doc, l: ReportLayout, m: NaskahModel): void {
  doc.font(l.fonts.sans).fontSize(11).text(m.tempatTanggal, l.left, doc.y, { width: l.width, align: 'right' });
  doc.moveDown(0.5);
  drawLabelRows(doc, l, [
    ['Nomor', m.nomor],
    ['Sifat', m.sifat],
    ['Lampiran', m.lampiran],
    ['Hal', m.hal],
  ]);
  doc.moveDown(0.8);
  doc.text('Yth.', l.left, doc.y);
  for (const t of m.tujuan) doc.text([t.yth, t.alamat].filter(Boolean).join('\n'), l.left, doc.y, { width: l.width * 0.6 });
  doc.moveDown(1);
}

function kepalaNota(doc: Doc, l: ReportLayout, m: NaskahModel): void {
  center(doc, l, m.judul, true, 12);
  center(doc, l, `NOMOR ${m.nomor}`, false, 11);
  doc.moveDown(0.8);
  const rows: [string, string][] = [
    ['Yth.', m.tujuan.map((t) => t.yth).join('; ')],
    ['Dari', m.dari],
    ...(m.tembusan.length ? ([['Tembusan', m.tembusan.join('; ')]] as [string, string][]) : []),
    ['Tanggal', m.tempatTanggal.split(', ').slice(1).join(', ')],
    ['Sifat', m.sifat],
    ['Lampiran', m.lampiran],
    ['Hal', m.hal],
  ];
  drawLabelRows(doc, l, rows);
  doc
    .moveTo(l.left, doc.y + 2)
    .lineTo(l.right, doc.y + 2)
    .lineWidth(0.8)
    .stroke();
  doc.moveDown(1);
}

function kepalaJudul(doc: Doc, l: ReportLayout, m: NaskahModel): void {
  center(doc, l, m.judul, true, 12);
  center(doc, l, `NOMOR ${m.nomor}`, false, 11);
  if (m.hal) center(doc, l, `TENTANG\n${m.hal.toUpperCase()}`, false, 11);
  doc.moveDown(1);
}

function bagianBernomor(
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
    .fontSize(11)
    .text(label, l.left, y0, { width: 90 })
    .text(':', l.left + 90, y0, { width: 10 });
  doc.y = y0;
  items.forEach((t, i) => {
    const y = doc.y;
    doc.text(nomor(i), l.left + 100, y, { width: 22 });
    doc.text(t, l.left + 122, y, { width: l.width - 122, align, lineGap: 1.5 });
    doc.moveDown(0.25);
  });
  doc.moveDown(0.4);
}

function keputusan(doc: Doc, l: ReportLayout, m: NaskahModel): void {
  const k = m.isi.keputusan;
  if (!k) return;
  center(doc, l, `KEPUTUSAN ${k.jabatanPenetap.toUpperCase()}`, true, 12);
  center(doc, l, `NOMOR ${m.nomor}`, true, 11);
  doc.moveDown(0.4);
  center(doc, l, 'TENTANG', true, 11);
  center(doc, l, k.tentang.toUpperCase(), true, 11);
  doc.moveDown(0.8);
  center(doc, l, `${k.jabatanPenetap.toUpperCase()},`, true, 11);
  doc.moveDown(0.8);
  bagianBernomor(doc, l, 'Menimbang', k.menimbang, hurufUrut);
  bagianBernomor(doc, l, 'Mengingat', k.mengingat, (i) => `${i + 1}.`);
  if (k.memperhatikan.length) bagianBernomor(doc, l, 'Memperhatikan', k.memperhatikan, (i) => `${i + 1}.`);
  center(doc, l, 'MEMUTUSKAN:', true, 11);
  doc.moveDown(0.4);
  // An upper-case title justified over few words leaves wide gaps: it is set flush left.
  bagianBernomor(doc, l, 'Menetapkan', [k.menetapkan.toUpperCase()], () => '', 'left');
  k.diktum.forEach((t, i) => bagianBernomor(doc, l, namaDiktum(i), [t], () => ''));
  // "Ditetapkan di / pada tanggal" sits on the right, above the signer's block (TND anatomy of a keputusan).
  const kanan = { ...l, left: l.left + Math.round(l.width * 0.5), width: Math.round(l.width * 0.5) };
  doc.moveDown(0.4);
  drawLabelRows(
    doc,
    kanan,
    [
      ['Ditetapkan di', m.tempatTanggal.split(', ')[0] ?? ''],
      ['pada tanggal', m.tempatTanggal.split(', ').slice(1).join(', ')],
    ],
    80,
  );
}

export function renderNaskah(doc: Doc, m: NaskahModel, l: ReportLayout): void {
  drawKop(doc, l);
  if (m.konsep)
    doc
      .save()
      .font(l.fonts.sansBold)
      .fontSize(9)
      .fillColor('#b00')
      .text('KONSEP — belum ditandatangani', l.left, l.page.margins.top - 14, { width: l.width, align: 'right' })
      .restore();
  doc.fillColor('black');
  if (m.anatomi === 'surat') kepalaSurat(doc, l, m);
  if (m.anatomi === 'nota') kepalaNota(doc, l, m);
  if (m.anatomi === 'judul') kepalaJudul(doc, l, m);
  if (m.anatomi === 'keputusan') keputusan(doc, l, m);
  for (const b of m.isi.blok) drawBlok(doc, l, b);
  if (!m.elektronik) tandaTanganBasah(doc, l, m);
}

/** Without an electronic signature: jabatan, room for the wet signature and stamp, nama, NIP. */
function tandaTanganBasah(doc: Doc, l: ReportLayout, m: NaskahModel): void {
  const x = l.left + l.width * 0.5;
  const w = l.width * 0.5;
  doc.moveDown(1);
  if (m.anatomi === 'judul' || m.anatomi === 'nota') doc.font(l.fonts.sans).fontSize(11).text(m.tempatTanggal, x, doc.y, { width: w });
  for (const line of m.jabatanBaris) doc.font(l.fonts.sans).fontSize(11).text(line, x, doc.y, { width: w });
  doc.moveDown(3.5);
  doc.font(l.fonts.sansBold).text(m.penandatangan.nama, x, doc.y, { width: w });
  if (m.penandatangan.nip) doc.font(l.fonts.sans).text(`NIP ${m.penandatangan.nip}`, x, doc.y, { width: w });
  doc.x = l.left;
}

function tembusan(doc: Doc, m: NaskahModel, l: ReportLayout): void {
  if (!m.tembusan.length || m.anatomi === 'nota') return;
  doc.moveDown(1.2);
  doc.font(l.fonts.sans).fontSize(10).text('Tembusan:', l.left, doc.y);
  m.tembusan.forEach((t, i) => doc.text(`${i + 1}. ${t}`, l.left, doc.y, { width: l.width }));
}

/** Not in the public registry: a naskah is issued only through naskahKeluar.sign (numbering). */
export function naskahDefinition(m: NaskahModel, kertas: 'F4' | 'A4'): ReportDefinition<Record<string, never>, NaskahModel> {
  return {
    kind: 'naskah-dinas',
    title: m.judul,
    paper: kertas,
    orientation: 'portrait',
    params: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
    buildModel: async () => m,
    render: renderNaskah,
    signatureHeading: (model) =>
      model.anatomi === 'keputusan'
        ? model.jabatanBaris.map((b) => b.toUpperCase())
        : model.anatomi === 'surat'
          ? model.jabatanBaris
          : [model.tempatTanggal, ...model.jabatanBaris],
    renderAfterSignature: (doc, model, layout) => tembusan(doc, model, layout),
  };
}
