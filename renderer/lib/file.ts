// Owns reading a chosen logo file into a data URL for the kop surat (PNG/JPEG, at most 300 KB).
export const LOGO_MAX_BYTES = 300 * 1024;
const TYPES = ['image/png', 'image/jpeg'];

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; message: string };

export function readLogo(file: File): Promise<LogoRead> {
  if (!TYPES.includes(file.type)) return Promise.resolve({ ok: false, message: 'Logo harus berupa berkas PNG atau JPEG.' });
  if (file.size > LOGO_MAX_BYTES) return Promise.resolve({ ok: false, message: 'Logo terlalu besar (maksimal 300 KB).' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ ok: true, dataUrl: String(reader.result) });
    reader.onerror = () => resolve({ ok: false, message: 'Berkas logo tidak dapat dibaca.' });
    reader.readAsDataURL(file);
  });
}
