// Owns drawing the letters of a penyusutan (TND surat anatomy, reference A.3.1: place and date at the
// right, Nomor/Sifat/Lampiran/Hal, Yth., body, closing; or a titled statement) and their registered
// definitions 'arsip-pertimbangan', 'arsip-permintaan', 'arsip-pernyataan' (F4 portrait, penyusutanId).
import type { Doc, ReportDefinition, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { drawTable } from '../layout/table.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../shared/domain/arsip/dokumen.ts';
import { penyusutanParams } from './penyusutan-model.ts';
import type { PenyusutanParams } from './penyusutan-model.ts';
import { permintaanModel, pernyataanModel, pertimbanganModel } from './surat-model.ts';
import type { SuratModel } from './surat-model.ts';
import { SIZE, barisPenandatangan, labelBaris, paragraf, tengah } from './tata-letak.ts';

function kepalaSurat(doc: Doc, m: SuratModel, l: ReportLayout): void {
  doc.font(l.fonts.sans).fontSize(SIZE).text(m.tempatTanggal, l.left, doc.y, { width: l.width, align: 'right' });
  doc.moveDown(0.5);
  labelBaris(doc, l, m.kepala);
  doc.moveDown(0.8);
  doc.font(l.fonts.sans).fontSize(SIZE).text('Yth.', l.left, doc.y);
  for (const y of m.yth) doc.text(y, l.left, doc.y, { width: l.width * 0.6 });
  doc.moveDown(1);
}

function render(doc: Doc, m: SuratModel, l: ReportLayout): void {
  drawKop(doc, l);
  if (m.judul) {
    tengah(doc, l, m.judul.toUpperCase(), { size: 12 });
    doc.moveDown(1);
  } else kepalaSurat(doc, m, l);
  m.paragraf.forEach((p, i) => {
    paragraf(doc, l, p);
    if (i === 0 && m.tabel) {
      drawTable(doc, l, { columns: m.tabel.kolom, rows: m.tabel.baris, fontSize: 9 });
      doc.moveDown(0.2);
    }
  });
  for (const p of m.penutup) paragraf(doc, l, p);
  barisPenandatangan(doc, l, m.judul ? [m.tempatTanggal, ...m.jabatanTtd] : m.jabatanTtd);
}

const def = (kind: string, title: string, build: typeof pertimbanganModel): ReportDefinition<PenyusutanParams, SuratModel> => ({
  kind,
  title,
  paper: 'F4',
  orientation: 'portrait',
  parameter: 'penyusutan',
  params: penyusutanParams,
  buildModel: (env, p) => build(env, p.penyusutanId),
  render,
  // The signer's lines are part of the render; the block goes right under them.
  signatureHeading: () => [],
});

export const arsipPertimbangan = def(DOKUMEN_PENYUSUTAN.musnah.pertimbangan, 'Surat Pertimbangan Panitia Penilai Arsip', pertimbanganModel);
export const arsipPermintaan = def(DOKUMEN_PENYUSUTAN.musnah.permintaan, 'Surat Permintaan Persetujuan', permintaanModel);
export const arsipPernyataan = def(DOKUMEN_PENYUSUTAN.serah.pernyataan, 'Surat Pernyataan Keaslian Arsip Statis', pernyataanModel);
