// Tests shared/domain/bmn/nup: the next NUP per kode barang per satker, batches, and confirming a temporary NUP
// against SAKTI's official one (reference bmn.md A.4).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alokasiNup, konfirmasiNup, kunciNup, nupBerikut } from '../../../shared/domain/bmn/nup.ts';
import type { EntriNup } from '../../../shared/domain/bmn/nup.ts';

describe('nupBerikut', () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[3, 1], 4],
    [[1, 5], 6],
  ])('after %j is %i (gaps are never filled)', (terpakai, berikut) => {
    expect(nupBerikut(terpakai)).toBe(berikut);
  });

  it('refuses a used number that is not a NUP', () => {
    expect(() => nupBerikut([1, 0])).toThrow(/NUP terpakai/);
    expect(() => nupBerikut([2.5])).toThrow(/NUP terpakai/);
  });

  it('is above every number ever used (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 100 }), (terpakai) => {
        const n = nupBerikut(terpakai);
        expect(terpakai.every((t) => t < n)).toBe(true);
        expect(n === 1 || terpakai.includes(n - 1)).toBe(true);
      }),
    );
  });
});

describe('alokasiNup', () => {
  it('gives consecutive numbers for a batch of units', () => {
    expect(alokasiNup([1, 2, 7], 3)).toEqual([8, 9, 10]);
    expect(alokasiNup([], 1)).toEqual([1]);
  });

  it('stops at the largest NUP', () => {
    expect(alokasiNup([999_999_997], 2)).toEqual([999_999_998, 999_999_999]);
    expect(() => alokasiNup([999_999_997], 3)).toThrow(/tidak cukup/);
    expect(() => nupBerikut([999_999_999])).toThrow(/sudah mencapai/);
  });

  it('refuses a batch of 0 or a fraction', () => {
    expect(() => alokasiNup([], 0)).toThrow(/Jumlah unit/);
    expect(() => alokasiNup([], 1.5)).toThrow(/Jumlah unit/);
  });
});

describe('kunciNup', () => {
  it('keys the scope by kode UAKPB and kode barang', () => {
    expect(kunciNup('107010199414370000KP', '3100102002')).toBe('107010199414370000KP|3100102002');
    expect(kunciNup('107010199414370000KP', '3100102002')).not.toBe(kunciNup('107010199414370000KP', '3100102003'));
  });
});

describe('konfirmasiNup', () => {
  // Official 1–10 in SAKTI; SATU gave two new laptops the temporary NUPs 11 and 12; 13 was a temporary NUP retired earlier.
  const entri: EntriNup[] = [
    ...Array.from({ length: 10 }, (_, i): EntriNup => ({ id: `r${i + 1}`, nup: i + 1, status: 'resmi' })),
    { id: 'a', nup: 11, status: 'sementara' },
    { id: 'b', nup: 12, status: 'sementara' },
  ];

  it('keeps the number when SAKTI gives the one SATU guessed', () => {
    expect(konfirmasiNup(entri, [13], 'a', 11)).toEqual([
      { id: 'a', nupLama: 11, nupBaru: 11, statusLama: 'sementara', statusBaru: 'resmi' },
    ]);
  });

  it("moves another item's temporary NUP to a never-used number when SAKTI gives its number", () => {
    expect(konfirmasiNup(entri, [13], 'b', 11)).toEqual([
      { id: 'b', nupLama: 12, nupBaru: 11, statusLama: 'sementara', statusBaru: 'resmi' },
      { id: 'a', nupLama: 11, nupBaru: 14, statusLama: 'sementara', statusBaru: 'sementara' },
    ]);
  });

  it('accepts an official NUP SATU did not expect', () => {
    expect(konfirmasiNup(entri, [], 'a', 40)).toEqual([
      { id: 'a', nupLama: 11, nupBaru: 40, statusLama: 'sementara', statusBaru: 'resmi' },
    ]);
  });

  it('does nothing for the same official NUP again', () => {
    expect(konfirmasiNup(entri, [], 'r3', 3)).toEqual([]);
  });

  it.each([
    ['an official NUP held by another item', 'a', 5, 'CONFLICT', /sudah dipakai aset lain/],
    ['a different official NUP for a confirmed item', 'r3', 4, 'CONFLICT', /hanya diubah melalui koreksi/],
    ['an unknown item', 'x', 20, 'NOT_FOUND', /tidak ada/],
    ['NUP 0', 'a', 0, 'VALIDATION', /NUP resmi/],
  ])('refuses %s', (_judul, id, nup, code, pesan) => {
    expect(() => konfirmasiNup(entri, [], id, nup)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(pesan) }));
  });
});
