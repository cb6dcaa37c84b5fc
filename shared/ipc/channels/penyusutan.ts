// Owns the channels of moving, destroying, handing over and lending archives (issue #5 §5–§9):
// each step records what its document needs; the signed documents gate the next step.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { optText as opt } from '../../domain/teks.ts';
import { JENIS_PENYUSUTAN, METODE_PEMUSNAHAN, PERSETUJUAN_OLEH, STATUS_PEMINDAHAN, STATUS_PENYUSUTAN } from '../../domain/arsip/nilai.ts';
import { berkasRingkasSchema } from './arsip.ts';

const id = z.number().int().positive();
const isoDate = z.iso.date({ message: 'Tanggal tidak valid (TTTT-BB-HH).' });
const kelola = ['administrator', 'operator_persuratan'] as const;
const nomor = z.string().trim().min(3).max(120);
const pejabat = z.object({ nama: z.string().trim().min(1).max(120), jabatan: z.string().trim().min(1).max(200), nip: opt(21) });

const dokumenLangkah = z.object({
  kind: z.string(),
  judul: z.string(),
  /** Registry id of the newest signed copy; null until the Pimpinan signs it. */
  dokumenId: z.number().int().nullable(),
  ditandatangani: z.boolean(),
  /** The step's data is recorded, so the document can be generated. */
  siap: z.boolean(),
});

export const pemindahanSchema = z.object({
  id: z.number().int(),
  unitPengolah: z.string(),
  status: z.enum(STATUS_PEMINDAHAN),
  catatan: z.string().nullable(),
  catatanVerifikasi: z.string().nullable(),
  baNomor: z.string().nullable(),
  baTanggal: z.string().nullable(),
  pejabat: z.unknown().nullable(),
  createdAt: z.string(),
  berkas: z.array(berkasRingkasSchema.extend({ sesuai: z.boolean().nullable(), catatanVerifikasi: z.string().nullable() })),
  dokumen: z.array(dokumenLangkah),
});

export const penyusutanSchema = z.object({
  id: z.number().int(),
  jenis: z.enum(JENIS_PENYUSUTAN),
  status: z.enum(STATUS_PENYUSUTAN),
  catatan: z.string().nullable(),
  /** Kepala ANRI when any berkas kept 10 years or more, else the head of office (reference A.14). */
  persetujuanOleh: z.enum(PERSETUJUAN_OLEH),
  langkah: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  berkas: z.array(berkasRingkasSchema),
  dokumen: z.array(dokumenLangkah),
});

const langkahSchema = z.discriminatedUnion('langkah', [
  z.object({
    langkah: z.literal('panitia'),
    nomor,
    tanggal: isoDate,
    anggota: z
      .array(pejabat.extend({ peran: z.enum(['ketua', 'sekretaris', 'anggota']) }))
      .min(3, 'Panitia penilai minimal tiga orang (ketua, sekretaris, anggota).')
      .max(15),
  }),
  z.object({ langkah: z.literal('pertimbangan'), nomor, tanggal: isoDate, isi: z.string().trim().min(10).max(4000) }),
  z.object({ langkah: z.literal('permintaan'), nomor, tanggal: isoDate }),
  z.object({ langkah: z.literal('persetujuan'), nomor, tanggal: isoDate }),
  z.object({ langkah: z.literal('penetapan'), nomor, tanggal: isoDate }),
  z.object({
    langkah: z.literal('pelaksanaan'),
    baNomor: nomor,
    tanggal: isoDate,
    metode: z.enum([...METODE_PEMUSNAHAN, 'serah']),
    tempat: z.string().trim().min(3).max(200),
    saksi: z.array(pejabat).min(2, 'Pemusnahan disaksikan minimal dua pejabat.').max(10),
  }),
]);

const peminjamanSchema = z.object({
  id: z.number().int(),
  berkasId: z.number().int(),
  berkasLabel: z.string(),
  itemId: z.number().int().nullable(),
  peminjamNama: z.string(),
  peminjamUnit: z.string().nullable(),
  keperluan: z.string(),
  disetujuiOleh: z.string(),
  tanggalPinjam: z.string(),
  batasKembali: z.string(),
  tanggalKembali: z.string().nullable(),
  kondisiKembali: z.string().nullable(),
  terlambat: z.boolean(),
});

export const penyusutanChannels = {
  'pemindahan.list': defineChannel({
    title: 'Daftar pemindahan arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(pemindahanSchema.omit({ berkas: true, dokumen: true }).extend({ jumlahBerkas: z.number().int() })),
  }),
  'pemindahan.get': defineChannel({
    title: 'Buka pemindahan arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: pemindahanSchema,
  }),
  'pemindahan.create': defineChannel({
    title: 'Usulkan pemindahan arsip inaktif',
    access: kelola,
    kind: 'write',
    input: z.object({ berkasIds: z.array(id).min(1, 'Pilih minimal satu berkas.').max(2000), catatan: opt(1000) }).strict(),
    output: pemindahanSchema,
  }),
  'pemindahan.verify': defineChannel({
    title: 'Verifikasi fisik pemindahan',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        id,
        hasil: z.array(z.object({ berkasId: id, sesuai: z.boolean(), catatan: opt(500) })).min(1),
        catatan: opt(1000),
      })
      .strict(),
    output: pemindahanSchema,
  }),
  'pemindahan.setBa': defineChannel({
    title: 'Catat berita acara dan lokasi simpan',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        id,
        baNomor: nomor,
        baTanggal: isoDate,
        pejabat: z.object({ unitPengolah: pejabat, unitKearsipan: pejabat, namaUnitKearsipan: z.string().trim().min(3).max(200) }),
        lokasi: z.object({ gedung: opt(80), ruang: opt(80), rak: opt(80) }),
        /** First definitive box number; omitted: the next free one. One folder per berkas, boxes of `perBoks` folders. */
        boksMulai: z.number().int().positive().nullable().optional(),
        perBoks: z.number().int().min(1).max(50).default(5),
      })
      .strict(),
    output: pemindahanSchema,
  }),
  'pemindahan.complete': defineChannel({
    title: 'Selesaikan pemindahan',
    access: kelola,
    kind: 'write',
    input: z.object({ id }).strict(),
    output: pemindahanSchema,
  }),
  'pemindahan.cancel': defineChannel({
    title: 'Batalkan pemindahan',
    access: kelola,
    kind: 'write',
    input: z.object({ id, alasan: z.string().trim().min(5).max(500) }).strict(),
    output: pemindahanSchema,
  }),
  'penyusutan.list': defineChannel({
    title: 'Daftar pemusnahan dan penyerahan arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(penyusutanSchema.omit({ berkas: true, dokumen: true, langkah: true }).extend({ jumlahBerkas: z.number().int() })),
  }),
  'penyusutan.get': defineChannel({
    title: 'Buka pemusnahan atau penyerahan arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: penyusutanSchema,
  }),
  'penyusutan.create': defineChannel({
    title: 'Usulkan pemusnahan atau penyerahan arsip',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        jenis: z.enum(JENIS_PENYUSUTAN),
        berkasIds: z.array(id).min(1, 'Pilih minimal satu berkas.').max(2000),
        catatan: opt(1000),
      })
      .strict(),
    output: penyusutanSchema,
  }),
  'penyusutan.record': defineChannel({
    title: 'Catat langkah pemusnahan atau penyerahan',
    access: kelola,
    kind: 'write',
    input: z.object({ id, data: langkahSchema }).strict(),
    output: penyusutanSchema,
  }),
  'penyusutan.cancel': defineChannel({
    title: 'Batalkan usulan pemusnahan atau penyerahan',
    access: kelola,
    kind: 'write',
    input: z.object({ id, alasan: z.string().trim().min(5).max(500) }).strict(),
    output: penyusutanSchema,
  }),
  'peminjaman.list': defineChannel({
    title: 'Peminjaman arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ status: z.enum(['dipinjam', 'kembali', 'terlambat', 'semua']).default('dipinjam') }).strict(),
    output: z.array(peminjamanSchema),
  }),
  'peminjaman.create': defineChannel({
    title: 'Catat peminjaman arsip',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        berkasId: id,
        itemId: id.nullable().optional(),
        peminjamUserId: id.nullable().optional(),
        peminjamNama: z.string().trim().min(1).max(120),
        peminjamUnit: opt(200),
        keperluan: z.string().trim().min(3).max(500),
        disetujuiOleh: z.string().trim().min(1).max(200),
        tanggalPinjam: isoDate,
        batasKembali: isoDate,
      })
      .strict()
      .refine((p) => p.batasKembali >= p.tanggalPinjam, {
        message: 'Batas kembali tidak boleh sebelum tanggal pinjam.',
        path: ['batasKembali'],
      }),
    output: peminjamanSchema,
  }),
  'peminjaman.return': defineChannel({
    title: 'Catat pengembalian arsip',
    access: kelola,
    kind: 'write',
    input: z.object({ id, tanggalKembali: isoDate, kondisi: z.enum(['baik', 'rusak']), catatan: opt(500) }).strict(),
    output: peminjamanSchema,
  }),
} as const;
