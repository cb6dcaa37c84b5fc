// Owns what each not-yet-built module will contain, as planned in the mission; shown honestly.
export type ModulKey = 'naskah' | 'arsip' | 'bmn' | 'kinerja';

export type ModulInfo = { judul: string; ringkas: string; rencana: string[] };

export const MODUL: Record<ModulKey, ModulInfo> = {
  naskah: {
    judul: 'Naskah Dinas',
    ringkas: 'Tata naskah dinas: surat masuk, disposisi dan naskah keluar.',
    rencana: [
      'Agenda surat masuk',
      'Disposisi dengan tenggat waktu',
      'Naskah keluar dari template Tata Naskah Dinas (TND)',
      'Penomoran naskah otomatis',
      'Lembar disposisi siap cetak',
    ],
  },
  arsip: {
    judul: 'Arsip',
    ringkas: 'Pengelolaan arsip dinamis sesuai klasifikasi dan JRA.',
    rencana: [
      'Klasifikasi arsip dan Jadwal Retensi Arsip (JRA)',
      'Pemberkasan arsip',
      'Daftar arsip aktif dan inaktif',
      'Pemindahan arsip inaktif',
      'Pemusnahan arsip',
      'Penyerahan arsip statis',
      'Peminjaman arsip',
      'Arsip vital',
    ],
  },
  bmn: {
    judul: 'BMN',
    ringkas: 'Penatausahaan Barang Milik Negara.',
    rencana: [
      'Register barang dengan kode barang dan NUP',
      'Label QR untuk setiap barang',
      'Daftar Barang Ruangan (DBR) dan Kartu Identitas Barang (KIB)',
      'Mutasi barang',
      'Inventarisasi',
      'Penyusutan',
      'Rekonsiliasi dengan SAKTI',
    ],
  },
  kinerja: {
    judul: 'Kinerja & LKjIP',
    ringkas: 'Perencanaan, pengukuran dan pelaporan kinerja.',
    rencana: [
      'Rencana Strategis (Renstra)',
      'Perjanjian Kinerja',
      'Realisasi triwulanan per UPT',
      'Perhitungan capaian kinerja',
      'Laporan Kinerja Instansi Pemerintah (LKjIP)',
    ],
  },
};
