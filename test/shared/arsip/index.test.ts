// Tests shared/domain/arsip/index: the public surface the backend calls, exactly.
import { describe, it, expect } from 'vitest';
import * as arsip from '../../../shared/domain/arsip/index.ts';
import * as nilai from '../../../shared/domain/arsip/nilai.ts';
import { hitungJatuhTempo } from '../../../shared/domain/arsip/retensi.ts';

describe('shared/domain/arsip', () => {
  it('re-exports the rules and every value set', () => {
    const aturan = [
      'TRANSISI_BERKAS',
      'bolehBuka',
      'bolehPindah',
      'bolehTransisi',
      'bolehUsulMusnah',
      'bolehUsulSerah',
      'cariJra',
      'hitungJatuhTempo',
      'indukKode',
      'keamananEfektif',
      'kelompokJatuhTempo',
      'labelLokasiAktif',
      'labelLokasiInaktif',
      'nasibEfektif',
      'nomorBoksBerikut',
      'pastikanTransisi',
      'perluPenilaian',
      'persetujuanMusnah',
      'pesanTolakAkses',
      'tambahTahun',
    ];
    expect(Object.keys(arsip).sort()).toEqual([...aturan, ...Object.keys(nilai)].sort());
    expect(arsip.hitungJatuhTempo).toBe(hitungJatuhTempo);
    expect(arsip.STATUS_BERKAS).toBe(nilai.STATUS_BERKAS);
  });
});
