// Owns the ordered list of migrations (listed in code, never scanned from disk). Never edit a shipped one.
import type { Kysely } from 'kysely';
import { migration001 } from './001-fondasi.ts';
import { migration002 } from './002-sertifikat.ts';
import { migration003 } from './003-naskah.ts';
import { migration004 } from './004-naskah-keluar.ts';
import { migration005 } from './005-unit-pengguna.ts';
import { migration006 } from './006-arsip.ts';
import { migration007 } from './007-indeks-cari.ts';

export type Migration = { version: number; name: string; up: (db: Kysely<any>) => Promise<void> };

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];

export const LATEST_VERSION = migrations.length;
