// Tests shared/domain/arsip/retensi, part one: due dates from the JRA (reference arsip-naskah.md A.10,
// B.5) and the retention monitor's month groups (B.6). Eligibility is in kelayakan.test.ts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../../shared/ipc/result.ts';
import { hitungJatuhTempo, kelompokJatuhTempo, tambahTahun } from '../../../shared/domain/arsip/retensi.ts';
import type { DasarRetensi, Kelompok } from '../../../shared/domain/arsip/retensi.ts';

/** Test-only reference: UTC Date fields, for random calendar dates 1970–2099. */
const HARI_MS = 86_400_000;
const tanggalAcak = fc.integer({ min: 0, max: 47_480 }).map((d) => new Date(d * HARI_MS).toISOString().slice(0, 10));

const dasar = (u: Partial<DasarRetensi> = {}): DasarRetensi => ({
  tanggalTutup: '2020-06-15',
  pemicu: null,
  tanggalPemicu: null,
  retensiAktif: 2,
  retensiInaktif: 3,
  ...u,
});

describe('tambahTahun', () => {
  it.each([
    ['plain year', '2023-12-31', 1, '2024-12-31'],
    ['zero years', '2026-03-09', 0, '2026-03-09'],
    ['leap day + 1 falls back to 28 February', '2024-02-29', 1, '2025-02-28'],
    ['leap day + 4 stays on the leap day', '2024-02-29', 4, '2028-02-29'],
    ['leap day + 100 (1900-style century, not leap)', '2000-02-29', 100, '2100-02-28'],
    ['leap day + 400 (leap century)', '2000-02-29', 400, '2400-02-29'],
    ['28 February of a leap year stays the 28th', '2024-02-28', 1, '2025-02-28'],
    ['backwards', '2025-03-01', -1, '2024-03-01'],
    ['backwards from a leap day', '2028-02-29', -1, '2027-02-28'],
  ])('%s', (_judul, awal, n, hasil) => {
    expect(tambahTahun(awal, n)).toBe(hasil);
  });

  it.each([
    ['an invalid date', '2025-02-29', 1],
    ['a non-ISO date', '15-06-2020', 1],
    ['a fractional year', '2020-06-15', 1.5],
    ['a year past 9999', '9999-01-01', 1],
  ])('rejects %s', (_judul, awal, n) => {
    expect(() => tambahTahun(awal, n)).toThrow(AppError);
  });

  it('moves the year by exactly n and keeps month and day, except 29 February → 28 (property)', () => {
    fc.assert(
      fc.property(tanggalAcak, fc.integer({ min: -50, max: 100 }), (awal, n) => {
        const hasil = tambahTahun(awal, n);
        expect(Number(hasil.slice(0, 4)) - Number(awal.slice(0, 4))).toBe(n);
        expect(hasil.slice(5, 7)).toBe(awal.slice(5, 7));
        const jatuh = awal.endsWith('-02-29') && hasil.slice(8) === '28';
        expect(hasil.slice(8) === awal.slice(8) || jatuh).toBe(true);
      }),
    );
  });
});

describe('hitungJatuhTempo', () => {
  it.each<[string, Partial<DasarRetensi>, ReturnType<typeof hitungJatuhTempo>]>([
    ['plain years from the closing date', {}, { aktif: '2022-06-15', inaktif: '2025-06-15', menunggu: null }],
    [
      'event trigger with its date: counted from the event, not the closing',
      { pemicu: '2 tahun setelah tidak berlaku', tanggalPemicu: '2021-01-10' },
      { aktif: '2023-01-10', inaktif: '2026-01-10', menunggu: null },
    ],
    ['event trigger without its date', { pemicu: 'setelah tidak berlaku' }, { aktif: null, inaktif: null, menunggu: 'pemicu' }],
    ['a blank trigger text is no trigger', { pemicu: '   ' }, { aktif: '2022-06-15', inaktif: '2025-06-15', menunggu: null }],
    [
      'an event date without a trigger in the JRA is ignored',
      { tanggalPemicu: '2021-01-10' },
      { aktif: '2022-06-15', inaktif: '2025-06-15', menunggu: null },
    ],
    ['not closed yet', { tanggalTutup: null }, { aktif: null, inaktif: null, menunggu: 'tutup' }],
    [
      'not closed yet, even with the event date known',
      { tanggalTutup: null, pemicu: 'setelah selesai', tanggalPemicu: '2021-01-10' },
      { aktif: null, inaktif: null, menunggu: 'tutup' },
    ],
    ['no JRA row', { retensiAktif: null, retensiInaktif: null }, { aktif: null, inaktif: null, menunggu: 'jra' }],
    ['no JRA row comes before not closed', { retensiAktif: null, tanggalTutup: null }, { aktif: null, inaktif: null, menunggu: 'jra' }],
    [
      'leap day: inaktif counts from the (28 February) aktif date',
      { tanggalTutup: '2024-02-29', retensiAktif: 1, retensiInaktif: 3 },
      { aktif: '2025-02-28', inaktif: '2028-02-28', menunggu: null },
    ],
    [
      'leap day kept when the years land on a leap year',
      { tanggalTutup: '2024-02-29', retensiAktif: 4, retensiInaktif: 0 },
      { aktif: '2028-02-29', inaktif: '2028-02-29', menunggu: null },
    ],
    ['zero retention', { retensiAktif: 0, retensiInaktif: 0 }, { aktif: '2020-06-15', inaktif: '2020-06-15', menunggu: null }],
  ])('%s', (_judul, ubah, hasil) => {
    expect(hitungJatuhTempo(dasar(ubah))).toEqual(hasil);
  });

  it.each<[string, Partial<DasarRetensi>]>([
    ['negative retention', { retensiAktif: -1 }],
    ['fractional retention', { retensiInaktif: 2.5 }],
    ['an invalid closing date', { tanggalTutup: '2023-02-29' }],
    ['an invalid event date', { pemicu: 'setelah lunas', tanggalPemicu: '2023/01/10' }],
  ])('rejects %s', (_judul, ubah) => {
    expect(() => hitungJatuhTempo(dasar(ubah))).toThrow(AppError);
  });

  it('keeps base ≤ aktif ≤ inaktif, with aktif = base + retensi aktif (property)', () => {
    const retensi = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(tanggalAcak, tanggalAcak, fc.boolean(), retensi, retensi, (tutup, peristiwa, berpemicu, ra, ri) => {
        const r = hitungJatuhTempo(
          dasar({
            tanggalTutup: tutup,
            pemicu: berpemicu ? 'setelah selesai' : null,
            tanggalPemicu: peristiwa,
            retensiAktif: ra,
            retensiInaktif: ri,
          }),
        );
        const awal = berpemicu ? peristiwa : tutup;
        expect(r.menunggu).toBeNull();
        expect(r.aktif).toBe(tambahTahun(awal, ra));
        expect(r.aktif !== null && r.inaktif !== null && awal <= r.aktif && r.aktif <= r.inaktif).toBe(true);
      }),
    );
  });
});

describe('kelompokJatuhTempo', () => {
  it.each<[string, string, string, Kelompok]>([
    ['last day of the previous month', '2025-12-31', '2026-01-15', 'lewat'],
    ['first day of this month', '2026-01-01', '2026-01-15', 'bulan_ini'],
    ['earlier this month, already past', '2026-01-10', '2026-01-15', 'bulan_ini'],
    ['last day of this month', '2026-01-31', '2026-01-15', 'bulan_ini'],
    ['first day of next month', '2026-02-01', '2026-01-15', 'akan_datang'],
    ['last day of the third month after', '2026-04-30', '2026-01-15', 'akan_datang'],
    ['first day of the fourth month after', '2026-05-01', '2026-01-15', 'nanti'],
    ['the same month a year earlier', '2024-11-30', '2025-11-20', 'lewat'],
    ['the same month a year later', '2026-11-01', '2025-11-20', 'nanti'],
    ['across the year end, inside the horizon', '2026-02-28', '2025-11-20', 'akan_datang'],
    ['across the year end, past the horizon', '2026-03-01', '2025-11-20', 'nanti'],
  ])('%s', (_judul, tanggal, hariIni, kelompok) => {
    expect(kelompokJatuhTempo(tanggal, hariIni)).toBe(kelompok);
  });

  it('takes the horizon in months', () => {
    expect(kelompokJatuhTempo('2026-02-01', '2026-01-15', 0)).toBe('nanti');
    expect(kelompokJatuhTempo('2026-02-28', '2026-01-15', 1)).toBe('akan_datang');
    expect(kelompokJatuhTempo('2026-03-01', '2026-01-15', 1)).toBe('nanti');
    expect(kelompokJatuhTempo('2027-01-01', '2026-01-15', 12)).toBe('akan_datang');
  });

  it('rejects a negative horizon and invalid dates', () => {
    expect(() => kelompokJatuhTempo('2026-02-01', '2026-01-15', -1)).toThrow(AppError);
    expect(() => kelompokJatuhTempo('2026-02-30', '2026-01-15')).toThrow(AppError);
    expect(() => kelompokJatuhTempo('2026-02-01', 'hari ini')).toThrow(AppError);
  });

  it('never moves back to an earlier group as the due date moves later (property)', () => {
    const urutan: Record<Kelompok, number> = { lewat: 0, bulan_ini: 1, akan_datang: 2, nanti: 3 };
    fc.assert(
      fc.property(tanggalAcak, tanggalAcak, tanggalAcak, fc.integer({ min: 0, max: 24 }), (a, b, hariIni, h) => {
        const [awal, akhir] = a <= b ? [a, b] : [b, a];
        expect(urutan[kelompokJatuhTempo(awal, hariIni, h)]).toBeLessThanOrEqual(urutan[kelompokJatuhTempo(akhir, hariIni, h)]);
        expect(kelompokJatuhTempo(hariIni, hariIni, h)).toBe('bulan_ini');
      }),
    );
  });
});
