// Owns attached files: copied into the data folder under their SHA-256 (same file, one copy),
// their type checked from the bytes, and their text taken for search (berkas-teks.ts: a PDF's text
// layer, OCR of scans).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { teksBerkas } from './berkas-teks.ts';

export type BerkasSiap = {
  nama: string;
  path: string;
  sha256: string;
  ukuran: number;
  mime: string;
  teks: string;
  halamanTeks: number | null;
};

const MIME: [string, (b: Buffer) => boolean][] = [
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
];

function mimeOf(bytes: Buffer, nama: string, field: string): string {
  const found = MIME.find(([, test]) => test(bytes));
  if (!found)
    throw new AppError('VALIDATION', `Berkas "${nama}" bukan PDF, PNG atau JPEG.`, [{ path: field, message: 'Hanya PDF, PNG atau JPEG.' }]);
  return found[0];
}

/** Decodes, checks and stores files before the database transaction (a failed transaction leaves only an unreferenced copy). */
export async function simpanBerkas(
  dir: string,
  files: readonly { nama: string; base64: string }[],
  field = 'berkas',
): Promise<BerkasSiap[]> {
  const out: BerkasSiap[] = [];
  for (const [i, f] of files.entries()) {
    const bytes = Buffer.from(f.base64, 'base64');
    if (bytes.length === 0)
      throw new AppError('VALIDATION', `Berkas "${f.nama}" kosong.`, [{ path: `${field}.${i}`, message: 'Berkas kosong.' }]);
    const mime = mimeOf(bytes, f.nama, `${field}.${i}`);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const ext = mime === 'application/pdf' ? '.pdf' : mime === 'image/png' ? '.png' : '.jpg';
    const target = path.join(dir, sha256.slice(0, 2), sha256 + ext);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(`${target}.tmp`, bytes);
      fs.renameSync(`${target}.tmp`, target);
    }
    const text = await teksBerkas(bytes, mime);
    out.push({ nama: path.basename(f.nama), path: target, sha256, ukuran: bytes.length, mime, teks: text.teks, halamanTeks: text.halaman });
  }
  return out;
}
