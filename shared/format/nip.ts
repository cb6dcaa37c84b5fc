// Owns the 18-digit civil-servant NIP: parsing its embedded fields, validating them, and "8 6 1 3" display.
import { z } from 'zod';
import { isValidDate } from './tanggal.ts';
import type { ParseResult } from './tanggal.ts';

export type JenisKelamin = 'pria' | 'wanita';

export type Nip = {
  /** The 18 digits, no spaces. */
  nip: string;
  /** 'YYYY-MM-DD' */
  tanggalLahir: string;
  /** 'YYYY-MM' — TMT CPNS (appointment year and month). */
  tmtCpns: string;
  jenisKelamin: JenisKelamin;
  /** Serial number, 1..999. */
  urut: number;
};

/** Oldest birth year accepted in a NIP. */
export const NIP_TAHUN_LAHIR_MIN = 1940;

const fail = (message: string): ParseResult<never> => ({ ok: false, message });

/** Remove every whitespace character ("19800101 200501 1 001" → 18 digits). */
function stripSpaces(input: string): string {
  return input.replace(/\s+/g, '');
}

function checkLahir(year: number, month: number, day: number, now: Date): string | null {
  const valid = isValidDate(year, month, day) && year >= NIP_TAHUN_LAHIR_MIN && year <= now.getFullYear();
  return valid ? null : 'Tanggal lahir pada NIP tidak valid';
}

/** TMT year must be more than 15 years after birth and at most next year (a NIP may be issued ahead of TMT). */
function checkTmt(year: number, month: number, tahunLahir: number, now: Date): string | null {
  if (month < 1 || month > 12) return 'Bulan pengangkatan pada NIP tidak valid';
  if (year <= tahunLahir + 15 || year > now.getFullYear() + 1) return 'Tahun pengangkatan pada NIP tidak valid';
  return null;
}

/**
 * Parses a NIP: YYYYMMDD (lahir) YYYYMM (TMT CPNS) G (1 pria, 2 wanita) NNN (urut, not 000).
 * Spaces anywhere are ignored. `now` bounds the years (birth year ≤ now's year).
 */
export function parseNip(input: string, now: Date = new Date()): ParseResult<Nip> {
  const nip = stripSpaces(input);
  if (!/^\d{18}$/.test(nip)) return fail('NIP harus 18 digit angka');
  const num = (from: number, to: number): number => Number(nip.slice(from, to));
  const tahunLahir = num(0, 4);
  const fault = checkLahir(tahunLahir, num(4, 6), num(6, 8), now) ?? checkTmt(num(8, 12), num(12, 14), tahunLahir, now);
  if (fault !== null) return fail(fault);
  const g = num(14, 15);
  if (g !== 1 && g !== 2) return fail('Kode jenis kelamin pada NIP harus 1 atau 2');
  const urut = num(15, 18);
  if (urut === 0) return fail('Nomor urut pada NIP tidak boleh 000');
  const value: Nip = {
    nip,
    tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    jenisKelamin: g === 1 ? 'pria' : 'wanita',
    urut,
  };
  return { ok: true, value };
}

/** "198001012005011001" → "19800101 200501 1 001". Anything that is not 18 digits is returned trimmed, unchanged. */
export function formatNip(nip: string): string {
  const digits = stripSpaces(nip);
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** A full NIP check for forms and IPC input; outputs the 18 digits without spaces. */
export const nipSchema = z.string().transform((s, ctx) => {
  const r = parseNip(s);
  if (r.ok) return r.value.nip;
  ctx.addIssue({ code: 'custom', message: r.message, input: s });
  return z.NEVER;
});
