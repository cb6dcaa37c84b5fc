// Tests shared/domain/arsip/jra: parent codes and the nearest-ancestor JRA lookup (reference
// arsip-naskah.md A.6, A.10).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cariJra, indukKode } from '../../../shared/domain/arsip/jra.ts';

describe('indukKode', () => {
  it.each([
    ['UM.01.01', 'UM.01'],
    ['UM.01', 'UM'],
    ['UM', null],
    ['PK.01.01.01', 'PK.01.01'],
    ['PK.01.01', 'PK.01'],
    ['', null],
    ['.01', null],
  ])('%s → %s', (kode, induk) => {
    expect(indukKode(kode)).toBe(induk);
  });
});

type Baris = { klasifikasiKode: string; nama: string };
const BARIS: Baris[] = [
  { klasifikasiKode: 'UM', nama: 'pokok UM' },
  { klasifikasiKode: 'UM.01', nama: 'sub UM.01' },
  { klasifikasiKode: 'PK.01.01.01', nama: 'PK rinci' },
  { klasifikasiKode: 'KP.01.02', nama: 'KP.01.02' },
];

describe('cariJra', () => {
  it.each([
    ['an exact sub masalah', 'UM.01', 'sub UM.01'],
    ['a child of a sub masalah', 'UM.01.01', 'sub UM.01'],
    ['a grandchild, nearest ancestor wins over the pokok', 'UM.01.01.05', 'sub UM.01'],
    ['a sibling sub masalah falls back to the pokok', 'UM.02.03', 'pokok UM'],
    ['the pokok itself', 'UM', 'pokok UM'],
    ['an exact four-level code', 'PK.01.01.01', 'PK rinci'],
    ['a child of a three-level row', 'KP.01.02.05', 'KP.01.02'],
  ])('finds %s', (_judul, kode, nama) => {
    expect(cariJra(BARIS, kode)?.nama).toBe(nama);
  });

  it.each([
    ['a parent of the only row (rows apply downwards, not upwards)', 'PK.01.01'],
    ['an unknown pokok', 'KU.01'],
    ['a code that only shares a text prefix', 'KP.01.021'],
  ])('gives null for %s', (_judul, kode) => {
    expect(cariJra(BARIS, kode)).toBeNull();
  });

  it('prefers the exact row whatever the order, and gives null on no rows', () => {
    expect(cariJra([...BARIS].reverse(), 'UM.01')?.nama).toBe('sub UM.01');
    expect(cariJra([], 'UM.01')).toBeNull();
    expect(cariJra([{ klasifikasiKode: 'UM.01' }], 'UM.011')).toBeNull();
  });

  it('returns the code itself or one of its dotted ancestors, and finds a row whenever one applies (property)', () => {
    const segmen = fc.constantFrom('UM', 'KP', '01', '02', '03');
    const kodeAcak = fc.array(segmen, { minLength: 1, maxLength: 4 }).map((s) => s.join('.'));
    fc.assert(
      fc.property(fc.array(kodeAcak, { maxLength: 8 }), kodeAcak, (kodeBaris, kode) => {
        const r = cariJra(
          kodeBaris.map((k) => ({ klasifikasiKode: k })),
          kode,
        );
        const berlaku = (k: string): boolean => k === kode || kode.startsWith(`${k}.`);
        expect(r === null ? !kodeBaris.some(berlaku) : berlaku(r.klasifikasiKode)).toBe(true);
        if (r !== null) for (const k of kodeBaris) if (berlaku(k)) expect(k.length).toBeLessThanOrEqual(r.klasifikasiKode.length);
      }),
    );
  });
});
