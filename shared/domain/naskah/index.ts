// Owns the public surface of the naskah domain's pure rules: disposition deadlines (tenggat, reference
// arsip-naskah.md A.4.2, A.8) and numbering (penomoran, A.5; PerANRI 5/2021, TND Kemenkumham).
export { ATURAN_TENGGAT_BAWAAN, URGENSI, hitungTenggat, isHariKerja, sisaWaktuTeks, statusTenggat, tambahHariKerja } from './tenggat.ts';
export type { AturanTenggat, HasilTenggat, StatusTenggat, Urgensi } from './tenggat.ts';
export {
  LINGKUP_PENCACAH_BAWAAN,
  NAMA_TOKEN,
  POLA_BAWAAN,
  TOKEN_NOMOR,
  formatNomor,
  kunciPencacah,
  laporanCelah,
  sisipanBerikut,
  urutkanNomor,
  validasiPola,
} from './penomoran.ts';
export type { Celah, EntriRegister, LingkupPencacah, NilaiNomor, Token } from './penomoran.ts';
