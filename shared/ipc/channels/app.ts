// Owns the channels of the application itself: status, first-run setup, reference lists for the wizard.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { kantorInfoSchema, setupSchema, jenisSatkerSchema } from '../../domain/kantor.ts';
import { sessionUserSchema } from '../../domain/akun.ts';

export const appChannels = {
  'app.status': defineChannel({
    title: 'Status aplikasi',
    access: 'public',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({
      versi: z.string(),
      perluSetup: z.boolean(),
      namaKantor: z.string().nullable(),
      dataDir: z.string(),
      versiSkema: z.number().int(),
    }),
  }),
  'setup.referensi': defineChannel({
    title: 'Daftar Kanwil dan satuan kerja untuk wizard',
    access: 'public',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({
      kanwil: z.array(
        z.object({
          no: z.number().int(),
          nama: z.string(),
          provinsi: z.string(),
          kedudukan: z.string(),
          tipe: z.enum(['A', 'B']),
          eselon: z.string(),
        }),
      ),
      upt: z.array(
        z.object({
          kanwilNo: z.number().int(),
          nama: z.string(),
          jenis: jenisSatkerSchema,
          alamat: z.string().nullable(),
        }),
      ),
    }),
  }),
  'setup.run': defineChannel({
    title: 'Penyiapan awal kantor dan administrator',
    access: 'public',
    kind: 'write',
    input: setupSchema.strict(),
    output: z.object({ kantor: kantorInfoSchema, admin: sessionUserSchema }),
  }),
  'demo.load': defineChannel({
    title: 'Muat data contoh',
    access: ['administrator'],
    kind: 'write',
    input: z.object({}).strict(),
    output: z.object({ satker: z.number().int(), unit: z.number().int() }),
  }),
} as const;
