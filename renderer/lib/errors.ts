// Owns turning any thrown value into an Indonesian title and message; never a raw object or stack.
import { JUDUL_GALAT, PESAN_TAK_TERDUGA } from '../i18n/id.ts';
import { isApiError } from './api.ts';
import type { ErrorCode } from '../../shared/ipc/result.ts';

export type ErrorText = { code: ErrorCode; title: string; message: string };

export function describeError(e: unknown): ErrorText {
  if (isApiError(e)) return { code: e.code, title: JUDUL_GALAT[e.code], message: e.message };
  return { code: 'INTERNAL', title: JUDUL_GALAT.INTERNAL, message: PESAN_TAK_TERDUGA };
}
