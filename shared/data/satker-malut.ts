// Owns the satuan kerja of Kanwil Ditjenpas Maluku Utara with addresses, staff counts and the RB action-plan figures.
// Source: seed 001_51269e7ff1aa2f01.txt (Renstra 2025-2029 Kanwil Ditjenpas Maluku Utara):
// - names and addresses: the table "Unit Pelaksana Teknis pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku
//   Utara" (No / Unit Pelaksana Teknis / Alamat) in section 1.1; row order kept;
// - jumlahPegawai: the TOTAL column of the table "NO / SATUAN KERJA / PEREMPUAN / LAKI-LAKI / TOTAL" in 1.1.2 (grand
//   total 682);
// - rbRencana/rbRealisasi/rbPersen: the table "No / Satuan Kerja / Target RAT-RB B06 / Realisasi RAT-RB B06 / Capaian
//   RAT-RB B06" under IKK.1 "Persentase pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan"
//   (monitoring triwulan II / B-06, 2025). Every printed percentage equals Math.round(100 * realisasi / rencana),
//   including 42/48 = 87.5 printed as 88%.
//
// Notes on the seed text:
// - Row 1 of the address table prints "Kanwil Direktorat Jenderal Pemasyarakatan Maluku Utara"; the staff table spells it
//   "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku Utara", which is used here.
// - `namaSingkat` is the name used in the RB table; its "Rutan Kelas IIB Soasiu" is corrected to "Soasio" (the spelling
//   in the address and staff tables).
// - The text counts the Lapas Perempuan among "6 Lembaga Pemasyarakatan (Lapas)"; here its jenis is 'lpp'.

import type { JenisSatker } from '../domain/kantor.ts';
import type { KelasSatker } from './satker-ntb.ts';

export type SatkerMalut = {
  /** Row number in the address table. */
  no: number;
  nama: string;
  /** Name as written in the RB table; null if the satker is not in it. */
  namaSingkat: string | null;
  jenis: JenisSatker;
  /** Class from the name (e.g. "Kelas IIB"); null for the Kanwil. */
  kelas: KelasSatker | null;
  alamat: string | null;
  /** TOTAL column of the staff table; null if absent. */
  jumlahPegawai: number | null;
  /** Target RAT-RB B06 (planned RB actions); null if absent. */
  rbRencana: number | null;
  /** Realisasi RAT-RB B06 (RB actions done); null if absent. */
  rbRealisasi: number | null;
  /** Capaian RAT-RB B06 in percent, as printed; null if absent. */
  rbPersen: number | null;
};

export const satkerMalut: readonly SatkerMalut[] = [
  {
    no: 1,
    nama: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku Utara',
    namaSingkat: 'Kanwil',
    jenis: 'kanwil',
    kelas: null,
    alamat: 'Jl. Cengkeh Afo No.40, Maliaro, Kec. Ternate Tengah, Kota Ternate, Maluku Utara',
    jumlahPegawai: 39,
    rbRencana: 50,
    rbRealisasi: 37,
    rbPersen: 74,
  },
  {
    no: 2,
    nama: 'Lembaga Pemasyarakatan Kelas IIA Ternate',
    namaSingkat: 'Lapas Kelas IIA Ternate',
    jenis: 'lapas',
    kelas: 'IIA',
    alamat: 'Jl. Pengayoman, No.1 Kel. Jambula, Kec. Pulau Ternate',
    jumlahPegawai: 73,
    rbRencana: 48,
    rbRealisasi: 41,
    rbPersen: 85,
  },
  {
    no: 3,
    nama: 'Lembaga Pemasyarakatan Kelas IIB Sanana',
    namaSingkat: 'Lapas Kelas IIB Sanana',
    jenis: 'lapas',
    kelas: 'IIB',
    alamat: 'Jalan Kenangan Desa Fogi Kec. Sanana Kab. Kepulauan Sula',
    jumlahPegawai: 59,
    rbRencana: 48,
    rbRealisasi: 45,
    rbPersen: 94,
  },
  {
    no: 4,
    nama: 'Lembaga Pemasyarakatan Kelas IIB Jailolo',
    namaSingkat: 'Lapas Kelas IIB Jailolo',
    jenis: 'lapas',
    kelas: 'IIB',
    alamat: 'Jl. Buah buah Hatebicara Kec. Jailolo Kab. Halmahera Barat',
    jumlahPegawai: 50,
    rbRencana: 48,
    rbRealisasi: 42,
    rbPersen: 88,
  },
  {
    no: 5,
    nama: 'Lembaga Pemasyarakatan Kelas IIB Tobelo',
    namaSingkat: 'Lapas Kelas IIB Tobelo',
    jenis: 'lapas',
    kelas: 'IIB',
    alamat: 'Jl. Raya Trans Galela-Tobelo, Gorua Selatan, Kab. Halmahera Utara, Maluku Utara',
    jumlahPegawai: 62,
    rbRencana: 48,
    rbRealisasi: 44,
    rbPersen: 92,
  },
  {
    no: 6,
    nama: 'Lembaga Pemasyarakatan Kelas III Labuha',
    namaSingkat: 'Lapas Kelas III Labuha',
    jenis: 'lapas',
    kelas: 'III',
    alamat: 'Jl. Karet Putih Desa Kampung Makian Kec. Bacan Selatan Kab. Halmahera Selatan',
    jumlahPegawai: 40,
    rbRencana: 48,
    rbRealisasi: 38,
    rbPersen: 79,
  },
  {
    no: 7,
    nama: 'Lembaga Pemasyarakatan Perempuan Kelas III Ternate',
    namaSingkat: 'Lapas Perempuan Kelas III Ternate',
    jenis: 'lpp',
    kelas: 'III',
    alamat: 'Jl. Batu Angus, Kel. Kastela, Kec. Pulau Ternate-Kota Ternate',
    jumlahPegawai: 62,
    rbRencana: 48,
    rbRealisasi: 45,
    rbPersen: 94,
  },
  {
    no: 8,
    nama: 'Rumah Tahanan Negara Kelas IIB Ternate',
    namaSingkat: 'Rutan Kelas IIB Ternate',
    jenis: 'rutan',
    kelas: 'IIB',
    alamat: 'JL. Pengayoman, Kel. Jambula, Kec. Pulau Ternate Kota Ternate, 97751',
    jumlahPegawai: 73,
    rbRencana: 48,
    rbRealisasi: 33,
    rbPersen: 69,
  },
  {
    no: 9,
    nama: 'Rumah Tahanan Negara Kelas IIB Weda',
    namaSingkat: 'Rutan Kelas IIB Weda',
    jenis: 'rutan',
    kelas: 'IIB',
    alamat: 'Jl. Lintas Halmahera, Desa Wedana, Kec. Weda, Kab. Halmahera Tengah',
    jumlahPegawai: 41,
    rbRencana: 48,
    rbRealisasi: 36,
    rbPersen: 75,
  },
  {
    no: 10,
    nama: 'Rumah Tahanan Negara Kelas IIB Soasio',
    // Printed "Rutan Kelas IIB Soasiu" in the RB table.
    namaSingkat: 'Rutan Kelas IIB Soasio',
    jenis: 'rutan',
    kelas: 'IIB',
    alamat: 'Jalan MT. Haryono Kelurahan Golo, Kota Tidore Kepulauan, Maluku Utara',
    jumlahPegawai: 61,
    rbRencana: 48,
    rbRealisasi: 48,
    rbPersen: 100,
  },
  {
    no: 11,
    nama: 'Lembaga Pembinaan Khusus Anak Kelas II Ternate',
    namaSingkat: 'LPKA Kelas II Ternate',
    jenis: 'lpka',
    kelas: 'II',
    alamat: 'Jalan Hasan Senen No.1, Kelurahan Muhajirin, Ternate Tengah, Ternate',
    jumlahPegawai: 63,
    rbRencana: 48,
    rbRealisasi: 44,
    rbPersen: 92,
  },
  {
    no: 12,
    nama: 'Balai Pemasyarakatan Kelas II Ternate',
    namaSingkat: 'Bapas Kelas II Ternate',
    jenis: 'bapas',
    kelas: 'II',
    alamat: 'Jalan Pengayoman Kelurahan Jambula Kepulauan Ternate',
    jumlahPegawai: 35,
    rbRencana: 48,
    rbRealisasi: 37,
    rbPersen: 77,
  },
  {
    no: 13,
    nama: 'Balai Pemasyarakatan Kelas II Tidore',
    namaSingkat: 'Bapas Kelas II Tidore',
    jenis: 'bapas',
    kelas: 'II',
    alamat: 'Jalan Mayor Daud, Kel. Dowora, Kec. Tidore Timur, kota Tidore Kepulauan',
    jumlahPegawai: 24,
    rbRencana: 48,
    rbRealisasi: 34,
    rbPersen: 71,
  },
];

/** Grand total of the staff table's TOTAL column, as printed. */
export const TOTAL_PEGAWAI_MALUT_TERCETAK = 682;
