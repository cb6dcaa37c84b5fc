// Owns the reference list of the 33 Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas): name, province,
// seat, type and echelon of the head. Source: seed 000_904d16772e9db652.txt (Permen Imigrasi dan Pemasyarakatan No. 4 Tahun
// 2024), Lampiran I "Daftar Nama, Tempat Kedudukan, Wilayah Kerja, dan Tipe Kantor Wilayah Direktorat Jenderal
// Pemasyarakatan"; tipe A/B per Pasal 6-7; eselon of the head per Pasal 41.
//
// Notes on the seed text:
// - Rows 10-33 of the Lampiran print "Pemasarakatan" (OCR loss of the "y"); corrected to "Pemasyarakatan" here.
// - `provinsi` is the Lampiran's "Wilayah Kerja" column without the leading "Provinsi ". It is kept as printed, so row 8
//   reads "Bangka Belitung" while its NAMA column reads "Kepulauan Bangka Belitung" (the Lampiran itself differs; not OCR).
// - Seat names are kept as printed (e.g. "Tanjung Pinang", "Pangkal Pinang", "Palangkaraya").
// - The Lampiran and Pasal 41 both write the echelon as "II.a" / "II.b"; that notation is used unchanged.

export const TIPE_KANWIL = ['A', 'B'] as const;
export type TipeKanwil = (typeof TIPE_KANWIL)[number];

export type EselonKanwil = 'II.a' | 'II.b';

/** Pasal 41 ayat (1)-(2): the head of a tipe A Kanwil is eselon II.a, of a tipe B Kanwil eselon II.b. */
export const ESELON_KEPALA_KANWIL: Readonly<Record<TipeKanwil, EselonKanwil>> = { A: 'II.a', B: 'II.b' };

export type Kanwil = {
  /** Row number in Lampiran I (1..33). */
  no: number;
  nama: string;
  /** "Wilayah Kerja" column without the "Provinsi " prefix, as printed. */
  provinsi: string;
  /** "Tempat Kedudukan" column: the seat city. */
  kedudukan: string;
  tipe: TipeKanwil;
  /** "Eselonisasi" column. */
  eselon: EselonKanwil;
};

const K = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan';

export const daftarKanwil: readonly Kanwil[] = [
  { no: 1, nama: `${K} Aceh`, provinsi: 'Aceh', kedudukan: 'Banda Aceh', tipe: 'A', eselon: 'II.a' },
  { no: 2, nama: `${K} Sumatera Utara`, provinsi: 'Sumatera Utara', kedudukan: 'Medan', tipe: 'A', eselon: 'II.a' },
  { no: 3, nama: `${K} Sumatera Barat`, provinsi: 'Sumatera Barat', kedudukan: 'Padang', tipe: 'A', eselon: 'II.a' },
  { no: 4, nama: `${K} Riau`, provinsi: 'Riau', kedudukan: 'Pekanbaru', tipe: 'A', eselon: 'II.a' },
  { no: 5, nama: `${K} Kepulauan Riau`, provinsi: 'Kepulauan Riau', kedudukan: 'Tanjung Pinang', tipe: 'B', eselon: 'II.b' },
  { no: 6, nama: `${K} Jambi`, provinsi: 'Jambi', kedudukan: 'Jambi', tipe: 'B', eselon: 'II.b' },
  { no: 7, nama: `${K} Sumatera Selatan`, provinsi: 'Sumatera Selatan', kedudukan: 'Palembang', tipe: 'A', eselon: 'II.a' },
  // Wilayah Kerja printed as "Provinsi Bangka Belitung" (without "Kepulauan"), unlike the NAMA column.
  { no: 8, nama: `${K} Kepulauan Bangka Belitung`, provinsi: 'Bangka Belitung', kedudukan: 'Pangkal Pinang', tipe: 'B', eselon: 'II.b' },
  { no: 9, nama: `${K} Bengkulu`, provinsi: 'Bengkulu', kedudukan: 'Bengkulu', tipe: 'B', eselon: 'II.b' },
  { no: 10, nama: `${K} Lampung`, provinsi: 'Lampung', kedudukan: 'Bandar Lampung', tipe: 'A', eselon: 'II.a' },
  { no: 11, nama: `${K} Daerah Khusus Jakarta`, provinsi: 'Daerah Khusus Jakarta', kedudukan: 'Jakarta', tipe: 'A', eselon: 'II.a' },
  { no: 12, nama: `${K} Jawa Barat`, provinsi: 'Jawa Barat', kedudukan: 'Bandung', tipe: 'A', eselon: 'II.a' },
  { no: 13, nama: `${K} Banten`, provinsi: 'Banten', kedudukan: 'Serang', tipe: 'B', eselon: 'II.b' },
  { no: 14, nama: `${K} Jawa Tengah`, provinsi: 'Jawa Tengah', kedudukan: 'Semarang', tipe: 'A', eselon: 'II.a' },
  {
    no: 15,
    nama: `${K} Daerah Istimewa Yogyakarta`,
    provinsi: 'Daerah Istimewa Yogyakarta',
    kedudukan: 'Yogyakarta',
    tipe: 'B',
    eselon: 'II.b',
  },
  { no: 16, nama: `${K} Jawa Timur`, provinsi: 'Jawa Timur', kedudukan: 'Surabaya', tipe: 'A', eselon: 'II.a' },
  { no: 17, nama: `${K} Kalimantan Barat`, provinsi: 'Kalimantan Barat', kedudukan: 'Pontianak', tipe: 'B', eselon: 'II.b' },
  { no: 18, nama: `${K} Kalimantan Tengah`, provinsi: 'Kalimantan Tengah', kedudukan: 'Palangkaraya', tipe: 'B', eselon: 'II.b' },
  { no: 19, nama: `${K} Kalimantan Timur`, provinsi: 'Kalimantan Timur', kedudukan: 'Samarinda', tipe: 'A', eselon: 'II.a' },
  { no: 20, nama: `${K} Kalimantan Selatan`, provinsi: 'Kalimantan Selatan', kedudukan: 'Banjarmasin', tipe: 'A', eselon: 'II.a' },
  { no: 21, nama: `${K} Bali`, provinsi: 'Bali', kedudukan: 'Denpasar', tipe: 'B', eselon: 'II.b' },
  { no: 22, nama: `${K} Nusa Tenggara Barat`, provinsi: 'Nusa Tenggara Barat', kedudukan: 'Mataram', tipe: 'A', eselon: 'II.a' },
  { no: 23, nama: `${K} Nusa Tenggara Timur`, provinsi: 'Nusa Tenggara Timur', kedudukan: 'Kupang', tipe: 'B', eselon: 'II.b' },
  { no: 24, nama: `${K} Sulawesi Selatan`, provinsi: 'Sulawesi Selatan', kedudukan: 'Makassar', tipe: 'A', eselon: 'II.a' },
  { no: 25, nama: `${K} Sulawesi Tengah`, provinsi: 'Sulawesi Tengah', kedudukan: 'Palu', tipe: 'B', eselon: 'II.b' },
  { no: 26, nama: `${K} Sulawesi Utara`, provinsi: 'Sulawesi Utara', kedudukan: 'Manado', tipe: 'B', eselon: 'II.b' },
  { no: 27, nama: `${K} Gorontalo`, provinsi: 'Gorontalo', kedudukan: 'Gorontalo', tipe: 'B', eselon: 'II.b' },
  { no: 28, nama: `${K} Sulawesi Tenggara`, provinsi: 'Sulawesi Tenggara', kedudukan: 'Kendari', tipe: 'B', eselon: 'II.b' },
  { no: 29, nama: `${K} Maluku`, provinsi: 'Maluku', kedudukan: 'Ambon', tipe: 'B', eselon: 'II.b' },
  { no: 30, nama: `${K} Maluku Utara`, provinsi: 'Maluku Utara', kedudukan: 'Ternate', tipe: 'B', eselon: 'II.b' },
  { no: 31, nama: `${K} Papua`, provinsi: 'Papua', kedudukan: 'Jayapura', tipe: 'B', eselon: 'II.b' },
  { no: 32, nama: `${K} Papua Barat`, provinsi: 'Papua Barat', kedudukan: 'Manokwari', tipe: 'B', eselon: 'II.b' },
  { no: 33, nama: `${K} Sulawesi Barat`, provinsi: 'Sulawesi Barat', kedudukan: 'Mamuju', tipe: 'B', eselon: 'II.b' },
];

/** The Lampiran I row number of Kanwil Ditjenpas Nusa Tenggara Barat. */
export const KANWIL_NO_NTB = 22;
/** The Lampiran I row number of Kanwil Ditjenpas Maluku Utara. */
export const KANWIL_NO_MALUT = 30;

/** Looks a Kanwil up by its Lampiran I row number. */
export function kanwilByNo(no: number): Kanwil | undefined {
  return daftarKanwil.find((k) => k.no === no);
}
