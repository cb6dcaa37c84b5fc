// Tests shared/domain/bmn/semester: the BMN semester calendar (I = January–June, II = July–December; reference
// bmn.md A.13, A.15) and its period keys.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  akhirSemester,
  awalSemester,
  indeksSemester,
  kodeSemester,
  namaSemester,
  semesterDari,
  semesterDariIndeks,
  semesterSelesaiPada,
  uraiKodeSemester,
} from '../../../shared/domain/bmn/semester.ts';

describe('semesterDari and semesterSelesaiPada', () => {
  it.each([
    ['2024-01-01', 2024, 1, 2023, 2],
    ['2024-06-29', 2024, 1, 2023, 2],
    ['2024-06-30', 2024, 1, 2024, 1],
    ['2024-07-01', 2024, 2, 2024, 1],
    ['2024-12-30', 2024, 2, 2024, 1],
    ['2024-12-31', 2024, 2, 2024, 2],
  ])('%s is in %i/%i; the last semester closed by then is %i/%i', (tgl, tahun, ke, tahunSelesai, keSelesai) => {
    expect(semesterDari(tgl)).toEqual({ tahun, ke });
    expect(semesterSelesaiPada(tgl)).toEqual({ tahun: tahunSelesai, ke: keSelesai });
  });

  it('refuses a bad date', () => {
    expect(() => semesterDari('2024-6-30')).toThrow(/Tanggal tidak valid/);
  });
});

describe('indexes, bounds and names', () => {
  it('counts semesters and round-trips the index (property)', () => {
    expect(indeksSemester({ tahun: 2025, ke: 1 }) - indeksSemester({ tahun: 2024, ke: 1 })).toBe(2);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 19_999 }), (i) => {
        expect(indeksSemester(semesterDariIndeks(i))).toBe(i);
      }),
    );
    expect(() => semesterDariIndeks(1.5)).toThrow(RangeError);
  });

  it('gives the first and last day, the name and the period key', () => {
    expect([awalSemester({ tahun: 2024, ke: 1 }), akhirSemester({ tahun: 2024, ke: 1 })]).toEqual(['2024-01-01', '2024-06-30']);
    expect([awalSemester({ tahun: 2024, ke: 2 }), akhirSemester({ tahun: 2024, ke: 2 })]).toEqual(['2024-07-01', '2024-12-31']);
    expect(namaSemester({ tahun: 2025, ke: 2 })).toBe('Semester II 2025');
    expect(kodeSemester({ tahun: 2025, ke: 1 })).toBe('2025-S1');
  });

  it('reads a period key back and refuses others', () => {
    expect(uraiKodeSemester('2025-S2')).toEqual({ ok: true, value: { tahun: 2025, ke: 2 } });
    for (const salah of ['2025-S3', '2025S1', '25-S1', '0000-S1']) expect(uraiKodeSemester(salah).ok).toBe(false);
  });
});
