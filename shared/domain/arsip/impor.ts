// Owns turning the rows of a daftar arsip kept in Excel (one row per item, the columns of A.11.1 plus
// location and class) into berkas and items (issue #5 §11). Pure: the file is read elsewhere.
import type { KondisiArsip, MediaArsip, TingkatPerkembangan } from './nilai.ts';

export const KOLOM_DAFTAR = [
  'nomorBerkas',
  'klasifikasiKode',
  'uraianBerkas',
  'tahun',
  'nomorItem',
  'uraianItem',
  'tanggal',
  'jumlah',
  'tingkatPerkembangan',
  'media',
  'kondisi',
  'keamanan',
  'lokRuang',
  'lokLemari',
  'lokLaci',
  'lokFolder',
  'keterangan',
] as const;
export type KolomDaftar = (typeof KOLOM_DAFTAR)[number];

export const NAMA_KOLOM_DAFTAR: Record<KolomDaftar, string> = {
  nomorBerkas: 'No. Berkas',
  klasifikasiKode: 'Kode Klasifikasi',
  uraianBerkas: 'Uraian Informasi Berkas',
  tahun: 'Tahun',
  nomorItem: 'No. Item',
  uraianItem: 'Uraian Informasi Arsip',
  tanggal: 'Tanggal',
  jumlah: 'Jumlah',
  tingkatPerkembangan: 'Tingkat Perkembangan',
  media: 'Media',
  kondisi: 'Kondisi',
  keamanan: 'Klasifikasi Keamanan',
  lokRuang: 'Ruang',
  lokLemari: 'Filing Cabinet',
  lokLaci: 'Laci',
  lokFolder: 'Folder',
  keterangan: 'Keterangan',
};

export const KOLOM_DAFTAR_WAJIB: readonly KolomDaftar[] = ['nomorBerkas', 'klasifikasiKode', 'uraianBerkas', 'uraianItem', 'tanggal'];

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const SINONIM: Record<KolomDaftar, string[]> = {
  nomorBerkas: ['noberkas', 'nomorberkas', 'nourutberkas'],
  klasifikasiKode: ['kodeklasifikasi', 'klasifikasi', 'kode'],
  uraianBerkas: ['uraianinformasiberkas', 'uraianberkas', 'judulberkas'],
  tahun: ['tahun', 'kurunwaktu', 'kurun'],
  nomorItem: ['noitem', 'nomoritem', 'noitemarsip', 'nomoritemarsip'],
  uraianItem: ['uraianinformasiarsip', 'uraianarsip', 'uraianitem', 'uraian'],
  tanggal: ['tanggal', 'tgl', 'tanggalarsip'],
  jumlah: ['jumlah', 'banyaknya'],
  tingkatPerkembangan: ['tingkatperkembangan', 'perkembangan'],
  media: ['media', 'jenisarsip', 'jenismedia'],
  kondisi: ['kondisi'],
  keamanan: ['klasifikasikeamanan', 'keamanan', 'sifat', 'klasifikasikeamanandanakses'],
  lokRuang: ['ruang', 'ruangan'],
  lokLemari: ['filingcabinet', 'lemari', 'nofilingcabinet'],
  lokLaci: ['laci', 'nolaci'],
  lokFolder: ['folder', 'nofolder', 'map'],
  keterangan: ['keterangan', 'ket'],
};

/** Guesses the column of each field from the header row (exact synonym match after normalising). */
export function tebakKolomDaftar(headers: readonly string[]): Partial<Record<KolomDaftar, number>> {
  const out: Partial<Record<KolomDaftar, number>> = {};
  for (const k of KOLOM_DAFTAR) {
    const i = headers.findIndex((h) => SINONIM[k].includes(norm(h)));
    if (i >= 0) out[k] = i + 1;
  }
  return out;
}

export function tingkatDari(s: string): TingkatPerkembangan | null {
  const n = norm(s);
  const map: Record<string, TingkatPerkembangan> = {
    '': 'asli',
    asli: 'asli',
    salinan: 'salinan',
    kopi: 'salinan',
    fotokopi: 'salinan',
    tembusan: 'tembusan',
  };
  return map[n] ?? null;
}

export function mediaArsipDari(s: string): MediaArsip | null {
  const n = norm(s);
  const map: Record<string, MediaArsip> = {
    '': 'tekstual',
    tekstual: 'tekstual',
    kertas: 'tekstual',
    kartografi: 'kartografi',
    peta: 'kartografi',
    audiovisual: 'audio_visual',
    foto: 'audio_visual',
    elektronik: 'elektronik',
    digital: 'digital',
  };
  return map[n] ?? null;
}

export function kondisiDari(s: string): KondisiArsip | null {
  const n = norm(s);
  const map: Record<string, KondisiArsip> = { '': 'baik', baik: 'baik', rusak: 'rusak', rusakringan: 'rusak', rusakberat: 'rusak' };
  return map[n] ?? null;
}
