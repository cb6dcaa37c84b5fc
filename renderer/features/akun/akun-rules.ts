// Owns the client-side checks of account fields; they mirror shared/domain/akun.ts.
import type { Rule } from 'antd/es/form';
import { PASSWORD_MIN } from '../../../shared/domain/akun.ts';
import { parseNip } from '../../../shared/format/index.ts';

export const aturanNamaPengguna: Rule[] = [
  { required: true, whitespace: true, message: 'Nama pengguna wajib diisi.' },
  { min: 3, max: 32, message: 'Nama pengguna 3–32 karakter.' },
  { pattern: /^\s*[a-zA-Z0-9._-]+\s*$/, message: 'Hanya huruf, angka, titik, garis bawah atau tanda hubung.' },
];

export const aturanKataSandi: Rule[] = [
  { required: true, message: 'Kata sandi wajib diisi.' },
  { min: PASSWORD_MIN, message: `Kata sandi minimal ${PASSWORD_MIN} karakter.` },
  {
    validator: async (_r, v: unknown) => {
      const s = typeof v === 'string' ? v : '';
      if (s === '' || (/[A-Za-z]/.test(s) && /[0-9]/.test(s))) return;
      throw new Error('Kata sandi harus memuat huruf dan angka.');
    },
  },
];

/** "Ulangi kata sandi" must equal the field `other`. */
export const aturanUlangi = (other: (string | number)[]): Rule[] => [
  { required: true, message: 'Ketik ulang kata sandi.' },
  ({ getFieldValue }) => ({
    validator: async (_r, v: unknown) => {
      if (!v || v === getFieldValue(other)) return;
      throw new Error('Kedua kata sandi tidak sama.');
    },
  }),
];

export const aturanNip: Rule[] = [
  {
    validator: async (_r, v: unknown) => {
      const s = typeof v === 'string' ? v.trim() : '';
      if (s === '') return;
      const r = parseNip(s);
      if (!r.ok) throw new Error(`${r.message}.`);
    },
  },
];

export const aturanNama: Rule[] = [{ required: true, whitespace: true, message: 'Nama wajib diisi.' }];

export const PETUNJUK_SANDI = `Minimal ${PASSWORD_MIN} karakter, memuat huruf dan angka.`;
export const PETUNJUK_NAMA_PENGGUNA = '3–32 karakter: huruf, angka, titik, garis bawah atau tanda hubung.';
