// Tests shared/domain/bmn/penyusutan: straight-line semester depreciation with no residual value (reference bmn.md
// A.13), worked by hand. Every expected figure below is computed in the comment next to it, not by the code.
import { describe, it, expect } from 'vitest';
import {
  bebanSemester,
  cariMasaManfaat,
  jadwalPenyusutan,
  kelayakanPenyusutan,
  penyusutanPerolehan,
  posisiPenyusutan,
} from '../../../shared/domain/bmn/penyusutan.ts';
import type { TransaksiBmn } from '../../../shared/domain/bmn/transaksi.ts';
import { masaManfaatSeed } from '../../../shared/data/bmn/masa-manfaat.ts';

const laptop = { nilaiPerolehan: 15_000_000, tanggalPerolehan: '2024-03-10', masaManfaatTahun: 4 };

describe("the reference's worked example (A.13): laptop Rp15.000.000, 10 March 2024, 4 years", () => {
  it('charges Rp1.875.000 a semester (15.000.000 / 8) and stands at 7.500.000 / 7.500.000 on 31 December 2025', () => {
    // Semesters I 2024, II 2024, I 2025, II 2025 = 4 × 1.875.000 = 7.500.000.
    expect(penyusutanPerolehan(laptop, '2025-12-31')).toEqual({
      perTanggal: '2025-12-31',
      semester: { tahun: 2025, ke: 2 },
      nilaiPerolehan: 15_000_000,
      akumulasi: 7_500_000,
      nilaiBuku: 7_500_000,
      bebanTerakhir: 1_875_000,
      sisaSemester: 4,
      status: 'susut',
    });
  });

  it('gives the acquisition semester a full charge, booked on 30 June', () => {
    expect(penyusutanPerolehan(laptop, '2024-06-29')).toMatchObject({
      semester: null,
      akumulasi: 0,
      nilaiBuku: 15_000_000,
      sisaSemester: 8,
    });
    expect(penyusutanPerolehan(laptop, '2024-06-30')).toMatchObject({ semester: { tahun: 2024, ke: 1 }, akumulasi: 1_875_000 });
  });

  it('has nothing before the acquisition date', () => {
    expect(penyusutanPerolehan(laptop, '2024-03-09')).toMatchObject({ status: 'belum', nilaiPerolehan: 0, akumulasi: 0, nilaiBuku: 0 });
  });

  it('reaches the end of life after the eighth semester (II 2027) and stays at 0, never below', () => {
    // 7 semesters to I 2027: 7 × 1.875.000 = 13.125.000.
    expect(penyusutanPerolehan(laptop, '2027-06-30')).toMatchObject({
      akumulasi: 13_125_000,
      nilaiBuku: 1_875_000,
      sisaSemester: 1,
      status: 'susut',
    });
    expect(penyusutanPerolehan(laptop, '2027-12-31')).toMatchObject({
      akumulasi: 15_000_000,
      nilaiBuku: 0,
      sisaSemester: 0,
      status: 'habis',
    });
    expect(penyusutanPerolehan(laptop, '2031-06-30')).toMatchObject({
      akumulasi: 15_000_000,
      nilaiBuku: 0,
      bebanTerakhir: 0,
      status: 'habis',
    });
  });

  it('lists one row per semester with the same charge', () => {
    const jadwal = jadwalPenyusutan([{ kode: '101', tanggal: '2024-03-10', nilai: 15_000_000 }], 4, { tahun: 2028, ke: 1 });
    expect(jadwal.map((b) => b.beban)).toEqual([...Array(8).fill(1_875_000), 0]);
    expect(jadwal.map((b) => b.status)).toEqual([...Array(8).fill('susut'), 'habis']);
    expect(jadwal.at(-1)).toMatchObject({ semester: { tahun: 2028, ke: 1 }, akumulasi: 15_000_000, nilaiBuku: 0 });
  });
});

describe('an asset acquired on the last or first day of a semester', () => {
  const dari = (tanggalPerolehan: string) => ({ nilaiPerolehan: 12_000_000, tanggalPerolehan, masaManfaatTahun: 4 });

  it('30 June: semester I is charged in full that same day (12.000.000 / 8 = 1.500.000)', () => {
    expect(penyusutanPerolehan(dari('2024-06-30'), '2024-06-30')).toMatchObject({ akumulasi: 1_500_000, nilaiBuku: 10_500_000 });
    // I 2024 … II 2027 is 8 semesters: 7 charged by 30 June 2027, the 8th on 31 December 2027.
    expect(penyusutanPerolehan(dari('2024-06-30'), '2027-06-30')).toMatchObject({ akumulasi: 10_500_000, sisaSemester: 1 });
    expect(penyusutanPerolehan(dari('2024-06-30'), '2027-12-31')).toMatchObject({ akumulasi: 12_000_000, nilaiBuku: 0, status: 'habis' });
  });

  it('31 December: semester II is charged in full', () => {
    expect(penyusutanPerolehan(dari('2024-12-31'), '2024-12-31')).toMatchObject({ akumulasi: 1_500_000 });
    expect(penyusutanPerolehan(dari('2024-12-31'), '2025-06-30')).toMatchObject({ akumulasi: 3_000_000 });
  });

  it('1 July: nothing for semester I; semester II is the first charge', () => {
    expect(penyusutanPerolehan(dari('2024-07-01'), '2024-06-30')).toMatchObject({ status: 'belum', akumulasi: 0 });
    expect(penyusutanPerolehan(dari('2024-07-01'), '2024-12-31')).toMatchObject({ akumulasi: 1_500_000 });
  });
});

describe('integer Rupiah', () => {
  it('lets the last semester absorb the rounding (Rp1.000.000 over 7 years)', () => {
    // 14 semesters: floor(1.000.000 / 14) = 71.428; 13 × 71.428 = 928.564; last = 1.000.000 − 928.564 = 71.436.
    const trx: TransaksiBmn[] = [{ kode: '101', tanggal: '2020-01-02', nilai: 1_000_000 }];
    const jadwal = jadwalPenyusutan(trx, 7, { tahun: 2026, ke: 2 });
    expect(jadwal).toHaveLength(14);
    expect(jadwal.slice(0, 13).every((b) => b.beban === 71_428)).toBe(true);
    expect(jadwal[12]?.akumulasi).toBe(928_564);
    expect(jadwal[13]).toMatchObject({ beban: 71_436, akumulasi: 1_000_000, nilaiBuku: 0, sisaSemester: 0 });
  });

  it('a kendaraan over 7 years (not the tax table’s 8): Rp350.000.000 → Rp25.000.000 a semester', () => {
    // Acquired in semester II 2022; II 2022 … I 2025 = 6 semesters = 150.000.000.
    const p = penyusutanPerolehan({ nilaiPerolehan: 350_000_000, tanggalPerolehan: '2022-08-15', masaManfaatTahun: 7 }, '2025-06-30');
    expect(p).toMatchObject({ akumulasi: 150_000_000, nilaiBuku: 200_000_000, bebanTerakhir: 25_000_000, sisaSemester: 8 });
  });

  it('a gedung over 50 years: Rp1.200.000.000 → Rp12.000.000 a semester', () => {
    // I 2019 … II 2024 = 12 semesters = 144.000.000.
    const p = penyusutanPerolehan({ nilaiPerolehan: 1_200_000_000, tanggalPerolehan: '2019-05-20', masaManfaatTahun: 50 }, '2024-12-31');
    expect(p).toMatchObject({ akumulasi: 144_000_000, nilaiBuku: 1_056_000_000, sisaSemester: 88 });
  });
});

describe('a capitalised repair (202) that adds masa manfaat', () => {
  // PC Rp10.000.000, 1 February 2020, 4 years: 1.250.000 a semester; I 2020 … II 2021 = 5.000.000.
  // Overhaul Rp2.000.000 on 1 March 2022 adding 1 year: from I 2022 the book value 12.000.000 − 5.000.000 = 7.000.000
  // is spread over the 4 remaining semesters + 2 added = 6: floor(7.000.000 / 6) = 1.166.666.
  const trx: TransaksiBmn[] = [
    { kode: '101', tanggal: '2020-02-01', nilai: 10_000_000 },
    { kode: '202', tanggal: '2022-03-01', nilai: 2_000_000, tambahMasaManfaatTahun: 1 },
  ];

  it('restarts the schedule from the semester of the repair', () => {
    // I 2022 + II 2022: 5.000.000 + 2 × 1.166.666 = 7.333.332; nilai buku 12.000.000 − 7.333.332 = 4.666.668.
    expect(posisiPenyusutan(trx, 4, '2022-12-31')).toMatchObject({
      nilaiPerolehan: 12_000_000,
      akumulasi: 7_333_332,
      nilaiBuku: 4_666_668,
      bebanTerakhir: 1_166_666,
      sisaSemester: 4,
    });
  });

  it('ends one year later than without the repair, the last semester taking the rounding', () => {
    // Sixth semester of the new schedule is II 2024: 7.000.000 − 5 × 1.166.666 = 1.166.670.
    expect(bebanSemester(trx, 4, { tahun: 2024, ke: 2 })).toBe(1_166_670);
    expect(posisiPenyusutan(trx, 4, '2024-12-31')).toMatchObject({ akumulasi: 12_000_000, nilaiBuku: 0, status: 'habis' });
    expect(posisiPenyusutan(trx, 4, '2024-06-30')).toMatchObject({ nilaiBuku: 1_166_670, status: 'susut' });
  });

  it('without added years spreads the new book value over the remaining life only', () => {
    // 7.000.000 over 4 semesters = 1.750.000; done at II 2023.
    const tanpa: TransaksiBmn[] = [trx[0] as TransaksiBmn, { kode: '202', tanggal: '2022-03-01', nilai: 2_000_000 }];
    expect(posisiPenyusutan(tanpa, 4, '2023-12-31')).toMatchObject({ akumulasi: 12_000_000, bebanTerakhir: 1_750_000, status: 'habis' });
  });

  it('as of a date between the repair and the next semester end, shows the new value against the old accumulation', () => {
    expect(posisiPenyusutan(trx, 4, '2022-03-15')).toMatchObject({
      semester: { tahun: 2021, ke: 2 },
      nilaiPerolehan: 12_000_000,
      akumulasi: 5_000_000,
      nilaiBuku: 7_000_000,
    });
  });
});

describe('a value correction (264)', () => {
  it('spreads the corrected book value over the remaining semesters', () => {
    // Rp5.000.000, January 2024, 5 years: 500.000 a semester; 2 semesters = 1.000.000.
    // −1.000.000 in February 2025: 4.000.000 − 1.000.000 = 3.000.000 over 8 semesters = 375.000.
    const trx: TransaksiBmn[] = [
      { kode: '101', tanggal: '2024-01-10', nilai: 5_000_000 },
      { kode: '264', tanggal: '2025-02-01', nilai: 1_000_000 },
    ];
    expect(posisiPenyusutan(trx, 5, '2025-06-30')).toMatchObject({
      nilaiPerolehan: 4_000_000,
      akumulasi: 1_375_000,
      nilaiBuku: 2_625_000,
      sisaSemester: 7,
    });
  });
});

describe('proposed for disposal (911) and refused (912)', () => {
  // Laptop Rp8.000.000, 15 January 2023, 4 years: 1.000.000 a semester.
  const trx: TransaksiBmn[] = [
    { kode: '101', tanggal: '2023-01-15', nilai: 8_000_000 },
    { kode: '911', tanggal: '2024-02-10' },
    { kode: '912', tanggal: '2024-09-01' },
  ];

  it('stops depreciating while in the Daftar Barang Rusak Berat', () => {
    // I 2023 + II 2023 = 2.000.000; I 2024 not charged.
    expect(posisiPenyusutan(trx, 4, '2024-06-30')).toMatchObject({
      akumulasi: 2_000_000,
      nilaiBuku: 6_000_000,
      bebanTerakhir: 0,
      status: 'henti',
    });
    expect(bebanSemester(trx, 4, { tahun: 2024, ke: 1 })).toBe(0);
  });

  it('resumes after the refusal with the remaining life intact, ending a semester later', () => {
    // II 2024 charged: 3.000.000, 5 semesters left; charges II 2024 … I 2027 finish it.
    expect(posisiPenyusutan(trx, 4, '2024-12-31')).toMatchObject({ akumulasi: 3_000_000, sisaSemester: 5, status: 'susut' });
    expect(posisiPenyusutan(trx, 4, '2026-12-31')).toMatchObject({ nilaiBuku: 1_000_000 });
    expect(posisiPenyusutan(trx, 4, '2027-06-30')).toMatchObject({ nilaiBuku: 0, status: 'habis' });
  });
});

describe('transfer between satker (302 → 102)', () => {
  // Rp6.000.000, 10 January 2022, 4 years: 750.000 a semester. Transferred on 1 August 2023.
  const pengirim: TransaksiBmn[] = [
    { kode: '101', tanggal: '2022-01-10', nilai: 6_000_000 },
    { kode: '302', tanggal: '2023-08-01' },
  ];
  const penerima: TransaksiBmn[] = [{ kode: '102', tanggal: '2023-08-01', tanggalPerolehan: '2022-01-10', nilai: 6_000_000 }];

  it('charges the semester of the transfer once, at the receiver', () => {
    expect(bebanSemester(pengirim, 4, { tahun: 2023, ke: 2 })).toBe(0);
    expect(bebanSemester(penerima, 4, { tahun: 2023, ke: 2 })).toBe(750_000);
  });

  it('shows what left the sender’s books, then nothing', () => {
    // I 2022, II 2022, I 2023 = 2.250.000 when it left.
    expect(jadwalPenyusutan(pengirim, 4, { tahun: 2023, ke: 2 }).at(-1)).toMatchObject({
      status: 'keluar',
      akumulasi: 2_250_000,
      beban: 0,
    });
    expect(posisiPenyusutan(pengirim, 4, '2023-12-31')).toMatchObject({ status: 'keluar', nilaiPerolehan: 0, akumulasi: 0, nilaiBuku: 0 });
  });

  it('carries the accumulated depreciation at the receiver from the original acquisition date', () => {
    // 4 semesters (I 2022 … II 2023) = 3.000.000.
    expect(posisiPenyusutan(penerima, 4, '2023-12-31')).toMatchObject({ akumulasi: 3_000_000, nilaiBuku: 3_000_000 });
    expect(posisiPenyusutan(penerima, 4, '2023-07-31')).toMatchObject({ status: 'belum' });
  });
});

describe('write-off cancelled (301 → 106)', () => {
  it('keeps the accumulated depreciation and resumes when the unit is back on the balance sheet', () => {
    // Rp4.000.000, 5 January 2023, 4 years: 500.000. Charged I and II 2023; in the RB list from March 2024 (I 2024
    // not charged), written off in October (II 2024 out), write-off cancelled February 2025 (back in the RB list),
    // proposal refused March 2025: I 2025 charged → 1.500.000.
    const trx: TransaksiBmn[] = [
      { kode: '101', tanggal: '2023-01-05', nilai: 4_000_000 },
      { kode: '911', tanggal: '2024-03-01' },
      { kode: '301', tanggal: '2024-10-01' },
      { kode: '106', tanggal: '2025-02-01' },
      { kode: '912', tanggal: '2025-03-01' },
    ];
    const jadwal = jadwalPenyusutan(trx, 4, { tahun: 2025, ke: 1 });
    expect(jadwal.map((b) => b.status)).toEqual(['susut', 'susut', 'henti', 'keluar', 'susut']);
    expect(posisiPenyusutan(trx, 4, '2025-06-30')).toMatchObject({ akumulasi: 1_500_000, nilaiBuku: 2_500_000, sisaSemester: 5 });
  });
});

describe('input checks', () => {
  it('refuses a masa manfaat that is not a whole number of years ≥ 1', () => {
    expect(() => penyusutanPerolehan({ ...laptop, masaManfaatTahun: 0 }, '2025-12-31')).toThrow(/Masa manfaat/);
    expect(() => penyusutanPerolehan({ ...laptop, masaManfaatTahun: 2.5 }, '2025-12-31')).toThrow(/Masa manfaat/);
  });

  it('refuses a bad date', () => {
    expect(() => penyusutanPerolehan(laptop, '2025-13-01')).toThrow(/Tanggal tidak valid/);
  });

  it('gives an empty schedule for no transactions', () => {
    expect(jadwalPenyusutan([], 4, { tahun: 2025, ke: 1 })).toEqual([]);
  });
});

describe('kelayakanPenyusutan and cariMasaManfaat (seeded table)', () => {
  it.each([
    ['3100102002', { status: 'susut', masaManfaatTahun: 4, metode: 'penyusutan' }],
    ['3020104001', { status: 'susut', masaManfaatTahun: 7, metode: 'penyusutan' }],
    ['3020101003', { status: 'susut', masaManfaatTahun: 7, metode: 'penyusutan' }],
    ['3050201002', { status: 'susut', masaManfaatTahun: 5, metode: 'penyusutan' }],
    ['4010101001', { status: 'susut', masaManfaatTahun: 50, metode: 'penyusutan' }],
    ['8010101001', { status: 'susut', masaManfaatTahun: 4, metode: 'amortisasi' }],
  ])('%s is depreciated', (kode, hasil) => {
    expect(kelayakanPenyusutan(kode, masaManfaatSeed)).toEqual(hasil);
  });

  it.each([
    ['2010101001', 'tidak', /Tanah/],
    ['1010101001', 'tidak', /Persediaan/],
    ['7010101001', 'tidak', /Konstruksi/],
    ['6020101002', 'tidak', /alat musik modern/],
    ['5010101001', 'tanpa_referensi', /50101/],
    ['3070101001', 'tanpa_referensi', /30701/],
  ])('%s is %s', (kode, status, alasan) => {
    const k = kelayakanPenyusutan(kode, masaManfaatSeed);
    expect(k.status).toBe(status);
    expect('alasan' in k ? k.alasan : '').toMatch(alasan);
  });

  it('takes the row with the latest berlakuDari for a kelompok', () => {
    const baris = [
      { kelompok: '30201', tahun: 5, berlakuDari: '2013-01-01' },
      { kelompok: '30201', tahun: 7, berlakuDari: '2019-11-22' },
      { kelompok: '30201', tahun: 6, berlakuDari: null },
    ];
    expect(cariMasaManfaat('3020101003', baris)?.tahun).toBe(7);
    expect(cariMasaManfaat('3100102002', baris)).toBeNull();
  });
});
