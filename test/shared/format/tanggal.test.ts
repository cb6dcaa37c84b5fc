// Tests shared/format/tanggal: Indonesian date display and strict ISO calendar-date parsing.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  daysInMonth,
  formatTanggal,
  formatTanggalHari,
  formatTanggalJam,
  formatTanggalPendek,
  hariDalamMinggu,
  isLeapYear,
  isValidDate,
  namaBulan,
  namaHari,
  parseIsoDate,
  toCalendarDate,
  toIsoDate,
} from '../../../shared/format/tanggal.ts';

const BULAN = 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' ');

/** Arbitrary valid local Date between years 1900 and 2200. */
const localDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ year, month, day, hour, minute }) => new Date(year, month - 1, day, hour, minute));

const calendarDate = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

describe('namaBulan', () => {
  it('names all twelve months in Indonesian', () => {
    expect(Array.from({ length: 12 }, (_, i) => namaBulan(i + 1))).toEqual(BULAN);
  });

  it.each([0, 13, -1, 1.5, Number.NaN])('throws RangeError for %s', (m) => {
    expect(() => namaBulan(m)).toThrow(RangeError);
  });
});

describe('namaHari', () => {
  it('starts the week at Minggu = 0', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(namaHari)).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it.each([-1, 7, 2.5])('throws RangeError for %s', (d) => {
    expect(() => namaHari(d)).toThrow(RangeError);
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('knows the length of every month', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('validates calendar dates', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2025, 2, 29)).toBe(false);
    expect(isValidDate(2026, 4, 31)).toBe(false);
    expect(isValidDate(2026, 12, 31)).toBe(true);
    expect(isValidDate(2026, 13, 1)).toBe(false);
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(isValidDate(2026, 1, 0)).toBe(false);
    expect(isValidDate(0, 1, 1)).toBe(false);
    expect(isValidDate(2026, 1.5, 1)).toBe(false);
  });
});

describe('parseIsoDate', () => {
  it('reads valid dates as calendar fields', () => {
    expect(parseIsoDate('2026-11-23')).toEqual({ ok: true, value: { year: 2026, month: 11, day: 23 } });
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: { year: 2024, month: 2, day: 29 } });
    expect(parseIsoDate('2026-12-31')).toEqual({ ok: true, value: { year: 2026, month: 12, day: 31 } });
    expect(parseIsoDate('0001-01-01')).toEqual({ ok: true, value: { year: 1, month: 1, day: 1 } });
  });

  it.each([
    '2025-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
    'kemarin',
    '0000-01-01',
  ])('rejects %j with an Indonesian message', (s) => {
    expect(parseIsoDate(s)).toEqual({ ok: false, message: `Tanggal tidak valid: ${s}` });
  });

  it('round-trips with toIsoDate for any local date (property)', () => {
    fc.assert(
      fc.property(localDate, (d) => {
        const r = parseIsoDate(toIsoDate(d));
        expect(r).toEqual({ ok: true, value: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } });
      }),
    );
  });

  it('accepts exactly the dates isValidDate accepts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(parseIsoDate(s).ok).toBe(isValidDate(y, m, d));
      }),
    );
  });
});

describe('toIsoDate / toCalendarDate', () => {
  it('uses LOCAL fields, including just before and at midnight', () => {
    expect(toIsoDate(new Date(2026, 10, 23, 0, 0, 0))).toBe('2026-11-23');
    expect(toIsoDate(new Date(2026, 10, 23, 23, 59, 59, 999))).toBe('2026-11-23');
    expect(toIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(toIsoDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('pads small years to four digits', () => {
    const d = new Date(2000, 0, 5);
    d.setFullYear(987);
    expect(toIsoDate(d)).toBe('0987-01-05');
  });

  it('throws RangeError for Invalid Date and bad strings', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toCalendarDate('2025-02-29')).toThrow('Tanggal tidak valid: 2025-02-29');
  });
});

describe('hariDalamMinggu', () => {
  it.each([
    ['2026-11-23', 1],
    ['2024-02-29', 4],
    ['2026-12-31', 4],
    ['2000-01-01', 6],
    ['1945-08-17', 5],
  ])('%s is day %i', (s, day) => {
    expect(hariDalamMinggu(toCalendarDate(s))).toBe(day);
  });

  it('agrees with Date#getDay (property)', () => {
    fc.assert(
      fc.property(localDate, (d) => {
        expect(hariDalamMinggu(toCalendarDate(d))).toBe(d.getDay());
      }),
    );
  });

  it('is always 0..6 for any calendar date (property)', () => {
    fc.assert(
      fc.property(calendarDate, (cal) => {
        const day = hariDalamMinggu(cal);
        expect(day).toBeGreaterThanOrEqual(0);
        expect(day).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('formatTanggal', () => {
  it('formats ISO strings as calendar dates', () => {
    expect(formatTanggal('2026-11-23')).toBe('23 November 2026');
    expect(formatTanggal('2026-01-01')).toBe('1 Januari 2026');
    expect(formatTanggal('2026-12-31')).toBe('31 Desember 2026');
    expect(formatTanggal('2024-02-29')).toBe('29 Februari 2024');
    expect(formatTanggal('1945-08-17')).toBe('17 Agustus 1945');
  });

  it('formats Date objects by their local fields', () => {
    expect(formatTanggal(new Date(2026, 10, 23))).toBe('23 November 2026');
    expect(formatTanggal(new Date(2026, 11, 31, 23, 59, 59))).toBe('31 Desember 2026');
    expect(formatTanggal(new Date(2026, 4, 1, 0, 0))).toBe('1 Mei 2026');
  });

  it('throws RangeError for invalid input', () => {
    expect(() => formatTanggal('2025-02-29')).toThrow(RangeError);
    expect(() => formatTanggal('23-11-2026')).toThrow(RangeError);
    expect(() => formatTanggal(new Date('bukan tanggal'))).toThrow(RangeError);
  });

  it('always reads "<day> <Bulan> <year>" (property)', () => {
    fc.assert(
      fc.property(localDate, (d) => {
        expect(formatTanggal(d)).toBe(`${d.getDate()} ${BULAN[d.getMonth()]} ${d.getFullYear()}`);
        expect(formatTanggal(toIsoDate(d))).toBe(formatTanggal(d));
      }),
    );
  });
});

describe('formatTanggalHari', () => {
  it('prefixes the day name', () => {
    expect(formatTanggalHari('2026-11-23')).toBe('Senin, 23 November 2026');
    expect(formatTanggalHari('2024-02-29')).toBe('Kamis, 29 Februari 2024');
    expect(formatTanggalHari('1945-08-17')).toBe('Jumat, 17 Agustus 1945');
    expect(formatTanggalHari(new Date(2026, 10, 22, 23, 59))).toBe('Minggu, 22 November 2026');
    expect(formatTanggalHari(new Date(2000, 0, 1))).toBe('Sabtu, 1 Januari 2000');
  });
});

describe('formatTanggalJam', () => {
  it('adds hours and minutes separated by a dot', () => {
    expect(formatTanggalJam(new Date(2026, 10, 23, 14, 5))).toBe('23 November 2026 14.05');
    expect(formatTanggalJam(new Date(2026, 10, 23, 9, 30))).toBe('23 November 2026 09.30');
  });

  it('shows midnight as 00.00 and the last minute as 23.59', () => {
    expect(formatTanggalJam(new Date(2027, 0, 1, 0, 0))).toBe('1 Januari 2027 00.00');
    expect(formatTanggalJam(new Date(2026, 11, 31, 23, 59, 59))).toBe('31 Desember 2026 23.59');
  });

  it('throws RangeError for Invalid Date', () => {
    expect(() => formatTanggalJam(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatTanggalPendek', () => {
  it('formats dd/mm/yyyy with padding', () => {
    expect(formatTanggalPendek('2026-11-23')).toBe('23/11/2026');
    expect(formatTanggalPendek('2026-01-05')).toBe('05/01/2026');
    expect(formatTanggalPendek(new Date(2026, 11, 31, 23, 59))).toBe('31/12/2026');
  });
});
