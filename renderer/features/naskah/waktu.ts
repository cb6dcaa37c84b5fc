// Owns how Naskah Dinas writes instants and dates: Indonesian, local time, "—" when absent.
import { formatTanggal, formatTanggalJam } from '../../../shared/format/index.ts';
import { TEKS } from '../../i18n/id.ts';

/** ISO instant → "23 November 2026 14.05" (local time). */
export const waktu = (iso: string | null | undefined): string => (iso ? formatTanggalJam(new Date(iso)) : TEKS.kosong);

/** 'YYYY-MM-DD' → "23 November 2026". */
export const tanggal = (iso: string | null | undefined): string => (iso ? formatTanggal(iso.slice(0, 10)) : TEKS.kosong);

/** The current year in local time, the default of every year filter. */
export const tahunIni = (): number => new Date().getFullYear();

/** The last few years and the next one, for year pickers. */
export const pilihanTahun = (): { value: number; label: string }[] =>
  Array.from({ length: 7 }, (_, i) => tahunIni() + 1 - i).map((t) => ({ value: t, label: String(t) }));
