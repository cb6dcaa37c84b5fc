// Owns what a BMN label carries and how a scan is read back (reference bmn.md A.6, B.2). The identity of a unit is
// kode UAKPB + kode barang + NUP (A.2 finding 2). Three text forms, all offline (never a URL):
// - QR payload, as A.6 recommends: `BMN|<kodeUAKPB>|<kodeBarang>|<NUP>|<check>`; the check is CRC-16/CCITT-FALSE of
//   everything before the last `|`, as 4 upper-case hex digits (the reference names a check but no algorithm: this
//   one is SATU's choice, and it catches every single-character error of a hand-typed or mis-scanned payload);
// - Code128 for handheld 1D scanners, `<kodeBarang>.<NUP>` (A.6; pluginsGLPI/barcode#142);
// - kode registrasi, the natural key `<kodeUAKPB>-<kodeBarang>-<NUP>` seen in public BMN data (A.5, S33).
// A temporary NUP (nup.ts) is written "S" + number, so that a label printed before SAKTI booked the item is never
// read as an official NUP. Label content in the kodefikasi PMK was not read (F.2); the two text lines follow the
// legacy rule: kode lokasi + tahun perolehan above, kode barang + NUP below [S: S30].
import type { ParseResult } from '../../format/tanggal.ts';
import { formatKodeBarang, uraiKodeBarang } from './kode-barang.ts';
import { formatKodeUakpb, uraiKodeUakpb } from './kode-uakpb.ts';
import { NUP_MAKS, isNup } from './nup.ts';

export type IdentitasBmn = { kodeUakpb: string; kodeBarang: string; nup: number; nupSementara: boolean };
export type IdentitasBarang = Omit<IdentitasBmn, 'kodeUakpb'>;

/** Every scan form, told apart: Code128 carries no kode UAKPB (the scanning office's own is meant). */
export type HasilPindai = ({ format: 'qr' | 'registrasi' } & IdentitasBmn) | ({ format: 'code128' } & IdentitasBarang);

const AWALAN_QR = 'BMN';

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR); check value of "123456789" is 0x29B1. */
export function crc16(teks: string): number {
  let crc = 0xffff;
  for (let i = 0; i < teks.length; i++) {
    crc ^= (teks.charCodeAt(i) & 0xff) << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const cek = (isi: string): string => crc16(isi).toString(16).toUpperCase().padStart(4, '0');

/** '12' or 'S12'. */
export function teksNup(nup: number, sementara: boolean): string {
  if (!isNup(nup)) throw new RangeError(`NUP harus bilangan bulat 1–${NUP_MAKS}: ${nup}`);
  return `${sementara ? 'S' : ''}${nup}`;
}

function uraiNup(teks: string): ParseResult<{ nup: number; nupSementara: boolean }> {
  const m = /^(S?)([1-9]\d{0,8})$/.exec(teks);
  const nup = m === null ? NaN : Number(m[2]);
  if (m === null || !isNup(nup))
    return { ok: false, message: `NUP "${teks}" tidak valid (angka 1–${NUP_MAKS} tanpa nol di depan, "S" untuk NUP sementara).` };
  return { ok: true, value: { nup, nupSementara: m[1] === 'S' } };
}

function uraiBarang(kodeBarang: string, nup: string): ParseResult<IdentitasBarang> {
  const b = uraiKodeBarang(kodeBarang);
  if (!b.ok || b.value.kode !== kodeBarang || b.value.level !== 5) {
    return { ok: false, message: b.ok ? `Kode barang "${kodeBarang}" harus 10 angka tanpa titik.` : b.message };
  }
  const n = uraiNup(nup);
  return n.ok ? { ok: true, value: { kodeBarang, ...n.value } } : n;
}

/** The three parts, each checked; messages name the part that is wrong. */
function uraiBagian(uakpb: string, kodeBarang: string, nup: string): ParseResult<IdentitasBmn> {
  const u = uraiKodeUakpb(uakpb);
  if (!u.ok || u.value.kode !== uakpb) return { ok: false, message: u.ok ? `Kode UAKPB "${uakpb}" harus tanpa titik.` : u.message };
  const b = uraiBarang(kodeBarang, nup);
  return b.ok ? { ok: true, value: { kodeUakpb: uakpb, ...b.value } } : b;
}

/** The stored form of each part; throws RangeError when one is invalid. */
function pastikanBarang(id: IdentitasBarang): IdentitasBarang {
  const r = uraiBarang(id.kodeBarang, teksNup(id.nup, id.nupSementara));
  if (!r.ok) throw new RangeError(r.message);
  return r.value;
}

function pastikan(id: IdentitasBmn): IdentitasBmn {
  const r = uraiBagian(id.kodeUakpb, id.kodeBarang, teksNup(id.nup, id.nupSementara));
  if (!r.ok) throw new RangeError(r.message);
  return r.value;
}

export function muatanQr(id: IdentitasBmn): string {
  const p = pastikan(id);
  const isi = [AWALAN_QR, p.kodeUakpb, p.kodeBarang, teksNup(p.nup, p.nupSementara)].join('|');
  return `${isi}|${cek(isi)}`;
}

/** Reads a QR payload; case and surrounding whitespace (a keyboard-wedge scanner's Enter) are ignored. */
export function uraiMuatanQr(input: string): ParseResult<IdentitasBmn> {
  const teks = input.trim().toUpperCase();
  const bagian = teks.split('|');
  if (bagian.length !== 5 || bagian[0] !== AWALAN_QR) {
    return { ok: false, message: 'Bukan label BMN SATU (diharapkan BMN|kode UAKPB|kode barang|NUP|cek).' };
  }
  const [, uakpb, kodeBarang, nup, periksa] = bagian as [string, string, string, string, string];
  if (periksa !== cek(teks.slice(0, teks.lastIndexOf('|')))) {
    return { ok: false, message: 'Kode cek label tidak cocok: label rusak atau salah baca; pindai ulang atau ketik kode registrasinya.' };
  }
  return uraiBagian(uakpb, kodeBarang, nup);
}

export function muatanCode128(id: IdentitasBarang): string {
  const p = pastikanBarang(id);
  return `${p.kodeBarang}.${teksNup(p.nup, p.nupSementara)}`;
}

export function uraiMuatanCode128(input: string): ParseResult<IdentitasBarang> {
  const m = /^(\d{10})\.(S?\d+)$/.exec(input.trim().toUpperCase());
  if (m === null) return { ok: false, message: 'Bukan barcode BMN (diharapkan 10 angka kode barang, titik, NUP).' };
  return uraiBarang(m[1] as string, m[2] as string);
}

export function kodeRegistrasi(id: IdentitasBmn): string {
  const p = pastikan(id);
  return `${p.kodeUakpb}-${p.kodeBarang}-${teksNup(p.nup, p.nupSementara)}`;
}

export function uraiKodeRegistrasi(input: string): ParseResult<IdentitasBmn> {
  const bagian = input.trim().toUpperCase().split('-');
  if (bagian.length !== 3) return { ok: false, message: 'Kode registrasi harus berbentuk kodeUAKPB-kodeBarang-NUP.' };
  const [uakpb, kodeBarang, nup] = bagian as [string, string, string];
  return uraiBagian(uakpb, kodeBarang, nup);
}

/** Whatever a camera or keyboard-wedge scanner produced: QR payload, Code128, or a typed kode registrasi. */
export function uraiPindaian(input: string): ParseResult<HasilPindai> {
  const teks = input.trim().toUpperCase();
  if (teks.startsWith(`${AWALAN_QR}|`)) {
    const r = uraiMuatanQr(teks);
    return r.ok ? { ok: true, value: { format: 'qr', ...r.value } } : r;
  }
  if (/^\d{10}\./.test(teks)) {
    const r = uraiMuatanCode128(teks);
    return r.ok ? { ok: true, value: { format: 'code128', ...r.value } } : r;
  }
  if (teks.includes('-')) {
    const r = uraiKodeRegistrasi(teks);
    return r.ok ? { ok: true, value: { format: 'registrasi', ...r.value } } : r;
  }
  return { ok: false, message: `"${input.trim()}" bukan label BMN yang dikenal (QR SATU, barcode kode barang.NUP, atau kode registrasi).` };
}

/** The two printed lines: kode lokasi (dotted) + tahun perolehan; kode barang (dotted) + NUP. */
export function barisLabel(id: IdentitasBmn, tahunPerolehan: number): { atas: string; bawah: string } {
  const p = pastikan(id);
  if (!Number.isInteger(tahunPerolehan) || tahunPerolehan < 1 || tahunPerolehan > 9999) {
    throw new RangeError(`Tahun perolehan tidak valid: ${tahunPerolehan}`);
  }
  return {
    atas: `${formatKodeUakpb(p.kodeUakpb)} ${tahunPerolehan}`,
    bawah: `${formatKodeBarang(p.kodeBarang)} ${teksNup(p.nup, p.nupSementara)}`,
  };
}
