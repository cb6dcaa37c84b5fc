// Owns turning anything thrown inside a handler into a value-shaped error with Indonesian text.
// SQLite errors are classified by their code, never by message text.
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result.ts';
import type { AppErrorData, FieldIssue } from '../../shared/ipc/result.ts';
import { sqliteCode } from '../../db/sqlite.ts';

export function zodIssues(err: z.ZodError): FieldIssue[] {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export const validationError = (err: z.ZodError): AppErrorData => ({
  code: 'VALIDATION',
  message: 'Isian belum benar. Periksa kolom yang ditandai.',
  issues: zodIssues(err),
});

function fromSqlite(code: string): AppErrorData | null {
  const e = (c: AppErrorData['code'], message: string): AppErrorData => ({ code: c, message, issues: [] });
  if (code.startsWith('SQLITE_CONSTRAINT')) return e('CONFLICT', 'Data bertentangan dengan data yang sudah ada.');
  if (code === 'SQLITE_FULL') return e('IO', 'Ruang penyimpanan penuh. Kosongkan ruang disk, lalu ulangi; tidak ada data yang berubah.');
  if (code.startsWith('SQLITE_READONLY')) return e('IO', 'Folder data hanya-baca. Periksa izin folder data SATU, lalu ulangi.');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return e('CONFLICT', 'Basis data sedang dipakai proses lain. Tunggu sebentar, lalu ulangi.');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return e(
      'DB_CORRUPT',
      'Berkas basis data rusak. Tutup SATU, lalu pulihkan cadangan terakhir dengan perintah: npx satu restore <berkas cadangan> (daftar cadangan ada di Pengaturan › Cadangan).',
    );
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN'))
    return e('IO', 'Gagal membaca atau menulis berkas basis data. Periksa disk dan izin folder data.');
  return null;
}

export function toErrorData(err: unknown): { data: AppErrorData; unexpected: boolean } {
  if (err instanceof AppError) return { data: err.toData(), unexpected: false };
  if (err instanceof z.ZodError) return { data: validationError(err), unexpected: false };
  const code = sqliteCode(err);
  const mapped = code ? fromSqlite(code) : null;
  if (mapped) return { data: mapped, unexpected: false };
  return {
    data: { code: 'INTERNAL', message: 'Terjadi kesalahan tak terduga. Rincian dicatat di log aplikasi.', issues: [] },
    unexpected: true,
  };
}
