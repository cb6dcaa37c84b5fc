// Owns the Indonesian wording of validation messages: one error map for every zod schema in SATU.
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue<z.core.$ZodIssue>;

const jenis: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak',
  array: 'daftar',
  object: 'data',
  date: 'tanggal',
};

function tooSmall(iss: Extract<Issue, { code: 'too_small' }>): string {
  const min = Number(iss.minimum);
  switch (iss.origin) {
    case 'string':
      return min <= 1 ? 'Wajib diisi.' : `Minimal ${min} karakter.`;
    case 'array':
    case 'set':
      return min <= 1 ? 'Pilih minimal satu.' : `Pilih minimal ${min}.`;
    default:
      return iss.inclusive ? `Nilai minimal ${min}.` : `Nilai harus lebih dari ${min}.`;
  }
}

function tooBig(iss: Extract<Issue, { code: 'too_big' }>): string {
  const max = Number(iss.maximum);
  switch (iss.origin) {
    case 'string':
      return `Maksimal ${max} karakter.`;
    case 'array':
    case 'set':
      return `Maksimal ${max} pilihan.`;
    default:
      return iss.inclusive ? `Nilai maksimal ${max}.` : `Nilai harus kurang dari ${max}.`;
  }
}

function message(iss: Issue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) return 'Wajib diisi.';
      return `Harus berupa ${jenis[iss.expected] ?? iss.expected}.`;
    case 'too_small':
      return tooSmall(iss);
    case 'too_big':
      return tooBig(iss);
    case 'invalid_format':
      return 'Format tidak sesuai.';
    case 'invalid_value':
      return 'Pilihan tidak dikenal.';
    case 'unrecognized_keys':
      return `Isian tidak dikenal: ${iss.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `Harus kelipatan ${String(iss.divisor)}.`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'Isian tidak valid.';
    case 'custom':
      return 'Isian tidak valid.';
    default:
      return 'Isian tidak valid.';
  }
}

let installed = false;
/** Installs the Indonesian messages globally; safe to call more than once. */
export function installIndonesianZod(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (iss) => message(iss as Issue) });
}

installIndonesianZod();
