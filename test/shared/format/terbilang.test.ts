// Tests shared/format/terbilang: whole numbers spelled out in Indonesian words.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TERBILANG_MAX, terbilang, terbilangRupiah } from '../../../shared/format/terbilang.ts';

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [2, 'dua'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [15, 'lima belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [45, 'empat puluh lima'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [119, 'seratus sembilan belas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1011, 'seribu sebelas'],
    [1100, 'seribu seratus'],
    [1945, 'seribu sembilan ratus empat puluh lima'],
    [2000, 'dua ribu'],
    [2026, 'dua ribu dua puluh enam'],
    [10_000, 'sepuluh ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [111_111, 'seratus sebelas ribu seratus sebelas'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_200_000, 'satu juta dua ratus ribu'],
    [1_250_000, 'satu juta dua ratus lima puluh ribu'],
    [2_000_001, 'dua juta satu'],
    [
      999_999_999,
      'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
    [1_000_000_000, 'satu miliar'],
    [1_000_001_000, 'satu miliar seribu'],
    [10 ** 12, 'satu triliun'],
    [10 ** 15, 'satu kuadriliun'],
    [2 * 10 ** 15 + 1000, 'dua kuadriliun seribu'],
  ])('terbilang(%d) is %j', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('spells negatives with "minus"', () => {
    expect(terbilang(-1)).toBe('minus satu');
    expect(terbilang(-1000)).toBe('minus seribu');
    expect(terbilang(-1_250_000)).toBe('minus satu juta dua ratus lima puluh ribu');
    expect(terbilang(-0)).toBe('nol');
  });

  it('reaches 10^18 - 1 with bigint', () => {
    expect(terbilang(10n ** 18n - 1n)).toBe(
      'sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun ' +
        'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    );
    expect(terbilang(1_000_000_000_000_000_000n - 1n)).toBe(terbilang(TERBILANG_MAX));
    expect(terbilang(-(10n ** 15n))).toBe('minus satu kuadriliun');
    expect(terbilang(1n)).toBe('satu');
    expect(terbilang(0n)).toBe('nol');
  });

  it('throws RangeError beyond the supported range', () => {
    expect(() => terbilang(10n ** 18n)).toThrow(RangeError);
    expect(() => terbilang(-(10n ** 18n))).toThrow(RangeError);
  });

  it.each([1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])('throws RangeError for the number %d', (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
  });

  it('is never empty, lowercase, single-spaced (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -TERBILANG_MAX, max: TERBILANG_MAX }), (n) => {
        const words = terbilang(n);
        expect(words).not.toBe('');
        expect(words).toMatch(/^[a-z]+( [a-z]+)*$/);
        expect(words).not.toContain('  ');
      }),
    );
  });

  it('never says "satu ribu", "satu ratus" or "satu puluh", and says "nol" only for zero (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: TERBILANG_MAX }), (n) => {
        const words = ` ${terbilang(n)} `;
        expect(words).not.toMatch(/ satu (ratus|puluh|belas) /);
        // "satu ribu" only after a tens or hundreds word: "dua puluh satu ribu", "seratus satu ribu".
        expect(words).not.toMatch(/(?<!puluh|ratus) satu ribu /);
        expect(words).not.toContain(' nol ');
      }),
    );
  });

  it('agrees for number and bigint, and negation adds "minus " (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(terbilang(n)).toBe(terbilang(BigInt(n)));
        expect(terbilang(-n)).toBe(`minus ${terbilang(n)}`);
      }),
    );
  });

  it('spells n * 1000 + r as terbilang(n) ribu + terbilang(r) (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 1, max: 999 }), (n, r) => {
        expect(terbilang(n * 1000 + r)).toBe(`${terbilang(n)} ribu ${terbilang(r)}`);
      }),
    );
  });

  it('spells every single digit with its name', () => {
    expect(SATUAN.map((_, i) => terbilang(i))).toEqual(SATUAN);
  });
});

describe('terbilangRupiah', () => {
  it.each([
    [0, 'Nol Rupiah'],
    [1, 'Satu Rupiah'],
    [1000, 'Seribu Rupiah'],
    [1_200_000, 'Satu Juta Dua Ratus Ribu Rupiah'],
    [1_250_000, 'Satu Juta Dua Ratus Lima Puluh Ribu Rupiah'],
    [111, 'Seratus Sebelas Rupiah'],
    [-5000, 'Minus Lima Ribu Rupiah'],
  ])('terbilangRupiah(%d) is %j', (n, words) => {
    expect(terbilangRupiah(n)).toBe(words);
  });

  it('accepts bigint', () => {
    expect(terbilangRupiah(10n ** 15n)).toBe('Satu Kuadriliun Rupiah');
  });

  it('title-cases every word of terbilang and ends with Rupiah (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const words = terbilangRupiah(n);
        expect(words).toMatch(/^([A-Z][a-z]* )+Rupiah$/);
        expect(words.toLowerCase()).toBe(`${terbilang(n)} rupiah`);
      }),
    );
  });
});
