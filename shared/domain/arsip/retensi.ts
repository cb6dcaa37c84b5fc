// Owns retention arithmetic and eligibility of a berkas arsip: due dates from the JRA (reference
// arsip-naskah.md A.10, B.5 step 4), the retention monitor's grouping (B.6 step 1), and who may be
// moved, proposed for destruction or for transfer (A.14, A.15, B.6–B.8, E.4 rule 2; PP 28/2012,
// Perka ANRI 25/2012). Dates are calendar dates 'YYYY-MM-DD' with no time zone.
import { AppError } from '../../ipc/result.ts';
import { daysInMonth, formatTanggal, parseIsoDate } from '../../format/tanggal.ts';
import type { CalendarDate } from '../../format/tanggal.ts';
import { NAMA_NASIB_AKHIR, NAMA_STATUS_BERKAS } from './nilai.ts';
import type { NasibAkhir, StatusBerkas } from './nilai.ts';

/** Bad input is a VALIDATION error whose Indonesian message reaches the user unchanged. */
const salah = (pesan: string): AppError => new AppError('VALIDATION', pesan);

function parseTanggal(s: string): CalendarDate {
  const r = parseIsoDate(s);
  if (!r.ok) throw salah(r.message);
  return r.value;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const keIso = ({ year, month, day }: CalendarDate): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

function pastikanTahun(n: number, nama: string): void {
  if (!Number.isInteger(n) || n < 0) throw salah(`${nama} harus bilangan bulat tahun ≥ 0: ${n}`);
}

/** The same day `tahun` years later (or earlier when negative); 29 February falls back to 28 February. */
export function tambahTahun(tanggal: string, tahun: number): string {
  if (!Number.isInteger(tahun)) throw salah(`Jumlah tahun harus bilangan bulat: ${tahun}`);
  const { year, month, day } = parseTanggal(tanggal);
  const y = year + tahun;
  if (y < 1 || y > 9999) throw salah(`Tanggal di luar rentang tahun 1–9999: ${tanggal} + ${tahun} tahun`);
  return keIso({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
}

/** What the due dates are computed from: the berkas's closing and the JRA row copied onto it. */
export type DasarRetensi = {
  tanggalTutup: string | null;
  pemicu: string | null;
  tanggalPemicu: string | null;
  retensiAktif: number | null;
  retensiInaktif: number | null;
};

export type JatuhTempo = { aktif: string | null; inaktif: string | null; menunggu: 'tutup' | 'pemicu' | 'jra' | null };

const belum = (menunggu: 'tutup' | 'pemicu' | 'jra'): JatuhTempo => ({ aktif: null, inaktif: null, menunggu });

/**
 * Jatuh tempo aktif = base + retensi aktif; inaktif = jatuh tempo aktif + retensi inaktif (A.10). The base
 * is the date of the triggering event when the JRA row names one ("2 tahun setelah tidak berlaku"),
 * else the closing date. Until the JRA row, the closing (B.5 step 4) and the event date are known,
 * `menunggu` says which is missing, checked in that order.
 */
export function hitungJatuhTempo(d: DasarRetensi): JatuhTempo {
  if (d.retensiAktif === null || d.retensiInaktif === null) return belum('jra');
  pastikanTahun(d.retensiAktif, 'Retensi aktif');
  pastikanTahun(d.retensiInaktif, 'Retensi inaktif');
  if (d.tanggalTutup === null) return belum('tutup');
  const berpemicu = d.pemicu !== null && d.pemicu.trim() !== '';
  const dasar = berpemicu ? d.tanggalPemicu : d.tanggalTutup;
  if (dasar === null) return belum('pemicu');
  const aktif = tambahTahun(dasar, d.retensiAktif);
  return { aktif, inaktif: tambahTahun(aktif, d.retensiInaktif), menunggu: null };
}

export type Kelompok = 'lewat' | 'bulan_ini' | 'akan_datang' | 'nanti';

const indeksBulan = (t: CalendarDate): number => t.year * 12 + t.month - 1;

/**
 * The retention monitor's group of a due date, by calendar month: 'bulan_ini' in the month of
 * `hariIni` (even on a day already past), 'lewat' before it, 'akan_datang' within the `horizonBulan`
 * months after it, 'nanti' later.
 */
export function kelompokJatuhTempo(tanggal: string, hariIni: string, horizonBulan = 3): Kelompok {
  if (!Number.isInteger(horizonBulan) || horizonBulan < 0) throw salah(`Horizon harus bilangan bulat bulan ≥ 0: ${horizonBulan}`);
  const selisih = indeksBulan(parseTanggal(tanggal)) - indeksBulan(parseTanggal(hariIni));
  if (selisih < 0) return 'lewat';
  if (selisih === 0) return 'bulan_ini';
  return selisih <= horizonBulan ? 'akan_datang' : 'nanti';
}

/** The part of a berkas the eligibility rules read. */
export type BerkasRetensi = {
  status: StatusBerkas;
  nasibAkhir: NasibAkhir | null;
  hasilPenilaian: 'musnah' | 'permanen' | null;
  jatuhTempoAktif: string | null;
  jatuhTempoInaktif: string | null;
  ditahanPerkara: boolean;
  retensiAktif: number | null;
  retensiInaktif: number | null;
};

/** "Dinilai Kembali" is decided by the panitia penilai arsip (A.15); its verdict then stands for it. */
export function nasibEfektif(b: BerkasRetensi): NasibAkhir | null {
  return b.nasibAkhir === 'dinilai_kembali' && b.hasilPenilaian !== null ? b.hasilPenilaian : b.nasibAkhir;
}

/** `alasan` lists every failed condition in Indonesian; empty exactly when `boleh`. */
export type Kelayakan = { boleh: boolean; alasan: string[] };

const kelayakan = (alasan: (string | null)[]): Kelayakan => {
  const gagal = alasan.filter((a): a is string => a !== null);
  return { boleh: gagal.length === 0, alasan: gagal };
};

const sudahLewat = (jatuhTempo: string, hariIni: string): boolean => keIso(parseTanggal(jatuhTempo)) <= keIso(parseTanggal(hariIni));

function alasanStatus(b: BerkasRetensi, perlu: StatusBerkas, tindakan: string): string | null {
  if (b.status === perlu) return null;
  return `Berkas berstatus ${NAMA_STATUS_BERKAS[b.status]}; hanya berkas berstatus ${NAMA_STATUS_BERKAS[perlu]} yang dapat ${tindakan}.`;
}

function alasanJatuhTempo(jatuhTempo: string | null, hariIni: string, retensi: 'aktif' | 'inaktif'): string | null {
  if (jatuhTempo === null) {
    return `Jatuh tempo retensi ${retensi} belum dapat dihitung (JRA, tanggal penutupan atau tanggal peristiwa pemicu belum ada).`;
  }
  if (sudahLewat(jatuhTempo, hariIni)) return null;
  return `Retensi ${retensi} belum habis; jatuh tempo pada ${formatTanggal(jatuhTempo)}.`;
}

/** B.6: a closed berkas whose active retention has run out (on the due date itself included). */
export function bolehPindah(b: BerkasRetensi, hariIni: string): Kelayakan {
  parseTanggal(hariIni);
  return kelayakan([alasanStatus(b, 'ditutup', 'dipindahkan ke unit kearsipan'), alasanJatuhTempo(b.jatuhTempoAktif, hariIni, 'aktif')]);
}

function alasanNasib(b: BerkasRetensi, perlu: 'musnah' | 'permanen', tindakan: string): string | null {
  const nasib = nasibEfektif(b);
  if (nasib === perlu) return null;
  if (nasib === null) return 'Nasib akhir berkas belum ditetapkan; pasang baris JRA untuk kode klasifikasinya terlebih dahulu.';
  if (nasib === 'dinilai_kembali') {
    return 'Nasib akhir berkas Dinilai Kembali; berkas harus dinilai oleh panitia penilai arsip terlebih dahulu untuk diputuskan musnah atau permanen.';
  }
  return `Nasib akhir berkas ${NAMA_NASIB_AKHIR[nasib]}; hanya arsip bernasib akhir ${NAMA_NASIB_AKHIR[perlu]} yang dapat ${tindakan}.`;
}

function kelayakanPenyusutan(b: BerkasRetensi, hariIni: string, perlu: 'musnah' | 'permanen', tindakan: string): Kelayakan {
  parseTanggal(hariIni);
  const perkara = b.ditahanPerkara
    ? `Berkas ditahan karena berkaitan dengan penyelesaian suatu perkara; arsip ini tidak boleh ${tindakan} selama perkara belum selesai.`
    : null;
  return kelayakan([
    alasanStatus(b, 'inaktif', tindakan),
    alasanNasib(b, perlu, tindakan),
    alasanJatuhTempo(b.jatuhTempoInaktif, hariIni, 'inaktif'),
    perkara,
  ]);
}

/** A.14 criteria, E.4 rule 2: inactive, fate Musnah, inactive retention ended, not tied to a legal case. */
export function bolehUsulMusnah(b: BerkasRetensi, hariIni: string): Kelayakan {
  return kelayakanPenyusutan(b, hariIni, 'musnah', 'diusulkan musnah');
}

/** B.8: the same conditions with fate Permanen, for transfer as arsip statis. */
export function bolehUsulSerah(b: BerkasRetensi, hariIni: string): Kelayakan {
  return kelayakanPenyusutan(b, hariIni, 'permanen', 'diusulkan serah');
}

/** An inactive "Dinilai Kembali" berkas whose inactive retention has ended and has no verdict yet (A.15). */
export function perluPenilaian(b: BerkasRetensi, hariIni: string): boolean {
  parseTanggal(hariIni);
  if (b.status !== 'inaktif' || nasibEfektif(b) !== 'dinilai_kembali' || b.jatuhTempoInaktif === null) return false;
  return sudahLewat(b.jatuhTempoInaktif, hariIni);
}

/** A.14, E.4 rule 3 (Permendagri 83/2022, Perka ANRI 25/2012): total retention ≥ 10 years needs the Kepala ANRI. */
export function persetujuanMusnah(retensiAktif: number, retensiInaktif: number): 'kepala_anri' | 'pimpinan_pencipta' {
  pastikanTahun(retensiAktif, 'Retensi aktif');
  pastikanTahun(retensiInaktif, 'Retensi inaktif');
  return retensiAktif + retensiInaktif >= 10 ? 'kepala_anri' : 'pimpinan_pencipta';
}
