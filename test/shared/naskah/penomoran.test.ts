// Tests shared/domain/naskah/penomoran: series patterns, number formatting on the reference examples
// (arsip-naskah.md A.5.1–A.5.3), counter keys per scope (A.5.4), sisipan and the gap report (issue #4 §5).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../../shared/ipc/result.ts';
import {
  LINGKUP_PENCACAH_BAWAAN,
  POLA_BAWAAN,
  TOKEN_NOMOR,
  formatNomor,
  kunciPencacah,
  laporanCelah,
  sisipanBerikut,
  urutkanNomor,
  validasiPola,
} from '../../../shared/domain/naskah/penomoran.ts';
import type { EntriRegister, NilaiNomor } from '../../../shared/domain/naskah/penomoran.ts';

type Ubah = Partial<NilaiNomor>;
const surat = (u: Ubah = {}): NilaiNomor => ({ unit: 'W.32', klas: 'UM.01.01', urut: 1473, tanggal: '2021-02-25', ...u });
const kep = (u: Ubah = {}): NilaiNomor => ({ jab: 'W13.PAS.PAS.49', urut: 34, klas: 'OT.02.02', tanggal: '2026-03-02', ...u });
type Entri = EntriRegister;
type Status = Entri['status'];
const entri = (urut: number, status: Status, u: Partial<Entri> = {}): Entri => ({ urut, sisipan: null, status, nomor: `N-${urut}`, ...u });

const ANRI: NilaiNomor = { aman: 'R', urut: 99, jab: 'IJ', klas: 'KP.07.6', tanggal: '2020-04-14' };
const INTERNAL = '{urut}/{jab}/{klas}/{bulan}/{tahun}';
const BULANAN = '{urut}/{unit}/{bulan}/{romawi}/{tahun}';
const { korespondensi: KOR, keputusan: KEP } = POLA_BAWAAN;

describe('formatNomor', () => {
  it.each<[string, string, NilaiNomor, number, string]>([
    ['korespondensi, Kanwil Kepri 25-02-2021', KOR, surat(), 0, 'W.32.UM.01.01-1473'],
    ['keputusan from the seed', KEP, kep(), 0, 'W13.PAS.PAS.49-34.OT.02.02 Tahun 2026'],
    ['keputusan Dirjen', KEP, kep({ jab: 'PAS', urut: 36, tanggal: '2020-06-15' }), 0, 'PAS-36.OT.02.02 Tahun 2020'],
    ['Menteri, padded', KEP, kep({ jab: 'M.IP', urut: 1, klas: 'OT.01.01', tanggal: '2025-01-10' }), 2, 'M.IP-01.OT.01.01 Tahun 2025'],
    ['PerANRI surat dinas, Rahasia', POLA_BAWAAN.anri, ANRI, 0, 'R-99/IJ/KP.07.6/04/2020'],
    ['PerANRI surat dinas, Biasa', POLA_BAWAAN.anri, { ...ANRI, aman: 'B' }, 0, 'B-99/IJ/KP.07.6/04/2020'],
    ['PerANRI surat dinas, Sangat Rahasia', POLA_BAWAAN.anri, { ...ANRI, aman: 'SR' }, 0, 'SR-99/IJ/KP.07.6/04/2020'],
    ['PerANRI internal, padded', INTERNAL, { ...ANRI, urut: 5, klas: 'OT.01', tanggal: '2016-04-01' }, 2, '05/IJ/OT.01/04/2016'],
    ['padding to 4', KOR, surat({ urut: 7 }), 4, 'W.32.UM.01.01-0007'],
    ['padding never truncates', KOR, surat(), 2, 'W.32.UM.01.01-1473'],
    ['month as digits and Roman, April', BULANAN, surat({ urut: 12, unit: 'W13', tanggal: '2026-04-30' }), 0, '12/W13/04/IV/2026'],
    ['month as digits and Roman, December', BULANAN, surat({ urut: 12, unit: 'W13', tanggal: '2026-12-01' }), 0, '12/W13/12/XII/2026'],
    ['sisipan appended to {urut}', KEP, kep({ sisipan: 'a' }), 0, 'W13.PAS.PAS.49-34a.OT.02.02 Tahun 2026'],
    ['sisipan after padding', KEP, kep({ sisipan: 'aa' }), 4, 'W13.PAS.PAS.49-0034aa.OT.02.02 Tahun 2026'],
    ['null sisipan is none', KEP, kep({ sisipan: null }), 0, 'W13.PAS.PAS.49-34.OT.02.02 Tahun 2026'],
    ['empty sisipan is none', KEP, kep({ sisipan: '' }), 0, 'W13.PAS.PAS.49-34.OT.02.02 Tahun 2026'],
    ['capital sisipan is lowercased', KEP, kep({ sisipan: 'B' }), 0, 'W13.PAS.PAS.49-34b.OT.02.02 Tahun 2026'],
    ['explicit {sisipan} is not also appended', '{unit}-{urut}.{sisipan}', surat({ urut: 7, sisipan: 'b' }), 0, 'W.32-7.b'],
    ['explicit {sisipan} is empty without one', '{unit}-{urut}.{sisipan}', surat({ urut: 7 }), 0, 'W.32-7.'],
    ['values the pattern does not use are ignored', '{urut}', { urut: 3, tanggal: '2026-01-01' }, 0, '3'],
  ])('%s: %s', (_judul, pola, v, lebar, nomor) => {
    expect(formatNomor(pola, v, lebar)).toBe(nomor);
  });
});

describe('formatNomor: errors name what is missing, in Indonesian', () => {
  it.each([
    ['unit', POLA_BAWAAN.korespondensi, surat({ unit: undefined })],
    ['klas', POLA_BAWAAN.korespondensi, surat({ klas: '  ' })],
    ['jab', POLA_BAWAAN.keputusan, kep({ jab: undefined })],
    ['aman', POLA_BAWAAN.anri, { urut: 1, jab: 'IJ', klas: 'KP.07.6', tanggal: '2020-04-14' }],
  ])('throws a VALIDATION AppError naming {%s}', (token, pola, v) => {
    expect(() => formatNomor(pola, v as NilaiNomor)).toThrow(AppError);
    expect(() => formatNomor(pola, v as NilaiNomor)).toThrow(`Nilai {${token}}`);
  });

  it('rejects an unknown security code, and braces in a value so a number never shows a token', () => {
    expect(() => formatNomor(POLA_BAWAAN.anri, { ...ANRI, aman: 'X' } as unknown as NilaiNomor)).toThrow('harus B, T, R atau SR');
    expect(() => formatNomor(KOR, surat({ unit: 'W{32}' }))).toThrow(/kurung kurawal/);
  });

  it.each([0, -3, 1.5, Number.NaN])('rejects urut %s', (urut) => {
    expect(() => formatNomor(POLA_BAWAAN.korespondensi, surat({ urut }))).toThrow(/Nomor urut/);
  });

  it('rejects a bad date, a bad sisipan, a bad width and an invalid pattern', () => {
    expect(() => formatNomor(POLA_BAWAAN.keputusan, kep({ tanggal: '2026-02-30' }))).toThrow(/Tanggal tidak valid/);
    expect(() => formatNomor(POLA_BAWAAN.keputusan, kep({ sisipan: '1' }))).toThrow(/Sisipan/);
    expect(() => formatNomor(POLA_BAWAAN.keputusan, kep(), -1)).toThrow(/Lebar nomor urut/);
    expect(() => formatNomor('{unit}-{nomor}', surat())).toThrow(/Token tidak dikenal: \{nomor\}/);
  });
});

describe('validasiPola', () => {
  it('accepts the built-in patterns and lists their tokens in order, once each', () => {
    expect(validasiPola(POLA_BAWAAN.korespondensi)).toEqual({ ok: true, tokens: ['unit', 'klas', 'urut'] });
    expect(validasiPola(POLA_BAWAAN.keputusan)).toEqual({ ok: true, tokens: ['jab', 'urut', 'klas', 'tahun'] });
    expect(validasiPola(POLA_BAWAAN.anri)).toEqual({ ok: true, tokens: ['aman', 'urut', 'jab', 'klas', 'bulan', 'tahun'] });
    expect(validasiPola('{urut}/{tahun}-{tahun}')).toEqual({ ok: true, tokens: ['urut', 'tahun'] });
  });

  it.each([
    ['{unit}-{tgl}-{urut}', 'Token tidak dikenal: {tgl}'],
    ['{URUT}', 'Token tidak dikenal: {URUT}'],
    ['{ urut }', 'Token tidak dikenal: { urut }'],
    ['{}-{urut}', 'Token tidak dikenal: {}'],
    ['{unit}.{klas}', 'Pola nomor harus memuat {urut}'],
    ['W.32-1473', 'Pola nomor harus memuat {urut}'],
    ['', 'Pola nomor tidak boleh kosong'],
    ['   ', 'Pola nomor tidak boleh kosong'],
    ['{unit.{urut}', '"{" pada posisi 1 tidak ditutup'],
    ['{urut}-{klas', '"{" pada posisi 8 tidak ditutup'],
    ['{urut}}', '"}" pada posisi 7 tanpa pasangan'],
    ['unit}-{urut}', '"}" pada posisi 5 tanpa pasangan'],
    ['{{urut}}', '"{" pada posisi 1 tidak ditutup'],
  ])('rejects %j: %s', (pola, pesan) => {
    const r = validasiPola(pola);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.pesan).toContain(pesan);
  });

  it('names the available tokens when one is unknown', () => {
    const pesan = `Token tidak dikenal: {kode}. Token yang tersedia: ${TOKEN_NOMOR.map((t) => `{${t}}`).join(', ')}.`;
    expect(validasiPola('{kode}-{urut}')).toEqual({ ok: false, pesan });
  });
});

describe('kunciPencacah', () => {
  const v = { tanggal: '2026-03-02', klas: 'UM.01.01' };

  it('defaults to one counter per year, and gives 0 and empty for each dimension out of scope', () => {
    expect(LINGKUP_PENCACAH_BAWAAN).toEqual({ tahun: true, bulan: false, klasifikasi: false });
    expect(kunciPencacah(LINGKUP_PENCACAH_BAWAAN, v)).toEqual({ tahun: 2026, bulan: 0, klas: '' });
    expect(kunciPencacah({ tahun: false, bulan: false, klasifikasi: false }, v)).toEqual({ tahun: 0, bulan: 0, klas: '' });
    expect(kunciPencacah({ tahun: true, bulan: true, klasifikasi: false }, v)).toEqual({ tahun: 2026, bulan: 3, klas: '' });
    expect(kunciPencacah({ tahun: true, bulan: false, klasifikasi: true }, v)).toEqual({ tahun: 2026, bulan: 0, klas: 'UM.01.01' });
    expect(kunciPencacah({ tahun: false, bulan: false, klasifikasi: true }, v)).toEqual({ tahun: 0, bulan: 0, klas: 'UM.01.01' });
    expect(kunciPencacah({ tahun: true, bulan: true, klasifikasi: true }, v)).toEqual({ tahun: 2026, bulan: 3, klas: 'UM.01.01' });
  });

  it('keeps the year in a monthly counter, so March 2026 and March 2027 differ', () => {
    const bulanan = { tahun: false, bulan: true, klasifikasi: false };
    expect(kunciPencacah(bulanan, v)).toEqual({ tahun: 2026, bulan: 3, klas: '' });
    expect(kunciPencacah(bulanan, { tanggal: '2027-03-01' })).toEqual({ tahun: 2027, bulan: 3, klas: '' });
  });

  it('needs the classification when it is in scope, and a valid date', () => {
    expect(() => kunciPencacah({ tahun: true, bulan: false, klasifikasi: true }, { tanggal: '2026-03-02' })).toThrow(/\{klas\}/);
    expect(() => kunciPencacah(LINGKUP_PENCACAH_BAWAAN, { tanggal: '2026-3-2' })).toThrow(AppError);
  });
});

describe('sisipanBerikut', () => {
  // 'used letters/next': a, b … z, aa … az, ba … zz, aaa.
  it.each(['/a', 'a/b', 'a,b,c/d', 'c,a/d', 'y/z', 'z/aa', 'a,z/aa', 'aa/ab', 'az/ba', 'zz/aaa', ',a/b', 'B/c'])('%s', (kasus) => {
    const [terpakai = '', berikut] = kasus.split('/');
    expect(sisipanBerikut(terpakai === '' ? [] : terpakai.split(','))).toBe(berikut);
  });

  it('rejects a sisipan that is not letters', () => {
    expect(() => sisipanBerikut(['a', '2'])).toThrow(AppError);
  });

  it('never reuses a letter and always sorts after every used one (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,3}$/), { maxLength: 10 }), (terpakai) => {
        const baru = sisipanBerikut(terpakai);
        expect(terpakai).not.toContain(baru);
        for (const s of terpakai) expect(urutkanNomor({ urut: 1, sisipan: s }, { urut: 1, sisipan: baru })).toBeLessThan(0);
      }),
    );
  });

  it('walks a, b … z, aa, ab in order (property of 800 steps)', () => {
    const dipakai: string[] = [];
    for (let i = 0; i < 800; i += 1) dipakai.push(sisipanBerikut(dipakai));
    expect(dipakai.slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(dipakai.slice(24, 29)).toEqual(['y', 'z', 'aa', 'ab', 'ac']);
    expect(dipakai[701]).toBe('zz');
    expect(dipakai[702]).toBe('aaa');
    expect(new Set(dipakai).size).toBe(800);
  });
});

describe('urutkanNomor', () => {
  it('orders by number, then the plain number before its sisipan, z before aa', () => {
    const d = ['34b', '2', '35', '34aa', '34z', '34', '34a', '10'].map((t) => ({ urut: parseInt(t, 10), sisipan: t.replace(/\d+/, '') }));
    const teks = d.sort(urutkanNomor).map((n) => `${n.urut}${n.sisipan}`);
    expect(teks).toEqual(['2', '10', '34', '34a', '34b', '34z', '34aa', '35']);
  });

  it('is 0 for the same number, treating null and empty sisipan alike', () => {
    expect(urutkanNomor({ urut: 5, sisipan: null }, { urut: 5, sisipan: '' })).toBe(0);
    expect(urutkanNomor({ urut: 5, sisipan: 'a' }, { urut: 5, sisipan: 'A' })).toBe(0);
  });

  it('is antisymmetric (property)', () => {
    const nomor = fc.record({ urut: fc.integer({ min: 1, max: 50 }), sisipan: fc.option(fc.stringMatching(/^[a-z]{1,2}$/)) });
    fc.assert(
      fc.property(nomor, nomor, (a, b) => {
        expect(Math.sign(urutkanNomor(a, b))).toBe(-Math.sign(urutkanNomor(b, a)) || 0);
      }),
    );
  });
});

describe('laporanCelah', () => {
  it('explains cancelled, booked and missing numbers, and skips used ones', () => {
    const register = [entri(1, 'dipakai'), entri(3, 'batal', { alasan: 'Salah klasifikasi' }), entri(4, 'dipakai'), entri(5, 'dipesan')];
    register.push(entri(7, 'dipakai'));
    expect(laporanCelah(register)).toEqual([
      { urut: 2, keterangan: 'tidak tercatat (celah)', status: 'hilang' },
      { urut: 3, keterangan: 'dibatalkan: Salah klasifikasi', status: 'batal' },
      { urut: 5, keterangan: 'dipesan, belum dipakai', status: 'dipesan' },
      { urut: 6, keterangan: 'tidak tercatat (celah)', status: 'hilang' },
    ]);
  });

  it('says so when a cancellation has no reason', () => {
    expect(laporanCelah([entri(1, 'batal'), entri(2, 'batal', { alasan: '  ' })]).map((c) => c.keterangan)).toEqual([
      'dibatalkan: tanpa alasan tercatat',
      'dibatalkan: tanpa alasan tercatat',
    ]);
  });

  it('reports up to sampaiUrut: missing numbers at the end, or only the first ones', () => {
    const register = [entri(1, 'dipakai'), entri(3, 'dipakai')];
    expect(laporanCelah(register, 5).map((c) => c.urut)).toEqual([2, 4, 5]);
    expect(laporanCelah(register, 1)).toEqual([]);
    expect(laporanCelah([], 2).map((c) => c.status)).toEqual(['hilang', 'hilang']);
    expect(laporanCelah([])).toEqual([]);
  });

  it('never lets a sisipan entry open or fill a gap', () => {
    const a = { sisipan: 'a' };
    const register = [entri(1, 'dipakai'), entri(1, 'dipakai', a), entri(2, 'batal', a), entri(3, 'dipakai'), entri(9, 'dipakai', a)];
    expect(laporanCelah(register)).toEqual([{ urut: 2, keterangan: 'tidak tercatat (celah)', status: 'hilang' }]);
  });

  it('counts a number as used when any plain entry for it is in use', () => {
    expect(laporanCelah([entri(1, 'batal', { alasan: 'x' }), entri(1, 'dipakai')])).toEqual([]);
    expect(laporanCelah([entri(1, 'dipesan'), entri(1, 'batal', { alasan: 'y' })])[0]?.status).toBe('batal');
  });

  it('rejects a bad sequence number or bound', () => {
    expect(() => laporanCelah([entri(0, 'dipakai')])).toThrow(AppError);
    expect(() => laporanCelah([], -1)).toThrow(AppError);
  });

  it('lists exactly the numbers 1..max not used, in order (property)', () => {
    const status = fc.constantFrom<Status>('dipakai', 'batal', 'dipesan');
    fc.assert(
      fc.property(fc.array(fc.record({ urut: fc.integer({ min: 1, max: 60 }), status }), { maxLength: 40 }), (xs) => {
        const register = xs.map((x) => entri(x.urut, x.status));
        const max = Math.max(0, ...xs.map((x) => x.urut));
        const dipakai = new Set(xs.filter((x) => x.status === 'dipakai').map((x) => x.urut));
        const harapan = Array.from({ length: max }, (_, i) => i + 1).filter((u) => !dipakai.has(u));
        expect(laporanCelah(register).map((c) => c.urut)).toEqual(harapan);
      }),
    );
  });
});

describe('formatNomor: properties', () => {
  const kode = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !/[{}]/.test(s));
  const teks = fc.string({ maxLength: 6 }).filter((s) => !/[{}]/.test(s));
  const tokenLain = fc.constantFrom('{unit}', '{klas}', '{sisipan}', '{bulan}', '{romawi}', '{tahun}', '{jab}', '{aman}');
  const pola = fc
    .tuple(fc.array(fc.oneof(tokenLain, teks), { maxLength: 6 }), fc.array(fc.oneof(tokenLain, teks), { maxLength: 6 }))
    .map(([a, b]) => [...a, '{urut}', ...b].join(''));
  const tanggal = fc.integer({ min: 10_957, max: 47_481 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
  const aman = fc.constantFrom<'B' | 'T' | 'R' | 'SR'>('B', 'T', 'R', 'SR');
  const nilai = fc.record({ unit: kode, klas: kode, jab: kode, aman, sisipan: fc.option(fc.stringMatching(/^[a-z]{1,2}$/)), tanggal });
  const lebar = fc.integer({ min: 0, max: 6 });

  it('every generated pattern is valid and its number never contains a brace', () => {
    fc.assert(
      fc.property(pola, nilai, fc.integer({ min: 1, max: 1_000_000 }), lebar, (p, n, urut, w) => {
        expect(validasiPola(p).ok).toBe(true);
        const nomor = formatNomor(p, { ...n, urut }, w);
        expect(nomor).not.toMatch(/[{}]/);
      }),
    );
  });

  it('distinct sequence numbers give distinct numbers for the same other values', () => {
    fc.assert(
      fc.property(pola, nilai, fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), lebar, (p, n, a, b, w) => {
        fc.pre(a !== b);
        expect(formatNomor(p, { ...n, urut: a }, w)).not.toBe(formatNomor(p, { ...n, urut: b }, w));
      }),
    );
  });

  it('distinct sequence numbers stay distinct in the three built-in patterns', () => {
    const bawaan = fc.constantFrom(...Object.values(POLA_BAWAAN));
    const urutan = fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 2 });
    fc.assert(
      fc.property(bawaan, nilai, urutan, (p, n, us) => {
        expect(new Set(us.map((urut) => formatNomor(p, { ...n, urut }))).size).toBe(us.length);
      }),
    );
  });
});
