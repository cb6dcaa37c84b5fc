// Owns the channels of the archive's instruments and holdings (issue #5): JRA versions and rows,
// berkas and items, filing naskah, the unfiled to-do, the retention monitor, holds and reviews.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { optText as opt } from '../../domain/teks.ts';
import { KEAMANAN } from '../../domain/naskah/surat.ts';
import { KATEGORI_ARSIP, KONDISI_ARSIP, MEDIA_ARSIP, NASIB_AKHIR, STATUS_BERKAS, TINGKAT_PERKEMBANGAN } from '../../domain/arsip/nilai.ts';
import { berkasMasukSchema, kodeKlasifikasiSchema } from './naskah.ts';

const id = z.number().int().positive();
const isoDate = z.iso.date({ message: 'Tanggal tidak valid (TTTT-BB-HH).' });
const kelola = ['administrator', 'operator_persuratan'] as const;
const tahunRetensi = z.number().int().min(0, 'Minimal 0 tahun.').max(100, 'Maksimal 100 tahun.');

export const jraVersiSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  dasar: z.string().nullable(),
  catatan: z.string().nullable(),
  status: z.enum(['draf', 'berlaku', 'dicabut']),
  berlakuMulai: z.string().nullable(),
  jumlah: z.number().int(),
});

export const jraBarisSchema = z.object({
  id: z.number().int(),
  versiId: z.number().int(),
  klasifikasiKode: z.string(),
  klasifikasiNama: z.string().nullable(),
  retensiAktif: z.number().int(),
  retensiInaktif: z.number().int(),
  pemicu: z.string().nullable(),
  nasibAkhir: z.enum(NASIB_AKHIR),
  keamanan: z.enum(KEAMANAN),
  keterangan: z.string().nullable(),
});

const jraInput = z.object({
  versiId: id,
  klasifikasiKode: kodeKlasifikasiSchema,
  retensiAktif: tahunRetensi,
  retensiInaktif: tahunRetensi,
  pemicu: opt(300),
  nasibAkhir: z.enum(NASIB_AKHIR),
  keamanan: z.enum(KEAMANAN).default('B'),
  keterangan: opt(500),
});

const lokasiAktif = { lokRuang: opt(80), lokLemari: opt(80), lokLaci: opt(80), lokFolder: opt(80) };

export const berkasInputSchema = z.object({
  unitPengolah: z.string().trim().min(1).max(200),
  tahun: z.number().int().min(1945).max(2100),
  klasifikasiKode: kodeKlasifikasiSchema,
  uraian: z.string().trim().min(3).max(1000),
  kategori: z.enum(KATEGORI_ARSIP).default('umum'),
  keamanan: z.enum(KEAMANAN).nullable().optional(),
  media: z.enum(MEDIA_ARSIP).default('tekstual'),
  ...lokasiAktif,
  vital: z
    .object({ jenis: opt(200), perlindungan: opt(200), lokasiDuplikat: opt(200) })
    .nullable()
    .optional(),
  keterangan: opt(1000),
});

const itemInfoSchema = z.object({
  id: z.number().int(),
  berkasId: z.number().int(),
  nomorItem: z.number().int(),
  sumber: z.enum(['surat_masuk', 'naskah_keluar', 'manual']),
  sumberId: z.number().int().nullable(),
  nomorNaskah: z.string().nullable(),
  uraian: z.string(),
  tanggal: z.string(),
  jumlah: z.number().int(),
  satuan: z.string(),
  tingkatPerkembangan: z.enum(TINGKAT_PERKEMBANGAN),
  media: z.enum(MEDIA_ARSIP),
  kondisi: z.enum(KONDISI_ARSIP),
  keamanan: z.enum(KEAMANAN),
  keterangan: z.string().nullable(),
  dimusnahkanPada: z.string().nullable(),
  /** False when the caller's clearance is below the item's class: only its number and class are shown. */
  bolehDibuka: z.boolean(),
  salinan: z.array(
    z.object({
      id: z.number().int(),
      nama: z.string(),
      sha256: z.string(),
      ukuran: z.number().int(),
      mime: z.string(),
      dihapus: z.boolean(),
    }),
  ),
});

export const berkasRingkasSchema = z.object({
  id: z.number().int(),
  unitPengolah: z.string(),
  tahun: z.number().int(),
  nomorBerkas: z.number().int(),
  klasifikasiKode: z.string(),
  uraian: z.string(),
  kurunAwal: z.string().nullable(),
  kurunAkhir: z.string().nullable(),
  jumlahItem: z.number().int(),
  kategori: z.enum(KATEGORI_ARSIP),
  keamanan: z.enum(KEAMANAN),
  status: z.enum(STATUS_BERKAS),
  jatuhTempoAktif: z.string().nullable(),
  jatuhTempoInaktif: z.string().nullable(),
  nasibAkhir: z.enum(NASIB_AKHIR).nullable(),
  lokasi: z.string(),
  nomorBoks: z.number().int().nullable(),
  bolehDibuka: z.boolean(),
});

export const berkasDetailSchema = berkasRingkasSchema.extend({
  media: z.enum(MEDIA_ARSIP),
  tanggalTutup: z.string().nullable(),
  retensiAktif: z.number().int().nullable(),
  retensiInaktif: z.number().int().nullable(),
  pemicu: z.string().nullable(),
  tanggalPemicu: z.string().nullable(),
  /** Why the due dates are not known yet: not closed, waiting for the trigger date, or no JRA row. */
  menunggu: z.enum(['tutup', 'pemicu', 'jra']).nullable(),
  ditahanPerkara: z.boolean(),
  alasanTahan: z.string().nullable(),
  penilaian: z
    .object({ hasil: z.enum(['musnah', 'permanen']), nomorSk: z.string(), tanggal: z.string(), catatan: z.string().nullable() })
    .nullable(),
  lokRuang: z.string().nullable(),
  lokLemari: z.string().nullable(),
  lokLaci: z.string().nullable(),
  lokFolder: z.string().nullable(),
  lokGedung: z.string().nullable(),
  lokRuangInaktif: z.string().nullable(),
  lokRak: z.string().nullable(),
  nomorFolder: z.number().int().nullable(),
  vital: z.object({ jenis: z.string().nullable(), perlindungan: z.string().nullable(), lokasiDuplikat: z.string().nullable() }).nullable(),
  keterangan: z.string().nullable(),
  baMusnah: z.string().nullable(),
  baSerah: z.string().nullable(),
  items: z.array(itemInfoSchema),
});

const itemInput = z.object({
  berkasId: id,
  uraian: z.string().trim().min(3).max(1000),
  tanggal: isoDate,
  nomorNaskah: opt(120),
  jumlah: z.number().int().min(1).max(100_000).default(1),
  satuan: z.string().trim().min(1).max(30).default('lembar'),
  tingkatPerkembangan: z.enum(TINGKAT_PERKEMBANGAN).default('asli'),
  media: z.enum(MEDIA_ARSIP).default('tekstual'),
  kondisi: z.enum(KONDISI_ARSIP).default('baik'),
  keamanan: z.enum(KEAMANAN).nullable().optional(),
  keterangan: opt(1000),
  salinan: z.array(berkasMasukSchema).max(10).default([]),
});

const naskahRef = z.object({ sumber: z.enum(['surat_masuk', 'naskah_keluar']), id });

export const belumDiberkaskanSchema = z.object({
  sumber: z.enum(['surat_masuk', 'naskah_keluar']),
  id: z.number().int(),
  nomor: z.string(),
  hal: z.string(),
  tanggal: z.string(),
  klasifikasiKode: z.string().nullable(),
  tahun: z.number().int(),
  keamanan: z.enum(KEAMANAN),
  /** The open berkas of the same classification and year, where one click files it. */
  saranBerkas: z.object({ id: z.number().int(), label: z.string() }).nullable(),
});

const jatuhTempoSchema = z.object({
  berkasId: z.number().int(),
  label: z.string(),
  uraian: z.string(),
  tahap: z.enum(['pindah', 'musnah', 'serah', 'nilai']),
  tanggal: z.string(),
  kelompok: z.enum(['lewat', 'bulan_ini', 'akan_datang']),
  ditahanPerkara: z.boolean(),
});

export const arsipChannels = {
  'jra.list': defineChannel({
    title: 'Jadwal Retensi Arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ versiId: id.optional() }).strict(),
    output: z.object({ versi: z.array(jraVersiSchema), dipilih: z.number().int().nullable(), baris: z.array(jraBarisSchema) }),
  }),
  'jra.createVersi': defineChannel({
    title: 'Buat versi JRA',
    access: kelola,
    kind: 'write',
    input: z
      .object({ nama: z.string().trim().min(3).max(200), dasar: opt(300), catatan: opt(1000), salinDari: id.nullable().optional() })
      .strict(),
    output: jraVersiSchema,
  }),
  'jra.save': defineChannel({ title: 'Simpan baris JRA', access: kelola, kind: 'write', input: jraInput.strict(), output: jraBarisSchema }),
  'jra.remove': defineChannel({
    title: 'Hapus baris JRA',
    access: kelola,
    kind: 'write',
    input: z.object({ id }).strict(),
    output: z.object({ id: z.number().int() }),
  }),
  'jra.activate': defineChannel({
    title: 'Berlakukan versi JRA',
    access: kelola,
    kind: 'write',
    input: z.object({ versiId: id, berlakuMulai: isoDate }).strict(),
    output: jraVersiSchema,
  }),
  'jra.import': defineChannel({
    title: 'Impor JRA dari Excel',
    access: kelola,
    kind: 'write',
    input: z.object({ versiId: id, xlsxBase64: z.string().min(1).max(28_000_000), uji: z.boolean().default(true) }).strict(),
    output: z.object({
      jumlah: z.number().int(),
      diimpor: z.number().int(),
      kesalahan: z.array(z.object({ baris: z.number().int(), kolom: z.string(), pesan: z.string() })),
    }),
  }),
  'jra.export': defineChannel({
    title: 'Ekspor JRA ke Excel',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ versiId: id }).strict(),
    output: z.object({ nama: z.string(), xlsxBase64: z.string() }),
  }),
  'arsip.list': defineChannel({
    title: 'Daftar berkas arsip',
    access: 'signedIn',
    kind: 'read',
    input: z
      .object({
        q: z.string().trim().max(200).optional(),
        status: z.array(z.enum(STATUS_BERKAS)).optional(),
        tahun: z.number().int().optional(),
        klasifikasiKode: z.string().trim().max(20).optional(),
        kategori: z.enum(KATEGORI_ARSIP).optional(),
        unitPengolah: z.string().trim().max(200).optional(),
        halaman: z.number().int().min(1).default(1),
        perHalaman: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(berkasRingkasSchema) }),
  }),
  'arsip.get': defineChannel({
    title: 'Buka berkas arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.create': defineChannel({
    title: 'Buat berkas arsip',
    access: kelola,
    kind: 'write',
    input: berkasInputSchema.strict(),
    output: berkasDetailSchema,
  }),
  'arsip.update': defineChannel({
    title: 'Ubah berkas arsip',
    access: kelola,
    kind: 'write',
    input: berkasInputSchema.extend({ id }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.close': defineChannel({
    title: 'Tutup berkas',
    access: kelola,
    kind: 'write',
    input: z.object({ id, tanggalTutup: isoDate.optional() }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.reopen': defineChannel({
    title: 'Buka kembali berkas',
    access: kelola,
    kind: 'write',
    input: z.object({ id, alasan: z.string().trim().min(5).max(500) }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.setPemicu': defineChannel({
    title: 'Catat tanggal peristiwa pemicu retensi',
    access: kelola,
    kind: 'write',
    input: z.object({ id, tanggalPemicu: isoDate.nullable() }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.hold': defineChannel({
    title: 'Tandai berkas terkait perkara',
    access: kelola,
    kind: 'write',
    input: z.object({ id, ditahan: z.boolean(), alasan: opt(500) }).strict(),
    output: berkasDetailSchema,
  }),
  'arsip.review': defineChannel({
    title: 'Catat hasil penilaian kembali',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        id,
        hasil: z.enum(['musnah', 'permanen']),
        nomorSk: z.string().trim().min(3).max(120),
        tanggal: isoDate,
        catatan: opt(1000),
      })
      .strict(),
    output: berkasDetailSchema,
  }),
  'arsip.addItem': defineChannel({
    title: 'Tambah item arsip',
    access: kelola,
    kind: 'write',
    input: itemInput.strict(),
    output: berkasDetailSchema,
  }),
  'arsip.item': defineChannel({
    title: 'Berkas tempat sebuah item arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ berkasId: z.number().int(), nomorItem: z.number().int() }),
  }),
  'arsip.salinan': defineChannel({
    title: 'Buka salinan digital arsip',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ nama: z.string(), mime: z.string(), base64: z.string() }),
  }),
  'arsip.file': defineChannel({
    title: 'Berkaskan naskah',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        naskah: z.array(naskahRef).min(1, 'Pilih minimal satu naskah.').max(500),
        /** Omitted: each naskah goes to the open berkas of its classification and year, created when missing. */
        berkasId: id.nullable().optional(),
        unitPengolah: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    output: z.object({ diberkaskan: z.number().int(), berkasIds: z.array(z.number().int()) }),
  }),
  'arsip.unfiled': defineChannel({
    title: 'Naskah yang belum diberkaskan',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ tahun: z.number().int().optional() }).strict(),
    output: z.array(belumDiberkaskanSchema),
  }),
  'arsip.import': defineChannel({
    title: 'Impor daftar arsip dari Excel',
    access: kelola,
    kind: 'write',
    input: z
      .object({
        xlsxBase64: z.string().min(1).max(28_000_000),
        unitPengolah: z.string().trim().min(1).max(200),
        /** True: check only and name every fault; false: import all rows or none. */
        uji: z.boolean().default(true),
      })
      .strict(),
    output: z.object({
      berkas: z.number().int(),
      item: z.number().int(),
      diimpor: z.boolean(),
      kesalahan: z.array(z.object({ baris: z.number().int(), kolom: z.string(), pesan: z.string() })),
    }),
  }),
  'arsip.due': defineChannel({
    title: 'Jatuh tempo retensi',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ horizonBulan: z.number().int().min(1).max(24).default(3) }).strict(),
    output: z.object({ hariIni: z.string(), items: z.array(jatuhTempoSchema) }),
  }),
} as const;
