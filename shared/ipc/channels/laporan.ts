// Owns the channels of reports, signing certificates, the document registry and verification (issue #3).
import { z } from 'zod';
import { defineChannel } from '../channel.ts';

const id = z.number().int().positive();
const base64 = z
  .string()
  .min(1)
  .max(40_000_000)
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'Berkas tidak terbaca.');
const passphrase = z.string().min(1, 'Kata sandi sertifikat wajib diisi.').max(256);
const params = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()])).default({});

export const laporanInfoSchema = z.object({
  kind: z.string(),
  title: z.string(),
  paper: z.enum(['F4', 'A4', 'F4-setengah']),
  orientation: z.enum(['portrait', 'landscape']),
  parameter: z.enum(['tanpa', 'periode', 'surat-masuk', 'pemindahan', 'penyusutan']),
  excel: z.boolean(),
});

export const terbitSchema = z.object({
  dokumenId: z.number().int(),
  namaBerkas: z.string(),
  sha256: z.string(),
  halaman: z.number().int(),
  ditandatangani: z.boolean(),
  pdfBase64: z.string(),
});

export const sertifikatInfoSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  pemegang: z.string(),
  sumber: z.enum(['impor', 'kantor']),
  subjek: z.string(),
  penerbit: z.string(),
  fingerprint: z.string(),
  berlakuDari: z.string(),
  berlakuSampai: z.string(),
  aktif: z.boolean(),
  status: z.enum(['berlaku', 'segera-berakhir', 'kedaluwarsa', 'belum-berlaku', 'nonaktif']),
  sisaHari: z.number().int(),
});

export const otoritasInfoSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  jenis: z.enum(['kantor', 'tepercaya']),
  fingerprint: z.string(),
  berlakuDari: z.string(),
  berlakuSampai: z.string(),
});

export const verifikasiSchema = z.object({
  pdf: z.boolean(),
  ditandatangani: z.boolean(),
  ringkasan: z.string(),
  tandaTangan: z.array(
    z.object({
      sah: z.boolean(),
      seluruhDokumen: z.boolean(),
      diubahSetelahTtd: z.boolean(),
      penandatangan: z.string().nullable(),
      fingerprint: z.string().nullable(),
      penerbit: z.string().nullable(),
      tepercaya: z.boolean(),
      sertifikatBerlaku: z.boolean(),
      waktu: z.string().nullable(),
      jenis: z.string().nullable(),
    }),
  ),
  registri: z
    .object({ dokumenId: z.number().int(), judul: z.string(), jenis: z.string(), cocok: z.boolean(), dibuatPada: z.string() })
    .nullable(),
  sha256: z.string(),
});
export type Verifikasi = z.output<typeof verifikasiSchema>;

export const laporanChannels = {
  'laporan.list': defineChannel({
    title: 'Daftar jenis laporan',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(laporanInfoSchema),
  }),
  'laporan.generate': defineChannel({
    title: 'Buat laporan PDF',
    // Issuing writes the registry and a file: everyone but the read-only Pembaca.
    access: ['administrator', 'operator_persuratan', 'pengelola_bmn', 'pengelola_kinerja', 'pimpinan'],
    kind: 'write',
    input: z.object({ kind: z.string().min(1).max(64), params }).strict(),
    output: terbitSchema,
  }),
  'laporan.xlsx': defineChannel({
    title: 'Ekspor register ke Excel',
    access: ['administrator', 'operator_persuratan', 'pengelola_bmn', 'pengelola_kinerja', 'pimpinan'],
    kind: 'read',
    input: z.object({ kind: z.string().min(1).max(64), params }).strict(),
    output: z.object({ namaBerkas: z.string(), xlsxBase64: z.string() }),
  }),
  'laporan.sign': defineChannel({
    title: 'Tanda tangani laporan',
    access: ['pimpinan'],
    kind: 'write',
    input: z.object({ kind: z.string().min(1).max(64), params, sertifikatId: id, passphrase }).strict(),
    output: terbitSchema,
  }),
  'sertifikat.list': defineChannel({
    title: 'Daftar sertifikat tanda tangan',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(sertifikatInfoSchema),
  }),
  'sertifikat.import': defineChannel({
    title: 'Impor sertifikat .p12/.pfx',
    access: 'signedIn',
    kind: 'write',
    input: z.object({ userId: id, p12Base64: base64, passphrase }).strict(),
    output: sertifikatInfoSchema,
  }),
  'sertifikat.deactivate': defineChannel({
    title: 'Nonaktifkan sertifikat',
    access: ['administrator'],
    kind: 'write',
    input: z.object({ id }).strict(),
    output: sertifikatInfoSchema,
  }),
  'sertifikat.caStatus': defineChannel({
    title: 'Otoritas sertifikat kantor dan yang dipercaya',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ kantor: otoritasInfoSchema.nullable(), tepercaya: z.array(otoritasInfoSchema) }),
  }),
  'sertifikat.caCreate': defineChannel({
    title: 'Buat otoritas sertifikat kantor',
    access: ['administrator'],
    kind: 'write',
    input: z
      .object({
        nama: z.string().trim().min(3).max(120),
        passphrase: z.string().min(10, 'Kata sandi otoritas minimal 10 karakter.').max(256),
      })
      .strict(),
    output: otoritasInfoSchema,
  }),
  'sertifikat.caIssue': defineChannel({
    title: 'Terbitkan sertifikat penanda tangan',
    access: ['administrator'],
    kind: 'write',
    input: z
      .object({
        userId: id,
        caPassphrase: passphrase,
        p12Passphrase: z.string().min(8, 'Kata sandi sertifikat minimal 8 karakter.').max(256),
      })
      .strict(),
    output: sertifikatInfoSchema,
  }),
  'sertifikat.caExport': defineChannel({
    title: 'Ekspor sertifikat otoritas kantor',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ namaBerkas: z.string(), pem: z.string() }),
  }),
  'sertifikat.trustImport': defineChannel({
    title: 'Impor otoritas sertifikat tepercaya',
    access: ['administrator'],
    kind: 'write',
    input: z.object({ nama: z.string().trim().min(3).max(120), pem: z.string().min(100).max(20_000) }).strict(),
    output: otoritasInfoSchema,
  }),
  'dokumen.list': defineChannel({
    title: 'Registri dokumen terbit',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ limit: z.number().int().min(1).max(200).default(50), offset: z.number().int().min(0).default(0) }).strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.number().int(),
          jenis: z.string(),
          judul: z.string(),
          penandatangan: z.string().nullable(),
          ditandatanganiPada: z.string().nullable(),
          dibuatOleh: z.string().nullable(),
          dibuatPada: z.string(),
          sha256: z.string(),
          status: z.string(),
        }),
      ),
    }),
  }),
  'dokumen.download': defineChannel({
    title: 'Unduh dokumen terbit',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ namaBerkas: z.string(), pdfBase64: z.string() }),
  }),
  'dokumen.verify': defineChannel({
    title: 'Verifikasi dokumen PDF',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ pdfBase64: base64 }).strict(),
    output: verifikasiSchema,
  }),
} as const;
