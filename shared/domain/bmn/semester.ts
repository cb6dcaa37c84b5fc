// Owns the semester calendar of BMN bookkeeping: semester I = 1 January–30 June, semester II = 1 July–31 December;
// depreciation is booked at each semester's end and LBKP are semesterly (reference bmn.md A.11, A.13, A.15; PMK
// 181/PMK.06/2016 Ps. 23). The stored period key is 'YYYY-S1' / 'YYYY-S2' (E: mutasi.periode).
import { AppError } from '../../ipc/result.ts';
import { parseIsoDate } from '../../format/tanggal.ts';
import type { CalendarDate, ParseResult } from '../../format/tanggal.ts';

export type Semester = { tahun: number; ke: 1 | 2 };

function tanggal(s: string): CalendarDate {
  const r = parseIsoDate(s);
  if (!r.ok) throw new AppError('VALIDATION', r.message);
  return r.value;
}

/** The semester a date falls in. */
export function semesterDari(iso: string): Semester {
  const t = tanggal(iso);
  return { tahun: t.year, ke: t.month <= 6 ? 1 : 2 };
}

/** A running count (tahun × 2 + 0/1) so that semesters can be compared and subtracted. */
export function indeksSemester(s: Semester): number {
  return s.tahun * 2 + (s.ke - 1);
}

export function semesterDariIndeks(i: number): Semester {
  if (!Number.isSafeInteger(i)) throw new RangeError(`Indeks semester tidak valid: ${i}`);
  return { tahun: Math.floor(i / 2), ke: i % 2 === 0 ? 1 : 2 };
}

/** '2024-06-30' or '2024-12-31': the day the semester's depreciation is booked. */
export function akhirSemester(s: Semester): string {
  return `${String(s.tahun).padStart(4, '0')}-${s.ke === 1 ? '06-30' : '12-31'}`;
}

export function awalSemester(s: Semester): string {
  return `${String(s.tahun).padStart(4, '0')}-${s.ke === 1 ? '01-01' : '07-01'}`;
}

/** The last semester that has ended on or before the date: 31 Dec 2025 → II 2025; 30 Dec 2025 → I 2025. */
export function semesterSelesaiPada(iso: string): Semester {
  const s = semesterDari(iso);
  return iso === akhirSemester(s) ? s : semesterDariIndeks(indeksSemester(s) - 1);
}

/** 'Semester I 2024'. */
export function namaSemester(s: Semester): string {
  return `Semester ${s.ke === 1 ? 'I' : 'II'} ${s.tahun}`;
}

/** '2024-S1'. */
export function kodeSemester(s: Semester): string {
  return `${String(s.tahun).padStart(4, '0')}-S${s.ke}`;
}

export function uraiKodeSemester(teks: string): ParseResult<Semester> {
  const m = /^(\d{4})-S([12])$/.exec(teks.trim());
  if (m === null || Number(m[1]) < 1) return { ok: false, message: `Periode "${teks}" harus berbentuk TTTT-S1 atau TTTT-S2.` };
  return { ok: true, value: { tahun: Number(m[1]), ke: m[2] === '1' ? 1 : 2 } };
}
