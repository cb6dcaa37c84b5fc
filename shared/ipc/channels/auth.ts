// Owns the channels of signing in and out and of one's own password.
import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { passwordSchema, sessionUserSchema } from '../../domain/akun.ts';

export const authChannels = {
  'auth.login': defineChannel({
    title: 'Masuk',
    access: 'public',
    kind: 'write',
    input: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) }).strict(),
    output: z.object({ token: z.string(), user: sessionUserSchema, idleMinutes: z.number().int() }),
  }),
  'auth.logout': defineChannel({
    title: 'Keluar',
    access: 'signedIn',
    kind: 'write',
    input: z.object({}).strict(),
    output: z.object({ done: z.literal(true) }),
  }),
  'auth.me': defineChannel({
    title: 'Pengguna yang sedang masuk',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).strict(),
    output: sessionUserSchema,
  }),
  'auth.changePassword': defineChannel({
    title: 'Ganti kata sandi',
    access: 'signedIn',
    kind: 'write',
    input: z
      .object({ lama: z.string().min(1).max(128), baru: passwordSchema })
      .strict()
      .refine((v) => v.lama !== v.baru, { message: 'Kata sandi baru harus berbeda.', path: ['baru'] }),
    output: z.object({ done: z.literal(true) }),
  }),
} as const;
