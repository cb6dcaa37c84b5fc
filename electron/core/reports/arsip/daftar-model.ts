// Owns the models of the standing archive lists: Daftar Arsip Aktif (Permenko Polhukam 3/2024 format, one
// row per item under its berkas, with location and security class; reference A.11.1), Daftar Arsip Inaktif
// (A.12) and Daftar Arsip Vital (A.17; Perka ANRI 6/2005). Every class is listed: these are official
// lists, so the security class is printed rather than used to leave a row out.
import { berkasAktif, berkasInaktif, berkasVital } from '../../../../db/arsip/laporan.ts';
import type { BerkasLaporanRow, ItemLaporanRow } from '../../../../db/arsip/laporan.ts';
import type { ReportEnv } from '../engine.ts';
import type { TableColumn } from '../layout/table.ts';
import { DEFAULT_TIME_ZONE, tanggalDi } from '../layout/waktu.ts';
import {
  boksFolder,
  denganItem,
  jangkaSimpan,
  jumlahBerkas,
  keteranganBerkas,
  keteranganItem,
  kurunBerkas,
  lokasiAktif,
  lokasiKini,
  lokasiSimpan,
  namaKategori,
  namaKeamanan,
  namaMedia,
  namaStatus,
  namaTingkat,
  nomorBerkas,
  perBaris,
  retensi,
  tingkatBerkas,
} from './berkas.ts';
import type { BerkasIsi } from './berkas.ts';
import { bernomor } from './daftar.ts';
import type { DaftarBagian, DaftarModel } from './daftar.ts';
import { namaKantor, tanggal } from './teks.ts';

export type FilterAktif = { unitPengolah?: string; tahun?: number };

const keadaan = (env: ReportEnv) => `Keadaan per ${tanggalDi(env.now, env.timeZone ?? DEFAULT_TIME_ZONE)}`;

const KOLOM_AKTIF: TableColumn[] = bernomor([
  { header: 'No. Berkas', weight: 5, align: 'center' },
  { header: 'Kode Klasifikasi', weight: 7 },
  { header: 'Uraian Informasi Berkas', weight: 15 },
  { header: 'Kurun Waktu', weight: 7.5 },
  { header: 'Jumlah Item', weight: 6.5 },
  { header: 'No. Item', weight: 4, align: 'center' },
  { header: 'Uraian Informasi Arsip', weight: 17 },
  { header: 'Tanggal', weight: 7.5 },
  { header: 'Tingkat Perkem\u00ADbangan', weight: 6.5 },
  { header: 'Keterangan', weight: 9 },
  { header: 'Lokasi', weight: 9 },
  { header: 'Keamanan', weight: 6.5 },
]);

function uraianItem(i: ItemLaporanRow): string {
  return i.nomor_naskah ? `${i.uraian}\nNomor ${i.nomor_naskah}` : i.uraian;
}

function itemCells(i: ItemLaporanRow): string[] {
  return [
    String(i.nomor_item),
    uraianItem(i),
    tanggal(i.tanggal),
    namaTingkat(i.tingkat_perkembangan),
    `${keteranganItem(i)}; ${i.jumlah} ${i.satuan}`,
  ];
}

/** One row per item; the berkas columns only on its first row (a berkas without items has one row). */
function barisAktif(x: BerkasIsi): string[][] {
  const b = x.berkas;
  const items = x.items.filter((i) => i.dimusnahkan_pada === null);
  const berkas = [nomorBerkas(b), b.klasifikasi_kode, b.uraian, kurunBerkas({ berkas: b, items }), jumlahBerkas(items)];
  const lokasi = perBaris(lokasiAktif(b));
  if (items.length === 0) return [[...berkas, '-', '(belum ada item)', '-', '-', namaMedia(b.media), lokasi, namaKeamanan(b.keamanan)]];
  return items.map((i, n) => {
    const cells = itemCells(i);
    const head = n === 0 ? berkas : berkas.map(() => '');
    return [...head, ...cells, n === 0 ? lokasi : '', namaKeamanan(i.keamanan)];
  });
}

/** "3 berkas, 5 item arsip" — items not destroyed. */
function jumlahAktif(daftar: readonly BerkasIsi[]): string {
  const items = daftar.reduce((n, x) => n + x.items.filter((i) => i.dimusnahkan_pada === null).length, 0);
  return `${daftar.length} berkas, ${items} item arsip`;
}

function perUnit(rows: readonly BerkasIsi[]): Map<string, BerkasIsi[]> {
  const per = new Map<string, BerkasIsi[]>();
  for (const r of rows) per.set(r.berkas.unit_pengolah, [...(per.get(r.berkas.unit_pengolah) ?? []), r]);
  return per;
}

export async function daftarAktifModel(env: ReportEnv, f: FilterAktif): Promise<DaftarModel> {
  const isi = await denganItem(env, await berkasAktif(env.conn, f));
  const kantor = namaKantor(env.kop);
  const bagian: DaftarBagian[] = [...perUnit(isi)].map(([unit, daftar]) => ({
    kepala: [
      ['Pencipta Arsip', kantor],
      ['Unit Pengolah', unit],
      ...(f.tahun === undefined ? [] : ([['Tahun', String(f.tahun)]] as [string, string][])),
    ],
    baris: daftar.flatMap(barisAktif),
    ringkasan: `Jumlah: ${jumlahAktif(daftar)}.`,
  }));
  if (bagian.length === 0)
    bagian.push({ kepala: [['Unit Pengolah', f.unitPengolah ?? 'Semua unit pengolah']], baris: [] } satisfies DaftarBagian);
  return {
    judul: 'Daftar Arsip Aktif',
    subjudul: [keadaan(env)],
    kolom: KOLOM_AKTIF,
    bagian,
    bagianHalamanBaru: true,
    kosong: 'Tidak ada berkas aktif.',
    ringkasan: bagian.length > 1 ? [`Jumlah seluruhnya: ${jumlahAktif(isi)}.`] : [],
  };
}

/** The columns of A.12 after "No" and "Unit Pengolah"; shared by the daftar inaktif and the pemindahan lists. */
export const KOLOM_INAKTIF_ISI: TableColumn[] = [
  { header: 'No. Definitif Boks / Folder', weight: 7 },
  { header: 'Kode Klasifikasi', weight: 7 },
  { header: 'Uraian Informasi Berkas', weight: 16.5 },
  { header: 'Kurun Waktu', weight: 8 },
  { header: 'Jumlah', weight: 7.5 },
  { header: 'Tingkat Perkem\u00ADbangan', weight: 7 },
  { header: 'Keterangan', weight: 9 },
  { header: 'Lokasi Simpan', weight: 12 },
  { header: 'Jangka Simpan dan Nasib Akhir', weight: 10 },
  { header: 'Kategori', weight: 6 },
];

export function selInaktif(x: BerkasIsi): string[] {
  const b = x.berkas;
  const status = b.status === 'inaktif' ? '' : `; ${namaStatus(b.status)}`;
  return [
    boksFolder(b),
    b.klasifikasi_kode,
    `${b.uraian}\n(berkas ${nomorBerkas(b)})`,
    kurunBerkas(x),
    jumlahBerkas(x.items),
    tingkatBerkas(x.items),
    `${keteranganBerkas(x)}${status}`,
    perBaris(lokasiSimpan(b)),
    jangkaSimpan(b),
    namaKategori(b.kategori),
  ];
}

export async function daftarInaktifModel(env: ReportEnv): Promise<DaftarModel> {
  const isi = await denganItem(env, await berkasInaktif(env.conn));
  return {
    judul: 'Daftar Arsip Inaktif',
    subjudul: [keadaan(env)],
    kolom: bernomor([{ header: 'No', weight: 3.5, align: 'center' }, { header: 'Unit Pengolah', weight: 9 }, ...KOLOM_INAKTIF_ISI]),
    bagian: [
      {
        kepala: [['Pencipta Arsip', namaKantor(env.kop)]],
        baris: isi.map((x, i) => [String(i + 1), x.berkas.unit_pengolah, ...selInaktif(x)]),
      },
    ],
    bagianHalamanBaru: false,
    kosong: 'Tidak ada arsip inaktif.',
    ringkasan: [`Jumlah: ${isi.length} berkas, ${new Set(isi.map((x) => x.berkas.nomor_boks).filter((n) => n !== null)).size} boks.`],
  };
}

/** vital_json as the berkas form stores it; an absent or unreadable value prints as '-'. */
type Vital = { jenis?: string | null; perlindungan?: string | null; lokasiDuplikat?: string | null };

function vitalOf(b: BerkasLaporanRow): Vital {
  if (!b.vital_json) return {};
  try {
    return JSON.parse(b.vital_json) as Vital;
  } catch {
    return {};
  }
}

function perlindungan(v: Vital): string {
  const dup = v.lokasiDuplikat ? `Duplikat di ${v.lokasiDuplikat}` : null;
  return [v.perlindungan, dup].filter(Boolean).join('\n') || '-';
}

export async function daftarVitalModel(env: ReportEnv): Promise<DaftarModel> {
  const isi = await denganItem(env, await berkasVital(env.conn));
  const baris = isi.map((x, i) => {
    const b = x.berkas;
    const v = vitalOf(b);
    return [
      String(i + 1),
      b.klasifikasi_kode,
      v.jenis || '-',
      `${b.uraian}\n(${b.unit_pengolah}, berkas ${nomorBerkas(b)})`,
      kurunBerkas(x),
      namaMedia(b.media),
      jumlahBerkas(x.items),
      retensi(b),
      tingkatBerkas(x.items),
      `${perBaris(lokasiKini(b))}${b.nomor_boks === null ? '' : `\n${boksFolder(b)}`}`,
      perlindungan(v),
    ];
  });
  return {
    judul: 'Daftar Arsip Vital',
    subjudul: [keadaan(env)],
    kolom: bernomor([
      { header: 'No', weight: 3.5, align: 'center' },
      { header: 'Kode Klasifikasi', weight: 6.5 },
      { header: 'Jenis Arsip Vital', weight: 10 },
      { header: 'Uraian Informasi', weight: 17 },
      { header: 'Kurun Waktu', weight: 8 },
      { header: 'Media', weight: 7 },
      { header: 'Jumlah', weight: 7.5 },
      { header: 'Retensi Aktif / Inaktif', weight: 8 },
      { header: 'Tingkat Perkem\u00ADbangan', weight: 7 },
      { header: 'Lokasi', weight: 11 },
      { header: 'Perlindungan', weight: 11 },
    ]),
    bagian: [{ kepala: [['Pencipta Arsip', namaKantor(env.kop)]], baris }],
    bagianHalamanBaru: false,
    kosong: 'Tidak ada arsip vital.',
    ringkasan: [`Jumlah: ${isi.length} berkas arsip vital.`],
  };
}
