// Tests shared/domain/arsip/nomor: the next definitive box number and the location labels (reference
// arsip-naskah.md A.12, A.17, B.6 step 5).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { labelLokasiAktif, labelLokasiInaktif, nomorBoksBerikut } from '../../../shared/domain/arsip/nomor.ts';

describe('nomorBoksBerikut', () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[5, 2], 6],
    [[1, 3], 4],
  ])('after %j is %i', (terpakai, berikut) => {
    expect(nomorBoksBerikut(terpakai)).toBe(berikut);
  });

  it('is above every used number and at least 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 200 }), (terpakai) => {
        const n = nomorBoksBerikut(terpakai);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(terpakai.every((t) => t < n)).toBe(true);
        expect(n === 1 || terpakai.includes(n - 1)).toBe(true);
      }),
    );
  });
});

const kosongInaktif = { gedung: null, ruang: null, rak: null, boks: null, folder: null };
const kosongAktif = { ruang: null, lemari: null, laci: null, folder: null };

describe('labelLokasiInaktif', () => {
  it.each([
    ['the reference example', { ruang: 'Arsip 2', rak: 3, boks: 12, folder: 4 }, 'Ruang Arsip 2 · Rak 3 · Boks 12 · Folder 4'],
    [
      'every part',
      { gedung: 'Records Center', ruang: 'Arsip 2', rak: '3', boks: 12, folder: 4 },
      'Gedung Records Center · Ruang Arsip 2 · Rak 3 · Boks 12 · Folder 4',
    ],
    ['empty and blank parts left out', { gedung: '', ruang: '  ', rak: 3, boks: null, folder: 4 }, 'Rak 3 · Folder 4'],
    ['a value already carrying its word kept as written', { ruang: 'Ruang Arsip Lt. 2', boks: 7 }, 'Ruang Arsip Lt. 2 · Boks 7'],
    ['a value that only starts like the word still gets it', { ruang: 'Ruangan B' }, 'Ruang Ruangan B'],
    ['everything empty', {}, '-'],
  ])('%s', (_judul, isi, label) => {
    expect(labelLokasiInaktif({ ...kosongInaktif, ...isi })).toBe(label);
  });
});

describe('labelLokasiAktif', () => {
  it.each([
    ['every part', { ruang: 'TU', lemari: 2, laci: 3, folder: 15 }, 'Ruang TU · Lemari 2 · Laci 3 · Folder 15'],
    ['only a drawer and folder', { laci: '1', folder: 'A' }, 'Laci 1 · Folder A'],
    ['everything empty', {}, '-'],
    ['everything blank', { ruang: ' ', lemari: '', laci: null, folder: '\t' }, '-'],
  ])('%s', (_judul, isi, label) => {
    expect(labelLokasiAktif({ ...kosongAktif, ...isi })).toBe(label);
  });
});
