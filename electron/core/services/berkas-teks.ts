// Owns the searchable text of an attachment: a PDF's text layer, and OCR (ocr.ts) of scanned PNG/JPEG
// files and of the PDF pages that carry a scan instead of text. Never fails an upload: what cannot
// be read stays out of search.
import type * as Unpdf from 'unpdf';
import { ocrGambar, ocrPiksel } from './ocr.ts';
import type { Piksel } from './ocr.ts';

/** `halaman`: the PDF's page count (null for images and unreadable PDFs). */
export type TeksBerkas = { teks: string; halaman: number | null };

type PdfDoc = Awaited<ReturnType<typeof Unpdf.getDocumentProxy>>;
type GambarPdf = { data?: Uint8ClampedArray; width: number; height: number; kind?: number };
type ObjekPdf = { get: (key: string, callback: (o: unknown) => void) => unknown };

const MAKS_TEKS = 200_000;
/** OCR costs about a second per page: the first scanned pages are enough to find a document. */
const MAKS_HALAMAN_OCR = 10;
/** A page with less text than this (say a scanner app's "Dipindai dengan …" line) is read as a scan. */
const TEKS_HALAMAN_MIN = 40;
/** Smaller images are logos or stamps, not a scanned page. */
const SISI_GAMBAR_MIN = 100;

const rapikan = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function teksBerkas(bytes: Buffer, mime: string): Promise<TeksBerkas> {
  if (mime === 'application/pdf') return teksPdf(bytes);
  const hasil = await ocrGambar(bytes);
  return { teks: (hasil?.teks ?? '').slice(0, MAKS_TEKS), halaman: null };
}

async function teksPdf(bytes: Buffer): Promise<TeksBerkas> {
  let doc: PdfDoc;
  try {
    // unpdf: a pdf.js build without the optional native canvas (text and decoded images only).
    const { getDocumentProxy } = await import('unpdf');
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch {
    return { teks: '', halaman: null };
  }
  try {
    const { extractText } = await import('unpdf');
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    const lapisan = rapikan(text.join(' '));
    const ocr = await ocrHalamanPindaian(doc, text, lapisan.length);
    return { teks: [lapisan, ...ocr].filter(Boolean).join(' ').slice(0, MAKS_TEKS), halaman: totalPages };
  } catch {
    return { teks: '', halaman: null };
  } finally {
    await doc.loadingTask.destroy().catch(() => {});
  }
}

/** OCR of the first pages whose text layer is (nearly) empty, until the text is long enough. */
async function ocrHalamanPindaian(doc: PdfDoc, perHalaman: string[], panjangAwal: number): Promise<string[]> {
  const pindaian = perHalaman.flatMap((t, i) => (rapikan(t).length < TEKS_HALAMAN_MIN ? [i + 1] : [])).slice(0, MAKS_HALAMAN_OCR);
  const out: string[] = [];
  let panjang = panjangAwal;
  for (const no of pindaian) {
    if (panjang >= MAKS_TEKS) break;
    const gambar = await gambarHalaman(doc, no).catch(() => null);
    const hasil = gambar && (await ocrPiksel(gambar));
    if (!hasil?.teks) continue;
    out.push(hasil.teks);
    panjang += hasil.teks.length + 1;
  }
  return out;
}

/** The largest image drawn on a page, as pdf.js decoded it (a scanned page is one image). */
async function gambarHalaman(doc: PdfDoc, no: number): Promise<Piksel | null> {
  const { getResolvedPDFJS } = await import('unpdf');
  const { OPS, ImageKind } = await getResolvedPDFJS();
  const jenis = new Map<number, Piksel['kind']>([
    [ImageKind.GRAYSCALE_1BPP, 'bw'],
    [ImageKind.RGB_24BPP, 'rgb'],
    [ImageKind.RGBA_32BPP, 'rgba'],
  ]);
  const page = await doc.getPage(no);
  const ops = await page.getOperatorList();
  let terbesar: Piksel | null = null;
  for (const [i, fn] of ops.fnArray.entries()) {
    if (fn !== OPS.paintImageXObject) continue;
    const key = String(ops.argsArray[i]?.[0]);
    const img = await objekGambar(key.startsWith('g_') ? page.commonObjs : page.objs, key);
    const kind = img?.kind === undefined ? undefined : jenis.get(img.kind);
    if (!img?.data || !kind || Math.min(img.width, img.height) < SISI_GAMBAR_MIN) continue;
    if (!terbesar || img.width * img.height > terbesar.width * terbesar.height)
      terbesar = { data: img.data, width: img.width, height: img.height, kind };
  }
  page.cleanup();
  return terbesar;
}

/** A decoded image of a page: pdf.js may deliver it after the operator list, so wait (a little) for it. */
function objekGambar(objs: ObjekPdf, key: string): Promise<GambarPdf | null> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(null), 10_000);
    t.unref();
    objs.get(key, (o) => {
      clearTimeout(t);
      resolve((o as GambarPdf | null) ?? null);
    });
  });
}
