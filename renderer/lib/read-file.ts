// Owns reading a file the user picked into what a channel takes: base64 (PDF, .p12) or text (.pem).
import { formatAngka } from '../../shared/format/index.ts';

export type Berkas = { nama: string; ukuran: number; isi: string };
export type BerkasRead = { ok: true; berkas: Berkas } | { ok: false; message: string };
export type ReadMode = 'base64' | 'text';

/** 30_000_000 → "30 MB", 20_480 → "20 KB" (decimal units, as people read file sizes). */
export function formatBatas(bytes: number): string {
  return bytes >= 1_000_000 ? `${formatAngka(bytes / 1_000_000)} MB` : `${formatAngka(Math.round(bytes / 1000))} KB`;
}

/** 2048 → "2 KB", 3_500_000 → "3,3 MB" (Indonesian decimal comma). */
export function formatUkuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatAngka(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatAngka(bytes / (1024 * 1024), 1)} MB`;
}

const dataUrlToBase64 = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

export function readBerkas(file: File, mode: ReadMode, maxBytes: number): Promise<BerkasRead> {
  if (file.size === 0) return Promise.resolve({ ok: false, message: 'Berkas kosong.' });
  if (file.size > maxBytes) return Promise.resolve({ ok: false, message: `Berkas terlalu besar (maksimal ${formatBatas(maxBytes)}).` });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const raw = String(reader.result);
      resolve({ ok: true, berkas: { nama: file.name, ukuran: file.size, isi: mode === 'base64' ? dataUrlToBase64(raw) : raw } });
    };
    reader.onerror = () => resolve({ ok: false, message: 'Berkas tidak dapat dibaca.' });
    if (mode === 'base64') reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}
