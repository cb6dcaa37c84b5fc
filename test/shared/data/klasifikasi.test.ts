// Tests shared/data/klasifikasi.ts: the kode klasifikasi arsip seeds taken from arsip-naskah.md §A.6 are well-formed
// (unique codes, existing parents, tingkat matching the code) and keep the reference's codes and names.
import { describe, it, expect } from 'vitest';
import {
  NAMA_TIDAK_DISEBUT,
  SKEMA_KEMENIMIPAS_PRAKTIK,
  SKEMA_KEMENKUMHAM_2021,
  klasifikasiKemenimipasPraktik,
  klasifikasiKemenkumham,
} from '../../../shared/data/index.ts';
import type { KlasifikasiSeed } from '../../../shared/data/index.ts';

const KODE = /^[A-Z]{2}(\.\d{2}){0,3}$/;

const skema: ReadonlyArray<readonly [string, readonly KlasifikasiSeed[]]> = [
  ['kemenkumham-2021', klasifikasiKemenkumham],
  ['kemenimipas-praktik', klasifikasiKemenimipasPraktik],
];

const byKode = (list: readonly KlasifikasiSeed[]): Map<string, KlasifikasiSeed> => new Map(list.map((k) => [k.kode, k]));

describe.each(skema)('skema %s', (_nama, list) => {
  it('is not empty and has unique codes', () => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((k) => k.kode)).size).toBe(list.length);
  });

  it('writes every code as XX(.NN){0,3}', () => {
    for (const k of list) expect(k.kode, k.kode).toMatch(KODE);
  });

  it('gives tingkat = number of dot-separated parts, and induk = the code without its last part', () => {
    for (const k of list) {
      const parts = k.kode.split('.');
      expect(k.tingkat, k.kode).toBe(parts.length);
      expect(k.induk, k.kode).toBe(parts.length === 1 ? null : parts.slice(0, -1).join('.'));
    }
  });

  it('has every induk in the same list, listed before its children', () => {
    const posisi = new Map(list.map((k, i) => [k.kode, i]));
    list.forEach((k, i) => {
      if (k.induk === null) return;
      expect(posisi.has(k.induk), `${k.kode} -> ${k.induk}`).toBe(true);
      expect(posisi.get(k.induk)!, k.kode).toBeLessThan(i);
    });
  });

  it('names every row and cites a §A.6 section', () => {
    for (const k of list) {
      expect(k.nama.trim(), k.kode).not.toBe('');
      expect(k.nama, k.kode).toBe(k.nama.trim());
      expect(k.sumber, k.kode).toMatch(/^A\.6\.[123] \(S\d+(, S\d+)*\)$/);
    }
  });

  it('gives one sifat per pokok masalah, inherited by every descendant', () => {
    const root = byKode(list);
    for (const k of list) {
      expect([null, 'fasilitatif', 'substantif']).toContain(k.sifat);
      expect(k.sifat, k.kode).toBe(root.get(k.kode.slice(0, 2))!.sifat);
    }
  });
});

describe('klasifikasiKemenkumham (§A.6.1 + §A.6.2)', () => {
  const map = byKode(klasifikasiKemenkumham);

  it('has the pokok masalah of the §A.6.1 table with their names (18 printed; see the "19 induk" note)', () => {
    const pokok = Object.fromEntries(klasifikasiKemenkumham.filter((k) => k.tingkat === 1).map((k) => [k.kode, k.nama]));
    expect(pokok).toEqual({
      AH: 'Administrasi Hukum Umum',
      GR: 'Keimigrasian',
      HA: 'Hak Asasi Manusia',
      HH: 'Kehumasan dan Hukum',
      HN: 'Pembinaan Hukum Nasional',
      KI: 'Kekayaan Intelektual',
      KP: 'Kepegawaian',
      KU: 'Keuangan',
      LT: 'Penelitian dan Pengembangan',
      OT: 'Organisasi dan Tata Laksana',
      PB: 'Pengelolaan Barang Milik Negara',
      PK: 'Pemasyarakatan',
      PP: 'Peraturan Perundang-undangan',
      PR: 'Perencanaan',
      PW: 'Pengawasan',
      SM: 'Sumber Daya Manusia',
      TI: 'Teknologi dan Informasi',
      UM: 'Umum',
    });
  });

  it('excludes HM and PL, which §A.6.1 says are not in the 2021 list', () => {
    expect(map.has('HM')).toBe(false);
    expect(map.has('PL')).toBe(false);
  });

  it.each([
    ['UM', 'Umum'],
    ['UM.01', 'Ketatausahaan'],
    ['UM.01.01', 'Persuratan'],
    ['UM.01.02', 'Penggandaan dan Pencetakan'],
    ['UM.02.01', 'Pemindahan Arsip'],
    ['UM.02.02', 'Pemusnahan Arsip'],
    ['UM.02.03', 'Penyerahan'],
    ['UM.03.08', 'Perjalanan Dinas'],
    ['UM.05.03', 'dokumen dan informasi rahasia'],
    ['OT.01.02', 'Kantor Wilayah'],
    ['OT.02.02', 'Sistem, Prosedur dan Metoda Kerja'],
    ['OT.04', 'Instruksi Menteri'],
    ['PR.01.01', 'Rencana Strategis'],
    ['PR.03', 'LAKIP'],
    ['KP.03.03', 'struktural'],
    ['KP.04.04', 'KGB'],
    ['KP.09.04', 'Cuti'],
    ['KU.01.02', 'DIPA'],
    ['PK.01', 'LAPAS/RUTAN/BAPAS'],
    ['PK.01.01', 'Registrasi'],
    ['PK.01.01.01', 'Tahanan'],
    ['PK.01.01.02', 'Narapidana'],
    ['PK.01.07', 'Kegiatan Kerja'],
    ['PK.02.05', 'pemeliharaan & pemusnahan'],
    ['PK.02.11', 'penindakan'],
    ['SM.01', 'Diklat Kepemimpinan'],
    ['SM.03', 'Diklat Fungsional'],
    ['SM.10', 'Politeknik Imigrasi'],
    ['TI.07', 'Layanan'],
  ])('has %s %s', (kode, nama) => {
    expect(map.get(kode)?.nama).toBe(nama);
  });

  it('has the four-level Pemasyarakatan codes under PK.01.01', () => {
    const l4 = klasifikasiKemenkumham.filter((k) => k.tingkat === 4);
    expect(l4.map((k) => k.kode)).toEqual(['PK.01.01.01', 'PK.01.01.02']);
    for (const k of l4) expect(k.induk).toBe('PK.01.01');
  });

  it('creates no code from unnumbered parentheticals (e.g. KP.05 (SKP, pemeriksaan))', () => {
    for (const induk of ['KP.05', 'KP.07', 'KP.08', 'KP.14', 'KU.03', 'KU.04', 'PB.04', 'PB.05', 'PW.03', 'PW.06', 'HH.01']) {
      expect(map.has(induk), induk).toBe(true);
      expect(
        klasifikasiKemenkumham.some((k) => k.induk === induk),
        induk,
      ).toBe(false);
    }
  });

  it('expands the numbered ranges in full (UM.03.01–09, PK.02.01–11)', () => {
    const anak = (induk: string): string[] => klasifikasiKemenkumham.filter((k) => k.induk === induk).map((k) => k.kode);
    expect(anak('UM.03')).toEqual(Array.from({ length: 9 }, (_, i) => `UM.03.0${i + 1}`));
    expect(anak('PK.02')).toEqual(Array.from({ length: 11 }, (_, i) => `PK.02.${String(i + 1).padStart(2, '0')}`));
    expect(anak('SM')).toHaveLength(10);
  });

  it('is all terkonfirmasi, all with a sifat, and never uses the placeholder name', () => {
    for (const k of klasifikasiKemenkumham) {
      expect(k.terkonfirmasi, k.kode).toBe(true);
      expect(k.sifat, k.kode).not.toBeNull();
      expect(k.nama, k.kode).not.toBe(NAMA_TIDAK_DISEBUT);
    }
  });

  it('marks PK, GR, HA, AH, KI, HN, PP, LT substantif and the rest fasilitatif (inferred mapping)', () => {
    const substantif = klasifikasiKemenkumham
      .filter((k) => k.tingkat === 1 && k.sifat === 'substantif')
      .map((k) => k.kode)
      .sort();
    expect(substantif).toEqual(['AH', 'GR', 'HA', 'HN', 'KI', 'LT', 'PK', 'PP']);
    expect(map.get('UM.02.01')?.sifat).toBe('fasilitatif');
    expect(map.get('PK.01.01.01')?.sifat).toBe('substantif');
  });

  it('cites S26 only for OT.03.01–03 (listed "dari S26")', () => {
    const s26 = klasifikasiKemenkumham.filter((k) => k.sumber === 'A.6.2 (S26)').map((k) => k.kode);
    expect(s26).toEqual(['OT.03.01', 'OT.03.02', 'OT.03.03']);
  });
});

describe('klasifikasiKemenimipasPraktik (§A.6.3)', () => {
  const map = byKode(klasifikasiKemenimipasPraktik);

  it('is entirely unconfirmed', () => {
    for (const k of klasifikasiKemenimipasPraktik) expect(k.terkonfirmasi, k.kode).toBe(false);
  });

  it.each([
    ['SA', 'Sumber Daya Manusia Aparatur'],
    ['SA.01.01', 'Peta Jabatan'],
    ['SA.03.03', 'Pengangkatan Struktural'],
    ['SA.04.05', 'Kenaikan Pangkat'],
    ['SA.05.02', 'Disiplin'],
    ['SA.09.04', 'Cuti'],
    ['KS', 'Kerja Sama'],
    ['KS.02.01', 'MoU/PKS'],
    ['HK', 'Hukum'],
    ['HK.02.01', 'advokasi litigasi'],
    ['HK.02.07', 'telaah hukum'],
    ['PK', 'Pemasyarakatan'],
    ['PK.01.01', 'Perumusan Kebijakan dan Standardisasi'],
    ['PK.02.01', 'Registrasi Tahanan & Narapidana'],
    ['PK.07.01', 'Litmas'],
    ['PK.07.03', 'Pembimbingan Klien PB/CB/CMB'],
    ['PK.09.01', 'Pengamanan dan Intelijen'],
    ['TI.01.03', 'Pengembangan Aplikasi & Srikandi'],
    ['PS.01.02', 'Kajian Kebijakan'],
    ['UM.01.01', 'Penciptaan Arsip & Ketatausahaan'],
    ['OT.01.03', 'OTK UPT'],
    ['OT.02.02', 'Sistem, Prosedur dan Metode Kerja'],
    ['OT.03.02', 'Zona Integritas'],
  ])('has %s %s', (kode, nama) => {
    expect(map.get(kode)?.nama).toBe(nama);
  });

  it('uses the placeholder name only for parents the text does not name, each of which has a child', () => {
    const placeholder = klasifikasiKemenimipasPraktik.filter((k) => k.nama === NAMA_TIDAK_DISEBUT);
    expect(placeholder.length).toBeGreaterThan(0);
    for (const k of placeholder) {
      expect(
        klasifikasiKemenimipasPraktik.some((c) => c.induk === k.kode),
        k.kode,
      ).toBe(true);
    }
  });

  it('takes the names of UM, OT and TI from §A.6.1 and leaves sifat null for SA, KS, HK, PS', () => {
    const kemenkumham = byKode(klasifikasiKemenkumham);
    for (const kode of ['UM', 'OT', 'TI']) {
      expect(map.get(kode)?.nama).toBe(kemenkumham.get(kode)?.nama);
      expect(map.get(kode)?.sumber).toBe('A.6.1 (S25)');
      expect(map.get(kode)?.sifat).toBe('fasilitatif');
    }
    expect(map.get('PK')?.sifat).toBe('substantif');
    for (const kode of ['SA', 'KS', 'HK', 'PS']) expect(map.get(kode)?.sifat, kode).toBeNull();
  });
});

describe('skema constants', () => {
  it('identify the two schemes', () => {
    expect(SKEMA_KEMENKUMHAM_2021.kode).toBe('kemenkumham-2021');
    expect(SKEMA_KEMENKUMHAM_2021.catatan).toBe('Periksa terhadap daftar klasifikasi kementerian yang berlaku.');
    expect(SKEMA_KEMENIMIPAS_PRAKTIK.kode).toBe('kemenimipas-praktik');
    expect(SKEMA_KEMENIMIPAS_PRAKTIK.catatan).toBe('Kode yang terlihat dipakai UPT 2025–2026; belum terkonfirmasi.');
  });
});
