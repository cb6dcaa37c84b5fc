// Owns creating a report's pdfkit document: paper and TND margins, embedded DejaVu selected by file path,
// buffered pages (for "Halaman x dari y"), PDF 1.7 (needed for ETSI.CAdES.detached, tech-spikes §1
// pitfall 8) and reproducible bytes: CreationDate/ModDate come from the injected `now`, and pdfkit derives
// the file /ID from the Info dictionary, so the same input gives the same unsigned bytes.
import PDFDocument from 'pdfkit';
import type { FontFiles } from '../assets.ts';
import type { PageGeometry } from './paper.ts';
import { contentWidth } from './paper.ts';
import type { KopSurat } from './kop.ts';
import type { Doc } from './pdfkit-internals.ts';

/** What a report's render step receives besides the document and its model. */
export type ReportLayout = {
  page: PageGeometry;
  /** x of the content's left edge, x of its right edge, and the width between. */
  left: number;
  right: number;
  width: number;
  fonts: FontFiles;
  kop: KopSurat;
  now: Date;
  /** IANA zone for every date printed (WIB 'Asia/Jakarta', WITA 'Asia/Makassar', WIT 'Asia/Jayapura'). */
  timeZone: string;
};

export const BODY_SIZE = 10;

export function makeLayout(input: Omit<ReportLayout, 'left' | 'right' | 'width'>): ReportLayout {
  const left = input.page.margins.left;
  const width = contentWidth(input.page);
  return { ...input, left, width, right: left + width };
}

export function createDocument(layout: ReportLayout, meta: { title: string; subject: string }): Doc {
  const { page, fonts, now } = layout;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: page.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: true,
    font: fonts.sans,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: layout.kop.baris.at(-1) ?? 'SATU',
      Creator: 'SATU',
      Producer: 'SATU (pdfkit)',
      CreationDate: now,
      ModDate: now,
    },
  });
  doc.fontSize(BODY_SIZE);
  return doc;
}
