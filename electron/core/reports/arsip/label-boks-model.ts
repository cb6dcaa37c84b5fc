// Owns the model of the box labels of the records center (reference arsip-naskah.md A.12: "label boks
// berisi nomor boks, nomor folder, lokasi simpan"): one label per definitive box number, with its folders
// (number, classification, short description), the unit pengolah, the span of years and the shelf.
import { berkasBerboks } from '../../../../db/arsip/laporan.ts';
import type { BerkasLaporanRow } from '../../../../db/arsip/laporan.ts';
import type { ReportEnv } from '../engine.ts';
import { lokasiSimpan } from './berkas.ts';
import { namaKantor, rentangTahun } from './teks.ts';

export type UkuranLabel = 'kecil' | 'besar';
export type LabelFolder = { nomor: string; kode: string; uraian: string };
export type LabelBoks = { nomor: number; unit: string; tahun: string; lokasi: string; folder: LabelFolder[] };
export type LabelBoksModel = { kantor: string; ukuran: UkuranLabel; boks: LabelBoks[]; tidakAda: number[] };

const PENDEK = 90;
const pendek = (s: string): string => (s.length > PENDEK ? `${s.slice(0, PENDEK - 1).trimEnd()}…` : s);

function label(nomor: number, berkas: readonly BerkasLaporanRow[]): LabelBoks {
  const lokasi = berkas.map(lokasiSimpan).find((l) => l !== '-') ?? '-';
  return {
    nomor,
    unit: [...new Set(berkas.map((b) => b.unit_pengolah))].join(', '),
    tahun: rentangTahun(berkas.map((b) => b.tahun)),
    lokasi,
    folder: berkas.map((b) => ({
      nomor: b.nomor_folder === null ? '-' : String(b.nomor_folder),
      kode: b.klasifikasi_kode,
      uraian: pendek(b.uraian),
    })),
  };
}

export async function labelBoksModel(env: ReportEnv, p: { nomorBoks?: number[]; ukuran?: UkuranLabel }): Promise<LabelBoksModel> {
  const rows = await berkasBerboks(env.conn, p.nomorBoks);
  const per = new Map<number, BerkasLaporanRow[]>();
  for (const b of rows) if (b.nomor_boks !== null) per.set(b.nomor_boks, [...(per.get(b.nomor_boks) ?? []), b]);
  const diminta = [...new Set(p.nomorBoks ?? [])];
  return {
    kantor: namaKantor(env.kop),
    ukuran: p.ukuran ?? 'besar',
    boks: [...per].sort(([a], [b]) => a - b).map(([n, berkas]) => label(n, berkas)),
    tidakAda: diminta.filter((n) => !per.has(n)).sort((a, b) => a - b),
  };
}
