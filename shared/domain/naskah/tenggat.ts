// Owns the deadline (tenggat) of a disposition: the default batas waktu from the letter's derajat
// kecepatan (urgensi, reference arsip-naskah.md A.4.2 after PerANRI 5/2021 and TND Kemenkumham),
// working-day arithmetic on calendar fields, and the status and remaining-time texts (issue #4 §3,
// A.8 batas waktu). No deadline per degree is confirmed in PerANRI 5/2021, so per A.4.2 the numbers
// are office configuration; the defaults are issue #4's (same day, 24 hours, 5 working days).
import { AppError, assertNever } from '../../ipc/result.ts';
import { parseIsoDate } from '../../format/tanggal.ts';
import type { CalendarDate } from '../../format/tanggal.ts';

export const URGENSI = ['sangat_segera', 'segera', 'biasa'] as const;
export type Urgensi = (typeof URGENSI)[number];

/** Office configuration; `hariLibur` holds national holidays and cuti bersama as 'YYYY-MM-DD'. */
export type AturanTenggat = {
  biasaHariKerja: number;
  hariLibur: readonly string[];
  jamKerjaSelesai: string;
};

/** Holidays change every year by SKB, so the default list is empty: the office configures them. */
export const ATURAN_TENGGAT_BAWAAN: AturanTenggat = Object.freeze({
  biasaHariKerja: 5,
  hariLibur: Object.freeze([]),
  jamKerjaSelesai: '16:00',
});

export type HasilTenggat = { batas: string; tanggal: string; keterangan: string };

export type StatusTenggat = 'aman' | 'mendekati' | 'lewat' | 'selesai';

const MENIT = 60_000;
const JAM = 60 * MENIT;
const HARI = 24 * JAM;

// An instant must carry its offset: a bare '2026-03-06T09:00' would be read in the machine's zone.
const ISO_INSTAN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const JAM_MENIT = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Bad input is a VALIDATION error whose Indonesian message reaches the user unchanged. */
const salah = (pesan: string): AppError => new AppError('VALIDATION', pesan);

function parseInstan(s: string): number {
  const ms = ISO_INSTAN.test(s) ? Date.parse(s) : Number.NaN;
  if (Number.isNaN(ms)) throw salah(`Waktu tidak valid (harus ISO dengan zona, mis. 2026-03-06T09:00:00+07:00): ${s}`);
  return ms;
}

function parseTanggal(s: string): CalendarDate {
  const r = parseIsoDate(s);
  if (!r.ok) throw salah(r.message);
  return r.value;
}

function parseJamMenit(s: string): { jam: number; menit: number } {
  const m = JAM_MENIT.exec(s);
  if (m === null) throw salah(`Jam kerja selesai tidak valid (format JJ:MM): ${s}`);
  return { jam: Number(m[1]), menit: Number(m[2]) };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil): no Date, no zone. */
function hariEpoch({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Inverse of hariEpoch (Hinnant's civil_from_days). */
function dariHariEpoch(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const keIso = ({ year, month, day }: CalendarDate): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** 0 = Minggu … 6 = Sabtu; 1970-01-01 was a Thursday. */
const hariDalamPekan = (n: number): number => (((n + 4) % 7) + 7) % 7;

function isHariKerjaEpoch(n: number, libur: ReadonlySet<string>): boolean {
  const hari = hariDalamPekan(n);
  return hari !== 0 && hari !== 6 && !libur.has(keIso(dariHariEpoch(n)));
}

function himpunanLibur(hariLibur: readonly string[]): ReadonlySet<string> {
  return new Set(hariLibur.map((t) => keIso(parseTanggal(t))));
}

/** False on Saturday, Sunday and every configured holiday or cuti bersama. */
export function isHariKerja(tanggal: string, hariLibur: readonly string[]): boolean {
  return isHariKerjaEpoch(hariEpoch(parseTanggal(tanggal)), himpunanLibur(hariLibur));
}

/** The date `n` working days after `tanggal` (which itself need not be a working day); n = 0 gives `tanggal`. */
export function tambahHariKerja(tanggal: string, n: number, hariLibur: readonly string[]): string {
  if (!Number.isInteger(n) || n < 0) throw salah(`Jumlah hari kerja harus bilangan bulat ≥ 0: ${n}`);
  const libur = himpunanLibur(hariLibur);
  let hari = hariEpoch(parseTanggal(tanggal));
  for (let sisa = n; sisa > 0;) {
    hari += 1;
    if (isHariKerjaEpoch(hari, libur)) sisa -= 1;
  }
  return keIso(dariHariEpoch(hari));
}

const formatter = new Map<string, Intl.DateTimeFormat>();

function formatterZona(timeZone: string): Intl.DateTimeFormat {
  const ada = formatter.get(timeZone);
  if (ada !== undefined) return ada;
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw salah(`Zona waktu tidak dikenal: ${timeZone}`);
  }
  formatter.set(timeZone, f);
  return f;
}

type WaktuLokal = { tanggal: CalendarDate; msDalamHari: number };

/** The local calendar date and wall-clock time of an instant in `timeZone`. */
function keLokal(ms: number, timeZone: string): WaktuLokal {
  const bagian: Record<string, number> = {};
  for (const p of formatterZona(timeZone).formatToParts(ms)) bagian[p.type] = Number(p.value);
  const nilai = (k: string): number => bagian[k] ?? 0;
  const tanggal = { year: nilai('year'), month: nilai('month'), day: nilai('day') };
  return { tanggal, msDalamHari: nilai('hour') * JAM + nilai('minute') * MENIT + nilai('second') * 1000 };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (+07:00 → 25 200 000). */
function selisihZona(ms: number, timeZone: string): number {
  const detik = Math.floor(ms / 1000) * 1000;
  const lokal = keLokal(detik, timeZone);
  return hariEpoch(lokal.tanggal) * HARI + lokal.msDalamHari - detik;
}

/** The instant at which the wall clock in `timeZone` shows `tanggal` `jamMenit`. */
function lokalKeInstan(tanggal: CalendarDate, jamMenit: string, timeZone: string): number {
  const { jam, menit } = parseJamMenit(jamMenit);
  const dinding = hariEpoch(tanggal) * HARI + jam * JAM + menit * MENIT;
  const tebakan = dinding - selisihZona(dinding, timeZone);
  // A second look settles zones whose offset changes between the guess and the answer (DST elsewhere).
  return dinding - selisihZona(tebakan, timeZone);
}

function hasil(ms: number, timeZone: string, keterangan: string): HasilTenggat {
  return { batas: new Date(ms).toISOString(), tanggal: keIso(keLokal(ms, timeZone).tanggal), keterangan };
}

const jamTeks = (jamMenit: string): string => jamMenit.replace(':', '.');

function tenggatSangatSegera(ms: number, timeZone: string, aturan: AturanTenggat): HasilTenggat {
  const hariIni = keLokal(ms, timeZone).tanggal;
  const akhirHariIni = lokalKeInstan(hariIni, aturan.jamKerjaSelesai, timeZone);
  const kerja = isHariKerja(keIso(hariIni), aturan.hariLibur);
  if (kerja && ms < akhirHariIni) return hasil(akhirHariIni, timeZone, 'Hari yang sama (sangat segera)');
  const besok = parseTanggal(tambahHariKerja(keIso(hariIni), 1, aturan.hariLibur));
  const alasan = kerja ? `diterima setelah pukul ${jamTeks(aturan.jamKerjaSelesai)}` : 'diterima pada hari libur';
  return hasil(lokalKeInstan(besok, aturan.jamKerjaSelesai, timeZone), timeZone, `Hari kerja berikutnya (sangat segera), ${alasan}`);
}

function tenggatBiasa(ms: number, timeZone: string, aturan: AturanTenggat): HasilTenggat {
  const n = aturan.biasaHariKerja;
  if (!Number.isInteger(n) || n < 1) throw salah(`Tenggat surat biasa harus ≥ 1 hari kerja: ${n}`);
  const diterima = keIso(keLokal(ms, timeZone).tanggal);
  const tanggal = parseTanggal(tambahHariKerja(diterima, n, aturan.hariLibur));
  const keterangan = `${n} hari kerja (biasa), tidak termasuk Sabtu, Minggu dan hari libur`;
  return hasil(lokalKeInstan(tanggal, aturan.jamKerjaSelesai, timeZone), timeZone, keterangan);
}

/**
 * Default batas waktu of a disposition: sangat segera → end of the working day received (or of the
 * next working day when received after `jamKerjaSelesai` or on a day off); segera → exactly 24 hours;
 * biasa → `biasaHariKerja` working days after the day received, at `jamKerjaSelesai` local time.
 */
export function hitungTenggat(input: { urgensi: Urgensi; diterima: string; timeZone: string; aturan: AturanTenggat }): HasilTenggat {
  const { urgensi, timeZone, aturan } = input;
  const ms = parseInstan(input.diterima);
  parseJamMenit(aturan.jamKerjaSelesai);
  switch (urgensi) {
    case 'sangat_segera':
      return tenggatSangatSegera(ms, timeZone, aturan);
    case 'segera':
      return hasil(ms + HARI, timeZone, '24 jam (segera)');
    case 'biasa':
      return tenggatBiasa(ms, timeZone, aturan);
    default:
      return assertNever(urgensi);
  }
}

/** 'selesai' once reported; 'lewat' after the deadline; 'mendekati' within `ambangJam` hours of it. */
export function statusTenggat(batas: string, now: string, selesaiPada: string | null, ambangJam = 24): StatusTenggat {
  if (selesaiPada !== null) return 'selesai';
  const sisa = parseInstan(batas) - parseInstan(now);
  if (sisa < 0) return 'lewat';
  return sisa <= ambangJam * JAM ? 'mendekati' : 'aman';
}

function durasiTeks(ms: number): string {
  const hari = Math.floor(ms / HARI);
  const jam = Math.floor((ms % HARI) / JAM);
  if (hari === 0) return `${jam} jam`;
  return jam === 0 ? `${hari} hari` : `${hari} hari ${jam} jam`;
}

/** "2 hari 3 jam lagi", "kurang dari 1 jam lagi", "lewat 5 jam", "lewat kurang dari 1 jam" (rounded down). */
export function sisaWaktuTeks(batas: string, now: string): string {
  const sisa = parseInstan(batas) - parseInstan(now);
  if (sisa >= 0) return sisa < JAM ? 'kurang dari 1 jam lagi' : `${durasiTeks(sisa)} lagi`;
  return -sisa < JAM ? 'lewat kurang dari 1 jam' : `lewat ${durasiTeks(-sisa)}`;
}
