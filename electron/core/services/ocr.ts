// Owns offline OCR of scanned attachments, so that the words of a scan become searchable: one
// tesseract.js worker (Indonesian + English, LSTM models), created on first use, one job at a time,
// ended after a minute without jobs (its wasm heap never shrinks) and when the backend closes.
// Every failure or timeout answers null: a scan whose text cannot be read is still stored.
// SATU_OCR=0 switches it off.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker as Thread } from 'node:worker_threads';
import type { Worker as Tesseract } from 'tesseract.js';
import type { Logger } from '../log.ts';

export type HasilOcr = { teks: string; keyakinan: number };

/** Raw pixels as pdf.js decodes a PDF's images: 1 bit per pixel (rows padded to a byte, 1 = white), RGB or RGBA. */
export type Piksel = { data: Uint8Array | Uint8ClampedArray; width: number; height: number; kind: 'bw' | 'rgb' | 'rgba' };

type Setelan = { dataDir: string; log: Logger };

const BAHASA = ['ind', 'eng'] as const;
const MULAI_MS = 30_000;
const KENALI_MS = 60_000;
const DIAM_MS = 60_000;

let setelan: Setelan | null = null;
let worker: Promise<Tesseract> | null = null;
/** The thread of the started worker, to tell whether a thread that died is the current one. */
let thread: Thread | undefined;
let antrian: Promise<unknown> = Promise.resolve();
let menganggur: NodeJS.Timeout | null = null;
/** Set when the worker could not start: no further attempt (and no log line per upload) until the backend restarts. */
let mati = false;

/** Called by the backend at start: OCR needs the data folder (language files) and the log. Returns the close hook. */
export function pasangOcr(s: Setelan): () => Promise<void> {
  setelan = s;
  mati = false;
  return async () => {
    if (setelan !== s) return;
    setelan = null;
    await hentikanWorker();
  };
}

/** The text of a PNG/JPEG/PNM image, or null when OCR is off, unavailable, failed or took too long. */
export async function ocrGambar(bytes: Uint8Array): Promise<HasilOcr | null> {
  const s = setelan;
  if (!s || mati || process.env.SATU_OCR === '0') return null;
  const job = antrian.then(async () => {
    if (mati || setelan !== s) return null; // the worker failed to start, or the backend closed, while this job waited
    try {
      return await kenali(s, bytes);
    } catch (e) {
      s.log.error('OCR gagal; teks pindaian tidak masuk pencarian', { error: String(e) });
      return null;
    }
  });
  antrian = job;
  return job;
}

/** The text of raw pixels (a PDF's page image), wrapped as PBM/PPM, which tesseract's Leptonica reads. */
export function ocrPiksel(p: Piksel): Promise<HasilOcr | null> {
  return ocrGambar(pnm(p));
}

export function pnm(p: Piksel): Buffer {
  const { width: w, height: h } = p;
  if (p.kind === 'bw') {
    // PBM: rows padded to a byte like pdf.js's, but 1 = black.
    const bits = Buffer.from(p.data.subarray(0, Math.ceil(w / 8) * h)).map((b) => ~b & 0xff);
    return Buffer.concat([Buffer.from(`P4\n${w} ${h}\n`, 'latin1'), bits]);
  }
  const rgb = p.kind === 'rgb' ? Buffer.from(p.data.subarray(0, w * h * 3)) : Buffer.alloc(w * h * 3);
  if (p.kind === 'rgba')
    for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
      rgb[j] = p.data[i]!;
      rgb[j + 1] = p.data[i + 1]!;
      rgb[j + 2] = p.data[i + 2]!;
    }
  return Buffer.concat([Buffer.from(`P6\n${w} ${h}\n255\n`, 'latin1'), rgb]);
}

async function kenali(s: Setelan, bytes: Uint8Array): Promise<HasilOcr> {
  if (menganggur) clearTimeout(menganggur);
  menganggur = null;
  const p = (worker ??= mulai(s).catch((e: unknown) => {
    worker = null;
    mati = true;
    throw e;
  }));
  const w = await p;
  const t = threadOf(w);
  t?.ref();
  try {
    const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { data } = await batasWaktu(w.recognize(image), KENALI_MS, 'Pengenalan teks');
    return { teks: data.text.replace(/\s+/g, ' ').trim(), keyakinan: data.confidence };
  } catch (e) {
    await hentikanWorker(); // a stuck or failed job may have left the worker unusable; the next job starts a fresh one
    throw e;
  } finally {
    t?.unref();
    if (worker === p) (menganggur = setTimeout(() => void hentikanWorker(), DIAM_MS)).unref();
    else void w.terminate().catch(() => {}); // the backend closed while this job ran
  }
}

async function mulai(s: Setelan): Promise<Tesseract> {
  const langPath = await folderBahasa(s.dataDir);
  const { createWorker, OEM } = await import('tesseract.js');
  let gagal: (e: Error) => void = () => {};
  const galat = new Promise<never>((_, reject) => (gagal = reject));
  // Without errorHandler tesseract.js rethrows a worker's failure inside its message listener (an
  // uncaught exception in main); with it, a failed start never settles, hence the race.
  const dibuat = createWorker([...BAHASA], OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    errorHandler: (e: unknown) => gagal(new Error(String(e))),
  });
  try {
    const w = await batasWaktu(Promise.race([dibuat, galat]), MULAI_MS, 'Memulai OCR');
    const t = threadOf(w);
    t?.on('error', (e) => {
      s.log.error('pekerja OCR berhenti', { error: String(e) });
      if (thread !== t) return;
      worker = null;
      thread = undefined;
    });
    t?.unref(); // idle between jobs: must not keep the CLI or a test process alive
    thread = t;
    return w;
  } catch (e) {
    void dibuat.then((w) => w.terminate()).catch(() => {});
    throw e;
  }
}

async function hentikanWorker(): Promise<void> {
  if (menganggur) clearTimeout(menganggur);
  menganggur = null;
  const w = worker;
  worker = null;
  thread = undefined;
  // Not awaited: a start that hangs must not hold up closing the backend.
  void w?.then((x) => x.terminate()).catch(() => {});
}

/** tesseract.js keeps its worker_threads Worker on the object it returns (absent from its types). */
function threadOf(w: Tesseract): Thread | undefined {
  return (w as unknown as { worker?: Thread | null }).worker ?? undefined;
}

function batasWaktu<T>(p: Promise<T>, ms: number, apa: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  const habis = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`${apa} melewati ${ms / 1000} detik.`)), ms);
    t.unref();
  });
  return Promise.race([p, habis]).finally(() => clearTimeout(t));
}

/**
 * tesseract.js reads every language from ONE folder (the per-language form is broken), and a
 * missing file makes its start hang: the packaged app ships both files in resources/tessdata;
 * otherwise they are copied once from the @tesseract.js-data packages' 4.0.0_best_int folders
 * (never their index.js, which points at the large legacy models) into <data>/tessdata.
 */
async function folderBahasa(dataDir: string): Promise<string> {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) {
    const dir = path.join(resources, 'tessdata');
    const ada = await Promise.all(
      BAHASA.map((b) =>
        fs.access(path.join(dir, `${b}.traineddata.gz`)).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (ada.every(Boolean)) return dir;
  }
  const dir = path.join(dataDir, 'tessdata');
  for (const b of BAHASA) await salinBahasa(b, path.join(dir, `${b}.traineddata.gz`));
  return dir;
}

const require = createRequire(import.meta.url);

async function salinBahasa(bahasa: string, target: string): Promise<void> {
  const ada = await fs.stat(target).catch(() => null);
  let sumber: string;
  try {
    sumber = path.join(
      path.dirname(require.resolve(`@tesseract.js-data/${bahasa}/package.json`)),
      '4.0.0_best_int',
      `${bahasa}.traineddata.gz`,
    );
    if (ada && ada.size === (await fs.stat(sumber)).size) return;
  } catch (e) {
    if (ada) return; // the copy made earlier is all there is
    throw e;
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.copyFile(sumber, `${target}.tmp`);
  await fs.rename(`${target}.tmp`, target);
}
