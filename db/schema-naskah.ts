// Owns the Kysely table types of the naskah dinas module (migration 3).
import type { Generated } from 'kysely';

export type SkemaKlasifikasiTable = {
  id: Generated<number>;
  kode: string;
  nama: string;
  dasar: string | null;
  catatan: string | null;
  berlaku_mulai: string | null;
  dicabut_pada: string | null;
  created_at: string;
};

export type KlasifikasiTable = {
  id: Generated<number>;
  skema_id: number;
  kode: string;
  nama: string;
  induk_kode: string | null;
  tingkat: number;
  sifat: string | null;
  terkonfirmasi: Generated<number>;
  aktif: Generated<number>;
};

export type HariLiburTable = { tanggal: string; keterangan: string };

export type SeriPenomoranTable = {
  id: Generated<number>;
  nama: string;
  jenis_naskah: string;
  pola: string;
  kode_unit: string | null;
  lebar_urut: Generated<number>;
  lingkup_tahun: Generated<number>;
  lingkup_bulan: Generated<number>;
  lingkup_klasifikasi: Generated<number>;
  aktif: Generated<number>;
  created_at: string;
};

export type PencacahTable = { seri_id: number; tahun: number; bulan: number; klas: string; nilai: number };

export type RegisterNomorTable = {
  id: Generated<number>;
  seri_id: number;
  tahun: number;
  bulan: number;
  klas: string;
  urut: number;
  sisipan: Generated<string>;
  nomor: string;
  tanggal: string;
  status: string;
  naskah: string | null;
  alasan: string | null;
  dibuat_oleh: string;
  dibuat_pada: string;
};

export type SuratMasukTable = {
  id: Generated<number>;
  tahun: number;
  no_agenda: number;
  sisipan: Generated<string>;
  alasan_sisipan: string | null;
  diterima_pada: string;
  jenis_naskah: string;
  nomor_naskah: string;
  tanggal_naskah: string;
  asal_instansi: string;
  asal_pejabat: string | null;
  hal: string;
  isi_ringkas: string;
  urgensi: string;
  keamanan: string;
  klasifikasi_kode: string | null;
  tujuan: string;
  lampiran: string | null;
  media: string;
  status: string;
  pencatat_id: number | null;
  created_at: string;
  updated_at: string;
};

export type BerkasLampiranTable = {
  id: Generated<number>;
  pemilik: string;
  pemilik_id: number;
  nama_asli: string;
  path: string;
  sha256: string;
  ukuran: number;
  mime: string;
  halaman_teks: number | null;
  created_by: number | null;
  created_at: string;
  dihapus_pada: string | null;
};

export type DisposisiTable = {
  id: Generated<number>;
  surat_masuk_id: number;
  induk_penerima_id: number | null;
  dari_user_id: number;
  dicatat_oleh_id: number;
  dari_lembar: Generated<number>;
  waktu: string;
  instruksi_json: string;
  catatan: string | null;
  batas_waktu: string;
  status: string;
  dibatalkan_pada: string | null;
};

export type DisposisiPenerimaTable = {
  id: Generated<number>;
  disposisi_id: number;
  kepada_user_id: number;
  kepada_unit_id: number | null;
  dibaca_pada: string | null;
  selesai_pada: string | null;
  laporan: string | null;
};

export type NaskahKeluarTable = {
  id: Generated<number>;
  jenis: string;
  status: string;
  hal: string;
  keamanan: string;
  urgensi: string;
  lampiran: string | null;
  klasifikasi_kode: string;
  tujuan_json: string;
  tembusan_json: string;
  isi_json: string;
  kertas: string;
  penandatangan_id: number;
  mode_ttd: string;
  jabatan_ttd: string;
  atas_nama: string | null;
  untuk_beliau: string | null;
  kode_jabatan: string | null;
  seri_id: number;
  register_id: number | null;
  nomor: string | null;
  tanggal: string | null;
  dokumen_id: number | null;
  balasan_surat_masuk_id: number | null;
  konseptor_id: number;
  catatan_kembali: string | null;
  alasan_batal: string | null;
  created_at: string;
  updated_at: string;
};

export type NaskahParafTable = {
  id: Generated<number>;
  naskah_id: number;
  urutan: number;
  user_id: number;
  status: string;
  catatan: string | null;
  waktu: string | null;
};

export type EkspedisiTable = {
  id: Generated<number>;
  naskah_id: number;
  cara: string;
  dikirim_pada: string;
  tujuan: string;
  penerima_nama: string | null;
  diterima_pada: string | null;
  catatan: string | null;
};

export type NaskahTables = {
  naskah_keluar: NaskahKeluarTable;
  naskah_paraf: NaskahParafTable;
  ekspedisi: EkspedisiTable;
  skema_klasifikasi: SkemaKlasifikasiTable;
  klasifikasi: KlasifikasiTable;
  hari_libur: HariLiburTable;
  seri_penomoran: SeriPenomoranTable;
  pencacah: PencacahTable;
  register_nomor: RegisterNomorTable;
  surat_masuk: SuratMasukTable;
  berkas_lampiran: BerkasLampiranTable;
  disposisi: DisposisiTable;
  disposisi_penerima: DisposisiPenerimaTable;
};
