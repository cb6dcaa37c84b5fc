// Owns the satuan kerja of Kanwil Ditjenpas Nusa Tenggara Barat with their addresses and staff counts, the Kanwil's staff
// summary, and its asset counts by kind and status. Source: seed 003_4bf50f6ed24d1dc3.txt (Renstra 2025-2029 Kanwil
// Ditjenpas NTB), Bab I: "Tabel 1. 1 Alamat Kantor Satuan Kerja jajaran Kantor Wilayah Direktorat Jenderal Pemasyarakatan
// NTB" (satker), the paragraph under "Gambar 1. 4 Jumlah Pegawai Kanwil Ditjenpas NTB" (staff summary) and the list under
// "Gambar 1. 5 Jumlah Aset Kanwil Ditjen Pemasyarakatan NTB" (assets; the figure itself was not extracted, only the prose).
//
// Notes on the seed text (all numbers are kept as printed, even where they do not add up):
// - Table 1.1 has 12 rows including the Kanwil itself; the paragraph above it says "13 Unit Pelaksana Teknis" and the
//   SWOT section says "11 satuan kerja".
// - Row 1 prints only "Kantor Wilayah"; the full name is taken from Lampiran I no. 22 of 000_904d16772e9db652.txt.
// - Row 4 (Lapas Kelas IIB Dompu) has an empty "Jumlah SDM" cell: jumlahPegawai is null.
// - The other 11 staff counts sum to 813, while the text gives a total of 893 pegawai; the breakdown by position
//   (1 + 11 + 34 + 63 + 166 + 603) sums to 878.
// - Assets: the text says 541 unit/bidang in total, but the per-kind totals (5 + 11 + 523 + 13) sum to 552. Peralatan
//   dan Mesin: 340 milik sendiri + 169 pinjam pakai = 509 of 523. Kendaraan Bermotor: only "4 ... melalui sewa" is given.
//   Status counts the text does not give are null.

import type { JenisSatker } from '../domain/kantor.ts';

export type KelasSatker = 'I' | 'II' | 'IIA' | 'IIB' | 'III';

export type SatkerNtb = {
  /** Row number in Table 1.1. */
  no: number;
  nama: string;
  jenis: JenisSatker;
  /** Class from the name (e.g. "Kelas IIB"); null for the Kanwil. */
  kelas: KelasSatker | null;
  alamat: string;
  /** "Jumlah SDM" as printed; null where the cell is empty. */
  jumlahPegawai: number | null;
};

export const satkerNtb: readonly SatkerNtb[] = [
  {
    no: 1,
    nama: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat',
    jenis: 'kanwil',
    kelas: null,
    alamat: 'Jalan Majapahit 44 Kota Mataram',
    jumlahPegawai: 82,
  },
  {
    no: 2,
    nama: 'Lapas Kelas IIA Lombok Barat',
    jenis: 'lapas',
    kelas: 'IIA',
    alamat: 'Jl. Pramuka, Dusun Pemangket Kab. Lombok Barat',
    jumlahPegawai: 131,
  },
  {
    no: 3,
    nama: 'Lapas Kelas IIA Sumbawa Besar',
    jenis: 'lapas',
    kelas: 'IIA',
    alamat: 'Kec. Unter Iwes, Kabupaten Sumbawa',
    jumlahPegawai: 87,
  },
  // "Jumlah SDM" cell empty in the seed.
  { no: 4, nama: 'Lapas Kelas IIB Dompu', jenis: 'lapas', kelas: 'IIB', alamat: 'Kec. Woja, Kabupaten Dompu', jumlahPegawai: null },
  // Trailing comma after "Lombok Timur" in the seed dropped.
  {
    no: 5,
    nama: 'Lapas Kelas IIB Selong',
    jenis: 'lapas',
    kelas: 'IIB',
    alamat: 'Sandubaya, Kec. Selong, Kab. Lombok Timur',
    jumlahPegawai: 76,
  },
  // A Lembaga Pemasyarakatan Terbuka; JENIS_SATKER has no separate kind for it.
  {
    no: 6,
    nama: 'Lapas Terbuka Kelas IIB Lombok Tengah',
    jenis: 'lapas',
    kelas: 'IIB',
    alamat: 'Desa Selebung, Batukliang, Kabupaten Lombok Tengah',
    jumlahPegawai: 65,
  },
  {
    no: 7,
    nama: 'LPKA Kelas II Lombok Tengah',
    jenis: 'lpka',
    kelas: 'II',
    alamat: 'Selebung, Kec. Batukliang, Kab. Lombok Tengah',
    jumlahPegawai: 61,
  },
  {
    no: 8,
    nama: 'Lapas Perempuan Kelas III Mataram',
    jenis: 'lpp',
    kelas: 'III',
    alamat: 'Jl. Hos Cokroaminoto No.5, Kota Mataram',
    jumlahPegawai: 89,
  },
  { no: 9, nama: 'Bapas Kelas I Mataram', jenis: 'bapas', kelas: 'I', alamat: 'Jl. Kokok Segara Raya, Kota Mataram', jumlahPegawai: 60 },
  {
    no: 10,
    nama: 'Bapas Kelas II Sumbawa Besar',
    jenis: 'bapas',
    kelas: 'II',
    alamat: 'Kec. Unter Iwes, Kabupaten Sumbawa',
    jumlahPegawai: 22,
  },
  {
    no: 11,
    nama: 'Rutan Kelas IIB Praya',
    jenis: 'rutan',
    kelas: 'IIB',
    alamat: 'Jl. Basuki Rahmat No.2, Praya, Kabupaten Lombok Tengah',
    jumlahPegawai: 81,
  },
  {
    no: 12,
    nama: 'Rutan Kelas IIB Raba Bima',
    jenis: 'rutan',
    kelas: 'IIB',
    alamat: 'Jl. Langsung, Rabangodu, Kec. Raba, Kab. Bima',
    jumlahPegawai: 59,
  },
];

/** Staff summary of Kanwil Ditjenpas NTB as printed in the text under Gambar 1.4 (does not add up: see header). */
export const rekapPegawaiNtb = {
  totalTercetak: 893,
  eselonII: 1,
  eselonIII: 11,
  eselonIV: 34,
  eselonV: 63,
  jabatanFungsional: 166,
  pelaksana: 603,
} as const;

export type JenisAset = 'tanah' | 'rumah-negara' | 'peralatan-mesin' | 'kendaraan-bermotor';

export type BarisAsetNtb = {
  jenis: JenisAset;
  nama: string;
  satuan: 'bidang' | 'unit';
  total: number;
  /** "milik sendiri" / "kepemilikan sendiri" / "Punya Sendiri"; null when not printed. */
  milikSendiri: number | null;
  pinjamPakai: number | null;
  sewa: number | null;
};

export type AsetNtb = {
  tahun: number;
  /** The overall total the text states ("541 unit/bidang"). */
  totalTercetak: number;
  rincian: readonly BarisAsetNtb[];
};

export const asetNtb: AsetNtb = {
  tahun: 2025,
  totalTercetak: 541,
  rincian: [
    // Sewa not printed (1 + 4 already equals the total of 5).
    { jenis: 'tanah', nama: 'Tanah', satuan: 'bidang', total: 5, milikSendiri: 1, pinjamPakai: 4, sewa: null },
    // Sewa not printed (4 + 7 already equals the total of 11).
    { jenis: 'rumah-negara', nama: 'Rumah Negara', satuan: 'unit', total: 11, milikSendiri: 4, pinjamPakai: 7, sewa: null },
    // Sewa not printed; 340 + 169 = 509, 14 short of the printed total of 523.
    { jenis: 'peralatan-mesin', nama: 'Peralatan dan Mesin', satuan: 'unit', total: 523, milikSendiri: 340, pinjamPakai: 169, sewa: null },
    // Only the sewa count (4) is printed; milik sendiri / pinjam pakai for the other 9 are not given.
    { jenis: 'kendaraan-bermotor', nama: 'Kendaraan Bermotor', satuan: 'unit', total: 13, milikSendiri: null, pinjamPakai: null, sewa: 4 },
  ],
};
