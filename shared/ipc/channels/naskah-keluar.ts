// Owns the channels of outgoing naskah (issue #4 §4, §6): konsep, paraf chain, signing with the
// number allocated at signing, cancellation, preview and ekspedisi.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { optText as opt } from '../../domain/teks.ts';
import { JENIS_NASKAH, KEAMANAN } from '../../domain/naskah/surat.ts';
import { MODE_TTD, STATUS_NASKAH_KELUAR, isiNaskahSchema, tujuanSchema } from '../../domain/naskah/keluar.ts';
import { kodeKlasifikasiSchema } from './naskah.ts';

const id = z.number().int().positive();
const penyusun = ['administrator', 'operator_persuratan', 'pengelola_bmn', 'pengelola_kinerja', 'pimpinan'] as const;

export const naskahKeluarInputSchema = z.object({
  id: id.nullable().optional(),
  jenis: z.enum(JENIS_NASKAH),
  hal: z.string().trim().min(1).max(500),
  keamanan: z.enum(KEAMANAN),
  urgensi: z.enum(['sangat_segera', 'segera', 'biasa']),
  lampiran: opt(200),
  klasifikasiKode: kodeKlasifikasiSchema,
  tujuan: z.array(tujuanSchema).max(50).default([]),
  tembusan: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  isi: isiNaskahSchema,
  kertas: z.enum(['F4', 'A4']).default('F4'),
  penandatanganId: id,
  modeTtd: z.enum(MODE_TTD).default('langsung'),
  jabatanTtd: z.string().trim().min(1).max(200),
  atasNama: opt(200),
  untukBeliau: opt(200),
  kodeJabatan: opt(60),
  seriId: id,
  balasanSuratMasukId: id.nullable().optional(),
});

const parafInfo = z.object({
  id: z.number().int(),
  urutan: z.number().int(),
  userId: z.number().int(),
  nama: z.string(),
  status: z.enum(['menunggu', 'setuju', 'kembali']),
  catatan: z.string().nullable(),
  waktu: z.string().nullable(),
});

export const naskahKeluarDetailSchema = z.object({
  id: z.number().int(),
  jenis: z.enum(JENIS_NASKAH),
  status: z.enum(STATUS_NASKAH_KELUAR),
  hal: z.string(),
  keamanan: z.enum(KEAMANAN),
  urgensi: z.enum(['sangat_segera', 'segera', 'biasa']),
  lampiran: z.string().nullable(),
  klasifikasiKode: z.string(),
  tujuan: z.array(z.object({ yth: z.string(), alamat: z.string().nullable() })),
  tembusan: z.array(z.string()),
  isi: isiNaskahSchema,
  kertas: z.enum(['F4', 'A4']),
  penandatanganId: z.number().int(),
  penandatangan: z.string(),
  modeTtd: z.enum(MODE_TTD),
  jabatanTtd: z.string(),
  atasNama: z.string().nullable(),
  untukBeliau: z.string().nullable(),
  kodeJabatan: z.string().nullable(),
  seriId: z.number().int(),
  nomor: z.string().nullable(),
  tanggal: z.string().nullable(),
  dokumenId: z.number().int().nullable(),
  konseptor: z.string(),
  konseptorId: z.number().int(),
  catatanKembali: z.string().nullable(),
  alasanBatal: z.string().nullable(),
  paraf: z.array(parafInfo),
  ekspedisi: z.array(
    z.object({
      id: z.number().int(),
      cara: z.string(),
      dikirimPada: z.string(),
      tujuan: z.string(),
      penerimaNama: z.string().nullable(),
      diterimaPada: z.string().nullable(),
      catatan: z.string().nullable(),
    }),
  ),
  balasanSuratMasukId: z.number().int().nullable(),
});

const detail = naskahKeluarDetailSchema;

export const naskahKeluarChannels = {
  'naskahKeluar.list': defineChannel({
    title: 'Agenda naskah keluar',
    access: 'signedIn',
    kind: 'read',
    input: z
      .object({
        status: z.enum(STATUS_NASKAH_KELUAR).optional(),
        q: z.string().trim().max(200).optional(),
        tahun: z.number().int().min(2000).max(2100).optional(),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.number().int(),
          jenis: z.enum(JENIS_NASKAH),
          status: z.enum(STATUS_NASKAH_KELUAR),
          hal: z.string(),
          nomor: z.string().nullable(),
          tanggal: z.string().nullable(),
          penandatangan: z.string(),
          konseptor: z.string(),
        }),
      ),
    }),
  }),
  'naskahKeluar.get': defineChannel({
    title: 'Rincian naskah keluar',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: detail,
  }),
  'naskahKeluar.save': defineChannel({
    title: 'Simpan konsep naskah',
    access: penyusun,
    kind: 'write',
    input: naskahKeluarInputSchema.strict(),
    output: detail,
  }),
  'naskahKeluar.submit': defineChannel({
    title: 'Ajukan naskah untuk paraf',
    access: penyusun,
    kind: 'write',
    input: z.object({ id, pemaraf: z.array(id).max(10).default([]) }).strict(),
    output: detail,
  }),
  'naskahKeluar.paraf': defineChannel({
    title: 'Paraf naskah',
    access: 'signedIn',
    kind: 'write',
    input: z
      .object({ id, setuju: z.boolean(), catatan: opt(2000) })
      .strict()
      .refine((v) => v.setuju || v.catatan, { message: 'Tuliskan catatan perbaikan saat mengembalikan konsep.', path: ['catatan'] }),
    output: detail,
  }),
  'naskahKeluar.sign': defineChannel({
    title: 'Tandatangani naskah',
    access: ['pimpinan'],
    kind: 'write',
    input: z.object({ id, sertifikatId: id, passphrase: z.string().min(1, 'Kata sandi sertifikat wajib diisi.').max(256) }).strict(),
    output: detail,
  }),
  'naskahKeluar.cancel': defineChannel({
    title: 'Batalkan naskah',
    access: penyusun,
    kind: 'write',
    input: z.object({ id, alasan: z.string().trim().min(10, 'Jelaskan alasan pembatalan (minimal 10 karakter).').max(500) }).strict(),
    output: detail,
  }),
  'naskahKeluar.preview': defineChannel({
    title: 'Pratinjau naskah',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ namaBerkas: z.string(), pdfBase64: z.string() }),
  }),
  'naskahKeluar.dispatch': defineChannel({
    title: 'Catat ekspedisi',
    access: ['administrator', 'operator_persuratan'],
    kind: 'write',
    input: z
      .object({
        id,
        cara: z.enum(['srikandi', 'pos', 'kurir', 'email', 'diantar']),
        dikirimPada: z.iso.datetime({ offset: true }),
        tujuan: z.string().trim().min(1).max(200),
        penerimaNama: opt(120),
        diterimaPada: z.iso.datetime({ offset: true }).nullable().optional(),
        catatan: opt(500),
      })
      .strict(),
    output: detail,
  }),
} as const;
