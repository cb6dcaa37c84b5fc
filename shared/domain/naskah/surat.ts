// Owns the closed value sets of correspondence (reference arsip-naskah.md A.2, A.4, A.7, A.8) and
// the Indonesian names the UI and the printed forms use.
export const JENIS_NASKAH = [
  'surat_dinas',
  'nota_dinas',
  'memorandum',
  'surat_undangan',
  'surat_tugas',
  'surat_keputusan',
  'surat_edaran',
  'berita_acara',
  'surat_keterangan',
  'surat_pengantar',
  'laporan',
  'telaahan_staf',
  'lainnya',
] as const;
export type JenisNaskah = (typeof JENIS_NASKAH)[number];

export const NAMA_JENIS_NASKAH: Record<JenisNaskah, string> = {
  surat_dinas: 'Surat Dinas',
  nota_dinas: 'Nota Dinas',
  memorandum: 'Memorandum',
  surat_undangan: 'Surat Undangan',
  surat_tugas: 'Surat Tugas',
  surat_keputusan: 'Surat Keputusan',
  surat_edaran: 'Surat Edaran',
  berita_acara: 'Berita Acara',
  surat_keterangan: 'Surat Keterangan',
  surat_pengantar: 'Surat Pengantar',
  laporan: 'Laporan',
  telaahan_staf: 'Telaahan Staf',
  lainnya: 'Lainnya',
};

/** Klasifikasi keamanan (A.4.1): a separate field from the archive classification code. */
export const KEAMANAN = ['B', 'T', 'R', 'SR'] as const;
export type Keamanan = (typeof KEAMANAN)[number];
export const NAMA_KEAMANAN: Record<Keamanan, string> = { B: 'Biasa', T: 'Terbatas', R: 'Rahasia', SR: 'Sangat Rahasia' };

export const NAMA_URGENSI = { sangat_segera: 'Sangat Segera', segera: 'Segera', biasa: 'Biasa' } as const;

export const MEDIA_SURAT = ['fisik', 'srikandi', 'email', 'pos', 'kurir', 'lainnya'] as const;
export type MediaSurat = (typeof MEDIA_SURAT)[number];
export const NAMA_MEDIA: Record<MediaSurat, string> = {
  fisik: 'Diantar langsung',
  srikandi: 'SRIKANDI',
  email: 'Surel',
  pos: 'Pos',
  kurir: 'Kurir',
  lainnya: 'Lainnya',
};

export const STATUS_SURAT_MASUK = ['diterima', 'didisposisi', 'selesai'] as const;
export type StatusSuratMasuk = (typeof STATUS_SURAT_MASUK)[number];

/** Standard disposition instructions (A.8, issue #4 §3). */
export const INSTRUKSI = [
  'tanggapan_saran',
  'proses_lanjut',
  'koordinasikan',
  'hadiri_wakili',
  'siapkan_jawaban',
  'untuk_diketahui',
  'arsipkan',
] as const;
export type Instruksi = (typeof INSTRUKSI)[number];
export const NAMA_INSTRUKSI: Record<Instruksi, string> = {
  tanggapan_saran: 'Tanggapan dan saran',
  proses_lanjut: 'Proses lebih lanjut',
  koordinasikan: 'Koordinasikan',
  hadiri_wakili: 'Hadiri/wakili',
  siapkan_jawaban: 'Siapkan jawaban',
  untuk_diketahui: 'Untuk diketahui',
  arsipkan: 'Arsipkan',
};
