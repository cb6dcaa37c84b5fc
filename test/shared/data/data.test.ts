// Tests shared/data: the reference data extracted from the seed documents (Kanwil list, Kanwil units, satker of NTB and
// Maluku Utara) is complete and internally consistent, and keeps the seed's own totals as printed.
import { describe, it, expect } from 'vitest';
import { JENIS_SATKER } from '../../../shared/domain/kantor.ts';
import {
  ESELON_KEPALA_KANWIL,
  KANWIL_NO_MALUT,
  KANWIL_NO_NTB,
  TIPE_KANWIL,
  TOTAL_PEGAWAI_MALUT_TERCETAK,
  asetNtb,
  daftarKanwil,
  satkerMalut,
  satkerNtb,
  unitOrganisasi,
  fungsiTataUsahaUmum,
  kanwilByNo,
  rekapPegawaiNtb,
  unitOrganisasiUntukTipe,
} from '../../../shared/data/index.ts';

const unique = <T>(xs: readonly T[]): boolean => new Set(xs).size === xs.length;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('daftarKanwil (Lampiran I)', () => {
  it('has 33 Kanwil numbered 1..33 in order', () => {
    expect(daftarKanwil).toHaveLength(33);
    expect(daftarKanwil.map((k) => k.no)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('has unique nama and provinsi', () => {
    expect(unique(daftarKanwil.map((k) => k.nama))).toBe(true);
    expect(unique(daftarKanwil.map((k) => k.provinsi))).toBe(true);
  });

  it('gives every Kanwil tipe A or B and the eselon Pasal 41 sets for that tipe', () => {
    for (const k of daftarKanwil) {
      expect(TIPE_KANWIL).toContain(k.tipe);
      expect(k.eselon).toBe(ESELON_KEPALA_KANWIL[k.tipe]);
    }
  });

  it('has 14 tipe A and 19 tipe B, as in the Lampiran', () => {
    expect(daftarKanwil.filter((k) => k.tipe === 'A')).toHaveLength(14);
    expect(daftarKanwil.filter((k) => k.tipe === 'B')).toHaveLength(19);
  });

  it('spells every name in full, with no OCR "Pemasarakatan"', () => {
    for (const k of daftarKanwil) {
      expect(k.nama.startsWith('Kantor Wilayah Direktorat Jenderal Pemasyarakatan ')).toBe(true);
      expect(k.nama).not.toMatch(/Pemasarakatan/);
      expect(k.kedudukan.length).toBeGreaterThan(0);
    }
  });

  it('points KANWIL_NO_NTB and KANWIL_NO_MALUT at the right rows', () => {
    expect(kanwilByNo(KANWIL_NO_NTB)).toMatchObject({ provinsi: 'Nusa Tenggara Barat', kedudukan: 'Mataram', tipe: 'A' });
    expect(kanwilByNo(KANWIL_NO_MALUT)).toMatchObject({ provinsi: 'Maluku Utara', kedudukan: 'Ternate', tipe: 'B' });
    expect(kanwilByNo(34)).toBeUndefined();
  });
});

describe('unitOrganisasi (Pasal 8, Pasal 21)', () => {
  it('has unique kode and every induk refers to an existing unit', () => {
    const kode = unitOrganisasi.map((u) => u.kode);
    expect(unique(kode)).toBe(true);
    for (const u of unitOrganisasi) {
      if (u.induk !== null) expect(kode).toContain(u.induk);
      expect(u.dasar).toMatch(/^Pasal \d+/);
    }
  });

  it('gives tipe A one bagian and three bidang (Pasal 8) and tipe B one bagian and two bidang (Pasal 21)', () => {
    const top = (tipe: 'A' | 'B') =>
      unitOrganisasiUntukTipe(tipe)
        .filter((u) => u.jenis === 'bagian' || u.jenis === 'bidang')
        .map((u) => u.nama);
    expect(top('A')).toEqual([
      'Bagian Tata Usaha dan Umum',
      'Bidang Pelayanan dan Pembinaan',
      'Bidang Pembimbingan Kemasyarakatan',
      'Bidang Perawatan, Pengamanan, dan Kepatuhan Internal',
    ]);
    expect(top('B')).toEqual(['Bagian Tata Usaha dan Umum', 'Bidang Pelayanan dan Pembinaan', 'Bidang Pembimbingan Kemasyarakatan']);
  });

  it('never lets a unit for all types hang under a tipe-A-only unit', () => {
    const byKode = new Map(unitOrganisasi.map((u) => [u.kode, u]));
    for (const u of unitOrganisasi) {
      if (u.induk === null) continue;
      const induk = byKode.get(u.induk);
      if (induk?.tipeKanwil !== 'semua') expect(u.tipeKanwil).toBe(induk?.tipeKanwil);
    }
  });

  it('lists the seven fungsi of Tata Usaha dan Umum (Pasal 10 huruf a-g)', () => {
    expect(fungsiTataUsahaUmum.map((f) => f.huruf)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(fungsiTataUsahaUmum.some((f) => f.uraian.includes('kearsipan, dan persuratan'))).toBe(true);
  });
});

describe('satkerNtb (Tabel 1.1)', () => {
  it('has 12 satker numbered 1..12 with unique names, starting with the Kanwil', () => {
    expect(satkerNtb).toHaveLength(12);
    expect(satkerNtb.map((s) => s.no)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(unique(satkerNtb.map((s) => s.nama))).toBe(true);
    expect(satkerNtb.filter((s) => s.jenis === 'kanwil').map((s) => s.no)).toEqual([1]);
  });

  it('uses only allowed jenis and a non-empty alamat', () => {
    for (const s of satkerNtb) {
      expect(JENIS_SATKER).toContain(s.jenis);
      expect(s.alamat.length).toBeGreaterThan(0);
    }
  });

  it('keeps the staff counts as printed: only Lapas Dompu is blank, the rest sum to 813 (the text says 893)', () => {
    expect(satkerNtb.filter((s) => s.jumlahPegawai === null).map((s) => s.nama)).toEqual(['Lapas Kelas IIB Dompu']);
    expect(sum(satkerNtb.map((s) => s.jumlahPegawai ?? 0))).toBe(813);
    expect(rekapPegawaiNtb.totalTercetak).toBe(893);
  });
});

describe('asetNtb (Gambar 1.5)', () => {
  it('keeps the printed total 541, although the per-kind totals sum to 552', () => {
    expect(asetNtb.totalTercetak).toBe(541);
    expect(sum(asetNtb.rincian.map((r) => r.total))).toBe(552);
  });

  it('has one row per kind with the printed numbers', () => {
    const by = Object.fromEntries(asetNtb.rincian.map((r) => [r.jenis, r]));
    expect(by['tanah']).toMatchObject({ total: 5, milikSendiri: 1, pinjamPakai: 4, sewa: null });
    expect(by['rumah-negara']).toMatchObject({ total: 11, milikSendiri: 4, pinjamPakai: 7, sewa: null });
    expect(by['peralatan-mesin']).toMatchObject({ total: 523, milikSendiri: 340, pinjamPakai: 169, sewa: null });
    expect(by['kendaraan-bermotor']).toMatchObject({ total: 13, milikSendiri: null, pinjamPakai: null, sewa: 4 });
  });

  it('never has a status count exceeding its row total', () => {
    for (const r of asetNtb.rincian) {
      expect((r.milikSendiri ?? 0) + (r.pinjamPakai ?? 0) + (r.sewa ?? 0)).toBeLessThanOrEqual(r.total);
    }
  });
});

describe('satkerMalut', () => {
  it('has 13 satker numbered 1..13 with unique names, starting with the Kanwil', () => {
    expect(satkerMalut).toHaveLength(13);
    expect(satkerMalut.map((s) => s.no)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(unique(satkerMalut.map((s) => s.nama))).toBe(true);
    expect(satkerMalut.filter((s) => s.jenis === 'kanwil').map((s) => s.no)).toEqual([1]);
  });

  it('uses only allowed jenis, matching the text: 6 Lapas (incl. the LPP), 3 Rutan, 1 LPKA, 2 Bapas', () => {
    for (const s of satkerMalut) expect(JENIS_SATKER).toContain(s.jenis);
    const count = (...jenis: string[]) => satkerMalut.filter((s) => jenis.includes(s.jenis)).length;
    expect(count('lapas', 'lpp')).toBe(6);
    expect(count('rutan')).toBe(3);
    expect(count('lpka')).toBe(1);
    expect(count('bapas')).toBe(2);
  });

  it('has staff counts summing to the printed total of 682', () => {
    expect(sum(satkerMalut.map((s) => s.jumlahPegawai ?? 0))).toBe(TOTAL_PEGAWAI_MALUT_TERCETAK);
  });

  it('has RB percentages equal to Math.round(100 * realisasi / rencana) wherever both are present', () => {
    let checked = 0;
    for (const s of satkerMalut) {
      if (s.rbRencana === null || s.rbRealisasi === null) continue;
      expect(s.rbRealisasi).toBeLessThanOrEqual(s.rbRencana);
      expect(s.rbPersen, s.nama).toBe(Math.round((100 * s.rbRealisasi) / s.rbRencana));
      checked++;
    }
    expect(checked).toBe(13);
  });

  it('matches the examples quoted in the text', () => {
    expect(satkerMalut[0]).toMatchObject({ namaSingkat: 'Kanwil', rbRencana: 50, rbRealisasi: 37, rbPersen: 74 });
    expect(satkerMalut.find((s) => s.namaSingkat === 'Lapas Kelas IIA Ternate')).toMatchObject({
      rbRencana: 48,
      rbRealisasi: 41,
      rbPersen: 85,
    });
  });
});
