// Offline OCR of scans: a letter is found by a word that exists only as pixels in its scan (a PNG, an
// image-only PDF in colour or 1-bit black and white, the scanned page of an otherwise typed PDF), and
// SATU_OCR=0 switches the reading off. Scans are made like a scanner would: text rendered by pdfkit,
// rasterised at 150 dpi by pdftoppm (poppler-utils).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll, afterEach, vi } from 'vitest';
import PDFDocument from 'pdfkit';
import { setUpApp, addUser, PASSWORD, tempDir } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { suratMasukContoh } from '../fixtures/samples.ts';
import { ocrGambar, ocrPiksel } from '../../electron/core/services/ocr.ts';

const STRIP: [number, number] = [595, 200];

function pdf(size: [number, number], draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size, margin: 0 });
    const parts: Buffer[] = [];
    doc.on('data', (c: Buffer) => parts.push(c));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    draw(doc);
    doc.end();
  });
}

/** A sentence "scanned" at 150 dpi: the colour PNG and the 1-bit PBM a scanner in black-and-white mode gives. */
async function pindai(kalimat: string): Promise<{ png: Buffer; pbm: Buffer }> {
  const dir = tempDir('satu-ocr-');
  const asli = path.join(dir, 'asli.pdf');
  fs.writeFileSync(asli, await pdf(STRIP, (doc) => doc.fontSize(14).text(kalimat, 40, 60, { width: 500 })));
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', asli, path.join(dir, 'warna')]);
  execFileSync('pdftoppm', ['-r', '150', '-mono', '-singlefile', asli, path.join(dir, 'bw')]);
  const hasil = { png: fs.readFileSync(path.join(dir, 'warna.png')), pbm: fs.readFileSync(path.join(dir, 'bw.pbm')) };
  fs.rmSync(dir, { recursive: true, force: true });
  return hasil;
}

/** An image-only PDF page holding a 1-bit scan, as scanners write them (DeviceGray, 1 bit per component). */
function pdf1Bit(pbm: Buffer): Promise<Buffer> {
  const head = /^P4\s+(\d+)\s+(\d+)\s/.exec(pbm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(head[1]), Number(head[2])];
  return pdf(STRIP, (doc) => {
    // PBM says 1 = black, PDF DeviceGray says 0 = black: the Decode array flips it.
    const image = doc.ref({
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      BitsPerComponent: 1,
      ColorSpace: 'DeviceGray',
      Decode: [1, 0],
    });
    image.end(pbm.subarray(head[0].length));
    (doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects.Pindai = image;
    doc.addContent(`q ${STRIP[0]} 0 0 ${STRIP[1]} 0 0 cm /Pindai Do Q`);
  });
}

const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

type Detail = { id: number; berkas: { halamanTeks: number | null }[] };

let app: TestApp;
let op: string;
beforeAll(async () => {
  app = await setUpApp();
  await addUser(app, 'operator', ['operator_persuratan']);
  op = await app.login('operator', PASSWORD);
});
afterAll(async () => app?.close());
afterEach(() => vi.unstubAllEnvs());

async function catat(n: number, nama: string, bytes: Buffer): Promise<Detail> {
  const input = { ...suratMasukContoh(n), berkas: [{ nama, base64: bytes.toString('base64') }] };
  return ok<Detail>(await app.as(op, 'suratMasuk.create', input));
}

async function ditemukan(kata: string): Promise<string[]> {
  const hits = ok<{ entity: string; entityId: string }[]>(await app.as(op, 'search.query', { q: kata }));
  return hits.filter((h) => h.entity === 'surat_masuk').map((h) => h.entityId);
}

describe('OCR of scanned attachments', () => {
  it('finds a letter by a word that exists only in its scanned PNG', async () => {
    const { png } = await pindai('Inventarisasi gudang persediaan triwulan keempat, kata kunci KALIBRASI');
    const d = await catat(1, 'pindaian.png', png);
    expect(await ditemukan('kalibrasi')).toEqual([String(d.id)]);
    expect(d.berkas[0]?.halamanTeks).toBeNull();
  });

  it('reads the scanned page of a PDF and keeps the text layer of its typed page', async () => {
    const { png } = await pindai('Berita acara pemeriksaan alat pemadam, kata kunci FUMIGASI');
    const bytes = await pdf(STRIP, (doc) => {
      doc.fontSize(12).text('Nota dinas pengantar berkas pemeriksaan gudang kantor wilayah, kata kunci PENGANTAR', 40, 40, { width: 500 });
      doc.addPage({ size: STRIP, margin: 0 }).image(png, 0, 0, { width: STRIP[0], height: STRIP[1] });
    });
    const d = await catat(2, 'berita-acara.pdf', bytes);
    expect(await ditemukan('fumigasi')).toEqual([String(d.id)]);
    expect(await ditemukan('pengantar')).toEqual([String(d.id)]);
    expect(d.berkas[0]?.halamanTeks).toBe(2);
  });

  it('reads a 1-bit black-and-white scanned PDF', async () => {
    const { pbm } = await pindai('Laporan pemeliharaan kendaraan dinas, kata kunci REKONDISI');
    const d = await catat(3, 'pindaian-bw.pdf', await pdf1Bit(pbm));
    expect(await ditemukan('rekondisi')).toEqual([String(d.id)]);
  });

  it('reads nothing with SATU_OCR=0, and the scan is still stored', async () => {
    vi.stubEnv('SATU_OCR', '0');
    const { png } = await pindai('Pengadaan alat tulis kantor, kata kunci STERILISASI');
    const d = await catat(4, 'pindaian.png', png);
    expect(await ditemukan('sterilisasi')).toEqual([]);
    expect(d.berkas).toHaveLength(1);
  });

  it('answers null for bytes it cannot read, then reads again', async () => {
    expect(await ocrGambar(Buffer.from('bukan gambar sama sekali'))).toBeNull();
    const putih = await ocrPiksel({ data: new Uint8Array(200 * 200 * 3).fill(255), width: 200, height: 200, kind: 'rgb' });
    expect(putih).toMatchObject({ teks: '' });
  });
});
