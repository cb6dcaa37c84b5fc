// Owns the shape and drawing of a Berita Acara (pemindahan, pemusnahan, penyerahan; reference A.13–A.15):
// kop, title and NOMOR, "Pada hari ini … tanggal … bulan … tahun … (dd-mm-yyyy)", the parties with their
// NIP and jabatan, the statement paragraphs, the closing, and the printed name blocks of everyone who signs
// on paper (parties, panitia, witnesses). The engine adds the electronic signature block after them.
import type { Doc, ReportLayout } from '../engine.ts';
import { drawKop } from '../layout/kop.ts';
import type { BlokNama } from './tata-letak.ts';
import { blokTandaTangan, daftarBernomor, labelBaris, paragraf, tengah } from './tata-letak.ts';

export type PihakBa = { nama: string; nip: string | null; jabatan: string; keterangan: string };

export type BeritaAcaraModel = {
  judul: string;
  nomor: string;
  pembuka: string;
  pihak: PihakBa[];
  isi: string[];
  /** Numbered list after the statement (e.g. the witnesses), with its lead-in; empty when none. */
  daftar: { pengantar: string; butir: string[] } | null;
  penutup: string;
  tandaTangan: BlokNama[];
  kolomTtd: number;
};

export function renderBeritaAcara(doc: Doc, m: BeritaAcaraModel, l: ReportLayout): void {
  drawKop(doc, l);
  tengah(doc, l, m.judul.toUpperCase(), { size: 12 });
  tengah(doc, l, `NOMOR ${m.nomor}`, { bold: false });
  doc.moveDown(1);
  paragraf(doc, l, m.pembuka);
  m.pihak.forEach((p, i) => {
    const y = doc.y;
    doc
      .font(l.fonts.sans)
      .fontSize(11)
      .text(`${i + 1}.`, l.left, y, { width: 20 });
    doc.y = y;
    labelBaris(
      doc,
      l,
      [
        ['Nama', p.nama],
        ['NIP', p.nip ?? '-'],
        ['Jabatan', p.jabatan],
      ],
      60,
      20,
    );
    paragraf(doc, l, p.keterangan, 20, 0);
  });
  for (const t of m.isi) paragraf(doc, l, t);
  if (m.daftar) {
    paragraf(doc, l, m.daftar.pengantar);
    daftarBernomor(doc, l, m.daftar.butir, (i) => `${i + 1}.`, 20);
    doc.moveDown(0.4);
  }
  paragraf(doc, l, m.penutup);
  doc.moveDown(0.5);
  blokTandaTangan(doc, l, m.tandaTangan, m.kolomTtd);
}
