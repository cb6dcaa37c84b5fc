// Tests shared/format/rupiah: rupiah and Indonesian number display, and parsing typed amounts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatAngka, formatRupiah, parseRupiah } from '../../../shared/format/rupiah.ts';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp0'],
    [5, 'Rp5'],
    [999, 'Rp999'],
    [1000, 'Rp1.000'],
    [12_345, 'Rp12.345'],
    [123_456, 'Rp123.456'],
    [1_234_567, 'Rp1.234.567'],
    [1_000_000_000, 'Rp1.000.000.000'],
    [-1_234_567, '-Rp1.234.567'],
    [-1, '-Rp1'],
    [-0, 'Rp0'],
    [Number.MAX_SAFE_INTEGER, 'Rp9.007.199.254.740.991'],
  ])('formatRupiah(%d) is %s', (n, s) => {
    expect(formatRupiah(n)).toBe(s);
  });

  it('accepts bigint beyond the safe range', () => {
    expect(formatRupiah(123_456_789_012_345_678_901n)).toBe('Rp123.456.789.012.345.678.901');
    expect(formatRupiah(-1000n)).toBe('-Rp1.000');
    expect(formatRupiah(0n)).toBe('Rp0');
  });

  it.each([0.5, 1234.56, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('throws RangeError for %d', (n) => {
    expect(() => formatRupiah(n)).toThrow(RangeError);
  });

  it('has no spaces and only digits and dots after Rp (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        expect(formatRupiah(n)).toMatch(/^-?Rp\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
});

describe('formatAngka', () => {
  it('groups thousands with dots', () => {
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(999)).toBe('999');
    expect(formatAngka(1000)).toBe('1.000');
    expect(formatAngka(1_234_567)).toBe('1.234.567');
    expect(formatAngka(-1_234_567)).toBe('-1.234.567');
    expect(formatAngka(12_345_678_901n)).toBe('12.345.678.901');
  });

  it('uses a comma for decimals', () => {
    expect(formatAngka(74.5, 1)).toBe('74,5');
    expect(formatAngka(74.5, 2)).toBe('74,50');
    expect(formatAngka(1234.5678, 2)).toBe('1.234,57');
    expect(formatAngka(-0.25, 2)).toBe('-0,25');
    expect(formatAngka(100, 1)).toBe('100,0');
    expect(formatAngka(5n, 2)).toBe('5,00');
  });

  it('rounds to zero decimals by default', () => {
    expect(formatAngka(74.5)).toBe('75');
    expect(formatAngka(74.4)).toBe('74');
    expect(formatAngka(1234.9)).toBe('1.235');
  });

  it('never shows a negative zero', () => {
    expect(formatAngka(-0)).toBe('0');
    expect(formatAngka(-0.001, 2)).toBe('0,00');
    expect(formatAngka(-0.4)).toBe('0');
  });

  it('does not switch to exponent notation for huge numbers', () => {
    expect(formatAngka(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('throws RangeError for bad input', () => {
    expect(() => formatAngka(Number.NaN)).toThrow(RangeError);
    expect(() => formatAngka(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatAngka(1, -1)).toThrow(RangeError);
    expect(() => formatAngka(1, 1.5)).toThrow(RangeError);
    expect(() => formatAngka(1, 21)).toThrow(RangeError);
  });

  it('matches formatRupiah without the Rp for integers (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatRupiah(n)).toBe(formatAngka(n).replace(/^(-?)/, '$1Rp'));
      }),
    );
  });
});

describe('parseRupiah', () => {
  it.each([
    ['Rp1.234.567', 1_234_567],
    ['Rp 1.234.567', 1_234_567],
    ['Rp. 1.234.567', 1_234_567],
    ['rp1.234.567', 1_234_567],
    ['1234567', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1.234.567,00', 1_234_567],
    ['Rp1.234.567,00', 1_234_567],
    ['Rp1.234.567,-', 1_234_567],
    ['  Rp 500  ', 500],
    ['0', 0],
    ['Rp0', 0],
    ['1.000', 1000],
    ['-Rp1.234.567', -1_234_567],
    ['-1.234.567', -1_234_567],
    ['Rp-5.000', -5000],
    ['-Rp0', 0],
    ['Rp9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('parseRupiah(%j) is %d', (s, value) => {
    expect(parseRupiah(s)).toEqual({ ok: true, value });
  });

  it('rejects an empty input', () => {
    expect(parseRupiah('')).toEqual({ ok: false, message: 'Nominal rupiah tidak boleh kosong' });
    expect(parseRupiah('   ')).toEqual({ ok: false, message: 'Nominal rupiah tidak boleh kosong' });
  });

  it.each(['Rp', 'abc', '1,234,567', '1.23', '12.34.567', '1.2345', '1 234 567', 'Rp1.234.567 ribu', '--5', '-Rp-5', '1e6', '+5'])(
    'rejects the malformed %j',
    (s) => {
      expect(parseRupiah(s)).toEqual({ ok: false, message: `Format rupiah tidak valid: ${s.trim()}` });
    },
  );

  it.each(['1.234.567,50', 'Rp1.000,5', '1234,01'])('rejects sen in %j', (s) => {
    expect(parseRupiah(s)).toEqual({ ok: false, message: `Nominal rupiah tidak boleh memuat sen: ${s}` });
  });

  it('rejects amounts beyond the safe integer range', () => {
    expect(parseRupiah('Rp9.007.199.254.740.992')).toEqual({
      ok: false,
      message: 'Nominal rupiah terlalu besar: Rp9.007.199.254.740.992',
    });
  });

  it('round-trips formatRupiah for every safe integer (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseRupiah(formatRupiah(n))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('reads plain digit strings and ",00" suffixes as the same amount (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseRupiah(String(n))).toEqual({ ok: true, value: n });
        expect(parseRupiah(`${formatAngka(n)},00`)).toEqual({ ok: true, value: n });
      }),
    );
  });
});
