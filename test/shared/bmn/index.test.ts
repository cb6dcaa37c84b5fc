// Tests shared/domain/bmn/index: the public surface the backend and renderer call, exactly.
import { describe, it, expect } from 'vitest';
import * as bmn from '../../../shared/domain/bmn/index.ts';

describe('shared/domain/bmn', () => {
  it('exports the rules and every value set, and nothing else', () => {
    expect(Object.keys(bmn).sort()).toEqual(
      [
        'GOLONGAN',
        'KEADAAN_AWAL',
        'KODE_PEROLEHAN',
        'KODE_TRANSAKSI',
        'KOMPTABEL',
        'KONDISI',
        'NAMA_JENIS_KEWENANGAN',
        'NAMA_KOMPTABEL',
        'NAMA_KONDISI',
        'NAMA_LEVEL_KODE_BARANG',
        'NAMA_PENGUASAAN',
        'NAMA_STATUS_NUP',
        'NAMA_STATUS_PENGGUNAAN',
        'NAMA_STATUS_REGISTER',
        'NUP_MAKS',
        'PENGUASAAN',
        'PENYUSUTAN_GOLONGAN',
        'STATUS_NUP',
        'STATUS_PENGGUNAAN',
        'STATUS_REGISTER',
        'URAIAN_KONDISI',
        'akhirSemester',
        'alasanKodeBarangAsetDitolak',
        'alokasiNup',
        'ambangPada',
        'awalSemester',
        'barisLabel',
        'bebanSemester',
        'cariMasaManfaat',
        'crc16',
        'formatKodeBarang',
        'formatKodeUakpb',
        'indeksSemester',
        'isKodeSatker',
        'isNup',
        'jadwalPenyusutan',
        'jenisAmbang',
        'keadaanAset',
        'keadaanAsetPada',
        'kelayakanPenyusutan',
        'kelompokKodeBarang',
        'kodeRegistrasi',
        'kodeSemester',
        'konfirmasiNup',
        'kunciNup',
        'leluhurKodeBarang',
        'muatanCode128',
        'muatanQr',
        'namaSemester',
        'nupBerikut',
        'pastikanKodeBarang',
        'penyusutanPerolehan',
        'periksaPohonKodeBarang',
        'posisiPenyusutan',
        'riwayatKeadaan',
        'semesterDari',
        'semesterDariIndeks',
        'semesterSelesaiPada',
        'teksNup',
        'tentukanKomptabel',
        'terapkanTransaksi',
        'uraiKodeBarang',
        'uraiKodeRegistrasi',
        'uraiKodeSemester',
        'uraiKodeUakpb',
        'uraiMuatanCode128',
        'uraiMuatanQr',
        'uraiPindaian',
        'urutkanTransaksi',
      ].sort(),
    );
  });

  it('names every value of every value set in Indonesian', () => {
    const pasangan = [
      [bmn.KONDISI, bmn.NAMA_KONDISI],
      [bmn.KONDISI, bmn.URAIAN_KONDISI],
      [bmn.PENGUASAAN, bmn.NAMA_PENGUASAAN],
      [bmn.STATUS_PENGGUNAAN, bmn.NAMA_STATUS_PENGGUNAAN],
      [bmn.STATUS_REGISTER, bmn.NAMA_STATUS_REGISTER],
      [bmn.KOMPTABEL, bmn.NAMA_KOMPTABEL],
      [bmn.STATUS_NUP, bmn.NAMA_STATUS_NUP],
    ] as const;
    for (const [nilai, nama] of pasangan) {
      expect(Object.keys(nama).sort()).toEqual([...nilai].sort());
      for (const n of Object.values(nama)) expect(n.trim().length).toBeGreaterThan(0);
    }
    expect(bmn.NAMA_KONDISI).toEqual({ B: 'Baik', RR: 'Rusak Ringan', RB: 'Rusak Berat' });
    expect(Object.keys(bmn.PENYUSUTAN_GOLONGAN).sort()).toEqual([...bmn.GOLONGAN]);
  });
});
