// Owns the public surface of shared/format: Indonesian dates, rupiah, terbilang and NIP.
export {
  daysInMonth,
  formatTanggal,
  formatTanggalHari,
  formatTanggalJam,
  formatTanggalPendek,
  hariDalamMinggu,
  isLeapYear,
  isValidDate,
  namaBulan,
  namaHari,
  parseIsoDate,
  toCalendarDate,
  toIsoDate,
} from './tanggal.ts';
export type { CalendarDate, ParseResult } from './tanggal.ts';
export { formatAngka, formatRupiah, parseRupiah } from './rupiah.ts';
export { TERBILANG_MAX, terbilang, terbilangRupiah } from './terbilang.ts';
export { NIP_TAHUN_LAHIR_MIN, formatNip, nipSchema, parseNip } from './nip.ts';
export type { JenisKelamin, Nip } from './nip.ts';
