// Owns the wording shared by the archive documents: the office's name in running text, the day and date
// written out in words as a Berita Acara states them ("Pada hari ini Senin tanggal dua puluh tiga bulan
// November tahun dua ribu dua puluh enam"), numbers with their terbilang, and the kurun waktu.
import type { KopSurat } from '../layout/kop.ts';
import { formatTanggal, hariDalamMinggu, namaBulan, namaHari, parseIsoDate, terbilang } from '../../../../shared/format/index.ts';

/** Words kept in capitals when a kop line is put in title case (Roman numerals of a class: "Kelas IIA"). */
const ROMAWI = /^[IVX]+[AB]?$/;
const KECIL = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'atas']);
/** Abbreviations in office names ("LPKA Kelas II Lombok Tengah"). */
const SINGKATAN = new Set(['LPKA', 'LPP', 'UPT', 'RI', 'NTB', 'NTT', 'DKI', 'DIY']);

function judulKata(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => {
      const besar = w.toUpperCase();
      if (ROMAWI.test(besar) || SINGKATAN.has(besar)) return besar;
      return i > 0 && KECIL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/**
 * The office (pencipta arsip) as named in running text, from the kop: "Kantor Wilayah Direktorat Jenderal
 * Pemasyarakatan Nusa Tenggara Barat" for a Kanwil (its kop puts the directorate general on its own line),
 * "Lembaga Pemasyarakatan Kelas IIA Mataram" for a UPT.
 */
export function namaKantor(kop: KopSurat): string {
  const last = kop.baris.at(-1) ?? '';
  const ditjen = kop.baris.find((b) => /^DIREKTORAT JENDERAL /i.test(b));
  const m = /^KANTOR WILAYAH (.+)$/i.exec(last);
  if (m && ditjen) return judulKata(`KANTOR WILAYAH ${ditjen} ${m[1]}`);
  return judulKata(last);
}

/** "12 (dua belas)" */
export const angkaTerbilang = (n: number): string => `${n} (${terbilang(n)})`;

function kalender(iso: string): { year: number; month: number; day: number } {
  const r = parseIsoDate(iso.slice(0, 10));
  if (!r.ok) throw new RangeError(r.message);
  return r.value;
}

/** "Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam (23-11-2026)" */
export function hariTanggalTerbilang(iso: string): string {
  const c = kalender(iso);
  const angka = `${String(c.day).padStart(2, '0')}-${String(c.month).padStart(2, '0')}-${c.year}`;
  return `${namaHari(hariDalamMinggu(c))} tanggal ${terbilang(c.day)} bulan ${namaBulan(c.month)} tahun ${terbilang(c.year)} (${angka})`;
}

/** "23 November 2026" for an ISO date, '-' when absent. */
export const tanggal = (iso: string | null | undefined): string => (iso ? formatTanggal(iso.slice(0, 10)) : '-');

type Titik = { year: number; month: number | null };

function titik(s: string | null | undefined): Titik | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const y = /^(\d{4})$/.exec(s.trim());
  return y ? { year: Number(y[1]), month: null } : null;
}

const teksTitik = (t: Titik): string => (t.month ? `${namaBulan(t.month)} ${t.year}` : String(t.year));

/**
 * Kurun waktu arsip tercipta (A.11.1 col. 4): "November 2026", "Maret–November 2026", "Maret 2024–Januari 2026";
 * years only when only years are known. Falls back to `cadangan` (e.g. the berkas's year).
 */
export function kurunWaktu(awal: string | null | undefined, akhir: string | null | undefined, cadangan = '-'): string {
  const a = titik(awal) ?? titik(akhir);
  const b = titik(akhir) ?? a;
  if (!a || !b) return cadangan;
  if (a.year === b.year && a.month === b.month) return teksTitik(a);
  if (a.year === b.year && a.month && b.month) return `${namaBulan(a.month)}–${namaBulan(b.month)} ${a.year}`;
  return `${teksTitik(a)}–${teksTitik(b)}`;
}

/** The span of several kurun (first start to last end) in years: "2019–2021" or "2020". */
export function rentangTahun(tahun: readonly number[]): string {
  if (tahun.length === 0) return '-';
  const lo = Math.min(...tahun);
  const hi = Math.max(...tahun);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
