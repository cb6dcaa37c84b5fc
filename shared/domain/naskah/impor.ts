// Owns turning one row of an agenda kept in Excel into the fields of an incoming letter (issue #4
// §9): the columns SATU knows, their usual header names, and Indonesian values ("Segera", "Biasa",
// "Rahasia", "SRIKANDI") mapped to the stored codes. Pure: the file is read elsewhere.
import type { JenisNaskah, Keamanan, MediaSurat } from './surat.ts';
import { JENIS_NASKAH, NAMA_JENIS_NASKAH } from './surat.ts';

export const KOLOM_AGENDA = [
  'noAgenda',
  'diterimaPada',
  'jenisNaskah',
  'nomorNaskah',
  'tanggalNaskah',
  'asalInstansi',
  'asalPejabat',
  'hal',
  'isiRingkas',
  'urgensi',
  'keamanan',
  'klasifikasiKode',
  'tujuan',
  'lampiran',
  'media',
] as const;
export type KolomAgenda = (typeof KOLOM_AGENDA)[number];

export const NAMA_KOLOM_AGENDA: Record<KolomAgenda, string> = {
  noAgenda: 'No. Agenda',
  diterimaPada: 'Tanggal Terima',
  jenisNaskah: 'Jenis Naskah',
  nomorNaskah: 'Nomor Surat',
  tanggalNaskah: 'Tanggal Surat',
  asalInstansi: 'Asal Surat',
  asalPejabat: 'Pejabat Pengirim',
  hal: 'Hal',
  isiRingkas: 'Isi Ringkas',
  urgensi: 'Urgensi',
  keamanan: 'Sifat',
  klasifikasiKode: 'Kode Klasifikasi',
  tujuan: 'Tujuan',
  lampiran: 'Lampiran',
  media: 'Media',
};

export const KOLOM_WAJIB: readonly KolomAgenda[] = ['diterimaPada', 'nomorNaskah', 'tanggalNaskah', 'asalInstansi', 'hal'];

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const SINONIM: Record<KolomAgenda, string[]> = {
  noAgenda: ['noagenda', 'nomoragenda', 'agenda', 'no'],
  diterimaPada: ['tanggalterima', 'tglterima', 'diterima', 'tanggalditerima'],
  jenisNaskah: ['jenisnaskah', 'jenis', 'jenissurat'],
  nomorNaskah: ['nomorsurat', 'nosurat', 'nomornaskah'],
  tanggalNaskah: ['tanggalsurat', 'tglsurat', 'tanggalnaskah'],
  asalInstansi: ['asalsurat', 'asal', 'pengirim', 'dari', 'instansipengirim'],
  asalPejabat: ['pejabatpengirim', 'penandatangan'],
  hal: ['hal', 'perihal'],
  isiRingkas: ['isiringkas', 'ringkasan', 'isi'],
  urgensi: ['urgensi', 'derajat', 'kecepatan'],
  keamanan: ['sifat', 'klasifikasikeamanan', 'keamanan'],
  klasifikasiKode: ['kodeklasifikasi', 'klasifikasi', 'kode'],
  tujuan: ['tujuan', 'ditujukan', 'kepada'],
  lampiran: ['lampiran'],
  media: ['media', 'melalui'],
};

/** Guesses the column for each field from the header row (exact synonym match after normalising). */
export function tebakPemetaan(headers: readonly string[]): Partial<Record<KolomAgenda, string>> {
  const out: Partial<Record<KolomAgenda, string>> = {};
  for (const k of KOLOM_AGENDA) {
    const h = headers.find((x) => SINONIM[k].includes(norm(x)));
    if (h) out[k] = h;
  }
  return out;
}

export function urgensiDari(s: string): 'sangat_segera' | 'segera' | 'biasa' | null {
  const n = norm(s);
  if (n === '' || n === 'biasa') return 'biasa';
  if (n === 'segera') return 'segera';
  if (['sangatsegera', 'amatsegera', 'kilat'].includes(n)) return 'sangat_segera';
  return null;
}

export function keamananDari(s: string): Keamanan | null {
  const n = norm(s);
  const map: Record<string, Keamanan> = {
    '': 'B',
    b: 'B',
    biasa: 'B',
    terbuka: 'B',
    t: 'T',
    terbatas: 'T',
    r: 'R',
    rahasia: 'R',
    sr: 'SR',
    sangatrahasia: 'SR',
  };
  return map[n] ?? null;
}

export function mediaDari(s: string): MediaSurat | null {
  const n = norm(s);
  const map: Record<string, MediaSurat> = {
    '': 'fisik',
    fisik: 'fisik',
    langsung: 'fisik',
    diantar: 'fisik',
    srikandi: 'srikandi',
    email: 'email',
    surel: 'email',
    pos: 'pos',
    kurir: 'kurir',
    lainnya: 'lainnya',
  };
  return map[n] ?? null;
}

export function jenisDari(s: string): JenisNaskah | null {
  const n = norm(s);
  if (n === '') return 'surat_dinas';
  return JENIS_NASKAH.find((j) => norm(j) === n || norm(NAMA_JENIS_NASKAH[j]) === n) ?? null;
}
