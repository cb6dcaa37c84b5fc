// Owns the small zod building blocks for text fields that every form shares.
import { z } from 'zod';

/** Optional free text: trimmed, at most `max` characters, empty becomes null. */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));
