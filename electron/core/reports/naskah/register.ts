// Owns the registered register reports (F4 landscape, kop, header row repeated on every page).
import { z } from 'zod';
import type { Doc, ReportDefinition, ReportEnv, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { drawTable } from '../layout/table.ts';
import { drawParagraph, drawTitle } from '../layout/title.ts';
import { agendaMasukModel, agendaKeluarModel, rekapDisposisiModel } from './register-model.ts';
import type { Periode, RegisterModel } from './register-model.ts';

const tanggal = z.iso.date({ message: 'Tanggal harus berformat TTTT-BB-HH.' });
export const periodeSchema = z
  .object({ dari: tanggal, sampai: tanggal })
  .strict()
  .refine((p) => p.dari <= p.sampai, { message: 'Tanggal awal harus sebelum tanggal akhir.', path: ['sampai'] });

function render(doc: Doc, m: RegisterModel, layout: ReportLayout): void {
  drawKop(doc, layout);
  drawTitle(doc, layout, m.judul, [m.periode]);
  drawTable(doc, layout, {
    columns: m.kolom,
    rows: m.baris.length ? m.baris : [m.kolom.map((_, i) => (i === 0 ? 'Tidak ada data pada periode ini.' : ''))],
    fontSize: 8,
    zebra: true,
  });
  drawParagraph(doc, layout, m.ringkasan);
}

const def = (
  kind: string,
  title: string,
  build: (env: ReportEnv, p: Periode) => Promise<RegisterModel>,
): ReportDefinition<Periode, RegisterModel> => ({
  kind,
  title,
  paper: 'F4',
  orientation: 'landscape',
  params: periodeSchema,
  parameter: 'periode',
  buildModel: build,
  render,
});

export const agendaMasuk = def('agenda-surat-masuk', 'Buku Agenda Surat Masuk', agendaMasukModel);
export const agendaKeluar = def('agenda-surat-keluar', 'Buku Agenda Surat Keluar', agendaKeluarModel);
export const rekapDisposisi = def('rekap-disposisi', 'Rekapitulasi Disposisi', rekapDisposisiModel);
export const registerBuilders = {
  'agenda-surat-masuk': agendaMasukModel,
  'agenda-surat-keluar': agendaKeluarModel,
  'rekap-disposisi': rekapDisposisiModel,
} as const;
