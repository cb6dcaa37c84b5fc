// Owns the Kysely table types of the archive module (migration 6).
import type { Generated } from 'kysely';

export type JraVersiTable = {
  id: Generated<number>;
  nama: string;
  dasar: string | null;
  catatan: string | null;
  status: string;
  berlaku_mulai: string | null;
  created_at: string;
};

export type JraTable = {
  id: Generated<number>;
  versi_id: number;
  klasifikasi_kode: string;
  retensi_aktif: number;
  retensi_inaktif: number;
  pemicu: string | null;
  nasib_akhir: string;
  keamanan: string;
  keterangan: string | null;
};

export type BerkasArsipTable = {
  id: Generated<number>;
  unit_pengolah: string;
  tahun: number;
  nomor_berkas: number;
  klasifikasi_kode: string;
  uraian: string;
  kurun_awal: string | null;
  kurun_akhir: string | null;
  kategori: string;
  keamanan: string;
  media: string;
  status: string;
  tanggal_tutup: string | null;
  jra_versi_id: number | null;
  retensi_aktif: number | null;
  retensi_inaktif: number | null;
  pemicu: string | null;
  tanggal_pemicu: string | null;
  nasib_akhir: string | null;
  jatuh_tempo_aktif: string | null;
  jatuh_tempo_inaktif: string | null;
  ditahan_perkara: Generated<number>;
  alasan_tahan: string | null;
  penilaian_json: string | null;
  lok_ruang: string | null;
  lok_lemari: string | null;
  lok_laci: string | null;
  lok_folder: string | null;
  lok_gedung: string | null;
  lok_ruang_inaktif: string | null;
  lok_rak: string | null;
  nomor_boks: number | null;
  nomor_folder: number | null;
  vital_json: string | null;
  keterangan: string | null;
  ba_musnah: string | null;
  ba_serah: string | null;
  dibuat_oleh: number | null;
  created_at: string;
  updated_at: string;
};

export type ItemArsipTable = {
  id: Generated<number>;
  berkas_id: number;
  nomor_item: number;
  sumber: string;
  sumber_id: number | null;
  nomor_naskah: string | null;
  uraian: string;
  tanggal: string;
  jumlah: Generated<number>;
  satuan: Generated<string>;
  tingkat_perkembangan: string;
  media: string;
  kondisi: string;
  keamanan: string;
  keterangan: string | null;
  dimusnahkan_pada: string | null;
  dibuat_oleh: number | null;
  created_at: string;
};

export type SalinanArsipTable = {
  id: Generated<number>;
  item_id: number;
  nama_asli: string;
  path: string;
  sha256: string;
  ukuran: number;
  mime: string;
  halaman_teks: number | null;
  dihapus_pada: string | null;
  created_by: number | null;
  created_at: string;
};

export type PemindahanTable = {
  id: Generated<number>;
  unit_pengolah: string;
  status: string;
  catatan: string | null;
  catatan_verifikasi: string | null;
  diverifikasi_oleh: number | null;
  diverifikasi_pada: string | null;
  ba_nomor: string | null;
  ba_tanggal: string | null;
  pejabat_json: string | null;
  dibuat_oleh: number | null;
  created_at: string;
  updated_at: string;
};

export type PemindahanBerkasTable = {
  id: Generated<number>;
  pemindahan_id: number;
  berkas_id: number;
  sesuai: number | null;
  catatan: string | null;
};

export type PenyusutanTable = {
  id: Generated<number>;
  jenis: string;
  status: string;
  catatan: string | null;
  panitia_json: string | null;
  pertimbangan_json: string | null;
  permintaan_json: string | null;
  persetujuan_json: string | null;
  penetapan_json: string | null;
  pelaksanaan_json: string | null;
  dibuat_oleh: number | null;
  created_at: string;
  updated_at: string;
};

export type PenyusutanBerkasTable = { id: Generated<number>; penyusutan_id: number; berkas_id: number };

export type PeminjamanArsipTable = {
  id: Generated<number>;
  berkas_id: number;
  item_id: number | null;
  peminjam_user_id: number | null;
  peminjam_nama: string;
  peminjam_unit: string | null;
  keperluan: string;
  disetujui_oleh: string;
  tanggal_pinjam: string;
  batas_kembali: string;
  tanggal_kembali: string | null;
  kondisi_kembali: string | null;
  catatan: string | null;
  dicatat_oleh: number | null;
  created_at: string;
};

export type ArsipTables = {
  jra_versi: JraVersiTable;
  jra: JraTable;
  berkas_arsip: BerkasArsipTable;
  item_arsip: ItemArsipTable;
  salinan_arsip: SalinanArsipTable;
  pemindahan: PemindahanTable;
  pemindahan_berkas: PemindahanBerkasTable;
  penyusutan: PenyusutanTable;
  penyusutan_berkas: PenyusutanBerkasTable;
  peminjaman_arsip: PeminjamanArsipTable;
};
