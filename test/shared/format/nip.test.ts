// Tests shared/format/nip: parsing, validating and formatting the 18-digit civil-servant NIP.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatNip, nipSchema, parseNip } from '../../../shared/format/nip.ts';
import { daysInMonth } from '../../../shared/format/tanggal.ts';

const NOW = new Date(2026, 10, 23, 10, 0);

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

describe('parseNip', () => {
  it('parses a valid NIP written with spaces', () => {
    expect(parseNip('19800101 200501 1 001', NOW)).toEqual({
      ok: true,
      value: {
        nip: '198001012005011001',
        tanggalLahir: '1980-01-01',
        tmtCpns: '2005-01',
        jenisKelamin: 'pria',
        urut: 1,
      },
    });
  });

  it('parses a valid NIP without spaces, for a woman', () => {
    expect(parseNip('199512312020122999', NOW)).toEqual({
      ok: true,
      value: {
        nip: '199512312020122999',
        tanggalLahir: '1995-12-31',
        tmtCpns: '2020-12',
        jenisKelamin: 'wanita',
        urut: 999,
      },
    });
  });

  it('ignores any whitespace, including leading, trailing and tabs', () => {
    const r = parseNip('  19800101\t200501 1 001\n', NOW);
    expect(r.ok && r.value.nip).toBe('198001012005011001');
  });

  it('accepts a birth on 29 February of a leap year and refuses it otherwise', () => {
    expect(parseNip('19840229 200501 1 001', NOW).ok).toBe(true);
    expect(parseNip('19850229 200501 1 001', NOW)).toEqual({
      ok: false,
      message: 'Tanggal lahir pada NIP tidak valid',
    });
  });

  it('defaults `now` to the current date', () => {
    expect(parseNip('19800101 200501 1 001').ok).toBe(true);
  });

  it.each([
    '',
    '19800101',
    '1980010120050110011',
    '19800101 200501 1 00a',
    '19800101-200501-1-001',
    '１９８００１０１２００５０１１００１',
  ])('requires 18 digits: %j', (s) => {
    expect(parseNip(s, NOW)).toEqual({ ok: false, message: 'NIP harus 18 digit angka' });
  });

  it.each([
    ['19801301 200501 1 001', 'month 13'],
    ['19800001 200501 1 001', 'month 00'],
    ['19800100 200501 1 001', 'day 00'],
    ['19800431 200501 1 001', '31 April'],
    ['19390101 196001 1 001', 'born before 1940'],
    ['20270101 200501 1 001', 'born after now'],
  ])('refuses the birth date in %s (%s)', (s) => {
    expect(parseNip(s, NOW)).toEqual({ ok: false, message: 'Tanggal lahir pada NIP tidak valid' });
  });

  it('accepts the birth year bounds 1940 and the current year of `now`', () => {
    expect(parseNip('19400101 196001 1 001', NOW).ok).toBe(true);
    // Born this year cannot be appointed yet, so the birth date passes and the TMT fails.
    expect(parseNip('20260101 202601 1 001', NOW)).toEqual({
      ok: false,
      message: 'Tahun pengangkatan pada NIP tidak valid',
    });
  });

  it.each(['19800101 200500 1 001', '19800101 200513 1 001', '19800101 200599 1 001'])('refuses the TMT month in %s', (s) => {
    expect(parseNip(s, NOW)).toEqual({ ok: false, message: 'Bulan pengangkatan pada NIP tidak valid' });
  });

  it('requires the TMT year to be more than 15 years after birth and not beyond next year', () => {
    const tahunSalah = { ok: false, message: 'Tahun pengangkatan pada NIP tidak valid' };
    expect(parseNip('19800101 199501 1 001', NOW)).toEqual(tahunSalah);
    expect(parseNip('19800101 199001 1 001', NOW)).toEqual(tahunSalah);
    expect(parseNip('19800101 199601 1 001', NOW).ok).toBe(true);
    expect(parseNip('20000101 202701 1 001', NOW).ok).toBe(true);
    expect(parseNip('20000101 202801 1 001', NOW)).toEqual(tahunSalah);
  });

  it.each(['0', '3', '9'])('refuses gender code %s', (g) => {
    expect(parseNip(`19800101 200501 ${g} 001`, NOW)).toEqual({
      ok: false,
      message: 'Kode jenis kelamin pada NIP harus 1 atau 2',
    });
  });

  it('refuses serial 000', () => {
    expect(parseNip('19800101 200501 1 000', NOW)).toEqual({
      ok: false,
      message: 'Nomor urut pada NIP tidak boleh 000',
    });
  });

  it('reports the first fault in NIP order', () => {
    expect(parseNip('19801301 200513 3 000', NOW)).toEqual({
      ok: false,
      message: 'Tanggal lahir pada NIP tidak valid',
    });
    expect(parseNip('19800101 200513 3 000', NOW)).toEqual({
      ok: false,
      message: 'Bulan pengangkatan pada NIP tidak valid',
    });
    expect(parseNip('19800101 200501 3 000', NOW)).toEqual({
      ok: false,
      message: 'Kode jenis kelamin pada NIP harus 1 atau 2',
    });
  });
});

describe('formatNip', () => {
  it('groups 8 6 1 3', () => {
    expect(formatNip('198001012005011001')).toBe('19800101 200501 1 001');
    expect(formatNip('19800101 200501 1 001')).toBe('19800101 200501 1 001');
    expect(formatNip(' 1980 0101 2005 0110 01 ')).toBe('19800101 200501 1 001');
  });

  it('returns anything that is not 18 digits trimmed and otherwise unchanged', () => {
    expect(formatNip(' 12345 ')).toBe('12345');
    expect(formatNip('')).toBe('');
    expect(formatNip('bukan NIP')).toBe('bukan NIP');
  });
});

/** Arbitrary valid NIP parts relative to NOW (2026). */
const validNip = fc
  .record({
    ly: fc.integer({ min: 1940, max: 2005 }),
    lm: fc.integer({ min: 1, max: 12 }),
    ld: fc.integer({ min: 1, max: 31 }),
    gap: fc.integer({ min: 16, max: 60 }),
    tm: fc.integer({ min: 1, max: 12 }),
    g: fc.constantFrom(1, 2),
    urut: fc.integer({ min: 1, max: 999 }),
  })
  .filter(({ ly, lm, ld, gap }) => ld <= daysInMonth(ly, lm) && ly + gap <= 2027);

describe('NIP properties', () => {
  it('parses every valid NIP back into its parts, and formatNip/parseNip round-trip (property)', () => {
    fc.assert(
      fc.property(validNip, ({ ly, lm, ld, gap, tm, g, urut }) => {
        const digits = `${ly}${pad(lm, 2)}${pad(ld, 2)}${ly + gap}${pad(tm, 2)}${g}${pad(urut, 3)}`;
        const formatted = formatNip(digits);
        expect(formatted).toMatch(/^\d{8} \d{6} \d \d{3}$/);
        expect(formatted.replaceAll(' ', '')).toBe(digits);
        const r = parseNip(formatted, NOW);
        expect(r).toEqual({
          ok: true,
          value: {
            nip: digits,
            tanggalLahir: `${ly}-${pad(lm, 2)}-${pad(ld, 2)}`,
            tmtCpns: `${ly + gap}-${pad(tm, 2)}`,
            jenisKelamin: g === 1 ? 'pria' : 'wanita',
            urut,
          },
        });
        expect(r.ok && formatNip(r.value.nip)).toBe(formatted);
      }),
    );
  });

  it('never throws and answers ok only for 18-digit input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{18}$/)), (s) => {
        const r = parseNip(s, NOW);
        if (r.ok) expect(r.value.nip).toMatch(/^\d{18}$/);
        else expect(r.message).toMatch(/NIP/);
      }),
    );
  });
});

describe('nipSchema', () => {
  it('outputs the 18 digits without spaces', () => {
    expect(nipSchema.parse('19800101 200501 1 001')).toBe('198001012005011001');
  });

  it('reports the parseNip message as the issue', () => {
    const r = nipSchema.safeParse('19800101 200501 3 001');
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0]?.message).toBe('Kode jenis kelamin pada NIP harus 1 atau 2');
  });

  it('refuses non-strings', () => {
    expect(nipSchema.safeParse(123).success).toBe(false);
    expect(nipSchema.safeParse(null).success).toBe(false);
  });

  it('agrees with parseNip on arbitrary 18-digit strings (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (s) => {
        const r = parseNip(s);
        const z = nipSchema.safeParse(s);
        expect(z.success).toBe(r.ok);
        if (!r.ok) expect(z.error?.issues[0]?.message).toBe(r.message);
      }),
    );
  });
});
