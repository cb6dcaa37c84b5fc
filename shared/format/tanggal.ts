// Owns Indonesian date display ("23 November 2026") and strict ISO calendar-date parsing, by hand, without Intl.

/** The value-or-Indonesian-message result of every parser in shared/format. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A calendar date with no time zone: month 1..12, day 1..31. */
export type CalendarDate = { year: number; month: number; day: number };

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Index 0 is Minggu (Sunday), matching Date#getDay. */
const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "November" for 11; throws RangeError outside 1..12. */
export function namaBulan(month: number): string {
  const nama = Number.isInteger(month) ? BULAN[month - 1] : undefined;
  if (nama === undefined) throw new RangeError(`Bulan tidak valid: ${month}`);
  return nama;
}

/** "Senin" for 1; Minggu is 0; throws RangeError outside 0..6. */
export function namaHari(day: number): string {
  const nama = Number.isInteger(day) ? HARI[day] : undefined;
  if (nama === undefined) throw new RangeError(`Hari tidak valid: ${day}`);
  return nama;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1..12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year 1..9999, month 1..12 and day exist together (2024-02-29 yes, 2025-02-29 no). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Strict 'YYYY-MM-DD' → calendar fields; no time zone is involved. */
export function parseIsoDate(s: string): ParseResult<CalendarDate> {
  const m = ISO_DATE.exec(s);
  if (m === null) return { ok: false, message: `Tanggal tidak valid: ${s}` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return { ok: false, message: `Tanggal tidak valid: ${s}` };
  return { ok: true, value: { year, month, day } };
}

function assertValidDate(d: Date): void {
  if (Number.isNaN(d.getTime())) throw new RangeError('Tanggal tidak valid: Invalid Date');
}

/** ISO strings are read as calendar dates; Date objects by their LOCAL fields. Throws RangeError when invalid. */
export function toCalendarDate(d: Date | string): CalendarDate {
  if (typeof d === 'string') {
    const r = parseIsoDate(d);
    if (!r.ok) throw new RangeError(r.message);
    return r.value;
  }
  assertValidDate(d);
  const cal = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  if (!isValidDate(cal.year, cal.month, cal.day)) throw new RangeError(`Tanggal di luar jangkauan: tahun ${cal.year}`);
  return cal;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' from the Date's LOCAL calendar fields. */
export function toIsoDate(d: Date): string {
  const { year, month, day } = toCalendarDate(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day of week (0 = Minggu) of a calendar date, by Sakamoto's method: no Date, no time zone. */
export function hariDalamMinggu({ year, month, day }: CalendarDate): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month < 3 ? year - 1 : year;
  const offset = t[month - 1] ?? 0;
  const n = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day;
  return ((n % 7) + 7) % 7;
}

/** "23 November 2026" */
export function formatTanggal(d: Date | string): string {
  const { year, month, day } = toCalendarDate(d);
  return `${day} ${namaBulan(month)} ${year}`;
}

/** "Senin, 23 November 2026" */
export function formatTanggalHari(d: Date | string): string {
  const cal = toCalendarDate(d);
  return `${namaHari(hariDalamMinggu(cal))}, ${cal.day} ${namaBulan(cal.month)} ${cal.year}`;
}

/** "23 November 2026 14.05" (local time; Indonesian puts a dot between hours and minutes). */
export function formatTanggalJam(d: Date): string {
  assertValidDate(d);
  return `${formatTanggal(d)} ${pad(d.getHours(), 2)}.${pad(d.getMinutes(), 2)}`;
}

/** "23/11/2026" */
export function formatTanggalPendek(d: Date | string): string {
  const { year, month, day } = toCalendarDate(d);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}
