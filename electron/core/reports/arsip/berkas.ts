// Owns turning berkas rows and their items into the cells the archive lists print (reference
// arsip-naskah.md A.11.1, A.12, A.14, A.17): kurun waktu, jumlah, tingkat perkembangan, keterangan
// (media, kondisi), location, definitive box/folder, retention and nasib akhir, category and security.
import { itemsOfBerkas } from '../../../../db/arsip/laporan.ts';
import type { BerkasLaporanRow, ItemLaporanRow } from '../../../../db/arsip/laporan.ts';
import {
  NAMA_KATEGORI_ARSIP,
  NAMA_KONDISI_ARSIP,
  NAMA_MEDIA_ARSIP,
  NAMA_NASIB_AKHIR,
  NAMA_STATUS_BERKAS,
  NAMA_TINGKAT_PERKEMBANGAN,
} from '../../../../shared/domain/arsip/nilai.ts';
import type {
  KategoriArsip,
  KondisiArsip,
  MediaArsip,
  NasibAkhir,
  StatusBerkas,
  TingkatPerkembangan,
} from '../../../../shared/domain/arsip/nilai.ts';
import { labelLokasiAktif, labelLokasiInaktif } from '../../../../shared/domain/arsip/nomor.ts';
import { NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import type { ReportEnv } from '../engine.ts';
import { kurunWaktu, tanggal } from './teks.ts';

export type BerkasIsi = { berkas: BerkasLaporanRow; items: ItemLaporanRow[] };

/** The berkas with their items, in the order given. */
export async function denganItem(env: ReportEnv, rows: readonly BerkasLaporanRow[]): Promise<BerkasIsi[]> {
  const items = await itemsOfBerkas(
    env.conn,
    rows.map((b) => b.id),
  );
  const per = new Map<number, ItemLaporanRow[]>();
  for (const it of items) per.set(it.berkas_id, [...(per.get(it.berkas_id) ?? []), it]);
  return rows.map((berkas) => ({ berkas, items: per.get(berkas.id) ?? [] }));
}

export const namaMedia = (m: string): string => NAMA_MEDIA_ARSIP[m as MediaArsip] ?? m;
export const namaKeamanan = (k: string): string => NAMA_KEAMANAN[k as Keamanan] ?? k;
export const namaTingkat = (t: string): string => NAMA_TINGKAT_PERKEMBANGAN[t as TingkatPerkembangan] ?? t;
export const namaKondisi = (k: string): string => NAMA_KONDISI_ARSIP[k as KondisiArsip] ?? k;
export const namaKategori = (k: string): string => NAMA_KATEGORI_ARSIP[k as KategoriArsip] ?? k;
export const namaNasib = (n: string | null): string => (n ? (NAMA_NASIB_AKHIR[n as NasibAkhir] ?? n) : '-');
export const namaStatus = (s: string): string => NAMA_STATUS_BERKAS[s as StatusBerkas] ?? s;

/** "Berkas 3/2026" — the unit's own berkas number and year. */
export const nomorBerkas = (b: BerkasLaporanRow): string => `${b.nomor_berkas}/${b.tahun}`;

/** The berkas's kurun waktu, else the span of its items' dates, else its year. */
export function kurunBerkas({ berkas: b, items }: BerkasIsi): string {
  const dates = items.map((i) => i.tanggal).sort();
  return kurunWaktu(b.kurun_awal ?? dates[0], b.kurun_akhir ?? dates.at(-1), String(b.tahun));
}

/** "3 item (12 lembar)"; several units are listed ("12 lembar, 1 keping"). */
export function jumlahBerkas(items: readonly ItemLaporanRow[]): string {
  if (items.length === 0) return '0 item';
  const per = new Map<string, number>();
  for (const i of items) per.set(i.satuan, (per.get(i.satuan) ?? 0) + i.jumlah);
  const satuan = [...per].map(([s, n]) => `${n} ${s}`).join(', ');
  return `${items.length} item (${satuan})`;
}

/** The distinct tingkat perkembangan of the items, "Asli, Salinan"; '-' when there are none. */
export function tingkatBerkas(items: readonly ItemLaporanRow[]): string {
  const ada = [...new Set(items.map((i) => i.tingkat_perkembangan))];
  return ada.length ? ada.map(namaTingkat).join(', ') : '-';
}

/** Keterangan of a berkas: media, kondisi (with how many items are damaged) and its own note. */
export function keteranganBerkas({ berkas: b, items }: BerkasIsi): string {
  const rusak = items.filter((i) => i.kondisi === 'rusak').length;
  const kondisi = rusak === 0 ? 'baik' : `${rusak} item rusak`;
  return [`${namaMedia(b.media)}, ${kondisi}`, b.keterangan].filter(Boolean).join('; ');
}

/** Keterangan of one item (A.11.1 col. 10): media and kondisi, then its own note. */
export function keteranganItem(i: ItemLaporanRow): string {
  return [`${namaMedia(i.media)}, ${namaKondisi(i.kondisi).toLowerCase()}`, i.keterangan].filter(Boolean).join('; ');
}

export const lokasiAktif = (b: BerkasLaporanRow): string =>
  labelLokasiAktif({ ruang: b.lok_ruang, lemari: b.lok_lemari, laci: b.lok_laci, folder: b.lok_folder });

/** Gedung · ruang · rak at the records center (box and folder have their own column). */
export const lokasiSimpan = (b: BerkasLaporanRow): string =>
  labelLokasiInaktif({ gedung: b.lok_gedung, ruang: b.lok_ruang_inaktif, rak: b.lok_rak, boks: null, folder: null });

/** Where the berkas is now: at the unit pengolah while aktif, at the records center after. */
export const lokasiKini = (b: BerkasLaporanRow): string =>
  b.status === 'aktif' || b.status === 'ditutup' ? lokasiAktif(b) : lokasiSimpan(b);

/** A location label in a narrow table cell: one part per line ("Gedung Arsip\nRuang Penyimpanan\nRak 2"). */
export const perBaris = (label: string): string => label.replaceAll(' · ', '\n');

/** "Boks 3\nFolder 12", or '-' before the unit kearsipan numbers it. */
export function boksFolder(b: BerkasLaporanRow): string {
  if (b.nomor_boks === null) return '-';
  return b.nomor_folder === null ? `Boks ${b.nomor_boks}` : `Boks ${b.nomor_boks}\nFolder ${b.nomor_folder}`;
}

/** "Aktif 2 th, inaktif 3 th", or '-' until the berkas is closed and its retention fixed. */
export function retensi(b: BerkasLaporanRow): string {
  if (b.retensi_aktif === null || b.retensi_inaktif === null) return '-';
  return `Aktif ${b.retensi_aktif} th, inaktif ${b.retensi_inaktif} th`;
}

/** Jangka simpan dan nasib akhir (A.12): inactive until its due date, then its fate; a hold is named. */
export function jangkaSimpan(b: BerkasLaporanRow): string {
  const sampai = b.jatuh_tempo_inaktif ? `Inaktif s.d. ${tanggal(b.jatuh_tempo_inaktif)}` : retensi(b);
  const tahan = b.ditahan_perkara === 1 ? '\nDitahan (perkara)' : '';
  return `${sampai}\n${namaNasib(b.nasib_akhir)}${tahan}`;
}
