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
