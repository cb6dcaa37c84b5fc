// Owns penyusutan (depreciation) of one BMN unit (reference bmn.md A.13; PMK 1/PMK.06/2013 jo. PMK 65/PMK.06/2017;
// masa manfaat per kelompok from KMK 295/KM.6/2019). Straight line, no residual value, integer Rupiah, booked at
// each semester's end; the semester of acquisition gets a full charge whatever the day [S; U for the PMK article];
// book value never below 0.
//
//   masa_sem = masa manfaat (tahun) × 2;  beban = floor(dasar / masa_sem);  the last semester absorbs the rounding.
//   Example (A.13): laptop Rp15.000.000, 10 March 2024, 4 years → Rp1.875.000 per semester; 31 December 2025:
//   akumulasi Rp7.500.000, nilai buku Rp7.500.000.
//
// The schedule is read from the unit's transactions (transaksi.ts, keadaan.ts), so it follows what happened to the unit:
// - a capitalised repair (202/208) or a value correction (204/264) restarts the schedule from that semester: the book
//   value after the change is spread over the remaining semesters, plus the years a capitalised repair adds (KMK 295
//   Tabel II, given on the transaction — Tabel II values are not in the reference) [A.13, S28];
//   a repair of a fully depreciated unit that adds no years leaves its value standing ('habis', nilai buku > 0);
// - while the unit is in Daftar Barang Hilang / Rusak Berat / Usang (901/911/941) nothing is charged and its remaining
//   life waits; a refusal (902/912/942) resumes it (A.13, A.18; PMK 181 Ps. 42–43) — "resumes, not catches up" and
//   the list 941 stopping depreciation are SATU's reading [U];
// - whether a semester is charged is decided by the unit's state at the semester's end: a unit transferred out (302)
//   during a semester is charged by the receiver (102, with the original tanggal perolehan), not twice.
// Not covered, because the reference leaves them open: revaluation (SIMAN 2017–2018), koreksi penyusutan (Qxx), a cap
// on the life a repair may add, and the rounding SAKTI itself uses (floor here).
import { AppError } from '../../ipc/result.ts';
import { parseIsoDate } from '../../format/tanggal.ts';
import { kelompokKodeBarang, pastikanKodeBarang } from './kode-barang.ts';
import { PENYUSUTAN_GOLONGAN } from './nilai.ts';
import { indeksSemester, semesterDari, semesterDariIndeks, semesterSelesaiPada } from './semester.ts';
import type { Semester } from './semester.ts';
import { keadaanAsetPada, terapkanTransaksi } from './keadaan.ts';
import { KEADAAN_AWAL, urutkanTransaksi } from './transaksi.ts';
import type { KeadaanAset, TransaksiBmn } from './transaksi.ts';

export type BarisMasaManfaat = { kelompok: string; tahun: number; berlakuDari: string | null };

/** The masa manfaat row of the kode barang's kelompok (5-digit prefix); the latest `berlakuDari` wins. */
export function cariMasaManfaat<T extends BarisMasaManfaat>(kodeBarang: string, baris: readonly T[]): T | null {
  const kelompok = kelompokKodeBarang(kodeBarang);
  let pilih: T | null = null;
  for (const b of baris) {
    if (b.kelompok !== kelompok) continue;
    if (pilih === null || (b.berlakuDari ?? '') > (pilih.berlakuDari ?? '')) pilih = b;
  }
  return pilih;
}

export type KelayakanPenyusutan =
  | { status: 'susut'; masaManfaatTahun: number; metode: 'penyusutan' | 'amortisasi' }
  | { status: 'tidak' | 'tanpa_referensi'; alasan: string };

const TIDAK_DISUSUTKAN: Readonly<Record<string, string>> = { '1': 'Persediaan', '2': 'Tanah', '7': 'Konstruksi Dalam Pengerjaan' };

/** Whether a kode barang is depreciated, and over how many years (A.3 golongan table, A.13). */
export function kelayakanPenyusutan(kodeBarang: string, baris: readonly BarisMasaManfaat[]): KelayakanPenyusutan {
  const k = pastikanKodeBarang(kodeBarang);
  const cara = PENYUSUTAN_GOLONGAN[k.golongan];
  if (cara === 'tidak') return { status: 'tidak', alasan: `${TIDAK_DISUSUTKAN[k.golongan] ?? `Golongan ${k.golongan}`} tidak disusutkan.` };
  const masa = cariMasaManfaat(k.kode, baris);
  if (masa !== null) return { status: 'susut', masaManfaatTahun: masa.tahun, metode: cara === 'amortisasi' ? 'amortisasi' : 'penyusutan' };
  if (cara === 'sebagian') {
    return {
      status: 'tidak',
      alasan: 'Aset tetap lainnya tidak disusutkan, kecuali kelompok yang masa manfaatnya ada di tabel (mis. alat musik modern).',
    };
  }
  const kelompok = kelompokKodeBarang(k.kode) ?? k.kode;
  return {
    status: 'tanpa_referensi',
    alasan: `Kelompok ${kelompok} belum punya masa manfaat; lengkapi tabel masa manfaat (KMK 295/KM.6/2019).`,
  };
}

/** susut: charged this semester; habis: fully depreciated; henti: in an off-balance list; keluar: left the register. */
export type StatusSusut = 'susut' | 'habis' | 'henti' | 'keluar';

export type BarisPenyusutan = {
  semester: Semester;
  /** At the semester's end; for 'keluar', the values that left the books. */
  nilaiPerolehan: number;
  beban: number;
  akumulasi: number;
  nilaiBuku: number;
  sisaSemester: number;
  status: StatusSusut;
};

/** The running books of the unit; a segment is spread evenly over `n` semesters, `k` of them charged so far. */
type Buku = { nilai: number; akumulasi: number; dasar: number; n: number; k: number };

function pastikanMasa(tahun: number): void {
  if (!Number.isInteger(tahun) || tahun < 1) throw new AppError('VALIDATION', `Masa manfaat harus bilangan bulat tahun ≥ 1: ${tahun}`);
}

const diRegister = (k: KeadaanAset): boolean => k.register !== 'belum' && k.register !== 'keluar';

/** A new segment: what is left of the value over what is left of the life, plus added semesters. */
function segmenBaru(b: Buku, nilai: number, tambahSemester: number): Buku {
  const akumulasi = Math.min(b.akumulasi, nilai);
  return { nilai, akumulasi, dasar: nilai - akumulasi, n: b.n - b.k + tambahSemester, k: 0 };
}

function bukuSesudah(b: Buku | null, sebelum: KeadaanAset, sesudah: KeadaanAset, masaSem: number): Buku {
  if (b === null) return { nilai: sesudah.nilai, akumulasi: 0, dasar: sesudah.nilai, n: masaSem, k: 0 };
  const tambah = sesudah.tambahMasaManfaatTahun - sebelum.tambahMasaManfaatTahun;
  const berubah = sesudah.nilai !== sebelum.nilai || tambah !== 0;
  return diRegister(sebelum) && diRegister(sesudah) && berubah ? segmenBaru(b, sesudah.nilai, tambah * 2) : b;
}

/** Cumulative charge of a segment after `k` semesters: even shares, the last one takes the remainder. */
const kumulatif = (b: Buku, k: number): number => (k >= b.n ? b.dasar : Math.floor(b.dasar / b.n) * k);

function tutupSemester(b: Buku, keadaan: KeadaanAset, semester: Semester): BarisPenyusutan {
  const baris = (beban: number, status: StatusSusut): BarisPenyusutan => ({
    semester,
    nilaiPerolehan: b.nilai,
    beban,
    akumulasi: b.akumulasi,
    nilaiBuku: b.nilai - b.akumulasi,
    sisaSemester: Math.max(0, b.n - b.k),
    status,
  });
  if (keadaan.register === 'keluar') return baris(0, 'keluar');
  if (keadaan.register !== 'aktif') return baris(0, 'henti');
  if (b.k >= b.n) return baris(0, 'habis');
  const beban = kumulatif(b, b.k + 1) - kumulatif(b, b.k);
  b.akumulasi += beban;
  b.k += 1;
  return baris(beban, 'susut');
}

/**
 * One row per semester from the semester of acquisition (the first transaction's tanggal perolehan) to `sampai`.
 * Transactions of a semester are applied before that semester is closed.
 */
export function jadwalPenyusutan(transaksi: readonly TransaksiBmn[], masaManfaatTahun: number, sampai: Semester): BarisPenyusutan[] {
  pastikanMasa(masaManfaatTahun);
  const urut = urutkanTransaksi(transaksi);
  const pertama = urut[0];
  if (pertama === undefined) return [];
  const mulai = indeksSemester(semesterDari(pertama.tanggalPerolehan ?? pertama.tanggal));
  const baris: BarisPenyusutan[] = [];
  let keadaan = KEADAAN_AWAL;
  let buku: Buku | null = null;
  let i = 0;
  for (let s = mulai; s <= indeksSemester(sampai); s++) {
    for (let t = urut[i]; t !== undefined && (i === 0 || indeksSemester(semesterDari(t.tanggal)) <= s); t = urut[i]) {
      const sebelum = keadaan;
      keadaan = terapkanTransaksi(keadaan, t);
      buku = bukuSesudah(buku, sebelum, keadaan, masaManfaatTahun * 2);
      i += 1;
    }
    if (buku !== null) baris.push(tutupSemester(buku, keadaan, semesterDariIndeks(s)));
  }
  return baris;
}

export type PosisiPenyusutan = {
  perTanggal: string;
  /** The last semester closed on or before the date; null when none has closed since acquisition. */
  semester: Semester | null;
  nilaiPerolehan: number;
  akumulasi: number;
  nilaiBuku: number;
  /** The charge of that last closed semester. */
  bebanTerakhir: number;
  sisaSemester: number;
  status: StatusSusut | 'belum';
};

/**
 * The position on a date (as-of report): nilai perolehan as booked on that date, accumulated depreciation of the
 * semesters closed by then (a semester closes on 30 June / 31 December itself).
 */
export function posisiPenyusutan(transaksi: readonly TransaksiBmn[], masaManfaatTahun: number, perTanggal: string): PosisiPenyusutan {
  pastikanMasa(masaManfaatTahun);
  if (!parseIsoDate(perTanggal).ok) throw new AppError('VALIDATION', `Tanggal tidak valid: ${perTanggal}`);
  const keadaan = keadaanAsetPada(transaksi, perTanggal);
  const sampai = semesterSelesaiPada(perTanggal);
  const akhir = keadaan.register === 'belum' ? undefined : jadwalPenyusutan(transaksi, masaManfaatTahun, sampai).at(-1);
  const kosong = { perTanggal, semester: akhir?.semester ?? null, nilaiPerolehan: 0, akumulasi: 0, nilaiBuku: 0, bebanTerakhir: 0 };
  if (keadaan.register === 'belum') return { ...kosong, sisaSemester: masaManfaatTahun * 2, status: 'belum' };
  if (keadaan.register === 'keluar') return { ...kosong, sisaSemester: 0, status: 'keluar' };
  const akumulasi = Math.min(akhir?.akumulasi ?? 0, keadaan.nilai);
  const sisaSemester = akhir?.sisaSemester ?? (masaManfaatTahun + keadaan.tambahMasaManfaatTahun) * 2;
  const status = keadaan.register !== 'aktif' ? 'henti' : sisaSemester === 0 ? 'habis' : 'susut';
  return {
    ...kosong,
    nilaiPerolehan: keadaan.nilai,
    akumulasi,
    nilaiBuku: keadaan.nilai - akumulasi,
    bebanTerakhir: akhir?.beban ?? 0,
    sisaSemester,
    status,
  };
}

/** The common case of one purchase and nothing else (101 on the acquisition date). */
export function penyusutanPerolehan(
  p: { nilaiPerolehan: number; tanggalPerolehan: string; masaManfaatTahun: number },
  perTanggal: string,
): PosisiPenyusutan {
  return posisiPenyusutan([{ kode: '101', tanggal: p.tanggalPerolehan, nilai: p.nilaiPerolehan }], p.masaManfaatTahun, perTanggal);
}

/** The charge booked for the semester (0 before acquisition, after the end of life, off-balance or out). */
export function bebanSemester(transaksi: readonly TransaksiBmn[], masaManfaatTahun: number, semester: Semester): number {
  const baris = jadwalPenyusutan(transaksi, masaManfaatTahun, semester).at(-1);
  return baris !== undefined && indeksSemester(baris.semester) === indeksSemester(semester) ? baris.beban : 0;
}
