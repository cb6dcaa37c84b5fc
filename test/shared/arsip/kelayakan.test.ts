// Tests shared/domain/arsip/retensi, part two: effective fate, and eligibility to move, destroy or
// transfer a berkas (reference arsip-naskah.md A.14, A.15, B.6–B.8, E.4 rules 2 and 3).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../../shared/ipc/result.ts';
import { STATUS_BERKAS } from '../../../shared/domain/arsip/nilai.ts';
import {
  bolehPindah,
  bolehUsulMusnah,
  bolehUsulSerah,
  nasibEfektif,
  perluPenilaian,
  persetujuanMusnah,
} from '../../../shared/domain/arsip/retensi.ts';
import type { BerkasRetensi } from '../../../shared/domain/arsip/retensi.ts';

/** Test-only: random calendar dates 1970–2099 from UTC Date fields. */
const HARI_MS = 86_400_000;
const tanggalAcak = fc.integer({ min: 0, max: 47_480 }).map((d) => new Date(d * HARI_MS).toISOString().slice(0, 10));

const berkas = (u: Partial<BerkasRetensi> = {}): BerkasRetensi => ({
  status: 'inaktif',
  nasibAkhir: 'musnah',
  hasilPenilaian: null,
  jatuhTempoAktif: '2023-06-15',
  jatuhTempoInaktif: '2026-06-15',
  ditahanPerkara: false,
  retensiAktif: 2,
  retensiInaktif: 3,
  ...u,
});
const BOLEH = { boleh: true, alasan: [] };
const permanen = (u: Partial<BerkasRetensi> = {}): BerkasRetensi => berkas({ nasibAkhir: 'permanen', ...u });

describe('nasibEfektif', () => {
  it.each<[BerkasRetensi['nasibAkhir'], BerkasRetensi['hasilPenilaian'], BerkasRetensi['nasibAkhir']]>([
    ['musnah', null, 'musnah'],
    ['permanen', null, 'permanen'],
    [null, null, null],
    ['dinilai_kembali', null, 'dinilai_kembali'],
    ['dinilai_kembali', 'musnah', 'musnah'],
    ['dinilai_kembali', 'permanen', 'permanen'],
    ['musnah', 'permanen', 'musnah'],
  ])('nasib %s with verdict %s is %s', (nasibAkhir, hasilPenilaian, hasil) => {
    expect(nasibEfektif(berkas({ nasibAkhir, hasilPenilaian }))).toBe(hasil);
  });
});

describe('bolehPindah', () => {
  const ditutup = (u: Partial<BerkasRetensi> = {}): BerkasRetensi => berkas({ status: 'ditutup', ...u });

  it('allows a closed berkas on and after its active due date', () => {
    expect(bolehPindah(ditutup(), '2023-06-15')).toEqual(BOLEH);
    expect(bolehPindah(ditutup(), '2024-01-01')).toEqual(BOLEH);
  });

  it('refuses the day before, naming the due date', () => {
    expect(bolehPindah(ditutup(), '2023-06-14')).toEqual({
      boleh: false,
      alasan: ['Retensi aktif belum habis; jatuh tempo pada 15 Juni 2023.'],
    });
  });

  it('refuses when the due date is unknown', () => {
    const r = bolehPindah(ditutup({ jatuhTempoAktif: null }), '2030-01-01');
    expect(r.boleh).toBe(false);
    expect(r.alasan).toEqual([expect.stringMatching(/^Jatuh tempo retensi aktif belum dapat dihitung/)]);
  });

  it.each(STATUS_BERKAS.filter((s) => s !== 'ditutup'))('refuses status %s even when due', (status) => {
    const r = bolehPindah(ditutup({ status }), '2030-01-01');
    expect(r.boleh).toBe(false);
    expect(r.alasan).toHaveLength(1);
    expect(r.alasan[0]).toMatch(/hanya berkas berstatus Aktif \(ditutup\) yang dapat dipindahkan ke unit kearsipan/);
  });

  it('lists every failed condition', () => {
    expect(bolehPindah(ditutup({ status: 'aktif', jatuhTempoAktif: null }), '2030-01-01').alasan).toHaveLength(2);
  });

  it('is not held back by a legal case (only destruction and transfer are)', () => {
    expect(bolehPindah(ditutup({ ditahanPerkara: true }), '2023-06-15')).toEqual(BOLEH);
  });

  it('rejects an invalid today', () => {
    expect(() => bolehPindah(ditutup(), '2023-13-01')).toThrow(AppError);
  });
});

describe('bolehUsulMusnah', () => {
  it('allows an inactive Musnah berkas on and after its inactive due date', () => {
    expect(bolehUsulMusnah(berkas(), '2026-06-15')).toEqual(BOLEH);
    expect(bolehUsulMusnah(berkas(), '2026-06-16')).toEqual(BOLEH);
  });

  it('refuses the day before the inactive due date', () => {
    expect(bolehUsulMusnah(berkas(), '2026-06-14')).toEqual({
      boleh: false,
      alasan: ['Retensi inaktif belum habis; jatuh tempo pada 15 Juni 2026.'],
    });
  });

  it('refuses a berkas held for a legal case, saying so', () => {
    const r = bolehUsulMusnah(berkas({ ditahanPerkara: true }), '2027-01-01');
    expect(r.boleh).toBe(false);
    expect(r.alasan).toEqual([expect.stringMatching(/perkara.*tidak boleh diusulkan musnah/)]);
  });

  it('refuses Dinilai Kembali before review, pointing to the panitia penilai', () => {
    const r = bolehUsulMusnah(berkas({ nasibAkhir: 'dinilai_kembali' }), '2027-01-01');
    expect(r.boleh).toBe(false);
    expect(r.alasan).toEqual([expect.stringMatching(/Dinilai Kembali.*panitia penilai arsip/)]);
  });

  it('follows the review: allowed when judged musnah, refused when judged permanen', () => {
    expect(bolehUsulMusnah(berkas({ nasibAkhir: 'dinilai_kembali', hasilPenilaian: 'musnah' }), '2027-01-01')).toEqual(BOLEH);
    const r = bolehUsulMusnah(berkas({ nasibAkhir: 'dinilai_kembali', hasilPenilaian: 'permanen' }), '2027-01-01');
    expect(r.alasan).toEqual(['Nasib akhir berkas Permanen; hanya arsip bernasib akhir Musnah yang dapat diusulkan musnah.']);
  });

  it('refuses a Permanen berkas and one without a fate', () => {
    expect(bolehUsulMusnah(permanen(), '2027-01-01').boleh).toBe(false);
    expect(bolehUsulMusnah(berkas({ nasibAkhir: null }), '2027-01-01').alasan).toEqual([expect.stringMatching(/JRA/)]);
  });

  it.each(STATUS_BERKAS.filter((s) => s !== 'inaktif'))('refuses status %s', (status) => {
    const r = bolehUsulMusnah(berkas({ status }), '2027-01-01');
    expect(r.boleh).toBe(false);
    expect(r.alasan).toEqual([expect.stringMatching(/hanya berkas berstatus Inaktif yang dapat diusulkan musnah/)]);
  });

  it('lists every failed condition at once', () => {
    const r = bolehUsulMusnah(permanen({ status: 'ditutup', ditahanPerkara: true }), '2026-01-01');
    expect(r).toEqual({
      boleh: false,
      alasan: [
        'Berkas berstatus Aktif (ditutup); hanya berkas berstatus Inaktif yang dapat diusulkan musnah.',
        'Nasib akhir berkas Permanen; hanya arsip bernasib akhir Musnah yang dapat diusulkan musnah.',
        'Retensi inaktif belum habis; jatuh tempo pada 15 Juni 2026.',
        'Berkas ditahan karena berkaitan dengan penyelesaian suatu perkara; arsip ini tidak boleh diusulkan musnah selama perkara belum selesai.',
      ],
    });
  });

  it('refuses when the inactive due date is unknown', () => {
    expect(bolehUsulMusnah(berkas({ jatuhTempoInaktif: null }), '2027-01-01').alasan).toEqual([
      expect.stringMatching(/^Jatuh tempo retensi inaktif belum dapat dihitung/),
    ]);
  });
});

describe('bolehUsulSerah', () => {
  it('allows an inactive Permanen berkas on its inactive due date', () => {
    expect(bolehUsulSerah(permanen(), '2026-06-15')).toEqual(BOLEH);
    expect(bolehUsulSerah(permanen(), '2026-06-14').boleh).toBe(false);
  });

  it('refuses a Musnah berkas and follows a review judged permanen', () => {
    expect(bolehUsulSerah(berkas(), '2027-01-01').alasan).toEqual([
      'Nasib akhir berkas Musnah; hanya arsip bernasib akhir Permanen yang dapat diusulkan serah.',
    ]);
    expect(bolehUsulSerah(berkas({ nasibAkhir: 'dinilai_kembali', hasilPenilaian: 'permanen' }), '2027-01-01')).toEqual(BOLEH);
    expect(bolehUsulSerah(berkas({ nasibAkhir: 'dinilai_kembali' }), '2027-01-01').alasan[0]).toMatch(/panitia penilai/);
  });

  it('refuses a berkas held for a legal case and one not inactive', () => {
    expect(bolehUsulSerah(permanen({ ditahanPerkara: true }), '2027-01-01').alasan).toEqual([expect.stringMatching(/perkara/)]);
    expect(bolehUsulSerah(permanen({ status: 'usul_serah' }), '2027-01-01').alasan).toEqual([
      'Berkas berstatus Diusulkan serah; hanya berkas berstatus Inaktif yang dapat diusulkan serah.',
    ]);
  });
});

describe('perluPenilaian', () => {
  const dk = (u: Partial<BerkasRetensi> = {}): BerkasRetensi => berkas({ nasibAkhir: 'dinilai_kembali', ...u });

  it('is true for an unreviewed inactive Dinilai Kembali berkas from its inactive due date', () => {
    expect(perluPenilaian(dk(), '2026-06-15')).toBe(true);
    expect(perluPenilaian(dk(), '2030-01-01')).toBe(true);
    expect(perluPenilaian(dk(), '2026-06-14')).toBe(false);
  });

  it.each<[string, Partial<BerkasRetensi>]>([
    ['already reviewed', { hasilPenilaian: 'musnah' }],
    ['not inactive', { status: 'ditutup' }],
    ['fate Musnah', { nasibAkhir: 'musnah' }],
    ['fate Permanen', { nasibAkhir: 'permanen' }],
    ['no due date', { jatuhTempoInaktif: null }],
  ])('is false when %s', (_judul, ubah) => {
    expect(perluPenilaian(dk(ubah), '2030-01-01')).toBe(false);
  });
});

describe('persetujuanMusnah', () => {
  it.each([
    [2, 3, 'pimpinan_pencipta'],
    [3, 6, 'pimpinan_pencipta'],
    [5, 5, 'kepala_anri'],
    [0, 10, 'kepala_anri'],
    [3, 7, 'kepala_anri'],
    [0, 0, 'pimpinan_pencipta'],
  ] as const)('retensi %i + %i needs %s', (ra, ri, oleh) => {
    expect(persetujuanMusnah(ra, ri)).toBe(oleh);
  });

  it('rejects negative or fractional years', () => {
    expect(() => persetujuanMusnah(-1, 12)).toThrow(AppError);
    expect(() => persetujuanMusnah(4.5, 5.5)).toThrow(AppError);
  });
});

describe('eligibility: properties', () => {
  const nasib = fc.constantFrom('musnah', 'permanen', 'dinilai_kembali', null);
  const tanggalAtauNull = fc.option(tanggalAcak, { nil: null });
  const berkasAcak = fc.record({
    status: fc.constantFrom(...STATUS_BERKAS),
    nasibAkhir: nasib,
    hasilPenilaian: fc.constantFrom('musnah', 'permanen', null),
    jatuhTempoAktif: tanggalAtauNull,
    jatuhTempoInaktif: tanggalAtauNull,
    ditahanPerkara: fc.boolean(),
    retensiAktif: fc.constant(2),
    retensiInaktif: fc.constant(3),
  }) as fc.Arbitrary<BerkasRetensi>;

  it('boleh exactly when no reason is given; never both destroy and transfer; held berkas never leave', () => {
    fc.assert(
      fc.property(berkasAcak, tanggalAcak, (b, hariIni) => {
        const hasil = [bolehPindah(b, hariIni), bolehUsulMusnah(b, hariIni), bolehUsulSerah(b, hariIni)];
        for (const k of hasil) expect(k.boleh).toBe(k.alasan.length === 0);
        expect(hasil[1]?.boleh && hasil[2]?.boleh).toBe(false);
        if (b.ditahanPerkara) expect(hasil[1]?.boleh || hasil[2]?.boleh).toBe(false);
        if (perluPenilaian(b, hariIni)) expect(hasil[1]?.boleh || hasil[2]?.boleh).toBe(false);
      }),
    );
  });
});
