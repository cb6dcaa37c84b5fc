// Owns the channels of the office identity and the organisation (satker, units).
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { kantorInfoSchema, kantorSchema, jenisSatkerSchema } from '../../domain/kantor.ts';

export const satkerSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  jenis: jenisSatkerSchema,
  kodeSatker: z.string().nullable(),
  provinsi: z.string().nullable(),
  kedudukan: z.string().nullable(),
  alamat: z.string().nullable(),
  tipe: z.enum(['A', 'B']).nullable(),
  eselon: z.string().nullable(),
  jumlahPegawai: z.number().int().nullable(),
  induk: z.string().nullable(),
  contoh: z.boolean(),
});

export const unitSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  indukKode: z.string().nullable(),
  dasar: z.string().nullable(),
});

export const kantorChannels = {
  'kantor.get': defineChannel({
    title: 'Identitas kantor',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: kantorInfoSchema,
  }),
  'kantor.update': defineChannel({
    title: 'Ubah identitas kantor',
    access: ['administrator'],
    kind: 'write',
    input: kantorSchema.strict(),
    output: kantorInfoSchema,
  }),
  'satker.list': defineChannel({
    title: 'Daftar satuan kerja',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ jenis: jenisSatkerSchema.optional() }).strict(),
    output: z.array(satkerSchema),
  }),
  'organisasi.list': defineChannel({
    title: 'Unit organisasi kantor',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(unitSchema),
  }),
} as const;
