// Owns drawing a decree of the archive (TND keputusan anatomy, reference A.3.2, B.4): KEPUTUSAN <JABATAN>,
// NOMOR, TENTANG, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, the diktum (KESATU …, with a table where
// one is given), "Ditetapkan di … pada tanggal …", and the jabatan above the electronic signature; and the
// registered definitions 'arsip-sk-panitia' and 'arsip-penetapan' (F4 portrait, params: penyusutanId).
import type { Doc, ReportDefinition, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { drawTable } from '../layout/table.ts';
import { hurufUrut, namaDiktum } from '../../../../shared/domain/naskah/keluar.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../shared/domain/arsip/dokumen.ts';
import { penetapanModel, skPanitiaModel } from './keputusan-model.ts';
import type { KeputusanModel } from './keputusan-model.ts';
import { penyusutanParams } from './penyusutan-model.ts';
import type { PenyusutanParams } from './penyusutan-model.ts';
import { RUANG_PENETAPAN, bagianBernomor, barisPenandatangan, ruangCukup, tengah, tinggiBagian } from './tata-letak.ts';

function renderKeputusan(doc: Doc, m: KeputusanModel, l: ReportLayout): void {
  drawKop(doc, l);
  const penetap = m.jabatanPenetap.toUpperCase();
  tengah(doc, l, `KEPUTUSAN ${penetap}`, { size: 12 });
  tengah(doc, l, `NOMOR ${m.nomor}`);
  doc.moveDown(0.4);
  tengah(doc, l, 'TENTANG');
  tengah(doc, l, m.tentang.toUpperCase());
  doc.moveDown(0.8);
  tengah(doc, l, `${penetap},`);
  doc.moveDown(0.8);
  bagianBernomor(doc, l, 'Menimbang', m.menimbang, hurufUrut);
  bagianBernomor(doc, l, 'Mengingat', m.mengingat, (i) => `${i + 1}.`);
  tengah(doc, l, 'MEMUTUSKAN:');
  doc.moveDown(0.4);
  bagianBernomor(doc, l, 'Menetapkan', [`KEPUTUSAN ${penetap} TENTANG ${m.tentang.toUpperCase()}.`], () => '', 'left');
  m.diktum.forEach((d, i) => {
    // The last diktum goes with "Ditetapkan di" and the signature: they never stand alone on a page.
    if (i === m.diktum.length - 1) ruangCukup(doc, l, tinggiBagian(doc, l, d.teks) + RUANG_PENETAPAN);
    bagianBernomor(doc, l, namaDiktum(i), [d.teks], () => '');
    if (d.tabel) {
      drawTable(doc, l, { columns: d.tabel.kolom, rows: d.tabel.baris, fontSize: 9 });
      doc.moveDown(0.2);
    }
  });
  barisPenandatangan(doc, l, [`Ditetapkan di ${m.kota}`, `pada tanggal ${m.tanggal}`, `${penetap},`]);
}

const def = (kind: string, title: string, build: typeof skPanitiaModel): ReportDefinition<PenyusutanParams, KeputusanModel> => ({
  kind,
  title,
  paper: 'F4',
  orientation: 'portrait',
  parameter: 'penyusutan',
  params: penyusutanParams,
  buildModel: (env, p) => build(env, p.penyusutanId),
  render: renderKeputusan,
  // The signer's lines are part of the render; the block goes right under them.
  signatureHeading: () => [],
});

export const arsipSkPanitia = def(DOKUMEN_PENYUSUTAN.musnah.panitia, 'Keputusan Pembentukan Panitia Penilai Arsip', skPanitiaModel);
export const arsipPenetapan = def(
  DOKUMEN_PENYUSUTAN.musnah.penetapan,
  'Keputusan Penetapan Arsip yang Dimusnahkan/Diserahkan',
  penetapanModel,
);
