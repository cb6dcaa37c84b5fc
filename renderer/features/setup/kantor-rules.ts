// Owns the client-side checks of the office form; they mirror shared/domain/kantor.ts so most
// mistakes show before sending, and the server's issues still land on the same fields.
import type { Rule } from 'antd/es/form';

export const wajib = (what: string): Rule => ({ required: true, whitespace: true, message: `${what} wajib diisi.` });

export const aturanKodeSatker: Rule[] = [
  wajib('Kode satker'),
  { pattern: /^\s*\d{6}\s*$/, message: 'Kode satker terdiri atas 6 digit angka.' },
];

export const aturanKodeUakpb: Rule[] = [
  wajib('Kode UAKPB'),
  {
    validator: async (_r, v: unknown) => {
      const s = typeof v === 'string' ? v.replace(/[\s.]/g, '').toUpperCase() : '';
      if (s === '' || /^\d{18}[A-Z]{2}$/.test(s)) return;
      throw new Error('Kode UAKPB terdiri atas 18 digit angka dan 2 huruf kewenangan (mis. KD).');
    },
  },
];

export const aturanSurel: Rule[] = [{ type: 'email', message: 'Alamat surel tidak valid.' }];
