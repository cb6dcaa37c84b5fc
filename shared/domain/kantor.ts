// Owns the office identity (kop surat, codes) and the first-run setup input (issue #2).
import { z } from 'zod';
import { newUserSchema } from './akun.ts';
import { optText } from './teks.ts';

export const JENIS_SATKER = ['kanwil', 'lapas', 'rutan', 'bapas', 'lpka', 'lpp', 'cabang-rutan', 'lainnya'] as const;
export type JenisSatker = (typeof JENIS_SATKER)[number];
export const jenisSatkerSchema = z.enum(JENIS_SATKER);

export const NAMA_JENIS_SATKER: Record<JenisSatker, string> = {
  kanwil: 'Kantor Wilayah',
  lapas: 'Lembaga Pemasyarakatan',
  rutan: 'Rumah Tahanan Negara',
  bapas: 'Balai Pemasyarakatan',
  lpka: 'Lembaga Pembinaan Khusus Anak',
  lpp: 'Lembaga Pemasyarakatan Perempuan',
  'cabang-rutan': 'Cabang Rumah Tahanan Negara',
  lainnya: 'Lainnya',
};

/** Kode satker as used by the ministry's finance systems: 6 digits. */
export const kodeSatkerSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Kode satker terdiri atas 6 digit angka.');

/**
 * Kode UAKPB (kd_lokasi) as SIMAK-BMN stores it: BA(3) Es.I(2) Wilayah(4) Satker(6) Sub-satker(3)
 * Kewenangan(2 letters), e.g. 015110199411868000KP (reference/bmn.md A.5); dots and spaces are ignored.
 */
export const kodeUakpbSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s.]/g, '').toUpperCase())
  .refine((s) => /^\d{18}[A-Z]{2}$/.test(s), 'Kode UAKPB terdiri atas 18 digit angka dan 2 huruf kewenangan (mis. KD).');

/** A PNG or JPEG as a data URL, at most ~300 KB, for the kop surat. */
export const logoSchema = z
  .string()
  .max(420_000, 'Logo terlalu besar (maksimal 300 KB).')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Logo harus berupa berkas PNG atau JPEG.');

export const kantorSchema = z.object({
  nama: z.string().trim().min(1).max(200),
  jenis: jenisSatkerSchema,
  kanwilNo: z.number().int().min(1).max(33),
  kodeSatker: kodeSatkerSchema,
  kodeUakpb: kodeUakpbSchema,
  kodeSurat: z.string().trim().min(1).max(40),
  alamat: z.string().trim().min(1).max(300),
  kota: z.string().trim().min(1).max(80),
  telepon: optText(60),
  email: z
    .union([z.literal(''), z.email('Alamat surel tidak valid.')])
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  laman: optText(120),
  logo: logoSchema
    .nullable()
    .optional()
    .transform((s) => s ?? null),
});
export type KantorInput = z.input<typeof kantorSchema>;
export type Kantor = z.output<typeof kantorSchema>;

/** Stored office identity as read back: includes the kop surat header lines. */
export const kantorInfoSchema = kantorSchema.extend({
  satkerId: z.number().int(),
  kopBaris: z.array(z.string()),
});
export type KantorInfo = z.output<typeof kantorInfoSchema>;

export const setupSchema = z.object({
  kantor: kantorSchema,
  admin: newUserSchema.omit({ roles: true }),
  muatDataContoh: z.boolean(),
});
export type SetupInput = z.input<typeof setupSchema>;

/** The kop surat lines for a satker: ministry, directorate general, office name (TND convention). */
export function kopBaris(nama: string, jenis: JenisSatker, kanwilProvinsi: string): string[] {
  const top = ['KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA', 'DIREKTORAT JENDERAL PEMASYARAKATAN'];
  const kanwil = `KANTOR WILAYAH ${kanwilProvinsi.toUpperCase()}`;
  return jenis === 'kanwil' ? [...top, kanwil] : [...top, kanwil, nama.toUpperCase()];
}

/** Provinces on Waktu Indonesia Tengah and Timur (UU/Keppres 41/1987); every other province is on WIB. */
const WITA = [
  'bali',
  'nusa tenggara barat',
  'nusa tenggara timur',
  'kalimantan selatan',
  'kalimantan timur',
  'kalimantan utara',
  'gorontalo',
];
const WIT = ['maluku', 'maluku utara', 'papua'];

/** The IANA time zone in which an office's documents are dated. */
export function zonaWaktu(provinsi: string): 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' {
  const p = provinsi
    .toLowerCase()
    .replace(/^provinsi\s+/, '')
    .trim();
  if (WIT.includes(p) || p.startsWith('papua')) return 'Asia/Jayapura';
  if (WITA.includes(p) || p.startsWith('sulawesi')) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

/** The UTC offset of an Indonesian zone (no daylight saving), for turning a local date into an instant. */
export function offsetZona(timeZone: string): '+07:00' | '+08:00' | '+09:00' {
  return timeZone === 'Asia/Jayapura' ? '+09:00' : timeZone === 'Asia/Makassar' ? '+08:00' : '+07:00';
}
