// Tests shared/data/bmn: the BMN reference seeds taken from bmn.md (§A.3 kode barang, §A.13 masa manfaat, §A.12
// transaction codes, §A.10 thresholds) are complete, well-formed, consistent with the domain rules, and keep the
// reference's figures and confidence marks.
import { describe, it, expect } from 'vitest';
import {
  KEYAKINAN,
  URAIAN_TIDAK_DISEBUT,
  ambangKapitalisasiSeed,
  jenisTransaksiSeed,
  kodeBarangSeed,
  masaManfaatSeed,
  terkonfirmasi,
} from '../../../shared/data/bmn/index.ts';
import { kelompokKodeBarang, periksaPohonKodeBarang, uraiKodeBarang } from '../../../shared/domain/bmn/kode-barang.ts';
import { kelayakanPenyusutan } from '../../../shared/domain/bmn/penyusutan.ts';

const KODE = new Map(kodeBarangSeed.map((k) => [k.kode, k]));

describe('kodeBarangSeed', () => {
  it('has 90 rows forming a valid tree, parents first', () => {
    expect(kodeBarangSeed).toHaveLength(90);
    expect(periksaPohonKodeBarang(kodeBarangSeed)).toEqual([]);
  });

  it('writes every code as digits only that parse', () => {
    for (const k of kodeBarangSeed) expect(uraiKodeBarang(k.kode), k.kode).toMatchObject({ ok: true, value: { kode: k.kode } });
  });

  it('has golongan 1–8 with the PMK 29/2010 names, from an official source', () => {
    const golongan = kodeBarangSeed.filter((k) => k.level === 1);
    expect(golongan.map((k) => [k.kode, k.uraian])).toEqual([
      ['1', 'Persediaan'],
      ['2', 'Tanah'],
      ['3', 'Peralatan dan Mesin'],
      ['4', 'Gedung dan Bangunan'],
      ['5', 'Jalan, Irigasi, dan Jaringan'],
      ['6', 'Aset Tetap Lainnya'],
      ['7', 'Konstruksi Dalam Pengerjaan'],
      ['8', 'Aset Tak Berwujud'],
    ]);
    expect(golongan.every(terkonfirmasi)).toBe(true);
  });

  it('has bidang 3.01–3.21 of Peralatan dan Mesin, none confirmed, 3.20/3.21 without a name', () => {
    const bidang = kodeBarangSeed.filter((k) => k.level === 2 && k.induk === '3');
    expect(bidang.map((k) => k.kode)).toEqual(Array.from({ length: 21 }, (_, i) => `3${String(i + 1).padStart(2, '0')}`));
    expect(bidang.some(terkonfirmasi)).toBe(false);
    expect(KODE.get('310')?.uraian).toBe('Komputer');
    expect(KODE.get('302')?.uraian).toBe('Alat Angkutan');
    expect([KODE.get('320')?.uraian, KODE.get('321')?.uraian]).toEqual([URAIAN_TIDAK_DISEBUT, URAIAN_TIDAK_DISEBUT]);
  });

  it("has the reference's 30 common items at sub-sub kelompok level", () => {
    const item = kodeBarangSeed.filter((k) => k.level === 5);
    expect(item).toHaveLength(30);
    expect(KODE.get('3100102002')?.uraian).toBe('Laptop');
    expect(KODE.get('3020104001')?.uraian).toBe('Sepeda Motor');
    expect(KODE.get('4010101001')?.uraian).toBe('Bangunan Gedung Kantor Permanen');
    expect(item.every((k) => k.keyakinan === 'S')).toBe(true);
  });

  it('marks the rows the reference asks to verify', () => {
    for (const kode of ['3100203003', '3100203004', '3100104001', '3100104002', '3100104024']) {
      expect(KODE.get(kode)?.catatan, kode).toMatch(/periksa/);
    }
    expect(KODE.get('30901')?.keyakinan).toBe('U');
    expect(KODE.get('40102')?.keyakinan).toBe('U');
  });

  it('gives every unnamed node the placeholder and tag U, and every row a source and legal basis', () => {
    for (const k of kodeBarangSeed) {
      if (k.uraian === URAIAN_TIDAK_DISEBUT) expect(k.keyakinan, k.kode).toBe('U');
      expect(KEYAKINAN).toContain(k.keyakinan);
      expect(k.sumber.length, k.kode).toBeGreaterThan(0);
      expect(k.dasarHukum, k.kode).toMatch(/PMK 29\/PMK\.06\/2010/);
    }
  });
});

describe('masaManfaatSeed', () => {
  it('has the 12 kelompok of the reference with their years', () => {
    expect(Object.fromEntries(masaManfaatSeed.map((m) => [m.kelompok, m.tahun]))).toEqual({
      '30101': 10,
      '30201': 7,
      '30501': 5,
      '30502': 5,
      '30601': 5,
      '30602': 5,
      '30901': 10,
      '31001': 4,
      '31002': 4,
      '40101': 50,
      '40102': 50,
      '80101': 4,
    });
  });

  it('keys every row by a kelompok of the kode barang tree, with its basis', () => {
    for (const m of masaManfaatSeed) {
      expect(KODE.get(m.kelompok)?.level, m.kelompok).toBe(3);
      expect(m.dasarHukum, m.kelompok).toMatch(m.metode === 'amortisasi' ? /KMK 620\/KM\.6\/2015/ : /KMK 295\/KM\.6\/2019/);
      expect(m.keyakinan, m.kelompok).toBe('S');
    }
  });

  it('covers every seeded item of golongan 3, 4 and 8 (nothing in the seed is "tanpa referensi")', () => {
    for (const k of kodeBarangSeed.filter((k) => k.level === 5 && '348'.includes(k.kode[0] as string))) {
      expect(kelayakanPenyusutan(k.kode, masaManfaatSeed).status, k.kode).toBe('susut');
    }
  });

  it('has one row per kelompok', () => {
    expect(new Set(masaManfaatSeed.map((m) => kelompokKodeBarang(m.kelompok))).size).toBe(masaManfaatSeed.length);
  });
});

describe('jenisTransaksiSeed', () => {
  it('has 37 codes: 33 of SAKTI/SIMAK and 4 of SATU', () => {
    expect(jenisTransaksiSeed).toHaveLength(37);
    expect(jenisTransaksiSeed.filter((j) => j.resmi)).toHaveLength(33);
    expect(jenisTransaksiSeed.filter((j) => !j.resmi).map((j) => j.kode)).toEqual([
      'SATU-KONDISI',
      'SATU-PINDAH',
      'SATU-PENGGUNAAN',
      'SATU-PENGUASAAN',
    ]);
  });

  it('has the codes the issue names with their uraian', () => {
    const uraian = Object.fromEntries(jenisTransaksiSeed.map((j) => [j.kode, j.uraian]));
    expect(uraian).toMatchObject({
      '100': 'Saldo Awal',
      '101': 'Pembelian',
      '102': 'Transfer Masuk',
      '103': 'Hibah Masuk',
      '301': 'Penghapusan',
      '302': 'Transfer Keluar',
    });
  });

  it('marks as confirmed exactly the codes the reference confirms from official guides', () => {
    expect(jenisTransaksiSeed.filter((j) => j.resmi && terkonfirmasi(j)).map((j) => j.kode)).toEqual([
      '100',
      '101',
      '102',
      '103',
      '104',
      '105',
      '107',
      '112',
      '113',
      '115',
      '304',
      '401',
    ]);
    expect(jenisTransaksiSeed.find((j) => j.kode === '305')).toMatchObject({ keyakinan: 'U', catatan: expect.stringMatching(/bertambah/) });
  });

  it('keeps arah and efek consistent', () => {
    for (const j of jenisTransaksiSeed) {
      if (j.efek === 'tambah') expect([j.arah, j.ubahKuantitas, j.ubahNilai], j.kode).toEqual(['+', true, true]);
      if (j.efek === 'kurang') expect([j.arah, j.ubahKuantitas, j.ubahNilai], j.kode).toEqual(['-', true, true]);
      if (j.efek === 'ubah_nilai') expect([j.ubahKuantitas, j.ubahNilai], j.kode).toEqual([false, true]);
      if (j.arah === 'R' || j.arah === '0') expect([j.ubahKuantitas, j.ubahNilai], j.kode).toEqual([false, false]);
      expect(j.dasarHukum.length, j.kode).toBeGreaterThan(0);
    }
  });
});

describe('ambangKapitalisasiSeed', () => {
  it('has Rp1.000.000 peralatan dan mesin and Rp25.000.000 gedung dan bangunan from TA 2018, read in PMK 181 Ps. 40', () => {
    expect(ambangKapitalisasiSeed.map((a) => [a.jenis, a.nilaiMinimum, a.berlakuDari])).toEqual([
      ['peralatan_mesin', 1_000_000, '2018-01-01'],
      ['gedung_bangunan', 25_000_000, '2018-01-01'],
    ]);
    for (const a of ambangKapitalisasiSeed) {
      expect(a.dasarHukum).toMatch(/PMK 181\/PMK\.06\/2016 Pasal 40/);
      expect(terkonfirmasi(a)).toBe(true);
    }
  });
});

describe('terkonfirmasi', () => {
  it('is true for R and O only', () => {
    expect(KEYAKINAN.filter((keyakinan) => terkonfirmasi({ keyakinan }))).toEqual(['R', 'O']);
  });
});
