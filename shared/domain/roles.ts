// Owns the closed set of roles (issue #2) and their Indonesian names.
import { z } from 'zod';

export const ROLES = ['administrator', 'operator_persuratan', 'pengelola_bmn', 'pengelola_kinerja', 'pimpinan', 'pembaca'] as const;

export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);

export const NAMA_PERAN: Record<Role, string> = {
  administrator: 'Administrator',
  operator_persuratan: 'Operator Persuratan dan Arsip',
  pengelola_bmn: 'Pengelola BMN',
  pengelola_kinerja: 'Pengelola Kinerja',
  pimpinan: 'Pimpinan',
  pembaca: 'Pembaca',
};

export const KETERANGAN_PERAN: Record<Role, string> = {
  administrator: 'Mengelola pengguna, identitas kantor, cadangan data dan jejak audit.',
  operator_persuratan: 'Mencatat naskah masuk dan keluar, disposisi atas nama pimpinan, dan arsip.',
  pengelola_bmn: 'Mengelola register Barang Milik Negara.',
  pengelola_kinerja: 'Mengelola target, realisasi dan laporan kinerja.',
  pimpinan: 'Menyetujui dan menandatangani naskah serta laporan.',
  pembaca: 'Hanya dapat melihat data.',
};

/** Every signed-in role. */
export const ALL_ROLES: readonly Role[] = ROLES;
