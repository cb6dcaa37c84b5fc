// Owns the channels of correspondence (issue #4): classification picker, incoming-letter agenda
// with scans, dispositions, numbering series, holidays.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { optText as opt } from '../../domain/teks.ts';
import { JENIS_NASKAH, KEAMANAN, MEDIA_SURAT, STATUS_SURAT_MASUK, INSTRUKSI } from '../../domain/naskah/surat.ts';
import { KOLOM_AGENDA } from '../../domain/naskah/impor.ts';

const id = z.number().int().positive();
const isoInstant = z.iso.datetime({ offset: true, message: 'Waktu tidak valid.' });
const isoDate = z.iso.date({ message: 'Tanggal tidak valid (TTTT-BB-HH).' });
const urgensi = z.enum(['sangat_segera', 'segera', 'biasa']);
export const kodeKlasifikasiSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(\.\d{2}){0,3}$/, 'Kode klasifikasi berbentuk huruf dan angka, mis. UM.01.01.');
const operator = ['administrator', 'operator_persuratan'] as const;
const nomorTerbitSchema = z.object({ registerId: z.number().int(), nomor: z.string(), urut: z.number().int(), sisipan: z.string() });

export const berkasMasukSchema = z.object({
  nama: z.string().trim().min(1).max(200),
  base64: z.string().min(1).max(28_000_000, 'Berkas maksimal 20 MB.'),
});

export const suratMasukInputSchema = z.object({
  diterimaPada: isoInstant,
  jenisNaskah: z.enum(JENIS_NASKAH),
  nomorNaskah: z.string().trim().min(1).max(120),
  tanggalNaskah: isoDate,
  asalInstansi: z.string().trim().min(1).max(200),
  asalPejabat: opt(200),
  hal: z.string().trim().min(1).max(500),
  isiRingkas: z.string().trim().min(1).max(3000),
  urgensi,
  keamanan: z.enum(KEAMANAN),
  klasifikasiKode: kodeKlasifikasiSchema
    .nullable()
    .optional()
    .transform((s) => s ?? null),
  tujuan: z.string().trim().min(1).max(200),
  lampiran: opt(200),
  media: z.enum(MEDIA_SURAT),
  berkas: z.array(berkasMasukSchema).max(10).default([]),
  /** A late-registered letter gets agenda number N + a letter (34a); the reason is required and audited. */
  sisipan: z
    .object({
      setelahNoAgenda: z.number().int().positive(),
      alasan: z.string().trim().min(10, 'Jelaskan alasan sisipan (minimal 10 karakter).').max(500),
    })
    .nullable()
    .optional(),
  abaikanDuplikat: z.boolean().default(false),
});

const berkasInfo = z.object({
  id: z.number().int(),
  nama: z.string(),
  sha256: z.string(),
  ukuran: z.number().int(),
  mime: z.string(),
  halamanTeks: z.number().int().nullable(),
  /** Set when the archive this file belonged to was destroyed: the file is gone for good. */
  dimusnahkanPada: z.string().nullable(),
});

const penerimaInfo = z.object({
  id: z.number().int(),
  kepadaUserId: z.number().int(),
  kepada: z.string(),
  /** Set when the disposition was addressed to a unit: its head received it for the unit. */
  kepadaUnitId: z.number().int().nullable(),
  kepadaUnit: z.string().nullable(),
  dibacaPada: z.string().nullable(),
  selesaiPada: z.string().nullable(),
  laporan: z.string().nullable(),
  berkas: z.array(berkasInfo),
});

export const disposisiInfoSchema = z.object({
  id: z.number().int(),
  indukPenerimaId: z.number().int().nullable(),
  dari: z.string(),
  dariUserId: z.number().int(),
  dicatatOleh: z.string(),
  dicatatOlehId: z.number().int(),
  dariLembar: z.boolean(),
  waktu: z.string(),
  instruksi: z.array(z.enum(INSTRUKSI)),
  instruksiLain: z.string().nullable(),
  catatan: z.string().nullable(),
  batasWaktu: z.string(),
  status: z.enum(['aktif', 'dibatalkan']),
  bolehDibatalkan: z.boolean(),
  penerima: z.array(penerimaInfo),
});

export const suratMasukRingkasSchema = z.object({
  id: z.number().int(),
  nomorAgenda: z.string(),
  tahun: z.number().int(),
  diterimaPada: z.string(),
  jenisNaskah: z.enum(JENIS_NASKAH),
  nomorNaskah: z.string(),
  tanggalNaskah: z.string(),
  asalInstansi: z.string(),
  hal: z.string(),
  urgensi,
  keamanan: z.enum(KEAMANAN),
  status: z.enum(STATUS_SURAT_MASUK),
  klasifikasiKode: z.string().nullable(),
});

export const suratMasukDetailSchema = suratMasukRingkasSchema.extend({
  asalPejabat: z.string().nullable(),
  isiRingkas: z.string(),
  tujuan: z.string(),
  lampiran: z.string().nullable(),
  media: z.enum(MEDIA_SURAT),
  alasanSisipan: z.string().nullable(),
  pencatat: z.string().nullable(),
  berkas: z.array(berkasInfo),
  disposisi: z.array(disposisiInfoSchema),
});

const adaPenerima: [(d: { kepada: number[]; kepadaUnit: number[] }) => boolean, { message: string; path: string[] }] = [
  (d) => d.kepada.length + d.kepadaUnit.length > 0,
  { message: 'Pilih minimal satu pejabat atau unit penerima.', path: ['kepada'] },
];

const disposisiBaru = {
  /** Officials by account. */
  kepada: z.array(id).max(20).default([]),
  /** Units by id: each unit's head receives it for the unit. */
  kepadaUnit: z.array(id).max(20).default([]),
  instruksi: z.array(z.enum(INSTRUKSI)).default([]),
  instruksiLain: opt(300),
  catatan: opt(1000),
  /** When omitted, the deadline follows the letter's urgency (tenggat rules). */
  batasWaktu: isoInstant.nullable().optional(),
};

export const naskahChannels = {
  'klasifikasi.list': defineChannel({
    title: 'Daftar kode klasifikasi arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ q: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(2000).default(50) }).strict(),
    output: z.array(
      z.object({
        kode: z.string(),
        nama: z.string(),
        tingkat: z.number().int(),
        indukKode: z.string().nullable(),
        terkonfirmasi: z.boolean(),
        skema: z.string(),
      }),
    ),
  }),
  'klasifikasi.exportXlsx': defineChannel({
    title: 'Ekspor klasifikasi arsip ke Excel',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ skema: z.string().max(60).optional() }).strict(),
    output: z.object({ namaBerkas: z.string(), xlsxBase64: z.string() }),
  }),
  'klasifikasi.importXlsx': defineChannel({
    title: 'Impor versi baru klasifikasi arsip dari Excel',
    access: ['administrator'],
    kind: 'write',
    input: z
      .object({
        xlsxBase64: z.string().min(1).max(28_000_000),
        skemaKode: z
          .string()
          .trim()
          .regex(/^[a-z0-9-]{3,60}$/, 'Kode skema: huruf kecil, angka dan tanda hubung.'),
        skemaNama: z.string().trim().min(3).max(200),
        ujiCoba: z.boolean().default(true),
      })
      .strict(),
    output: z.object({
      kode: z.number().int(),
      diimpor: z.number().int(),
      masalah: z.array(z.object({ baris: z.number().int(), pesan: z.string() })),
    }),
  }),
  'suratMasuk.list': defineChannel({
    title: 'Agenda surat masuk',
    access: 'signedIn',
    kind: 'read',
    input: z
      .object({
        tahun: z.number().int().min(2000).max(2100).optional(),
        status: z.enum(STATUS_SURAT_MASUK).optional(),
        q: z.string().trim().max(200).optional(),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(suratMasukRingkasSchema) }),
  }),
  'suratMasuk.get': defineChannel({
    title: 'Rincian surat masuk',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: suratMasukDetailSchema,
  }),
  'suratMasuk.create': defineChannel({
    title: 'Catat surat masuk',
    access: operator,
    kind: 'write',
    input: suratMasukInputSchema.strict(),
    output: suratMasukDetailSchema,
  }),
  'suratMasuk.import': defineChannel({
    title: 'Impor agenda surat masuk dari Excel',
    access: operator,
    kind: 'write',
    input: z
      .object({
        xlsxBase64: z.string().min(1).max(28_000_000, 'Berkas maksimal 20 MB.'),
        /** Field → column header; guessed from the header row when omitted. */
        pemetaan: z.record(z.enum(KOLOM_AGENDA), z.string().max(100)).nullable().optional(),
        /** Check only: report every bad row, import nothing. */
        ujiCoba: z.boolean().default(true),
      })
      .strict(),
    output: z.object({
      baris: z.number().int(),
      valid: z.number().int(),
      diimpor: z.number().int(),
      pemetaan: z.record(z.string(), z.string()),
      kesalahan: z.array(z.object({ baris: z.number().int(), kolom: z.string().nullable(), pesan: z.string() })),
    }),
  }),
  'suratMasuk.berkas': defineChannel({
    title: 'Unduh berkas lampiran',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ nama: z.string(), mime: z.string(), base64: z.string() }),
  }),
  'disposisi.create': defineChannel({
    title: 'Beri disposisi',
    access: ['pimpinan', 'operator_persuratan'],
    kind: 'write',
    input: z
      .object({
        suratMasukId: id,
        ...disposisiBaru,
        /** Operator recording a disposition the Pimpinan wrote on the paper sheet. */
        atasNamaUserId: id.nullable().optional(),
      })
      .strict()
      .refine(...adaPenerima),
    output: suratMasukDetailSchema,
  }),
  'disposisi.forward': defineChannel({
    title: 'Teruskan disposisi',
    access: 'signedIn',
    kind: 'write',
    input: z
      .object({ penerimaId: id, ...disposisiBaru })
      .strict()
      .refine(...adaPenerima),
    output: suratMasukDetailSchema,
  }),
  'disposisi.open': defineChannel({
    title: 'Buka disposisi',
    access: 'signedIn',
    kind: 'write',
    input: z.object({ penerimaId: id }).strict(),
    output: suratMasukDetailSchema,
  }),
  'disposisi.cancel': defineChannel({
    title: 'Batalkan disposisi',
    access: 'signedIn',
    kind: 'write',
    input: z.object({ disposisiId: id }).strict(),
    output: suratMasukDetailSchema,
  }),
  'disposisi.report': defineChannel({
    title: 'Laporkan tindak lanjut disposisi',
    access: 'signedIn',
    kind: 'write',
    input: z
      .object({ penerimaId: id, laporan: z.string().trim().min(3).max(3000), berkas: z.array(berkasMasukSchema).max(10).default([]) })
      .strict(),
    output: suratMasukDetailSchema,
  }),
  'disposisi.mine': defineChannel({
    title: 'Disposisi saya',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ status: z.enum(['semua', 'belum-dibaca', 'belum-selesai', 'selesai']).default('belum-selesai') }).strict(),
    output: z.array(
      z.object({
        penerimaId: z.number().int(),
        disposisiId: z.number().int(),
        suratMasukId: z.number().int(),
        nomorAgenda: z.string(),
        hal: z.string(),
        asalInstansi: z.string(),
        dari: z.string(),
        instruksi: z.array(z.enum(INSTRUKSI)),
        batasWaktu: z.string(),
        dibacaPada: z.string().nullable(),
        selesaiPada: z.string().nullable(),
        terlambat: z.boolean(),
      }),
    ),
  }),
  'disposisi.overdue': defineChannel({
    title: 'Disposisi lewat tenggat',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        penerimaId: z.number().int(),
        suratMasukId: z.number().int(),
        nomorAgenda: z.string(),
        hal: z.string(),
        kepada: z.string(),
        batasWaktu: z.string(),
      }),
    ),
  }),
  'disposisi.tenggat': defineChannel({
    title: 'Hitung tenggat disposisi',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ urgensi, diterimaPada: isoInstant }).strict(),
    output: z.object({ batas: z.string(), keterangan: z.string() }),
  }),
  'hariLibur.list': defineChannel({
    title: 'Hari libur',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ tahun: z.number().int().min(2000).max(2100) }).strict(),
    output: z.array(z.object({ tanggal: z.string(), keterangan: z.string() })),
  }),
  'hariLibur.set': defineChannel({
    title: 'Atur hari libur',
    access: ['administrator', 'operator_persuratan'],
    kind: 'write',
    input: z.object({ tanggal: isoDate, keterangan: z.string().trim().max(200).nullable() }).strict(),
    output: z.object({ done: z.literal(true) }),
  }),
  'penomoran.seriList': defineChannel({
    title: 'Seri penomoran',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        nama: z.string(),
        jenisNaskah: z.string(),
        pola: z.string(),
        kodeUnit: z.string().nullable(),
        lebarUrut: z.number().int(),
        lingkup: z.object({ tahun: z.boolean(), bulan: z.boolean(), klasifikasi: z.boolean() }),
        aktif: z.boolean(),
      }),
    ),
  }),
  'penomoran.seriSave': defineChannel({
    title: 'Simpan seri penomoran',
    access: ['administrator'],
    kind: 'write',
    input: z
      .object({
        id: id.nullable().optional(),
        nama: z.string().trim().min(3).max(120),
        jenisNaskah: z.union([z.enum(JENIS_NASKAH), z.literal('*')]),
        pola: z.string().trim().min(5).max(120),
        kodeUnit: opt(60),
        lebarUrut: z.number().int().min(0).max(8).default(0),
        lingkup: z.object({ tahun: z.boolean(), bulan: z.boolean(), klasifikasi: z.boolean() }),
        aktif: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ id: z.number().int() }),
  }),
  'penomoran.take': defineChannel({
    title: 'Ambil nomor',
    access: operator,
    kind: 'write',
    input: z
      .object({
        seriId: id,
        tanggal: isoDate,
        klasifikasiKode: kodeKlasifikasiSchema
          .nullable()
          .optional()
          .transform((s) => s ?? null),
        kodeJabatan: opt(60),
        keamanan: z.enum(KEAMANAN).default('B'),
        naskah: opt(200),
        /** Book now, use later: the number stays 'dipesan' until used or cancelled. */
        pesan: z.boolean().default(false),
      })
      .strict(),
    output: nomorTerbitSchema,
  }),
  'penomoran.insert': defineChannel({
    title: 'Ambil nomor sisipan',
    access: operator,
    kind: 'write',
    input: z
      .object({
        seriId: id,
        setelahUrut: z.number().int().positive(),
        tanggal: isoDate,
        klasifikasiKode: kodeKlasifikasiSchema
          .nullable()
          .optional()
          .transform((s) => s ?? null),
        kodeJabatan: opt(60),
        keamanan: z.enum(KEAMANAN).default('B'),
        alasan: z.string().trim().min(10, 'Jelaskan alasan nomor sisipan (minimal 10 karakter).').max(500),
        naskah: opt(200),
      })
      .strict(),
    output: nomorTerbitSchema,
  }),
  'penomoran.cancel': defineChannel({
    title: 'Batalkan nomor',
    access: operator,
    kind: 'write',
    input: z
      .object({ registerId: id, alasan: z.string().trim().min(10, 'Jelaskan alasan pembatalan (minimal 10 karakter).').max(500) })
      .strict(),
    output: z.object({ done: z.literal(true) }),
  }),
  'penomoran.register': defineChannel({
    title: 'Register nomor dan laporan celah',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ seriId: id, tahun: z.number().int().min(2000).max(2100) }).strict(),
    output: z.object({
      nomor: z.array(
        z.object({
          id: z.number().int(),
          nomor: z.string(),
          urut: z.number().int(),
          sisipan: z.string(),
          tanggal: z.string(),
          status: z.enum(['dipesan', 'dipakai', 'batal']),
          naskah: z.string().nullable(),
          alasan: z.string().nullable(),
        }),
      ),
      celah: z.array(z.object({ urut: z.number().int(), status: z.enum(['batal', 'dipesan', 'hilang']), keterangan: z.string() })),
    }),
  }),
} as const;
