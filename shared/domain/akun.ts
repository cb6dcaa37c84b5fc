// Owns the rules for accounts: usernames, password policy, lockout and idle limits (issue #2).
import { z } from 'zod';
import { roleSchema } from './roles.ts';

/** Five wrong passwords lock the account for five minutes. */
export const LOCKOUT_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;
/** A session with no call for this long ends; the UI warns a minute before. */
export const IDLE_MINUTES = 15;
export const PASSWORD_MIN = 8;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9._-]+$/i, 'Hanya huruf, angka, titik, garis bawah atau tanda hubung.')
  .transform((s) => s.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter.`)
  .max(128)
  .refine((s) => /[A-Za-z]/.test(s) && /[0-9]/.test(s), 'Kata sandi harus memuat huruf dan angka.');

export const namaSchema = z.string().trim().min(1).max(120);

/** NIP is optional on an account; when given it must be 18 digits (full check in shared/format/nip). */
export const nipOptionalSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => s === '' || /^\d{18}$/.test(s), 'NIP harus 18 digit angka.')
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

/**
 * The unit a person works in, whether they head it (a disposition to the unit reaches its head), and the
 * highest security class of archives they may open. On an update, an omitted field keeps its value.
 */
export const penempatanSchema = {
  unitId: z.number().int().positive().nullable().optional(),
  kepalaUnit: z.boolean().optional(),
  izinKeamanan: z.enum(['B', 'T', 'R', 'SR']).nullable().optional(),
};

export const newUserSchema = z.object({
  username: usernameSchema,
  nama: namaSchema,
  nip: nipOptionalSchema,
  jabatan: z
    .string()
    .trim()
    .max(160)
    .nullable()
    .optional()
    .transform((s) => s || null),
  password: passwordSchema,
  roles: z.array(roleSchema).min(1, 'Pilih minimal satu peran.'),
  ...penempatanSchema,
});
export type NewUser = z.output<typeof newUserSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  nama: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string().nullable(),
  roles: z.array(roleSchema),
  unitId: z.number().int().nullable(),
  unit: z.string().nullable(),
  kepalaUnit: z.boolean(),
  izinKeamanan: z.enum(['B', 'T', 'R', 'SR']).nullable(),
  aktif: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.output<typeof userSchema>;

export const sessionUserSchema = userSchema.pick({
  id: true,
  username: true,
  nama: true,
  nip: true,
  jabatan: true,
  roles: true,
  mustChangePassword: true,
});
export type SessionUser = z.output<typeof sessionUserSchema>;

/** Pure: is the account locked at `now`? */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}

/** Pure: the lock end after one more failure, or null while under the limit. */
export function lockAfterFailure(failedCount: number, now: Date): string | null {
  if (failedCount < LOCKOUT_ATTEMPTS) return null;
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
}
