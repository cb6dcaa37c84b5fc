// Tests shared/domain/naskah/tenggat: disposition deadlines from urgensi (reference A.4.2, issue #4 §3)
// with an injected clock, working-day arithmetic, and the status and remaining-time texts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../../shared/ipc/result.ts';
import {
  ATURAN_TENGGAT_BAWAAN,
  URGENSI,
  hitungTenggat,
  isHariKerja,
  sisaWaktuTeks,
  statusTenggat,
  tambahHariKerja,
} from '../../../shared/domain/naskah/tenggat.ts';
import type { AturanTenggat, Urgensi } from '../../../shared/domain/naskah/tenggat.ts';

const JKT = 'Asia/Jakarta';
const ZONA = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
const SELISIH_JAM: Record<(typeof ZONA)[number], number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
const NATAL = '2026-12-25';
const HUT_RI = '2026-08-17';

const aturan = (ubah: Partial<AturanTenggat> = {}): AturanTenggat => ({ ...ATURAN_TENGGAT_BAWAAN, ...ubah });
const tenggat = (urgensi: Urgensi, diterima: string, timeZone: string = JKT, a: AturanTenggat = aturan()) =>
  hitungTenggat({ urgensi, diterima, timeZone, aturan: a });

/** Test-only reference calendar on UTC Date fields. */
const HARI_MS = 86_400_000;
const geserHari = (tanggal: string, n: number): string =>
  new Date(Date.parse(`${tanggal}T00:00:00Z`) + n * HARI_MS).toISOString().slice(0, 10);
const hariPekan = (tanggal: string): number => new Date(`${tanggal}T00:00:00Z`).getUTCDay();
const tanggalLokal = (iso: string, jam: number): string => new Date(Date.parse(iso) + jam * 3_600_000).toISOString().slice(0, 10);

describe('ATURAN_TENGGAT_BAWAAN and URGENSI', () => {
  it('default to 5 working days, no holidays, 16:00; and list the three derajat kecepatan', () => {
    expect(ATURAN_TENGGAT_BAWAAN).toEqual({ biasaHariKerja: 5, hariLibur: [], jamKerjaSelesai: '16:00' });
    expect(Object.isFrozen(ATURAN_TENGGAT_BAWAAN)).toBe(true);
    expect(URGENSI).toEqual(['sangat_segera', 'segera', 'biasa']);
  });
});

describe('isHariKerja', () => {
  it('is true Monday to Friday and false on Saturday and Sunday', () => {
    const pekan = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
    expect(pekan.map((t) => isHariKerja(t, []))).toEqual([true, true, true, true, true, false, false]);
  });

  it('is false on a configured holiday and true on the same day without it', () => {
    expect(isHariKerja(NATAL, [NATAL])).toBe(false);
    expect(isHariKerja(NATAL, [])).toBe(true);
  });

  it('rejects an invalid date, in the list or as the argument', () => {
    expect(() => isHariKerja('2026-02-30', [])).toThrow(AppError);
    expect(() => isHariKerja('2026-03-02', ['25-12-2026'])).toThrow(/Tanggal tidak valid/);
  });
});

describe('tambahHariKerja', () => {
  it.each([
    ['Friday + 1 is Monday', '2026-03-06', 1, [], '2026-03-09'],
    ['Friday + 5 is the next Friday', '2026-03-06', 5, [], '2026-03-13'],
    ['Saturday + 1 is Monday', '2026-03-07', 1, [], '2026-03-09'],
    ['Wednesday + 5 before Christmas', '2026-12-23', 5, [], '2026-12-30'],
    ['Christmas inside the span is skipped', '2026-12-23', 5, [NATAL], '2026-12-31'],
    ['over the year end and New Year', '2026-12-23', 6, [NATAL, '2027-01-01'], '2027-01-04'],
    ['onto a leap day', '2028-02-28', 1, [], '2028-02-29'],
    ['across a leap day', '2028-02-25', 3, [], '2028-03-01'],
    ['n = 0 is the date itself, even a day off', '2026-03-07', 0, [], '2026-03-07'],
  ])('%s', (_judul, awal, n, libur, hasil) => {
    expect(tambahHariKerja(awal, n, libur)).toBe(hasil);
  });

  it.each([-1, 1.5, Number.NaN])('rejects n = %s', (n) => {
    expect(() => tambahHariKerja('2026-03-06', n, [])).toThrow(AppError);
  });

  it('agrees with a reference count on UTC dates (property)', () => {
    const tanggal = fc.integer({ min: 18_262, max: 24_106 }).map((d) => new Date(d * HARI_MS).toISOString().slice(0, 10));
    const geser = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 });
    fc.assert(
      fc.property(tanggal, fc.integer({ min: 0, max: 40 }), geser, (awal, n, gs) => {
        const libur = gs.map((k) => geserHari(awal, k));
        let hari = awal;
        for (let sisa = n; sisa > 0;) {
          hari = geserHari(hari, 1);
          if (![0, 6].includes(hariPekan(hari)) && !libur.includes(hari)) sisa -= 1;
        }
        expect(tambahHariKerja(awal, n, libur)).toBe(hari);
      }),
    );
  });
});

describe('hitungTenggat', () => {
  const BIASA = '5 hari kerja (biasa), tidak termasuk Sabtu, Minggu dan hari libur';
  const LIBUR_NATAL = { hariLibur: [NATAL] };
  const LIBUR_HUT = { hariLibur: [HUT_RI] };
  const NY = 'America/New_York';
  // 08:30 UTC on Friday 2026-03-06 is 15:30 WIB, 16:30 WITA and 17:30 WIT.
  const JUMAT = '2026-03-06T08:30:00Z';

  it.each([
    ['biasa: Friday afternoon runs over the weekend', 'biasa', '2026-03-06T15:00:00+07:00', JKT, {}, '2026-03-13T09:00:00.000Z'],
    ['biasa: Christmas inside the span', 'biasa', '2026-12-23T10:00:00+07:00', JKT, LIBUR_NATAL, '2026-12-31T09:00:00.000Z'],
    ['biasa: the same span without the holiday', 'biasa', '2026-12-23T10:00:00+07:00', JKT, {}, '2026-12-30T09:00:00.000Z'],
    ['biasa: received on Saturday', 'biasa', '2026-03-07T10:00:00+07:00', JKT, {}, '2026-03-13T09:00:00.000Z'],
    [
      'biasa: 3 days, ending 16:30',
      'biasa',
      '2026-03-06T08:00:00+07:00',
      JKT,
      { biasaHariKerja: 3, jamKerjaSelesai: '16:30' },
      '2026-03-11T09:30:00.000Z',
    ],
    ['biasa: 23:30 UTC Thursday is Friday in WIB', 'biasa', '2026-03-05T23:30:00Z', JKT, {}, '2026-03-13T09:00:00.000Z'],
    ['sangat segera: morning, same day', 'sangat_segera', '2026-03-05T09:15:00+07:00', JKT, {}, '2026-03-05T09:00:00.000Z'],
    ['sangat segera: before office hours, same day', 'sangat_segera', '2026-03-05T06:00:00+07:00', JKT, {}, '2026-03-05T09:00:00.000Z'],
    ['sangat segera: 15:59:59, same day', 'sangat_segera', '2026-03-05T15:59:59+07:00', JKT, {}, '2026-03-05T09:00:00.000Z'],
    ['sangat segera: exactly 16:00, next day', 'sangat_segera', '2026-03-05T16:00:00+07:00', JKT, {}, '2026-03-06T09:00:00.000Z'],
    ['sangat segera: Friday 17:30, Monday', 'sangat_segera', '2026-03-06T17:30:00+07:00', JKT, {}, '2026-03-09T09:00:00.000Z'],
    ['sangat segera: Saturday, Monday', 'sangat_segera', '2026-03-07T10:00:00+07:00', JKT, {}, '2026-03-09T09:00:00.000Z'],
    ['sangat segera: on a holiday', 'sangat_segera', `${HUT_RI}T09:00:00+07:00`, JKT, LIBUR_HUT, '2026-08-18T09:00:00.000Z'],
    [
      'sangat segera: Friday 17:30 before a holiday',
      'sangat_segera',
      '2026-08-14T17:30:00+07:00',
      JKT,
      LIBUR_HUT,
      '2026-08-18T09:00:00.000Z',
    ],
    [
      'sangat segera: day ending 16:30',
      'sangat_segera',
      '2026-03-06T16:15:00+07:00',
      JKT,
      { jamKerjaSelesai: '16:30' },
      '2026-03-06T09:30:00.000Z',
    ],
    ['segera: 24 hours across midnight', 'segera', '2026-03-05T23:30:00+07:00', JKT, {}, '2026-03-06T16:30:00.000Z'],
    ['segera: 24 hours into Saturday', 'segera', '2026-03-06T10:00:00+07:00', JKT, {}, '2026-03-07T03:00:00.000Z'],
    ['zones: sangat segera 15:30 WIB, same day', 'sangat_segera', JUMAT, 'Asia/Jakarta', {}, '2026-03-06T09:00:00.000Z'],
    ['zones: sangat segera 16:30 WITA, Monday', 'sangat_segera', JUMAT, 'Asia/Makassar', {}, '2026-03-09T08:00:00.000Z'],
    ['zones: sangat segera 17:30 WIT, Monday', 'sangat_segera', JUMAT, 'Asia/Jayapura', {}, '2026-03-09T07:00:00.000Z'],
    ['zones: biasa WIB', 'biasa', JUMAT, 'Asia/Jakarta', {}, '2026-03-13T09:00:00.000Z'],
    ['zones: biasa WITA', 'biasa', JUMAT, 'Asia/Makassar', {}, '2026-03-13T08:00:00.000Z'],
    ['zones: biasa WIT', 'biasa', JUMAT, 'Asia/Jayapura', {}, '2026-03-13T07:00:00.000Z'],
    // Offsets come from Intl, not a table: New York moves from -05 to -04 on 2026-03-08.
    ['DST elsewhere: before the change', 'sangat_segera', '2026-03-06T12:00:00-05:00', NY, {}, '2026-03-06T21:00:00.000Z'],
    ['DST elsewhere: across the change', 'biasa', '2026-03-06T12:00:00-05:00', NY, {}, '2026-03-13T20:00:00.000Z'],
  ] as const)('%s', (_judul, urgensi, diterima, zona, ubah, batas) => {
    expect(tenggat(urgensi, diterima, zona, aturan(ubah)).batas).toBe(batas);
  });

  it('gives the local date and an Indonesian explanation', () => {
    expect(tenggat('biasa', '2026-03-06T15:00:00+07:00')).toEqual({
      batas: '2026-03-13T09:00:00.000Z',
      tanggal: '2026-03-13',
      keterangan: BIASA,
    });
    const r = tenggat('biasa', '2026-03-06T08:00:00+07:00', JKT, aturan({ biasaHariKerja: 3 }));
    expect(r.keterangan).toBe('3 hari kerja (biasa), tidak termasuk Sabtu, Minggu dan hari libur');
    const sama = { batas: '2026-03-05T09:00:00.000Z', tanggal: '2026-03-05', keterangan: 'Hari yang sama (sangat segera)' };
    expect(tenggat('sangat_segera', '2026-03-05T09:15:00+07:00')).toEqual(sama);
    const lanjut = 'Hari kerja berikutnya (sangat segera), diterima setelah pukul 16.00';
    expect(tenggat('sangat_segera', '2026-03-06T17:30:00+07:00')).toEqual({
      batas: '2026-03-09T09:00:00.000Z',
      tanggal: '2026-03-09',
      keterangan: lanjut,
    });
    expect(tenggat('sangat_segera', '2026-03-07T10:00:00+07:00').keterangan).toBe(
      'Hari kerja berikutnya (sangat segera), diterima pada hari libur',
    );
    expect(tenggat('segera', '2026-03-05T23:30:00+07:00')).toMatchObject({ tanggal: '2026-03-06', keterangan: '24 jam (segera)' });
  });

  it('gives the LOCAL date of the deadline, not the UTC one', () => {
    const r = tenggat('segera', '2026-03-05T22:00:00Z', 'Asia/Jayapura');
    expect(r.batas).toBe('2026-03-06T22:00:00.000Z');
    expect(r.tanggal).toBe('2026-03-07');
  });

  it('reads an instant the same whatever offset it is written with', () => {
    const a = tenggat('sangat_segera', '2026-03-06T15:30:00+07:00', 'Asia/Makassar');
    expect(tenggat('sangat_segera', '2026-03-06T16:30:00+08:00', 'Asia/Makassar')).toEqual(a);
  });

  it.each([0, -1, 2.5])('rejects biasaHariKerja = %s', (n) => {
    expect(() => tenggat('biasa', '2026-03-06T08:00:00+07:00', JKT, aturan({ biasaHariKerja: n }))).toThrow(/≥ 1 hari kerja/);
  });
});

describe('hitungTenggat: bad input', () => {
  it.each(['2026-03-06T09:00:00', '2026-03-06', 'kemarin', '2026-13-06T09:00:00Z'])('rejects the instant %s', (s) => {
    expect(() => tenggat('segera', s)).toThrow(AppError);
  });

  it('rejects an unknown time zone in Indonesian', () => {
    expect(() => tenggat('biasa', '2026-03-06T09:00:00Z', 'Asia/Atlantis')).toThrow('Zona waktu tidak dikenal: Asia/Atlantis');
  });

  it.each(['24:00', '4 sore', '16.00', '7:00'])('rejects jamKerjaSelesai %s', (jam) => {
    expect(() => tenggat('segera', '2026-03-06T09:00:00Z', JKT, aturan({ jamKerjaSelesai: jam }))).toThrow(/Jam kerja selesai/);
  });
});

describe('hitungTenggat: properties', () => {
  const instan = fc
    .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2032-12-31T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString());
  const zona = fc.constantFrom(...ZONA);
  const libur = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 });

  it('biasa always ends on a working day, strictly after the day received, at 16:00 local', () => {
    fc.assert(
      fc.property(instan, zona, libur, fc.integer({ min: 1, max: 15 }), (diterima, z, geser, n) => {
        const hariTerima = tanggalLokal(diterima, SELISIH_JAM[z]);
        const hariLibur = geser.map((k) => geserHari(hariTerima, k));
        const r = tenggat('biasa', diterima, z, aturan({ biasaHariKerja: n, hariLibur }));
        expect(isHariKerja(r.tanggal, hariLibur)).toBe(true);
        expect(r.tanggal > hariTerima).toBe(true);
        expect(r.batas).toBe(new Date(Date.parse(`${r.tanggal}T16:00:00Z`) - SELISIH_JAM[z] * 3_600_000).toISOString());
      }),
    );
  });

  it('sangat segera is always after receipt, on a working day, at most the next working day', () => {
    fc.assert(
      fc.property(instan, zona, libur, (diterima, z, geser) => {
        const hariTerima = tanggalLokal(diterima, SELISIH_JAM[z]);
        const hariLibur = geser.map((k) => geserHari(hariTerima, k));
        const r = tenggat('sangat_segera', diterima, z, aturan({ hariLibur }));
        expect(Date.parse(r.batas)).toBeGreaterThan(Date.parse(diterima));
        expect(isHariKerja(r.tanggal, hariLibur)).toBe(true);
        expect(r.tanggal <= tambahHariKerja(hariTerima, 1, hariLibur)).toBe(true);
        expect(r.tanggal).toBe(tanggalLokal(r.batas, SELISIH_JAM[z]));
      }),
    );
  });

  it('segera is always exactly 24 hours, and tanggal is its local date', () => {
    fc.assert(
      fc.property(instan, zona, (diterima, z) => {
        const r = tenggat('segera', diterima, z);
        expect(Date.parse(r.batas) - Date.parse(diterima)).toBe(86_400_000);
        expect(r.tanggal).toBe(tanggalLokal(r.batas, SELISIH_JAM[z]));
      }),
    );
  });
});

describe('statusTenggat', () => {
  const batas = '2026-03-13T09:00:00.000Z';

  it('is selesai once reported, even after the deadline', () => {
    expect(statusTenggat(batas, '2026-03-20T00:00:00Z', '2026-03-19T10:00:00Z')).toBe('selesai');
  });

  it('is lewat after the deadline and mendekati right at it', () => {
    expect(statusTenggat(batas, '2026-03-13T09:00:01Z', null)).toBe('lewat');
    expect(statusTenggat(batas, batas, null)).toBe('mendekati');
  });

  it('is mendekati within 24 hours (inclusive) and aman before', () => {
    expect(statusTenggat(batas, '2026-03-12T09:00:00Z', null)).toBe('mendekati');
    expect(statusTenggat(batas, '2026-03-12T08:59:59Z', null)).toBe('aman');
  });

  it('takes a custom threshold in hours', () => {
    expect(statusTenggat(batas, '2026-03-11T09:00:00Z', null, 48)).toBe('mendekati');
    expect(statusTenggat(batas, '2026-03-13T07:00:00Z', null, 1)).toBe('aman');
  });

  it('rejects an instant without a zone', () => {
    expect(() => statusTenggat(batas, '2026-03-13T07:00:00', null)).toThrow(AppError);
  });
});

describe('sisaWaktuTeks', () => {
  const batas = '2026-03-13T16:00:00+07:00';

  it.each([
    ['2026-03-11T13:00:00+07:00', '2 hari 3 jam lagi'],
    ['2026-03-11T16:00:00+07:00', '2 hari lagi'],
    ['2026-03-13T11:00:00+07:00', '5 jam lagi'],
    ['2026-03-13T10:30:00+07:00', '5 jam lagi'],
    ['2026-03-13T15:01:00+07:00', 'kurang dari 1 jam lagi'],
    ['2026-03-13T16:00:00+07:00', 'kurang dari 1 jam lagi'],
    ['2026-03-13T16:59:00+07:00', 'lewat kurang dari 1 jam'],
    ['2026-03-13T21:00:00+07:00', 'lewat 5 jam'],
    ['2026-03-14T18:00:00+07:00', 'lewat 1 hari 2 jam'],
    ['2026-03-16T16:00:00+07:00', 'lewat 3 hari'],
  ])('at %s says "%s"', (now, teks) => {
    expect(sisaWaktuTeks(batas, now)).toBe(teks);
  });
});
