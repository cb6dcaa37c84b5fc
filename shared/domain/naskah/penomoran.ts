// Owns the numbering of naskah dinas: series patterns with tokens, formatting a number, the counter
// key of a series' scope, sisipan letters (34a) and the gap report of a register. Patterns follow TND
// Kemenkumham as used by Kemenimipas (reference arsip-naskah.md A.5.2: `W.32.UM.01.01-1473`,
// `PAS-36.OT.02.02 Tahun 2020`) with the PerANRI 5/2021 pattern as an option (A.5.1); counter scope
// and never-reused, explained numbers per A.5.4; issue #4 §5.
import { AppError, assertNever } from '../../ipc/result.ts';
import { parseIsoDate } from '../../format/tanggal.ts';
import type { CalendarDate } from '../../format/tanggal.ts';
import { KEAMANAN } from './surat.ts';
import type { Keamanan } from './surat.ts';

export const TOKEN_NOMOR = ['unit', 'klas', 'urut', 'sisipan', 'bulan', 'romawi', 'tahun', 'jab', 'aman'] as const;
export type Token = (typeof TOKEN_NOMOR)[number];

/** What each token stands for, for pattern editors and error messages. */
export const NAMA_TOKEN: Record<Token, string> = {
  unit: 'kode unit',
  klas: 'kode klasifikasi arsip',
  urut: 'nomor urut',
  sisipan: 'huruf sisipan',
  bulan: 'bulan (dua angka)',
  romawi: 'bulan (angka Romawi)',
  tahun: 'tahun',
  jab: 'kode jabatan penandatangan',
  aman: 'kode klasifikasi keamanan (B/T/R/SR)',
};

/** Korespondensi and keputusan are the ministry's (A.5.2); anri is PerANRI 5/2021's surat dinas (A.5.1). */
export const POLA_BAWAAN = {
  korespondensi: '{unit}.{klas}-{urut}',
  keputusan: '{jab}-{urut}.{klas} Tahun {tahun}',
  anri: '{aman}-{urut}/{jab}/{klas}/{bulan}/{tahun}',
} as const;

export type NilaiNomor = {
  unit?: string;
  klas?: string;
  urut: number;
  sisipan?: string | null;
  tanggal: string;
  jab?: string;
  aman?: Keamanan;
};

export type LingkupPencacah = { tahun: boolean; bulan: boolean; klasifikasi: boolean };

/** One counter per office × kind × year, across classifications (A.5.4: `W.32.UM.01.01-1473` in February). */
export const LINGKUP_PENCACAH_BAWAAN: LingkupPencacah = Object.freeze({ tahun: true, bulan: false, klasifikasi: false });

export type EntriRegister = {
  urut: number;
  sisipan: string | null;
  status: 'dipakai' | 'batal' | 'dipesan';
  alasan?: string | null;
  nomor: string;
};

export type Celah = { urut: number; keterangan: string; status: 'batal' | 'dipesan' | 'hilang' };

type Bagian = { jenis: 'teks'; teks: string } | { jenis: 'token'; token: Token };
type HasilUrai = { ok: true; bagian: Bagian[] } | { ok: false; pesan: string };

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const SISIPAN = /^[a-z]+$/;

/** Bad input is a VALIDATION error whose Indonesian message reaches the user unchanged. */
const salah = (pesan: string): AppError => new AppError('VALIDATION', pesan);

const isToken = (s: string): s is Token => (TOKEN_NOMOR as readonly string[]).includes(s);
const daftarToken = (): string => TOKEN_NOMOR.map((t) => `{${t}}`).join(', ');

function uraiPola(pola: string): HasilUrai {
  if (pola.trim() === '') return { ok: false, pesan: 'Pola nomor tidak boleh kosong.' };
  const bagian: Bagian[] = [];
  for (const m of pola.matchAll(/\{([^{}]*)\}|[^{}]+|[{}]/g)) {
    const nama = m[1];
    const posisi = m.index + 1;
    if (m[0] === '{') return { ok: false, pesan: `Kurung kurawal tidak seimbang: "{" pada posisi ${posisi} tidak ditutup.` };
    if (m[0] === '}') return { ok: false, pesan: `Kurung kurawal tidak seimbang: "}" pada posisi ${posisi} tanpa pasangan "{".` };
    if (nama === undefined) bagian.push({ jenis: 'teks', teks: m[0] });
    else if (isToken(nama)) bagian.push({ jenis: 'token', token: nama });
    else return { ok: false, pesan: `Token tidak dikenal: {${nama}}. Token yang tersedia: ${daftarToken()}.` };
  }
  if (!bagian.some((b) => b.jenis === 'token' && b.token === 'urut')) {
    return { ok: false, pesan: 'Pola nomor harus memuat {urut} (nomor urut).' };
  }
  return { ok: true, bagian };
}

/** Checks a series pattern; `tokens` lists the tokens it uses, once each, in order of first use. */
export function validasiPola(pola: string): { ok: true; tokens: Token[] } | { ok: false; pesan: string } {
  const r = uraiPola(pola);
  if (!r.ok) return r;
  const tokens: Token[] = [];
  for (const b of r.bagian) if (b.jenis === 'token' && !tokens.includes(b.token)) tokens.push(b.token);
  return { ok: true, tokens };
}

function parseTanggal(s: string): CalendarDate {
  const r = parseIsoDate(s);
  if (!r.ok) throw salah(r.message);
  return r.value;
}

function normalSisipan(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '';
  const kecil = s.toLowerCase();
  if (!SISIPAN.test(kecil)) throw salah(`Sisipan nomor harus huruf a–z (mis. "a"): "${s}".`);
  return kecil;
}

function wajib(nilai: string | undefined, token: Token): string {
  if (nilai === undefined || nilai.trim() === '') {
    throw salah(`Nilai {${token}} (${NAMA_TOKEN[token]}) belum diisi, padahal dipakai oleh pola nomor.`);
  }
  if (/[{}]/.test(nilai)) throw salah(`Nilai {${token}} (${NAMA_TOKEN[token]}) tidak boleh memuat kurung kurawal: "${nilai}".`);
  return nilai;
}

function kodeAman(aman: string | undefined): string {
  const nilai = wajib(aman, 'aman');
  if (!(KEAMANAN as readonly string[]).includes(nilai)) throw salah(`Kode klasifikasi keamanan harus B, T, R atau SR: "${nilai}".`);
  return nilai;
}

type Konteks = { v: NilaiNomor; tanggal: CalendarDate; urut: string; sisipan: string; sisipanTerpisah: boolean };

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function nilaiToken(token: Token, k: Konteks): string {
  switch (token) {
    case 'unit':
      return wajib(k.v.unit, token);
    case 'klas':
      return wajib(k.v.klas, token);
    case 'jab':
      return wajib(k.v.jab, token);
    case 'aman':
      return kodeAman(k.v.aman);
    case 'urut':
      return k.sisipanTerpisah ? k.urut : k.urut + k.sisipan;
    case 'sisipan':
      return k.sisipan;
    case 'bulan':
      return pad(k.tanggal.month, 2);
    case 'romawi':
      return ROMAWI[k.tanggal.month - 1] ?? '';
    case 'tahun':
      return pad(k.tanggal.year, 4);
    default:
      return assertNever(token);
  }
}

/**
 * The number for `v` in pattern `pola`; `{urut}` is zero-padded to `lebarUrut` and carries the sisipan
 * ('34a') unless the pattern places `{sisipan}` itself. Throws a VALIDATION AppError naming any token
 * the pattern uses but `v` leaves empty.
 */
export function formatNomor(pola: string, v: NilaiNomor, lebarUrut = 0): string {
  const r = uraiPola(pola);
  if (!r.ok) throw salah(r.pesan);
  if (!Number.isSafeInteger(v.urut) || v.urut < 1) throw salah(`Nomor urut harus bilangan bulat ≥ 1: ${v.urut}`);
  if (!Number.isInteger(lebarUrut) || lebarUrut < 0 || lebarUrut > 12) throw salah(`Lebar nomor urut harus 0–12: ${lebarUrut}`);
  const k: Konteks = {
    v,
    tanggal: parseTanggal(v.tanggal),
    urut: pad(v.urut, lebarUrut),
    sisipan: normalSisipan(v.sisipan),
    sisipanTerpisah: r.bagian.some((b) => b.jenis === 'token' && b.token === 'sisipan'),
  };
  return r.bagian.map((b) => (b.jenis === 'teks' ? b.teks : nilaiToken(b.token, k))).join('');
}

/**
 * The key of the counter that allocates the next number: 0 / '' for each dimension out of scope.
 * A monthly counter always includes the year (a reset each month means each month of each year).
 */
export function kunciPencacah(l: LingkupPencacah, v: { tanggal: string; klas?: string }): { tahun: number; bulan: number; klas: string } {
  const { year, month } = parseTanggal(v.tanggal);
  const klas = l.klasifikasi ? wajib(v.klas, 'klas') : '';
  return { tahun: l.tahun || l.bulan ? year : 0, bulan: l.bulan ? month : 0, klas };
}

/** Sisipan order is bijective base 26: a … z, aa … az, ba … zz, aaa (shorter first, then alphabetical). */
function bandingSisipan(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sisipanSetelah(s: string): string {
  const huruf = s.split('');
  for (let i = huruf.length - 1; i >= 0; i -= 1) {
    if (huruf[i] !== 'z') {
      huruf[i] = String.fromCharCode((huruf[i] ?? 'a').charCodeAt(0) + 1);
      return huruf.join('');
    }
    huruf[i] = 'a';
  }
  return `a${huruf.join('')}`;
}

/** The next sisipan after every one already used for this sequence number (never reused): 'a', 'b' … 'z', 'aa'. */
export function sisipanBerikut(terpakai: readonly string[]): string {
  let terakhir = '';
  for (const s of terpakai) {
    const n = normalSisipan(s);
    if (bandingSisipan(n, terakhir) > 0) terakhir = n;
  }
  return terakhir === '' ? 'a' : sisipanSetelah(terakhir);
}

/** Register order: by sequence number, the plain number before its sisipan 34a, 34b … 34z, 34aa. */
export function urutkanNomor(a: { urut: number; sisipan?: string | null }, b: { urut: number; sisipan?: string | null }): number {
  if (a.urut !== b.urut) return a.urut - b.urut;
  return bandingSisipan(normalSisipan(a.sisipan), normalSisipan(b.sisipan));
}

const PRIORITAS: Record<EntriRegister['status'], number> = { dipakai: 0, batal: 1, dipesan: 2 };

function celahUntuk(urut: number, e: EntriRegister | undefined): Celah | null {
  if (e === undefined) return { urut, keterangan: 'tidak tercatat (celah)', status: 'hilang' };
  switch (e.status) {
    case 'dipakai':
      return null;
    case 'batal': {
      const alasan = e.alasan?.trim() ? e.alasan.trim() : 'tanpa alasan tercatat';
      return { urut, keterangan: `dibatalkan: ${alasan}`, status: 'batal' };
    }
    case 'dipesan':
      return { urut, keterangan: 'dipesan, belum dipakai', status: 'dipesan' };
    default:
      return assertNever(e.status);
  }
}

/**
 * Every sequence number from 1 to `sampaiUrut` (default: the highest plain number registered) that is
 * not simply in use, with its explanation. Sisipan entries (34a) are extra numbers: they neither fill
 * nor open a gap. Pass the counter's current value as `sampaiUrut` to catch numbers lost at the end.
 */
export function laporanCelah(entri: readonly EntriRegister[], sampaiUrut?: number): Celah[] {
  const utama = new Map<number, EntriRegister>();
  let tertinggi = 0;
  for (const e of entri) {
    if (!Number.isSafeInteger(e.urut) || e.urut < 1) throw salah(`Nomor urut di register tidak valid: ${e.urut} (${e.nomor})`);
    if (normalSisipan(e.sisipan) !== '') continue;
    const lama = utama.get(e.urut);
    if (lama === undefined || PRIORITAS[e.status] < PRIORITAS[lama.status]) utama.set(e.urut, e);
    tertinggi = Math.max(tertinggi, e.urut);
  }
  const sampai = sampaiUrut ?? tertinggi;
  if (!Number.isSafeInteger(sampai) || sampai < 0) throw salah(`Batas nomor urut laporan celah tidak valid: ${sampai}`);
  const hasil: Celah[] = [];
  for (let urut = 1; urut <= sampai; urut += 1) {
    const c = celahUntuk(urut, utama.get(urut));
    if (c !== null) hasil.push(c);
  }
  return hasil;
}
