// Owns Indonesian money and number display ("Rp1.234.567", "74,5") and parsing typed rupiah amounts.
import type { ParseResult } from './tanggal.ts';

/** "1234567" → "1.234.567" (digits only, no sign). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Exact integer of a number or bigint; throws RangeError for fractions, NaN and Infinity. */
function toBigInt(n: number | bigint, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isInteger(n)) throw new RangeError(`${what} harus bilangan bulat: ${n}`);
  return BigInt(n);
}

/** "Rp1.234.567", "-Rp1.234.567", "Rp0". Integers only: rupiah has no sen here. */
export function formatRupiah(n: number | bigint): string {
  const v = toBigInt(n, 'Nominal rupiah');
  const sign = v < 0n ? '-' : '';
  const abs = v < 0n ? -v : v;
  return `${sign}Rp${groupThousands(abs.toString())}`;
}

/** Indonesian number: "1.234.567", formatAngka(74.5, 1) → "74,5", formatAngka(-0.25, 2) → "-0,25". */
export function formatAngka(n: number | bigint, decimals = 0): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Jumlah desimal tidak valid: ${decimals}`);
  }
  if (typeof n === 'number' && !Number.isFinite(n)) throw new RangeError(`Angka tidak valid: ${n}`);
  const fixed = typeof n === 'bigint' ? fixedBigInt(n, decimals) : fixedNumber(n, decimals);
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [whole = '0', frac] = fixed.replace('-', '').split('.');
  const body = groupThousands(whole) + (frac === undefined ? '' : `,${frac}`);
  return negative ? `-${body}` : body;
}

function fixedBigInt(n: bigint, decimals: number): string {
  return decimals === 0 ? n.toString() : `${n.toString()}.${'0'.repeat(decimals)}`;
}

/** Number#toFixed, but without exponent notation for |n| >= 1e21. */
function fixedNumber(n: number, decimals: number): string {
  if (Math.abs(n) < 1e21) return n.toFixed(decimals);
  return fixedBigInt(BigInt(n), decimals);
}

const RUPIAH = /^(-)?\s*(?:rp\.?)?\s*(-)?\s*(\d+(?:\.\d{3})*)(?:,(\d+|-))?$/i;

/**
 * Reads a typed amount: "Rp1.234.567", "Rp 1.234.567", "Rp. 1.234.567", "1234567", "1.234.567,00",
 * "1.234.567,-", "-Rp1.234.567". Dots are thousands separators and must group by three; sen other
 * than ",00" is refused because amounts are whole rupiah.
 */
export function parseRupiah(s: string): ParseResult<number> {
  const input = s.trim();
  if (input === '') return { ok: false, message: 'Nominal rupiah tidak boleh kosong' };
  const m = RUPIAH.exec(input);
  const digits = m?.[3];
  if (m === null || digits === undefined || (m[1] !== undefined && m[2] !== undefined)) {
    return { ok: false, message: `Format rupiah tidak valid: ${input}` };
  }
  if (digits.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(digits)) {
    return { ok: false, message: `Format rupiah tidak valid: ${input}` };
  }
  const sen = m[4];
  if (sen !== undefined && sen !== '-' && !/^0+$/.test(sen)) {
    return { ok: false, message: `Nominal rupiah tidak boleh memuat sen: ${input}` };
  }
  const value = Number(digits.replaceAll('.', ''));
  if (!Number.isSafeInteger(value)) return { ok: false, message: `Nominal rupiah terlalu besar: ${input}` };
  const negative = m[1] !== undefined || m[2] !== undefined;
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
