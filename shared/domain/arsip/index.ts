// Owns the public surface of the arsip domain's pure rules: value sets (nilai), retention and
// eligibility (retensi), the berkas lifecycle (transisi), SKKAAD access (akses), JRA lookup (jra),
// box numbers and location labels (nomor). Reference arsip-naskah.md A.9–A.17, B.5–B.9, E.4.
export * from './nilai.ts';
export {
  bolehPindah,
  bolehUsulMusnah,
  bolehUsulSerah,
  hitungJatuhTempo,
  kelompokJatuhTempo,
  nasibEfektif,
  perluPenilaian,
  persetujuanMusnah,
  tambahTahun,
} from './retensi.ts';
export type { BerkasRetensi, DasarRetensi, JatuhTempo, Kelayakan, Kelompok } from './retensi.ts';
export { TRANSISI_BERKAS, bolehTransisi, pastikanTransisi } from './transisi.ts';
export { bolehBuka, keamananEfektif, pesanTolakAkses } from './akses.ts';
export { cariJra, indukKode } from './jra.ts';
export { labelLokasiAktif, labelLokasiInaktif, nomorBoksBerikut } from './nomor.ts';
export type { LokasiAktif, LokasiInaktif } from './nomor.ts';
