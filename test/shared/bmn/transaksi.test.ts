// Tests shared/domain/bmn/transaksi and keadaan: the state of one BMN unit folded from its dated transactions (reference bmn.md
// A.12, B.1–B.7), one case per transaction code, the refusals, and agreement with the seeded code table.
import { describe, it, expect } from 'vitest';
import { KEADAAN_AWAL, KODE_TRANSAKSI, urutkanTransaksi } from '../../../shared/domain/bmn/transaksi.ts';
import { keadaanAset, keadaanAsetPada, riwayatKeadaan, terapkanTransaksi } from '../../../shared/domain/bmn/keadaan.ts';
import type { KeadaanAset, KodeTransaksi, TransaksiBmn } from '../../../shared/domain/bmn/transaksi.ts';
import { jenisTransaksiSeed } from '../../../shared/data/bmn/transaksi.ts';

const beli: TransaksiBmn = { kode: '101', tanggal: '2024-01-10', nilai: 10_000_000, lokasiId: 'R-01', pemakai: '198001012005011001' };
const tgl = (bulan: number): string => `2024-${String(bulan).padStart(2, '0')}-15`;

describe('perolehan (1xx)', () => {
  it('101 records the unit with its defaults', () => {
    expect(keadaanAset([beli])).toEqual({
      ...KEADAAN_AWAL,
      register: 'aktif',
      kuantitas: 1,
      nilai: 10_000_000,
      kondisi: 'B',
      lokasiId: 'R-01',
      pemakai: '198001012005011001',
      penguasaan: 'milik_sendiri',
      penggunaan: 'digunakan',
      tanggalPerolehan: '2024-01-10',
      kodeAsal: '101',
      tanggalTerakhir: '2024-01-10',
    });
  });

  it.each(['100', '102', '103', '104', '105', '107', '112', '113', '115'] as const)(
    '%s records the unit and its jenis transaksi asal',
    (kode) => {
      const k = keadaanAset([{ ...beli, kode }]);
      expect(k).toMatchObject({ register: 'aktif', kuantitas: 1, nilai: 10_000_000, kodeAsal: kode });
    },
  );

  it('100 Saldo Awal keeps an earlier tanggal perolehan, kondisi, penguasaan and area', () => {
    const k = keadaanAset([
      {
        kode: '100',
        tanggal: '2022-01-01',
        tanggalPerolehan: '2009-05-04',
        nilai: 0,
        kuantitas: 1250.5,
        kondisi: 'RR',
        penguasaan: 'pinjam_pakai',
      },
    ]);
    expect(k).toMatchObject({ tanggalPerolehan: '2009-05-04', nilai: 0, kuantitas: 1250.5, kondisi: 'RR', penguasaan: 'pinjam_pakai' });
  });

  it.each([
    ['a second acquisition', [beli, { ...beli, tanggal: '2024-02-01' }], /sudah tercatat/],
    ['no value', [{ kode: '101', tanggal: '2024-01-10' }], /nilai harus bilangan bulat/],
    ['a fractional value', [{ ...beli, nilai: 1.5 }], /nilai harus bilangan bulat/],
    ['a negative value', [{ ...beli, nilai: -1 }], /nilai harus bilangan bulat/],
    ['quantity 0', [{ ...beli, kuantitas: 0 }], /kuantitas harus > 0/],
    ['tanggal perolehan after the transaction', [{ ...beli, tanggalPerolehan: '2024-02-01' }], /tanggal perolehan/],
    ['an unknown kondisi', [{ ...beli, kondisi: 'X' as 'B' }], /Kondisi "X" tidak dikenal/],
    ['acquired already dihentikan', [{ ...beli, penggunaan: 'dihentikan' as const }], /401/],
  ] as const)('refuses %s', (_judul, trx, pesan) => {
    expect(() => keadaanAset(trx as readonly TransaksiBmn[])).toThrow(pesan);
  });
});

describe('perubahan nilai (202, 204, 208, 264)', () => {
  it.each([
    ['202', 11_000_000, 2],
    ['208', 11_000_000, 2],
    ['204', 11_000_000, 0],
    ['264', 9_000_000, 0],
  ] as const)('%s changes the value only', (kode, nilai, tambah) => {
    const k = keadaanAset([beli, { kode, tanggal: tgl(3), nilai: 1_000_000, tambahMasaManfaatTahun: 2 }]);
    expect(k).toMatchObject({ nilai, kuantitas: 1, register: 'aktif', tambahMasaManfaatTahun: tambah });
  });

  it('264 cannot take more than the booked value', () => {
    expect(() => keadaanAset([beli, { kode: '264', tanggal: tgl(3), nilai: 10_000_001 }])).toThrow(/melebihi nilai tercatat/);
  });

  it('a capitalised repair needs the unit on the balance sheet; a correction does not', () => {
    const hilang = [beli, { kode: '901' as const, tanggal: tgl(2) }];
    expect(() => keadaanAset([...hilang, { kode: '202', tanggal: tgl(3), nilai: 1 }])).toThrow(/Daftar Barang Hilang/);
    expect(keadaanAset([...hilang, { kode: '204', tanggal: tgl(3), nilai: 1 }]).nilai).toBe(10_000_001);
  });

  it('refuses a zero change and a fractional number of added years', () => {
    expect(() => keadaanAset([beli, { kode: '204', tanggal: tgl(3), nilai: 0 }])).toThrow(/≥ 1/);
    expect(() => keadaanAset([beli, { kode: '202', tanggal: tgl(3), nilai: 5, tambahMasaManfaatTahun: 0.5 }])).toThrow(
      /tambahan masa manfaat/,
    );
  });
});

describe('pengurangan (301–305, 391–394) and 106', () => {
  it.each(['301', '302', '303', '304', '305'] as const)('%s takes the unit out of the register', (kode) => {
    const k = keadaanAset([beli, { kode, tanggal: tgl(5) }]);
    expect(k).toMatchObject({ register: 'keluar', kuantitas: 0, nilai: 0, kodeKeluar: kode });
  });

  it.each(['391', '392', '393', '394'] as const)('%s takes out a unit dihentikan dari penggunaan, and only such a unit', (kode) => {
    const k = keadaanAset([beli, { kode: '401', tanggal: tgl(3) }, { kode, tanggal: tgl(5) }]);
    expect(k).toMatchObject({ register: 'keluar', kuantitas: 0, nilai: 0, kodeKeluar: kode });
    expect(() => keadaanAset([beli, { kode, tanggal: tgl(5) }])).toThrow(/39x hanya untuk aset yang dihentikan/);
  });

  it('a unit dihentikan must leave with 39x, not 30x', () => {
    expect(() => keadaanAset([beli, { kode: '401', tanggal: tgl(3) }, { kode: '301', tanggal: tgl(5) }])).toThrow(/gunakan kode 39x/);
  });

  it('nothing happens to a unit after it left, except 106 after a penghapusan', () => {
    const hapus = [beli, { kode: '301' as const, tanggal: tgl(5) }];
    expect(() => keadaanAset([...hapus, { kode: 'SATU-PINDAH', tanggal: tgl(6), lokasiId: 'R-02' }])).toThrow(
      /sudah keluar dari register \(transaksi 301\)/,
    );
    expect(keadaanAset([...hapus, { kode: '106', tanggal: tgl(6) }])).toMatchObject({
      register: 'aktif',
      kuantitas: 1,
      nilai: 10_000_000,
      kodeKeluar: null,
    });
  });

  it('106 restores the list the unit was in, and refuses a unit that left by transfer or was never removed', () => {
    const k = keadaanAset([beli, { kode: '911', tanggal: tgl(2) }, { kode: '301', tanggal: tgl(5) }, { kode: '106', tanggal: tgl(6) }]);
    expect(k.register).toBe('usul_hapus');
    expect(() => keadaanAset([beli, { kode: '302', tanggal: tgl(5) }, { kode: '106', tanggal: tgl(6) }])).toThrow(/301 atau 391/);
    expect(() => keadaanAset([beli, { kode: '106', tanggal: tgl(6) }])).toThrow(/301 atau 391/);
  });
});

describe('penggunaan (401/402) and the off-balance lists (901/902, 911/912, 941/942)', () => {
  it('401 stops use and 402 resumes it, each only once', () => {
    const henti = [beli, { kode: '401' as const, tanggal: tgl(3) }];
    expect(keadaanAset(henti).penggunaan).toBe('dihentikan');
    expect(keadaanAset([...henti, { kode: '402', tanggal: tgl(4) }]).penggunaan).toBe('digunakan');
    expect(() => keadaanAset([...henti, { kode: '401', tanggal: tgl(4) }])).toThrow(/sudah dihentikan/);
    expect(() => keadaanAset([beli, { kode: '402', tanggal: tgl(4) }])).toThrow(/tidak sedang dihentikan/);
  });

  it.each([
    ['901', '902', 'hilang'],
    ['911', '912', 'usul_hapus'],
    ['941', '942', 'usang'],
  ] as const)('%s moves the unit to its list and %s brings it back', (masuk, batal, daftar) => {
    const di = [beli, { kode: masuk, tanggal: tgl(3) }];
    expect(keadaanAset(di)).toMatchObject({ register: daftar, nilai: 10_000_000, kuantitas: 1 });
    expect(keadaanAset([...di, { kode: batal, tanggal: tgl(4) }]).register).toBe('aktif');
    expect(() => keadaanAset([beli, { kode: batal, tanggal: tgl(4) }])).toThrow(/tidak berada di daftar/);
    expect(() => keadaanAset([...di, { kode: masuk, tanggal: tgl(4) }])).toThrow(/batalkan pencatatannya/);
  });

  it('a unit in one list does not go into another without leaving the first', () => {
    expect(() => keadaanAset([beli, { kode: '901', tanggal: tgl(3) }, { kode: '911', tanggal: tgl(4) }])).toThrow(/Daftar Barang Hilang/);
  });
});

describe('931 penyusutan', () => {
  it('adds booked charges without touching nilai perolehan', () => {
    const k = keadaanAset([
      beli,
      { kode: '931', tanggal: '2024-06-30', nilai: 1_250_000 },
      { kode: '931', tanggal: '2024-12-31', nilai: 1_250_000 },
    ]);
    expect(k).toMatchObject({ nilai: 10_000_000, penyusutanDibukukan: 2_500_000 });
  });

  it('is refused off the balance sheet', () => {
    expect(() => keadaanAset([beli, { kode: '911', tanggal: tgl(3) }, { kode: '931', tanggal: '2024-06-30', nilai: 1 }])).toThrow(
      /daftar barang/,
    );
  });
});

describe("SATU's own events", () => {
  it('SATU-KONDISI changes the kondisi only, and must change it', () => {
    const k = keadaanAset([beli, { kode: 'SATU-KONDISI', tanggal: tgl(3), kondisi: 'RB' }]);
    expect(k).toMatchObject({ kondisi: 'RB', nilai: 10_000_000, register: 'aktif' });
    expect(() => keadaanAset([beli, { kode: 'SATU-KONDISI', tanggal: tgl(3), kondisi: 'B' }])).toThrow(/tidak ada yang berubah/);
    expect(() => keadaanAset([beli, { kode: 'SATU-KONDISI', tanggal: tgl(3) }])).toThrow(/kondisi baru harus diisi/);
  });

  it('SATU-PINDAH moves the unit and/or changes its pemakai', () => {
    const pindah = keadaanAset([beli, { kode: 'SATU-PINDAH', tanggal: tgl(3), lokasiId: 'R-07' }]);
    expect(pindah).toMatchObject({ lokasiId: 'R-07', pemakai: '198001012005011001' });
    expect(keadaanAset([beli, { kode: 'SATU-PINDAH', tanggal: tgl(3), pemakai: null }])).toMatchObject({ lokasiId: 'R-01', pemakai: null });
    expect(() => keadaanAset([beli, { kode: 'SATU-PINDAH', tanggal: tgl(3), lokasiId: 'R-01' }])).toThrow(/tidak berubah/);
  });

  it('SATU-PENGGUNAAN changes status penggunaan, but never into or out of dihentikan', () => {
    expect(keadaanAset([beli, { kode: 'SATU-PENGGUNAAN', tanggal: tgl(3), penggunaan: 'dimanfaatkan' }]).penggunaan).toBe('dimanfaatkan');
    expect(() => keadaanAset([beli, { kode: 'SATU-PENGGUNAAN', tanggal: tgl(3), penggunaan: 'dihentikan' }])).toThrow(/401\/402/);
    expect(() =>
      keadaanAset([beli, { kode: '401', tanggal: tgl(2) }, { kode: 'SATU-PENGGUNAAN', tanggal: tgl(3), penggunaan: 'idle' }]),
    ).toThrow(/401\/402/);
    expect(() => keadaanAset([beli, { kode: 'SATU-PENGGUNAAN', tanggal: tgl(3), penggunaan: 'digunakan' }])).toThrow(/tidak berubah/);
  });

  it('SATU-PENGUASAAN changes penguasaan', () => {
    expect(keadaanAset([beli, { kode: 'SATU-PENGUASAAN', tanggal: tgl(3), penguasaan: 'sewa' }]).penguasaan).toBe('sewa');
    expect(() => keadaanAset([beli, { kode: 'SATU-PENGUASAAN', tanggal: tgl(3), penguasaan: 'milik_sendiri' }])).toThrow(/tidak berubah/);
  });
});

describe('order and dates', () => {
  it('folds in date order whatever the input order; same-date by urut, then input order', () => {
    const trx: TransaksiBmn[] = [
      { kode: 'SATU-PINDAH', tanggal: tgl(5), lokasiId: 'R-03', urut: 2 },
      { kode: 'SATU-PINDAH', tanggal: tgl(5), lokasiId: 'R-02', urut: 1 },
      beli,
    ];
    expect(urutkanTransaksi(trx).map((t) => t.lokasiId)).toEqual(['R-01', 'R-02', 'R-03']);
    expect(keadaanAset(trx).lokasiId).toBe('R-03');
  });

  it('keadaanAsetPada takes transactions up to and including the date', () => {
    const trx: TransaksiBmn[] = [beli, { kode: 'SATU-KONDISI', tanggal: tgl(6), kondisi: 'RR' }];
    expect(keadaanAsetPada(trx, '2024-06-14').kondisi).toBe('B');
    expect(keadaanAsetPada(trx, '2024-06-15').kondisi).toBe('RR');
    expect(keadaanAsetPada(trx, '2023-12-31').register).toBe('belum');
  });

  it('terapkanTransaksi refuses a transaction dated before the last one, a bad date or an unknown code', () => {
    const k = terapkanTransaksi(KEADAAN_AWAL, beli);
    expect(() => terapkanTransaksi(k, { kode: 'SATU-KONDISI', tanggal: '2024-01-09', kondisi: 'RB' })).toThrow(
      /sebelum transaksi terakhir/,
    );
    expect(() => terapkanTransaksi(k, { kode: 'SATU-KONDISI', tanggal: '2024-02-30', kondisi: 'RB' })).toThrow(/tanggal tidak valid/);
    expect(() => terapkanTransaksi(k, { kode: '999' as KodeTransaksi, tanggal: '2024-02-01' })).toThrow(/tidak dikenal/);
  });

  it('nothing before the first acquisition', () => {
    expect(() => keadaanAset([{ kode: 'SATU-KONDISI', tanggal: tgl(1), kondisi: 'RB' }])).toThrow(/transaksi perolehan \(1xx\)/);
  });

  it('names the transaction in the message, with an Indonesian date', () => {
    expect(() => keadaanAset([beli, { kode: '402', tanggal: '2024-03-05' }])).toThrow(
      'Transaksi 402 tanggal 5 Maret 2024: aset tidak sedang dihentikan dari penggunaan.',
    );
  });

  it('riwayatKeadaan gives the state after each transaction', () => {
    const r = riwayatKeadaan([{ kode: 'SATU-KONDISI', tanggal: tgl(3), kondisi: 'RR' }, beli]);
    expect(r.map((x) => [x.transaksi.kode, x.keadaan.kondisi])).toEqual([
      ['101', 'B'],
      ['SATU-KONDISI', 'RR'],
    ]);
  });
});

/** A minimal valid history ending with `kode`: the transactions before it, and the transaction itself. */
function riwayatUntuk(kode: KodeTransaksi): { sebelum: TransaksiBmn[]; t: TransaksiBmn } {
  const awal = (...kodes: KodeTransaksi[]): TransaksiBmn[] => [beli, ...kodes.map((k, i) => ({ kode: k, tanggal: tgl(i + 2) }))];
  const t: TransaksiBmn = { kode, tanggal: tgl(9), nilai: 1_000_000 };
  if (/^1/.test(kode)) return kode === '106' ? { sebelum: awal('301'), t } : { sebelum: [], t };
  if (/^39/.test(kode) || kode === '402') return { sebelum: awal('401'), t };
  const batal: Partial<Record<KodeTransaksi, KodeTransaksi>> = { '902': '901', '912': '911', '942': '941' };
  const masuk = batal[kode];
  if (masuk !== undefined) return { sebelum: awal(masuk), t };
  const isi: Partial<Record<KodeTransaksi, Partial<TransaksiBmn>>> = {
    'SATU-KONDISI': { kondisi: 'RR' },
    'SATU-PINDAH': { lokasiId: 'R-09' },
    'SATU-PENGGUNAAN': { penggunaan: 'idle' },
    'SATU-PENGUASAAN': { penguasaan: 'sewa' },
  };
  return { sebelum: awal(), t: { ...t, ...isi[kode] } };
}

const diRegister = (k: KeadaanAset): boolean => k.register !== 'belum' && k.register !== 'keluar';
const statusBerubah = (a: KeadaanAset, b: KeadaanAset): boolean =>
  a.register !== b.register || a.penggunaan !== b.penggunaan || a.penguasaan !== b.penguasaan;

describe('every code of the seeded table behaves as its row says', () => {
  it('the table has exactly one row per code the fold knows', () => {
    expect(jenisTransaksiSeed.map((j) => j.kode).sort()).toEqual([...KODE_TRANSAKSI].sort());
  });

  it.each(jenisTransaksiSeed.map((j) => [j.kode, j] as const))('%s', (kode, j) => {
    const { sebelum, t } = riwayatUntuk(kode);
    const a = keadaanAset(sebelum);
    const b = terapkanTransaksi(a, t);
    expect(b.kuantitas !== a.kuantitas, 'kuantitas').toBe(j.ubahKuantitas);
    expect(b.nilai !== a.nilai, 'nilai').toBe(j.ubahNilai);
    if (j.arah === '+') expect(b.nilai > a.nilai || b.kuantitas > a.kuantitas).toBe(true);
    if (j.arah === '-') expect(b.nilai < a.nilai || b.penyusutanDibukukan > a.penyusutanDibukukan).toBe(true);
    if (j.arah === 'R') expect(statusBerubah(a, b) && b.nilai === a.nilai).toBe(true);
    const berubah = {
      tambah: !diRegister(a) && diRegister(b) && b.kuantitas > 0,
      kurang: diRegister(a) && b.register === 'keluar' && b.kuantitas === 0,
      ubah_nilai: diRegister(a) && diRegister(b) && b.nilai !== a.nilai,
      ubah_kondisi: diRegister(a) && b.kondisi !== a.kondisi,
      ubah_lokasi: diRegister(a) && b.lokasiId !== a.lokasiId,
      ubah_status: diRegister(a) && diRegister(b) && statusBerubah(a, b),
      susut: b.penyusutanDibukukan > a.penyusutanDibukukan,
    };
    expect(
      Object.entries(berubah)
        .filter(([, ya]) => ya)
        .map(([efek]) => efek),
    ).toEqual([j.efek]);
  });
});
