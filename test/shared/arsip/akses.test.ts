// Tests shared/domain/arsip/akses: SKKAAD access (reference arsip-naskah.md A.4.1, A.16, B.9) on every
// clearance × classification, the stricter-of-two rule and the refusal text.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { KEAMANAN } from '../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../shared/domain/naskah/surat.ts';
import { bolehBuka, keamananEfektif, pesanTolakAkses } from '../../../shared/domain/arsip/akses.ts';

/** Hand-written: what each clearance opens. */
const MEMBUKA: [Keamanan | null, Keamanan[]][] = [
  [null, ['B']],
  ['B', ['B']],
  ['T', ['B', 'T']],
  ['R', ['B', 'T', 'R']],
  ['SR', ['B', 'T', 'R', 'SR']],
];
const MATRIKS = MEMBUKA.flatMap(([izin, buka]) => KEAMANAN.map((k) => [izin, k, buka.includes(k)] as const));

describe('bolehBuka', () => {
  it('covers all 20 pairs', () => {
    expect(MATRIKS).toHaveLength(20);
  });

  it.each(MATRIKS)('izin %s, arsip %s → %s', (izin, keamanan, boleh) => {
    expect(bolehBuka(izin, keamanan)).toBe(boleh);
  });
});

describe('keamananEfektif', () => {
  it.each<[Keamanan, Keamanan, Keamanan]>([
    ['B', 'B', 'B'],
    ['B', 'T', 'T'],
    ['B', 'R', 'R'],
    ['B', 'SR', 'SR'],
    ['T', 'B', 'T'],
    ['T', 'T', 'T'],
    ['T', 'R', 'R'],
    ['T', 'SR', 'SR'],
    ['R', 'B', 'R'],
    ['R', 'T', 'R'],
    ['R', 'R', 'R'],
    ['R', 'SR', 'SR'],
    ['SR', 'B', 'SR'],
    ['SR', 'T', 'SR'],
    ['SR', 'R', 'SR'],
    ['SR', 'SR', 'SR'],
  ])('berkas %s, item %s → %s', (berkas, item, hasil) => {
    expect(keamananEfektif(berkas, item)).toBe(hasil);
  });

  it('opens only for a clearance that opens both berkas and item (property)', () => {
    const k = fc.constantFrom(...KEAMANAN);
    fc.assert(
      fc.property(fc.option(k, { nil: null }), k, k, (izin, berkas, item) => {
        expect(bolehBuka(izin, keamananEfektif(berkas, item))).toBe(bolehBuka(izin, berkas) && bolehBuka(izin, item));
        expect(keamananEfektif(berkas, item)).toBe(keamananEfektif(item, berkas));
      }),
    );
  });
});

describe('pesanTolakAkses', () => {
  it('names the classification and the next step', () => {
    expect(pesanTolakAkses('R')).toBe(
      'Arsip ini berklasifikasi Rahasia. Akun Anda tidak memiliki izin membukanya; minta administrator menaikkan izin keamanan Anda.',
    );
  });

  it.each([
    ['B', 'Biasa'],
    ['T', 'Terbatas'],
    ['SR', 'Sangat Rahasia'],
  ] as const)('names %s as %s', (k, nama) => {
    expect(pesanTolakAkses(k)).toMatch(new RegExp(`^Arsip ini berklasifikasi ${nama}\\. `));
  });
});
