// Owns the closed value sets of the archive (reference arsip-naskah.md A.9–A.17, E.4) and the
// Indonesian names the UI and the printed lists use.
export const NASIB_AKHIR = ['musnah', 'permanen', 'dinilai_kembali'] as const;
export type NasibAkhir = (typeof NASIB_AKHIR)[number];
export const NAMA_NASIB_AKHIR: Record<NasibAkhir, string> = { musnah: 'Musnah', permanen: 'Permanen', dinilai_kembali: 'Dinilai Kembali' };

/** Berkas lifecycle (E.4 rule 1): aktif → ditutup → inaktif → {usul_musnah → musnah | usul_serah → diserahkan}. */
export const STATUS_BERKAS = ['aktif', 'ditutup', 'inaktif', 'usul_musnah', 'musnah', 'usul_serah', 'diserahkan'] as const;
export type StatusBerkas = (typeof STATUS_BERKAS)[number];
export const NAMA_STATUS_BERKAS: Record<StatusBerkas, string> = {
  aktif: 'Aktif (terbuka)',
  ditutup: 'Aktif (ditutup)',
  inaktif: 'Inaktif',
  usul_musnah: 'Diusulkan musnah',
  musnah: 'Dimusnahkan',
  usul_serah: 'Diusulkan serah',
  diserahkan: 'Diserahkan',
};

export const KATEGORI_ARSIP = ['umum', 'vital', 'terjaga'] as const;
export type KategoriArsip = (typeof KATEGORI_ARSIP)[number];
export const NAMA_KATEGORI_ARSIP: Record<KategoriArsip, string> = { umum: 'Umum', vital: 'Vital', terjaga: 'Terjaga' };

/** Media / jenis arsip (A.17). */
export const MEDIA_ARSIP = ['tekstual', 'kartografi', 'audio_visual', 'elektronik', 'digital'] as const;
export type MediaArsip = (typeof MEDIA_ARSIP)[number];
export const NAMA_MEDIA_ARSIP: Record<MediaArsip, string> = {
  tekstual: 'Tekstual',
  kartografi: 'Kartografi dan kearsitekturan',
  audio_visual: 'Audio visual',
  elektronik: 'Elektronik',
  digital: 'Digital',
};

/** Tingkat perkembangan (A.4.3). */
export const TINGKAT_PERKEMBANGAN = ['asli', 'salinan', 'tembusan'] as const;
export type TingkatPerkembangan = (typeof TINGKAT_PERKEMBANGAN)[number];
export const NAMA_TINGKAT_PERKEMBANGAN: Record<TingkatPerkembangan, string> = { asli: 'Asli', salinan: 'Salinan', tembusan: 'Tembusan' };

export const KONDISI_ARSIP = ['baik', 'rusak'] as const;
export type KondisiArsip = (typeof KONDISI_ARSIP)[number];
export const NAMA_KONDISI_ARSIP: Record<KondisiArsip, string> = { baik: 'Baik', rusak: 'Rusak' };

/** Steps of a penyusutan (pemusnahan or penyerahan), in order; each is recorded with its document. */
export const STATUS_PEMINDAHAN = ['usul', 'diverifikasi', 'ditolak', 'selesai', 'batal'] as const;
export type StatusPemindahan = (typeof STATUS_PEMINDAHAN)[number];

export const JENIS_PENYUSUTAN = ['musnah', 'serah'] as const;
export type JenisPenyusutan = (typeof JENIS_PENYUSUTAN)[number];

export const STATUS_PENYUSUTAN = ['usul', 'panitia', 'dinilai', 'diajukan', 'disetujui', 'ditetapkan', 'dilaksanakan', 'batal'] as const;
export type StatusPenyusutan = (typeof STATUS_PENYUSUTAN)[number];

export const METODE_PEMUSNAHAN = ['cacah', 'pulping', 'bakar', 'lainnya'] as const;
export type MetodePemusnahan = (typeof METODE_PEMUSNAHAN)[number];

export const PERSETUJUAN_OLEH = ['kepala_anri', 'pimpinan_pencipta', 'kepala_lembaga_kearsipan'] as const;
export type PersetujuanOleh = (typeof PERSETUJUAN_OLEH)[number];
export const NAMA_PERSETUJUAN_OLEH: Record<PersetujuanOleh, string> = {
  kepala_anri: 'Kepala Arsip Nasional Republik Indonesia',
  pimpinan_pencipta: 'Pimpinan pencipta arsip (kepala kantor)',
  kepala_lembaga_kearsipan: 'Kepala Lembaga Kearsipan',
};

export const STATUS_PINJAM = ['dipinjam', 'kembali'] as const;
export type StatusPinjam = (typeof STATUS_PINJAM)[number];
