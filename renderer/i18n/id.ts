// Owns the Indonesian strings the UI repeats: error titles, menu labels, domain and entity names.
// Role names come from shared/domain/roles.ts (NAMA_PERAN), satker kinds from shared/domain/kantor.ts.
import type { ErrorCode } from '../../shared/ipc/result.ts';

export const JUDUL_GALAT: Record<ErrorCode, string> = {
  VALIDATION: 'Isian belum benar',
  FORBIDDEN: 'Tidak berhak',
  NOT_FOUND: 'Tidak ditemukan',
  CONFLICT: 'Bentrok data',
  UNAUTHENTICATED: 'Perlu masuk',
  IO: 'Masalah penyimpanan',
  DB_CORRUPT: 'Basis data rusak',
  INTERNAL: 'Kesalahan sistem',
};

export const PESAN_TAK_TERDUGA = 'Terjadi kesalahan tak terduga. Muat ulang halaman; bila berulang, hubungi pengelola TI.';

export const MENU = {
  beranda: 'Beranda',
  naskah: 'Naskah Dinas',
  arsip: 'Arsip',
  bmn: 'BMN',
  kinerja: 'Kinerja & LKjIP',
  laporan: 'Laporan',
  verifikasi: 'Verifikasi Dokumen',
  pengaturan: 'Pengaturan',
} as const;

export const TAB_PENGATURAN = {
  identitas: 'Identitas Kantor',
  pengguna: 'Pengguna dan Peran',
  satker: 'Satuan Kerja',
  organisasi: 'Unit Organisasi',
  cadangan: 'Cadangan',
  sertifikat: 'Sertifikat',
  audit: 'Jejak Audit',
  akun: 'Akun Saya',
} as const;
export type TabPengaturan = keyof typeof TAB_PENGATURAN;

/** Search-index domains as the search results page names them. */
export const NAMA_DOMAIN: Record<string, string> = {
  organisasi: 'Organisasi',
  pengguna: 'Pengguna',
  naskah: 'Naskah Dinas',
  arsip: 'Arsip',
  bmn: 'BMN',
  kinerja: 'Kinerja',
  laporan: 'Laporan',
};

/** Audited entities as the audit screen names them. */
export const NAMA_ENTITAS: Record<string, string> = {
  user: 'Pengguna',
  satker: 'Satuan kerja',
  unit_organisasi: 'Unit organisasi',
  setting: 'Pengaturan',
  dokumen: 'Dokumen',
  sertifikat: 'Sertifikat',
  otoritas_sertifikat: 'Otoritas sertifikat',
  cadangan: 'Cadangan',
  klasifikasi: 'Klasifikasi arsip',
  hari_libur: 'Hari libur',
  seri_penomoran: 'Seri penomoran',
  register_nomor: 'Register nomor',
  surat_masuk: 'Surat masuk',
  disposisi: 'Disposisi',
  disposisi_penerima: 'Penerima disposisi',
  naskah_keluar: 'Naskah keluar',
  jra_versi: 'Versi JRA',
  jra: 'Baris JRA',
  berkas_arsip: 'Berkas arsip',
  item_arsip: 'Item arsip',
  salinan_arsip: 'Salinan digital arsip',
  berkas_lampiran: 'Lampiran naskah',
  pemindahan: 'Pemindahan arsip',
  pemindahan_berkas: 'Berkas dalam pemindahan',
  penyusutan: 'Pemusnahan/penyerahan arsip',
  penyusutan_berkas: 'Berkas dalam pemusnahan/penyerahan',
  peminjaman_arsip: 'Peminjaman arsip',
};

export const NAMA_JENIS_CADANGAN: Record<string, string> = {
  manual: 'Manual',
  harian: 'Harian',
  mingguan: 'Mingguan',
  'pra-migrasi': 'Sebelum pembaruan',
  'pra-pemulihan': 'Sebelum pemulihan',
};

export const TEKS = {
  aplikasi: 'SATU',
  kepanjangan: 'Sistem Administrasi Tata Usaha',
  cobaLagi: 'Coba lagi',
  simpan: 'Simpan',
  batal: 'Batal',
  tutup: 'Tutup',
  kosong: '—',
  sedangDikembangkan: 'Modul ini sedang dikembangkan',
  sesiMenganggur: 'Sesi berakhir karena tidak ada aktivitas.',
  cariPlaceholder: 'Cari di seluruh SATU…',
} as const;

/** Kinds of organisation unit (shared/data/unit-organisasi.ts) as the Unit Organisasi tab names them. */
export const NAMA_JENIS_UNIT: Record<string, string> = {
  bagian: 'Bagian',
  bidang: 'Bidang',
  'kelompok-jabatan-fungsional': 'Kelompok jabatan fungsional',
};

/** Sub-pages of Naskah Dinas (#/naskah/<tab>). */
export const TAB_NASKAH = {
  masuk: 'Agenda Surat Masuk',
  disposisi: 'Disposisi Saya',
  keluar: 'Naskah Keluar',
  penomoran: 'Penomoran',
} as const;
export type TabNaskah = keyof typeof TAB_NASKAH;

/** Status of an incoming letter (shared/domain/naskah/surat.ts STATUS_SURAT_MASUK). */
export const NAMA_STATUS_SURAT: Record<'diterima' | 'didisposisi' | 'selesai', string> = {
  diterima: 'Diterima',
  didisposisi: 'Didisposisi',
  selesai: 'Selesai',
};

/** Signing modes (shared/domain/naskah/keluar.ts MODE_TTD) as TND Kemenkumham writes them. */
export const NAMA_MODE_TTD: Record<'langsung' | 'an' | 'ub' | 'plt' | 'plh', string> = {
  langsung: 'Langsung',
  an: 'a.n. (atas nama)',
  ub: 'u.b. (untuk beliau)',
  plt: 'Plt. (pelaksana tugas)',
  plh: 'Plh. (pelaksana harian)',
};

/** How an outgoing naskah was sent (naskahKeluar.dispatch). */
export const NAMA_CARA_KIRIM: Record<'srikandi' | 'pos' | 'kurir' | 'email' | 'diantar', string> = {
  srikandi: 'SRIKANDI',
  pos: 'Pos',
  kurir: 'Kurir',
  email: 'Surel',
  diantar: 'Diantar langsung',
};
