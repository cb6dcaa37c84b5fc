// Owns drawing "Daftar Pengguna dan Hak Akses" on F4 portrait: kop surat, title, the accounts table
// (header repeated on each page), the count, and the legend of what each role may do.
import type { Doc, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import { drawTable } from '../layout/table.ts';
import { drawParagraph, drawTitle } from '../layout/title.ts';
import type { PenggunaHakAksesModel } from './model.ts';

export const JUDUL = 'Daftar Pengguna dan Hak Akses';

const COLUMNS = [
  { header: 'No', weight: 4, align: 'center' as const },
  { header: 'Nama / NIP', weight: 22 },
  { header: 'Nama Pengguna', weight: 13 },
  { header: 'Jabatan', weight: 17 },
  { header: 'Peran', weight: 15 },
  { header: 'Status', weight: 9, align: 'center' as const },
  { header: 'Login Terakhir', weight: 20 },
];

export function renderPenggunaHakAkses(doc: Doc, model: PenggunaHakAksesModel, layout: ReportLayout): void {
  drawKop(doc, layout);
  drawTitle(doc, layout, JUDUL, [model.keadaanPer]);
  const rows = model.baris.map((b) => [
    String(b.no),
    b.nip ? `${b.nama}\nNIP ${b.nip}` : b.nama,
    b.username,
    b.jabatan,
    b.peran.join(', '),
    b.status,
    b.loginTerakhir,
  ]);
  drawTable(doc, layout, { columns: COLUMNS, rows, fontSize: 8, zebra: true });
  const { total, aktif, nonaktif } = model.jumlah;
  drawParagraph(doc, layout, `Jumlah pengguna: ${total} (aktif ${aktif}, nonaktif ${nonaktif}).`);
  doc.moveDown(1);
  drawParagraph(doc, layout, 'Keterangan peran', { bold: true });
  doc.moveDown(0.3);
  drawTable(doc, layout, {
    columns: [
      { header: 'Peran', weight: 28 },
      { header: 'Hak akses', weight: 72 },
    ],
    rows: model.keteranganPeran.map((k) => [k.peran, k.hakAkses]),
    fontSize: 8,
  });
}
