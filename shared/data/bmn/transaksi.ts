// Owns the seed of BMN transaction codes (jenis transaksi), one row per code SATU's register knows (reference
// /work/shared/reference/bmn.md §A.4, §A.12, §B.4; categories of PMK 181/PMK.06/2016 Lampiran II huruf f [R]).
// Rows feed `ref_jenis_transaksi` of §E; the fold in shared/domain/bmn/transaksi.ts implements each row's effect and a
// test checks the two agree.
//
// How sure (`keyakinan`): the numeric codes come from the SIMAK-BMN → SAKTI applications, not from a regulation.
// Confirmed [O] by official guides: 100–105, 107, 112, 113, 115 (S11), 304 and 401 (S13). Everything else is [S] from a
// third-party registry (S7, "99 official codes"): use it as a checklist until checked against SAKTI's reference table
// (bmn.md F.4). 305 is [U]: the reference gives it direction − (PMK 181 lists "koreksi pencatatan" under penghapusan)
// while the registry it cites lists 305 as bertambah. 391–394 mirror 301–304 for BMN already dihentikan (the reference
// says "391–397 same as 301–307"; 395–397 mirror codes the reference does not name, so they are left out).
// Not seeded: 5xx KDP transactions and Qxx koreksi penyusutan (no code named), "pengurangan kuantitas" (tanah/jalan)
// and revaluation (no code named), and "perubahan kondisi", whose code is unknown [U; one implementation keeps 203]:
// SATU books it, a room move, and changes of status penggunaan/penguasaan with its own codes 'SATU-…' (`resmi` false),
// which never go to SAKTI as value transactions.
import type { EfekTransaksi, KodeTransaksi } from '../../domain/bmn/transaksi.ts';
import type { Keyakinan } from './sumber.ts';

/** PMK 181 Lampiran II huruf f categories, plus SATU's internal events. */
export type KelompokTransaksi =
  'saldo_awal' | 'perolehan' | 'perubahan' | 'penghapusan' | 'penggunaan' | 'daftar_khusus' | 'penyusutan' | 'internal';

export type JenisTransaksiSeed = {
  kode: KodeTransaksi;
  uraian: string;
  kelompok: KelompokTransaksi;
  /** + adds to the books, − takes away, 0 changes neither, R moves between lists (reclassification). */
  arah: '+' | '-' | '0' | 'R';
  efek: EfekTransaksi;
  /** Changes the unit's recorded quantity / nilai perolehan (a reclassification or a 931 charge does not). */
  ubahKuantitas: boolean;
  ubahNilai: boolean;
  /** A SAKTI/SIMAK code (true) or a SATU-only event (false). */
  resmi: boolean;
  keyakinan: Keyakinan;
  sumber: string;
  dasarHukum: string;
  catatan?: string;
};

const PMK_181 = 'PMK 181/PMK.06/2016 Lampiran II huruf f';

type Jenis = Pick<JenisTransaksiSeed, 'kelompok' | 'arah' | 'efek' | 'ubahKuantitas' | 'ubahNilai'>;
const TAMBAH: Jenis = { kelompok: 'perolehan', arah: '+', efek: 'tambah', ubahKuantitas: true, ubahNilai: true };
const KURANG: Jenis = { kelompok: 'penghapusan', arah: '-', efek: 'kurang', ubahKuantitas: true, ubahNilai: true };
const NILAI_TAMBAH: Jenis = { kelompok: 'perubahan', arah: '+', efek: 'ubah_nilai', ubahKuantitas: false, ubahNilai: true };
const NILAI_KURANG: Jenis = { ...NILAI_TAMBAH, arah: '-' };
const PENGGUNAAN: Jenis = { kelompok: 'penggunaan', arah: 'R', efek: 'ubah_status', ubahKuantitas: false, ubahNilai: false };
const DAFTAR: Jenis = { ...PENGGUNAAN, kelompok: 'daftar_khusus' };
const INTERNAL: Jenis = { kelompok: 'internal', arah: '0', efek: 'ubah_status', ubahKuantitas: false, ubahNilai: false };

const opsional = (catatan: string | undefined): { catatan?: string } => (catatan === undefined ? {} : { catatan });

/** A SAKTI/SIMAK code. */
function t(kode: KodeTransaksi, uraian: string, jenis: Jenis, keyakinan: Keyakinan, sumber: string, catatan?: string): JenisTransaksiSeed {
  const dasarHukum = `${PMK_181} (jenis transaksi); kode dari aplikasi SIMAK-BMN/SAKTI`;
  return { kode, uraian, ...jenis, resmi: true, keyakinan, sumber, dasarHukum, ...opsional(catatan) };
}

/** A SATU-only event. */
function satu(
  kode: KodeTransaksi,
  uraian: string,
  jenis: Jenis,
  keyakinan: Keyakinan,
  sumber: string,
  dasarHukum: string,
  catatan?: string,
): JenisTransaksiSeed {
  return { kode, uraian, ...jenis, resmi: false, keyakinan, sumber, dasarHukum, ...opsional(catatan) };
}

const S11 = 'A.12 (S11 Panduan SAKTI Modul Aset Tetap)';
const S13 = 'A.12 (S13 Juknis SIMAK-BMN 16.1.2)';
const S7 = 'A.12 (S7 registri kode pihak ketiga)';
const DIHENTIKAN = 'A.12 "391–397 sama dengan 301–307 untuk BMN yang dihentikan" (S7)';

export const jenisTransaksiSeed: readonly JenisTransaksiSeed[] = [
  t(
    '100',
    'Saldo Awal',
    { ...TAMBAH, kelompok: 'saldo_awal' },
    'O',
    S11,
    'Migrasi: dokumen sumber Buku Barang, DBKP, LBKP atau LHI sebelumnya.',
  ),
  t('101', 'Pembelian', TAMBAH, 'O', S11),
  t('102', 'Transfer Masuk', TAMBAH, 'O', S11, 'Pasangan 302 satker pengirim (BAST); penerima memberi NUP sendiri [U].'),
  t('103', 'Hibah Masuk', TAMBAH, 'O', S11, 'Dinilai dengan nilai wajar (PMK 181 Lampiran II huruf f.3.c).'),
  t('104', 'Rampasan', TAMBAH, 'O', S11),
  t('105', 'Penyelesaian Pembangunan dengan KDP', TAMBAH, 'O', S11),
  t('106', 'Pembatalan Penghapusan', TAMBAH, 'S', S7, 'SATU: hanya membatalkan 301/391, memulihkan kuantitas dan nilai sebelum dihapus.'),
  t('107', 'Reklasifikasi Masuk', TAMBAH, 'O', S11, 'Pasangan 304 (kode barang salah, B.4d).'),
  t('112', 'Perolehan Lainnya', TAMBAH, 'O', S11),
  t('113', 'Penyelesaian Pembangunan Langsung', TAMBAH, 'O', S11),
  t('115', 'Reklasifikasi Masuk dari Persediaan', TAMBAH, 'O', S11),
  t('202', 'Pengembangan Nilai Aset (langsung)', NILAI_TAMBAH, 'S', S7, 'Dapat menambah masa manfaat (KMK 295/KM.6/2019 Tabel II).'),
  t('204', 'Koreksi Pencatatan Nilai Bertambah', NILAI_TAMBAH, 'S', S7),
  t('208', 'Pengembangan Nilai Aset melalui KDP', NILAI_TAMBAH, 'S', S7, 'Dapat menambah masa manfaat (KMK 295/KM.6/2019 Tabel II).'),
  t('264', 'Koreksi Pencatatan Nilai Berkurang', NILAI_KURANG, 'S', S7),
  t('301', 'Penghapusan', KURANG, 'S', `${S7}; nama pada daftar KPPN (S12)`, 'Setelah SK Penghapusan (PMK 83/PMK.06/2016).'),
  t('302', 'Transfer Keluar', KURANG, 'S', S7, 'Pasangan 102 satker penerima; selama belum diterima, transfer "dalam perjalanan".'),
  t('303', 'Hibah Keluar', KURANG, 'S', S7),
  t('304', 'Reklasifikasi Keluar', KURANG, 'O', S13, 'Pasangan 107/115 (B.4d).'),
  t(
    '305',
    'Koreksi Pencatatan',
    KURANG,
    'U',
    S7,
    'Arah − menurut referensi; registri S7 yang dikutip mencatat 305 sebagai bertambah. Periksa di SAKTI.',
  ),
  t('391', 'Penghapusan (BMN yang Dihentikan)', KURANG, 'S', DIHENTIKAN),
  t('392', 'Transfer Keluar (BMN yang Dihentikan)', KURANG, 'S', DIHENTIKAN),
  t('393', 'Hibah Keluar (BMN yang Dihentikan)', KURANG, 'S', DIHENTIKAN),
  t('394', 'Reklasifikasi Keluar (BMN yang Dihentikan)', KURANG, 'S', DIHENTIKAN),
  t('401', 'Penghentian dari Penggunaan', PENGGUNAAN, 'O', S13, 'Direklasifikasi ke aset lainnya (PMK 181 Lampiran II huruf f.7).'),
  t('402', 'Penggunaan Kembali', PENGGUNAAN, 'S', S7),
  t(
    '901',
    'Pencatatan Barang Hilang',
    DAFTAR,
    'S',
    S7,
    'Keluar dari neraca ke Daftar Barang Hilang; tidak disusutkan (PMK 181 Ps. 42–43).',
  ),
  t('902', 'Pembatalan Pencatatan Barang Hilang', DAFTAR, 'S', S7, 'Barang ditemukan kembali sebelum SK penghapusan.'),
  t(
    '911',
    'Pencatatan Barang yang Akan Dihapuskan',
    DAFTAR,
    'S',
    S7,
    'Usul penghapusan diajukan: ke Daftar Barang Rusak Berat; tidak disusutkan.',
  ),
  t('912', 'Pembatalan Pencatatan Barang yang Akan Dihapuskan', DAFTAR, 'S', S7, 'Usul ditolak: kembali ke neraca, penyusutan berlanjut.'),
  t('941', 'Pencatatan Barang Usang', DAFTAR, 'S', S7, 'SATU menghentikan penyusutannya seperti 911 [U].'),
  t('942', 'Pembatalan Pencatatan Barang Usang', DAFTAR, 'S', S7),
  t(
    '931',
    'Penyusutan Aset Tetap',
    { kelompok: 'penyusutan', arah: '-', efek: 'susut', ubahKuantitas: false, ubahNilai: false },
    'S',
    S7,
    'Mengurangi nilai buku, bukan nilai perolehan; SATU menghitung penyusutan sendiri dan mencocokkannya dengan 931 dari SAKTI.',
  ),
  satu(
    'SATU-KONDISI',
    'Koreksi Perubahan Kondisi',
    { ...INTERNAL, kelompok: 'perubahan', efek: 'ubah_kondisi' },
    'R',
    'A.8, B.4b',
    `${PMK_181}.4.c`,
    'Tidak mengubah nilai maupun kuantitas. Kode SAKTI-nya belum diketahui (bmn.md F.4).',
  ),
  satu(
    'SATU-PINDAH',
    'Pindah Ruangan / Lokasi (DBR/DBL)',
    { ...INTERNAL, efek: 'ubah_lokasi' },
    'R',
    'A.2, B.3 langkah 4, B.4a',
    'PMK 181/PMK.06/2016 Lampiran I (perpindahan barang antar lokasi/ruangan dicatat dalam DBR/DBL)',
    'Tanpa transaksi nilai di SAKTI; DBR kedua ruangan dicetak ulang.',
  ),
  satu('SATU-PENGGUNAAN', 'Perubahan Status Penggunaan', INTERNAL, 'R', 'A.9', 'PP 27/2014 Ps. 18, 22–24, 27; PP 28/2020 Ps. 19'),
  satu(
    'SATU-PENGUASAAN',
    'Perubahan Penguasaan',
    INTERNAL,
    'U',
    'A.9, A.11 (kolom Penguasaan DBR)',
    'PMK 181/PMK.06/2016 Lampiran II (DBR)',
    'Daftar nilai kd_pemilik belum terkonfirmasi (bmn.md F.7).',
  ),
];
