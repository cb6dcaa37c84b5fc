// Owns intra- vs ekstrakomptabel (PMK 181/PMK.06/2016 Ps. 40 [R]; reference bmn.md A.10): a unit of peralatan dan
// mesin is intrakomptabel from Rp1.000.000, of gedung dan bangunan from Rp25.000.000; tanah, jalan/irigasi/jaringan,
// KDP and aset tetap lainnya have no minimum. Below the threshold the unit is still registered, numbered, labelled and
// listed in its DBR, in the Buku Barang Ekstrakomptabel. The value compared is the unit's value including
// capitalised development, so a unit becomes intrakomptabel when development lifts it over the threshold (Ps. 40(7)).
// The thresholds are dated rows (shared/data/bmn/ambang.ts) because a KMK may change them.
import { AppError } from '../../ipc/result.ts';
import { formatTanggal, parseIsoDate } from '../../format/tanggal.ts';
import { formatRupiah } from '../../format/rupiah.ts';
import { pastikanKodeBarang } from './kode-barang.ts';
import type { Golongan, Komptabel } from './nilai.ts';

export type JenisAmbang = 'peralatan_mesin' | 'gedung_bangunan';
export type BarisAmbang = { jenis: JenisAmbang; nilaiMinimum: number; berlakuDari: string };

/**
 * The threshold kind of a golongan; null = no minimum. Aset tak berwujud (8) is not named by the reference's table:
 * SATU applies no minimum to it [U].
 */
export function jenisAmbang(golongan: Golongan): JenisAmbang | null {
  if (golongan === '3') return 'peralatan_mesin';
  if (golongan === '4') return 'gedung_bangunan';
  return null;
}

/** The row in force on `tanggal`: the latest `berlakuDari` on or before it; null before the first. */
export function ambangPada<T extends BarisAmbang>(jenis: JenisAmbang, tanggal: string, baris: readonly T[]): T | null {
  let pilih: T | null = null;
  for (const b of baris) {
    if (b.jenis !== jenis || b.berlakuDari > tanggal) continue;
    if (pilih === null || b.berlakuDari > pilih.berlakuDari) pilih = b;
  }
  return pilih;
}

export type HasilKomptabel = {
  komptabel: Komptabel;
  /** The threshold applied; null when the golongan has none. */
  ambang: BarisAmbang | null;
  /** Set when the acquisition predates every threshold row and the earliest one was applied. */
  catatan: string | null;
};

/**
 * Intra or ekstra for a unit of `kodeBarang` worth `nilai` (integer Rupiah), by the threshold in force on
 * `tanggalPerolehan`. Persediaan (golongan 1) is not an aset tetap: VALIDATION.
 */
export function tentukanKomptabel(
  a: { kodeBarang: string; nilai: number; tanggalPerolehan: string },
  baris: readonly BarisAmbang[],
): HasilKomptabel {
  const { golongan } = pastikanKodeBarang(a.kodeBarang);
  if (golongan === '1') throw new AppError('VALIDATION', 'Persediaan bukan aset tetap; tidak digolongkan intra/ekstrakomptabel.');
  if (!Number.isSafeInteger(a.nilai) || a.nilai < 0) throw new AppError('VALIDATION', `Nilai harus bilangan bulat rupiah ≥ 0: ${a.nilai}`);
  if (!parseIsoDate(a.tanggalPerolehan).ok) throw new AppError('VALIDATION', `Tanggal perolehan tidak valid: ${a.tanggalPerolehan}`);
  const jenis = jenisAmbang(golongan);
  if (jenis === null) return { komptabel: 'intra', ambang: null, catatan: null };
  let ambang: BarisAmbang | null = ambangPada(jenis, a.tanggalPerolehan, baris);
  let catatan: string | null = null;
  if (ambang === null) {
    ambang = baris
      .filter((b) => b.jenis === jenis)
      .reduce<BarisAmbang | null>((p, b) => (p === null || b.berlakuDari < p.berlakuDari ? b : p), null);
    if (ambang === null) throw new AppError('NOT_FOUND', 'Tabel ambang kapitalisasi kosong untuk golongan ini.');
    catatan = `Perolehan sebelum ${formatTanggal(ambang.berlakuDari)}; ambang lama tidak ada di referensi SATU, dipakai ambang ${formatRupiah(ambang.nilaiMinimum)}.`;
  }
  return { komptabel: a.nilai >= ambang.nilaiMinimum ? 'intra' : 'ekstra', ambang, catatan };
}
