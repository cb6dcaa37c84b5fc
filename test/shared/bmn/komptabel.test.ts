// Tests shared/domain/bmn/komptabel with the seeded thresholds: intra- vs ekstrakomptabel at the boundary (reference
// bmn.md A.10; PMK 181/PMK.06/2016 Ps. 40: ≥ Rp1.000.000 peralatan dan mesin, ≥ Rp25.000.000 gedung dan bangunan).
import { describe, it, expect } from 'vitest';
import { ambangPada, jenisAmbang, tentukanKomptabel } from '../../../shared/domain/bmn/komptabel.ts';
import { ambangKapitalisasiSeed } from '../../../shared/data/bmn/ambang.ts';

const komptabel = (kodeBarang: string, nilai: number, tanggalPerolehan = '2025-03-01') =>
  tentukanKomptabel({ kodeBarang, nilai, tanggalPerolehan }, ambangKapitalisasiSeed).komptabel;

describe('tentukanKomptabel', () => {
  it.each([
    ['peralatan exactly at Rp1.000.000', '3100102002', 1_000_000, 'intra'],
    ['peralatan one Rupiah below', '3100102002', 999_999, 'ekstra'],
    ['peralatan far above', '3020101003', 350_000_000, 'intra'],
    ['peralatan worth 0', '3050201002', 0, 'ekstra'],
    ['gedung exactly at Rp25.000.000', '4010101001', 25_000_000, 'intra'],
    ['gedung one Rupiah below', '4010101001', 24_999_999, 'ekstra'],
    ['gedung at the peralatan threshold', '4010101001', 1_000_000, 'ekstra'],
    ['tanah of Rp1 (no minimum)', '2010101001', 1, 'intra'],
    ['jalan/irigasi/jaringan of Rp0 (no minimum)', '5010101001', 0, 'intra'],
    ['aset tetap lainnya below Rp1.000.000 (no minimum)', '6020101002', 500_000, 'intra'],
    ['KDP (no minimum)', '7010101001', 10, 'intra'],
    ['aset tak berwujud (no minimum in SATU)', '8010101001', 10, 'intra'],
  ])('%s is %s', (_judul, kode, nilai, hasil) => {
    expect(komptabel(kode, nilai)).toBe(hasil);
  });

  it('names the threshold applied', () => {
    const r = tentukanKomptabel({ kodeBarang: '3100102002', nilai: 999_999, tanggalPerolehan: '2025-03-01' }, ambangKapitalisasiSeed);
    expect(r).toMatchObject({ komptabel: 'ekstra', ambang: { jenis: 'peralatan_mesin', nilaiMinimum: 1_000_000 }, catatan: null });
    expect(
      tentukanKomptabel({ kodeBarang: '2010101001', nilai: 1, tanggalPerolehan: '2025-03-01' }, ambangKapitalisasiSeed).ambang,
    ).toBeNull();
  });

  it('applies the threshold in force on the acquisition date', () => {
    const baris = [
      { jenis: 'peralatan_mesin' as const, nilaiMinimum: 1_000_000, berlakuDari: '2018-01-01' },
      { jenis: 'peralatan_mesin' as const, nilaiMinimum: 2_000_000, berlakuDari: '2027-01-01' },
    ];
    const pada = (tanggalPerolehan: string) =>
      tentukanKomptabel({ kodeBarang: '3100102002', nilai: 1_500_000, tanggalPerolehan }, baris).komptabel;
    expect(pada('2026-12-31')).toBe('intra');
    expect(pada('2027-01-01')).toBe('ekstra');
  });

  it('says so when the acquisition predates every threshold row', () => {
    const r = tentukanKomptabel({ kodeBarang: '3100102002', nilai: 999_999, tanggalPerolehan: '2017-12-31' }, ambangKapitalisasiSeed);
    expect(r.komptabel).toBe('ekstra');
    expect(r.catatan).toBe('Perolehan sebelum 1 Januari 2018; ambang lama tidak ada di referensi SATU, dipakai ambang Rp1.000.000.');
  });

  it.each([
    ['persediaan', { kodeBarang: '1010101001', nilai: 5, tanggalPerolehan: '2025-01-01' }, /Persediaan bukan aset tetap/],
    ['a fractional value', { kodeBarang: '3100102002', nilai: 1.5, tanggalPerolehan: '2025-01-01' }, /bilangan bulat/],
    ['a bad date', { kodeBarang: '3100102002', nilai: 5, tanggalPerolehan: '2025-02-30' }, /Tanggal perolehan/],
    ['a bad kode barang', { kodeBarang: '9', nilai: 5, tanggalPerolehan: '2025-01-01' }, /Golongan 9/],
  ])('refuses %s', (_judul, a, pesan) => {
    expect(() => tentukanKomptabel(a, ambangKapitalisasiSeed)).toThrow(pesan);
  });

  it('fails plainly when the table has no row for the golongan', () => {
    expect(() => tentukanKomptabel({ kodeBarang: '3100102002', nilai: 5, tanggalPerolehan: '2025-01-01' }, [])).toThrow(/Tabel ambang/);
  });
});

describe('jenisAmbang and ambangPada', () => {
  it('maps golongan 3 and 4 to their threshold and the rest to none', () => {
    expect(jenisAmbang('3')).toBe('peralatan_mesin');
    expect(jenisAmbang('4')).toBe('gedung_bangunan');
    for (const g of ['1', '2', '5', '6', '7', '8'] as const) expect(jenisAmbang(g)).toBeNull();
  });

  it('picks the row in force, null before the first', () => {
    expect(ambangPada('gedung_bangunan', '2018-01-01', ambangKapitalisasiSeed)?.nilaiMinimum).toBe(25_000_000);
    expect(ambangPada('gedung_bangunan', '2017-12-31', ambangKapitalisasiSeed)).toBeNull();
  });
});
