// Glyph coverage of the bundled DejaVu fonts: pdfkit has no font fallback, so a missing glyph prints as
// nothing (tech-spikes §1 pitfall 4: Noto Sans lacks ≥). Every character Indonesian documents use must be there.
import { describe, expect, it } from 'vitest';
import { openSync } from 'fontkit';
import { fontFiles } from '../../electron/core/reports/assets.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PUNCTUATION = '.,;:!?()[]{}/\\-_+=*&%$#@"\'<>|~^`';
const SYMBOLS = '≥≤–—éèçüöäÉÇÜ°±×÷“”‘’…€½¼²³§¶•№™©®';
const WANTED = `${LETTERS}${PUNCTUATION}${SYMBOLS}Rp`;

describe('DejaVu glyph coverage', () => {
  for (const [face, file] of Object.entries(fontFiles())) {
    it(`${face} has every character SATU prints`, () => {
      const font = openSync(file);
      const missing = [...WANTED].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
      expect(missing).toEqual([]);
    });
  }
});
