// Owns the shapes of what each step of a pemindahan or penyusutan records (stored as JSON on its row and
// printed in its document), and the report kinds of those documents.
export type Pejabat = { nama: string; jabatan: string; nip: string | null };
export type AnggotaPanitia = Pejabat & { peran: 'ketua' | 'sekretaris' | 'anggota' };

/** pemindahan.pejabat_json: who signs the Berita Acara Pemindahan for each side. */
export type PejabatPemindahan = { unitPengolah: Pejabat; unitKearsipan: Pejabat; namaUnitKearsipan: string };

/** penyusutan.*_json, one per step. */
export type LangkahPanitia = { nomor: string; tanggal: string; anggota: AnggotaPanitia[] };
export type LangkahPertimbangan = { nomor: string; tanggal: string; isi: string };
export type LangkahPermintaan = {
  nomor: string;
  tanggal: string;
  kepada: 'kepala_anri' | 'pimpinan_pencipta' | 'kepala_lembaga_kearsipan';
};
export type LangkahPersetujuan = { nomor: string; tanggal: string; oleh: 'kepala_anri' | 'pimpinan_pencipta' | 'kepala_lembaga_kearsipan' };
export type LangkahPenetapan = { nomor: string; tanggal: string };
export type LangkahPelaksanaan = {
  baNomor: string;
  tanggal: string;
  metode: 'cacah' | 'pulping' | 'bakar' | 'lainnya' | 'serah';
  tempat: string;
  saksi: Pejabat[];
};

/** Report kinds of the archive documents; the flow checks the signed ones before moving on. */
export const DOKUMEN_PEMINDAHAN = { usul: 'arsip-usul-pindah', ba: 'arsip-ba-pindah', daftar: 'arsip-daftar-pindah' } as const;
export const DOKUMEN_PENYUSUTAN = {
  musnah: {
    usul: 'arsip-usul-musnah',
    panitia: 'arsip-sk-panitia',
    pertimbangan: 'arsip-pertimbangan',
    permintaan: 'arsip-permintaan',
    penetapan: 'arsip-penetapan',
    ba: 'arsip-ba-musnah',
    daftar: 'arsip-daftar-musnah',
  },
  serah: {
    usul: 'arsip-usul-serah',
    panitia: 'arsip-sk-panitia',
    pertimbangan: 'arsip-pertimbangan',
    permintaan: 'arsip-permintaan',
    pernyataan: 'arsip-pernyataan',
    penetapan: 'arsip-penetapan',
    ba: 'arsip-ba-serah',
    daftar: 'arsip-daftar-serah',
  },
} as const;
export const DOKUMEN_DAFTAR = {
  aktif: 'daftar-arsip-aktif',
  inaktif: 'daftar-arsip-inaktif',
  vital: 'daftar-arsip-vital',
  labelBoks: 'label-boks',
} as const;
