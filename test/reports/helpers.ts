// Test helpers for reports: a kop surat, test-only report definitions (a long 5-column table, a text
// sample with symbols and long Indonesian words), and the poppler/qpdf tools run on real files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import type { ReportDefinition, ReportEnv } from '../../electron/core/reports/engine.ts';
import { drawKop } from '../../electron/core/reports/layout/kop.ts';
import { drawTable } from '../../electron/core/reports/layout/table.ts';
import { drawParagraph, drawTitle } from '../../electron/core/reports/layout/title.ts';

export const NOW = new Date('2026-11-23T06:05:00.000Z');

export const KOP = {
  baris: [
    'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
    'DIREKTORAT JENDERAL PEMASYARAKATAN',
    'KANTOR WILAYAH NUSA TENGGARA BARAT',
  ],
  alamat: 'Jalan Majapahit Nomor 25, Mataram 83127',
  kontak: 'Telepon (0370) 123456, Pos-el tu@example.go.id',
  kota: 'Mataram',
  logo: null,
};

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A stand-in logo: an RGBA PNG (with transparency) of a gold disc with a blue ring, drawn by hand. */
export function logoPng(size = 120): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - size / 2 + 0.5, y - size / 2 + 0.5) / (size / 2);
      const rgba = r > 1 ? [0, 0, 0, 0] : r > 0.85 ? [20, 50, 120, 255] : [230, 180, 40, 255];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const OUT_DIR = path.resolve('test-results/reports');

/** An env without a database, for test-only reports whose model needs none. */
export const envWithoutDb = (now = NOW, logo: Buffer | null = null): ReportEnv => ({
  conn: null as never,
  now,
  kop: { ...KOP, logo },
  timeZone: 'Asia/Makassar',
});

type TableModel = { rows: string[][] };

/** A 5-column register of `count` rows (1250 rows make 30 F4 pages). */
export function tableReport(count: number): ReportDefinition<{ rows: number }, TableModel> {
  return {
    kind: 'uji-tabel',
    title: 'Register Uji',
    paper: 'F4',
    orientation: 'portrait',
    params: z.object({ rows: z.number().int().default(count) }),
    buildModel: async (_env, p) => ({
      rows: Array.from({ length: p.rows }, (_, i) => [
        String(i + 1),
        `Nomor W.23.UM.01.01-${1000 + i}`,
        `Uraian baris ${i + 1}`,
        'Rp 1.250.000',
        'Baik',
      ]),
    }),
    render: (doc, model, layout) => {
      drawKop(doc, layout);
      drawTitle(doc, layout, 'Register Uji', ['Tahun Anggaran 2026']);
      const columns = [
        { header: 'No', weight: 6 },
        { header: 'Nomor', weight: 30 },
        { header: 'Uraian', weight: 30 },
        { header: 'Nilai', weight: 18, align: 'right' as const },
        { header: 'Kondisi', weight: 16 },
      ];
      drawTable(doc, layout, { columns, rows: model.rows, zebra: true });
    },
  };
}

export const SYMBOLS =
  'Capaian ≥ 95% dan ≤ 100%; periode 1–31 Januari — lihat café, façade, Müller; suhu 25 °C ± 2; 3 × 4; “kutip” ‘tunggal’ … Rp 1.250.000';
export const LONG_WORDS = ['pertanggungjawabannya', 'ketidakberpihakan', 'memperdagangkan'];

/** Symbols in a paragraph and long words in a narrow column. */
export const textReport: ReportDefinition<Record<string, never>, null> = {
  kind: 'uji-teks',
  title: 'Uji Huruf',
  paper: 'A4',
  orientation: 'portrait',
  params: z.object({}).strict(),
  buildModel: async () => null,
  render: (doc, _model, layout) => {
    drawTitle(doc, layout, 'Uji Huruf');
    drawParagraph(doc, layout, SYMBOLS);
    doc.moveDown(1);
    const columns = [
      { header: 'Kata', weight: 9 },
      { header: 'Keterangan', weight: 91 },
    ];
    drawTable(doc, layout, { columns, rows: LONG_WORDS.map((w) => [w, `Kata panjang: ${w}`]) });
  },
};

export function tool(cmd: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} tidak ada: pasang poppler-utils, qpdf, libnss3-tools (${r.error.message})`);
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

export function tempFile(name: string, bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satu-pdf-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** pdftotext of one page or all, in reading order or (`layout`) as laid out on the page. */
export function pdfText(pdf: Buffer, page?: number, layout = false): string {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return tool('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...pages, tempFile('r.pdf', pdf), '-']).out;
}

/** Renders pages to PNG in test-results/reports/ for a person to look at (not asserted). */
export function savePng(pdf: Buffer, prefix: string, pages: number[]): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = tempFile(`${prefix}.pdf`, pdf);
  fs.copyFileSync(file, path.join(OUT_DIR, `${prefix}.pdf`));
  for (const p of pages)
    tool('pdftoppm', ['-r', '60', '-png', '-f', String(p), '-l', String(p), '-singlefile', file, path.join(OUT_DIR, `${prefix}-hal${p}`)]);
}
