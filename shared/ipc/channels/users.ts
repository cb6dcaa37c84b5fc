// Owns the channels of account administration.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { newUserSchema, userSchema, namaSchema, passwordSchema, nipOptionalSchema, penempatanSchema } from '../../domain/akun.ts';
import { roleSchema } from '../../domain/roles.ts';

const id = z.number().int().positive();

export const usersChannels = {
  'users.directory': defineChannel({
    title: 'Daftar pejabat dan pegawai (untuk memilih penerima, pemaraf, penanda tangan)',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        nama: z.string(),
        jabatan: z.string().nullable(),
        nip: z.string().nullable(),
        roles: z.array(roleSchema),
        unitId: z.number().int().nullable(),
        unit: z.string().nullable(),
        kepalaUnit: z.boolean(),
      }),
    ),
  }),
  'users.list': defineChannel({
    title: 'Daftar pengguna',
    access: ['administrator'],
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(userSchema),
  }),
  'users.create': defineChannel({
    title: 'Tambah pengguna',
    access: ['administrator'],
    kind: 'write',
    input: newUserSchema.strict(),
    output: userSchema,
  }),
  'users.update': defineChannel({
    title: 'Ubah pengguna',
    access: ['administrator'],
    kind: 'write',
    input: z
      .object({
        id,
        nama: namaSchema,
        nip: nipOptionalSchema,
        jabatan: z
          .string()
          .trim()
          .max(160)
          .nullable()
          .optional()
          .transform((s) => s || null),
        roles: z.array(roleSchema).min(1, 'Pilih minimal satu peran.'),
        aktif: z.boolean(),
        ...penempatanSchema,
      })
      .strict(),
    output: userSchema,
  }),
  'users.resetPassword': defineChannel({
    title: 'Atur ulang kata sandi pengguna',
    access: ['administrator'],
    kind: 'write',
    input: z.object({ id, password: passwordSchema }).strict(),
    output: userSchema,
  }),
  'users.unlock': defineChannel({
    title: 'Buka kunci akun',
    access: ['administrator'],
    kind: 'write',
    input: z.object({ id }).strict(),
    output: userSchema,
  }),
} as const;
