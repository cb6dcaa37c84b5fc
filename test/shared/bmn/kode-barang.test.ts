// Tests shared/domain/bmn/kode-barang: parsing, formatting and validation of the 10-digit kode barang
// `G.BB.KK.SS.SSS` and of a kode barang tree (reference bmn.md A.3).
import { describe, it, expect } from 'vitest';
import {
  alasanKodeBarangAsetDitolak,
  formatKodeBarang,
  kelompokKodeBarang,
  leluhurKodeBarang,
  pastikanKodeBarang,
  periksaPohonKodeBarang,
  uraiKodeBarang,
} from '../../../shared/domain/bmn/kode-barang.ts';

describe('uraiKodeBarang', () => {
  it.each([
    ['3', 1, null],
    ['310', 2, '3'],
    ['31001', 3, '310'],
    ['3100102', 4, '31001'],
    ['3100102002', 5, '3100102'],
    ['3.10.01.02.002', 5, '3100102'],
    ['3.10.01', 3, '310'],
    [' 8010101001 ', 5, '8010101'],
  ] as const)('%s is level %i under %s', (input, level, induk) => {
    const r = uraiKodeBarang(input);
    expect(r).toEqual({ ok: true, value: { kode: input.trim().replaceAll('.', ''), level, golongan: input.trim()[0], induk } });
  });

  it.each([
    ['golongan 0', '0100102002', /Golongan 0 tidak dikenal/],
    ['golongan 9', '9', /Golongan 9 tidak dikenal/],
    ['two digits', '31', /harus 1, 3, 5, 7 atau 10 angka/],
    ['eleven digits', '31001020021', /harus 1, 3, 5, 7 atau 10 angka/],
    ['a letter', '310010200A', /hanya boleh berisi angka/],
    ['empty', '  ', /belum diisi/],
    ['a segment of the wrong width', '3.1.01.02.002', /tidak sesuai pola/],
    ['too many segments', '3.10.01.02.002.1', /tidak sesuai pola/],
    ['a trailing dot', '3.10.', /tidak sesuai pola/],
  ])('refuses %s', (_judul, input, pesan) => {
    const r = uraiKodeBarang(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(pesan);
  });

  it('pastikanKodeBarang throws a VALIDATION error', () => {
    expect(() => pastikanKodeBarang('31')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('formatting and ancestors', () => {
  it('dots every present segment', () => {
    expect(formatKodeBarang('3100102002')).toBe('3.10.01.02.002');
    expect(formatKodeBarang('3100102')).toBe('3.10.01.02');
    expect(formatKodeBarang('3')).toBe('3');
    expect(formatKodeBarang('4.01.01.01.001')).toBe('4.01.01.01.001');
  });

  it('gives the ancestor at a level and the 5-digit kelompok', () => {
    expect(leluhurKodeBarang('3100102002', 1)).toBe('3');
    expect(leluhurKodeBarang('3100102002', 2)).toBe('310');
    expect(leluhurKodeBarang('3100102002', 4)).toBe('3100102');
    expect(leluhurKodeBarang('3100102002', 5)).toBeNull();
    expect(leluhurKodeBarang('310', 3)).toBeNull();
    expect(kelompokKodeBarang('3020104001')).toBe('30201');
    expect(kelompokKodeBarang('30201')).toBe('30201');
    expect(kelompokKodeBarang('302')).toBeNull();
  });
});

describe('alasanKodeBarangAsetDitolak', () => {
  const referensi = new Set(['3', '310', '31001', '3100102', '3100102002']);

  it('accepts a sub-sub kelompok of the reference', () => {
    expect(alasanKodeBarangAsetDitolak('3.10.01.02.002', referensi)).toBeNull();
  });

  it.each([
    ['a kelompok', '31001', /3\.10\.01 adalah kelompok; aset dicatat pada kode sub-sub kelompok/],
    ['a code not in the reference', '3100102003', /3\.10\.01\.02\.003 tidak ada dalam referensi/],
    ['a malformed code', '31x', /hanya boleh berisi angka/],
  ])('refuses %s', (_judul, kode, pesan) => {
    expect(alasanKodeBarangAsetDitolak(kode, referensi)).toMatch(pesan);
  });
});

describe('periksaPohonKodeBarang', () => {
  const baik = [
    { kode: '3', level: 1, induk: null },
    { kode: '310', level: 2, induk: '3' },
    { kode: '31001', level: 3, induk: '310' },
  ];

  it('finds nothing wrong in a well-formed tree', () => {
    expect(periksaPohonKodeBarang(baik)).toEqual([]);
  });

  it.each([
    ['a duplicate', [...baik, { kode: '310', level: 2, induk: '3' }], 'Baris 4 (310): kode ganda.'],
    [
      'a wrong level',
      [...baik, { kode: '3100102', level: 3, induk: '31001' }],
      'Baris 4 (3100102): level 3 tidak sesuai panjang kode (seharusnya 4).',
    ],
    [
      'a wrong induk',
      [...baik, { kode: '3100102', level: 4, induk: '310' }],
      'Baris 4 (3100102): induk 310 tidak sesuai kode (seharusnya 31001).',
    ],
    ['a missing induk', [...baik, { kode: '3100203', level: 4, induk: '31002' }], 'Baris 4 (3100203): induk 31002 tidak ada dalam daftar.'],
    ['a child before its induk', [baik[0], baik[2], baik[1]], 'Baris 2 (31001): induk 310 harus tercantum sebelum anaknya.'],
    ['a dotted code', [...baik, { kode: '3.10.01.02', level: 4, induk: '31001' }], 'Baris 4 (3.10.01.02): kode harus ditulis tanpa titik.'],
    [
      'a bad code',
      [...baik, { kode: '31A', level: 2, induk: '3' }],
      expect.stringMatching(/^Baris 4 \(31A\): Kode barang "31A" hanya boleh/),
    ],
  ])('reports %s', (_judul, baris, pesan) => {
    expect(periksaPohonKodeBarang(baris as { kode: string; level: number; induk: string | null }[])).toEqual([pesan]);
  });
});
