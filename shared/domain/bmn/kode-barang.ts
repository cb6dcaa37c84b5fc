// Owns the kode barang: 10 digits in five levels, `G.BB.KK.SS.SSS` = golongan · bidang · kelompok · sub kelompok ·
// sub-sub kelompok, the level read from the prefix length 1/3/5/7/10 (reference bmn.md A.3; PMK 29/PMK.06/2010, to
// which PMK 181/PMK.06/2016 Lamp. II huruf g delegates kodefikasi). An asset is registered on a sub-sub kelompok that
// exists in the reference tree (A.3 design rule: kode barang is a foreign key to the deepest level).
import { AppError } from '../../ipc/result.ts';
import type { ParseResult } from '../../format/tanggal.ts';
import { GOLONGAN } from './nilai.ts';
import type { Golongan } from './nilai.ts';

/** 1 golongan, 2 bidang, 3 kelompok, 4 sub kelompok, 5 sub-sub kelompok. */
export type LevelKodeBarang = 1 | 2 | 3 | 4 | 5;

export const NAMA_LEVEL_KODE_BARANG: Record<LevelKodeBarang, string> = {
  1: 'Golongan',
  2: 'Bidang',
  3: 'Kelompok',
  4: 'Sub Kelompok',
  5: 'Sub-sub Kelompok',
};

/** Digits per segment and the code length at each level. */
const LEBAR_SEGMEN = [1, 2, 2, 2, 3] as const;
const PANJANG_LEVEL = [1, 3, 5, 7, 10] as const;

export type KodeBarang = {
  /** Digits only, e.g. '3100102002' (the form SIMAK/SAKTI exports use in kd_brg). */
  kode: string;
  level: LevelKodeBarang;
  golongan: Golongan;
  /** The code one level up; null for a golongan. */
  induk: string | null;
};

const isGolongan = (s: string): s is Golongan => (GOLONGAN as readonly string[]).includes(s);

function levelDariPanjang(n: number): LevelKodeBarang | null {
  const i = PANJANG_LEVEL.indexOf(n as (typeof PANJANG_LEVEL)[number]);
  return i < 0 ? null : ((i + 1) as LevelKodeBarang);
}

/** '3.10.01.02.002' → '3100102002' when every dotted segment has its width; null when the dots are misplaced. */
function tanpaTitik(s: string): string | null {
  if (!s.includes('.')) return s;
  const segmen = s.split('.');
  if (segmen.length > LEBAR_SEGMEN.length) return null;
  const pas = segmen.every((seg, i) => seg.length === LEBAR_SEGMEN[i]);
  return pas ? segmen.join('') : null;
}

/**
 * Reads a kode barang of any level, written as digits ('3100102002') or dotted by segment ('3.10.01.02.002').
 * Spaces around are ignored. Golongan must be 1–8.
 */
export function uraiKodeBarang(input: string): ParseResult<KodeBarang> {
  const teks = input.trim();
  if (teks === '') return { ok: false, message: 'Kode barang belum diisi.' };
  const kode = tanpaTitik(teks);
  if (kode === null) return { ok: false, message: `Kode barang "${teks}" tidak sesuai pola G.BB.KK.SS.SSS.` };
  if (!/^\d+$/.test(kode)) return { ok: false, message: `Kode barang "${teks}" hanya boleh berisi angka (dan titik pemisah).` };
  const level = levelDariPanjang(kode.length);
  if (level === null) {
    return { ok: false, message: `Kode barang "${teks}" harus 1, 3, 5, 7 atau 10 angka (golongan sampai sub-sub kelompok).` };
  }
  const g = kode.slice(0, 1);
  if (!isGolongan(g)) return { ok: false, message: `Golongan ${g} tidak dikenal; golongan BMN adalah 1–8 (PMK 29/PMK.06/2010).` };
  return { ok: true, value: { kode, level, golongan: g, induk: level === 1 ? null : kode.slice(0, PANJANG_LEVEL[level - 2]) } };
}

/** Like uraiKodeBarang, but a bad code is a VALIDATION error. */
export function pastikanKodeBarang(input: string): KodeBarang {
  const r = uraiKodeBarang(input);
  if (!r.ok) throw new AppError('VALIDATION', r.message);
  return r.value;
}

/** '3100102002' → '3.10.01.02.002'; a shorter code gets only its own segments ('31001' → '3.10.01'). */
export function formatKodeBarang(kode: string): string {
  const k = pastikanKodeBarang(kode).kode;
  const segmen: string[] = [];
  let awal = 0;
  for (const lebar of LEBAR_SEGMEN) {
    if (awal >= k.length) break;
    segmen.push(k.slice(awal, awal + lebar));
    awal += lebar;
  }
  return segmen.join('.');
}

/** The ancestor of `kode` at `level` (its prefix), or null when `kode` is not deeper than that level. */
export function leluhurKodeBarang(kode: string, level: LevelKodeBarang): string | null {
  const k = pastikanKodeBarang(kode);
  return level < k.level ? k.kode.slice(0, PANJANG_LEVEL[level - 1]) : null;
}

/** The 5-digit kelompok that keys the masa manfaat table (A.13): '3100102002' → '31001'. */
export function kelompokKodeBarang(kode: string): string | null {
  const k = pastikanKodeBarang(kode);
  return k.level >= 3 ? k.kode.slice(0, 5) : null;
}

/**
 * Why `kode` cannot be the kode barang of a registered asset, or null when it can: it must be a sub-sub kelompok
 * (10 digits) present in the reference tree.
 */
export function alasanKodeBarangAsetDitolak(kode: string, referensi: ReadonlySet<string>): string | null {
  const r = uraiKodeBarang(kode);
  if (!r.ok) return r.message;
  if (r.value.level !== 5) {
    return `Kode ${formatKodeBarang(r.value.kode)} adalah ${NAMA_LEVEL_KODE_BARANG[r.value.level].toLowerCase()}; aset dicatat pada kode sub-sub kelompok (10 angka).`;
  }
  if (!referensi.has(r.value.kode)) {
    return `Kode barang ${formatKodeBarang(r.value.kode)} tidak ada dalam referensi kode barang; impor referensi terbaru dari SAKTI/SIMAN atau pilih kode lain.`;
  }
  return null;
}

export type BarisPohon = { kode: string; level: number; induk: string | null };

/**
 * Every problem of a kode barang tree (seed or import), in Indonesian, in row order: bad codes, duplicates,
 * a level or induk that does not match the code, an induk missing from the tree or listed after its child.
 */
export function periksaPohonKodeBarang(baris: readonly BarisPohon[]): string[] {
  const masalah: string[] = [];
  const terlihat = new Set<string>();
  const semua = new Set(baris.map((b) => b.kode));
  baris.forEach((b, i) => {
    const no = `Baris ${i + 1} (${b.kode})`;
    const r = uraiKodeBarang(b.kode);
    if (!r.ok || r.value.kode !== b.kode) {
      masalah.push(`${no}: ${r.ok ? 'kode harus ditulis tanpa titik.' : r.message}`);
      return;
    }
    if (terlihat.has(b.kode)) masalah.push(`${no}: kode ganda.`);
    if (b.level !== r.value.level) masalah.push(`${no}: level ${b.level} tidak sesuai panjang kode (seharusnya ${r.value.level}).`);
    if (b.induk !== r.value.induk)
      masalah.push(`${no}: induk ${b.induk ?? 'kosong'} tidak sesuai kode (seharusnya ${r.value.induk ?? 'kosong'}).`);
    else if (b.induk !== null && !semua.has(b.induk)) masalah.push(`${no}: induk ${b.induk} tidak ada dalam daftar.`);
    else if (b.induk !== null && !terlihat.has(b.induk)) masalah.push(`${no}: induk ${b.induk} harus tercantum sebelum anaknya.`);
    terlihat.add(b.kode);
  });
  return masalah;
}
