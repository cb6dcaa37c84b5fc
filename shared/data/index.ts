// Owns the public surface of shared/data: reference data taken from the seed documents in /work/shared/seeds
// (Kanwil list and units from Permen Imipas No. 4 Tahun 2024; satker of Kanwil NTB and Maluku Utara from their Renstra).
export { ESELON_KEPALA_KANWIL, KANWIL_NO_MALUT, KANWIL_NO_NTB, TIPE_KANWIL, daftarKanwil, kanwilByNo } from './kanwil.ts';
export type { EselonKanwil, Kanwil, TipeKanwil } from './kanwil.ts';
export { JENIS_UNIT_ORGANISASI, unitOrganisasi, fungsiTataUsahaUmum, unitOrganisasiUntukTipe } from './unit-organisasi.ts';
export type { FungsiUnit, JenisUnitOrganisasi, UnitOrganisasi } from './unit-organisasi.ts';
export { asetNtb, satkerNtb, rekapPegawaiNtb } from './satker-ntb.ts';
export type { AsetNtb, BarisAsetNtb, JenisAset, KelasSatker, SatkerNtb } from './satker-ntb.ts';
export { TOTAL_PEGAWAI_MALUT_TERCETAK, satkerMalut } from './satker-malut.ts';
export type { SatkerMalut } from './satker-malut.ts';
export {
  NAMA_TIDAK_DISEBUT,
  SKEMA_KEMENIMIPAS_PRAKTIK,
  SKEMA_KEMENKUMHAM_2021,
  klasifikasiKemenimipasPraktik,
  klasifikasiKemenkumham,
} from './klasifikasi.ts';
export type { KlasifikasiSeed } from './klasifikasi.ts';
