// Owns loading one penyusutan for its documents (reference arsip-naskah.md A.14, A.15, B.7, B.8): the row,
// its berkas with items, each recorded step read from its JSON column (a missing step is a CONFLICT with
// the message of what to record first), the words that differ between pemusnahan and penyerahan, and the
// summary the letters cite (how many berkas, of which years).
import { z } from 'zod';
import { berkasOfPenyusutan, getPenyusutan } from '../../../../db/arsip/laporan.ts';
import type { PenyusutanRow } from '../../../../db/arsip/laporan.ts';
import type {
  LangkahPanitia,
  LangkahPelaksanaan,
  LangkahPenetapan,
  LangkahPermintaan,
  LangkahPersetujuan,
  LangkahPertimbangan,
} from '../../../../shared/domain/arsip/dokumen.ts';
import type { JenisPenyusutan, PersetujuanOleh } from '../../../../shared/domain/arsip/nilai.ts';
import { AppError, assertNever } from '../../../../shared/ipc/result.ts';
import type { ReportEnv } from '../engine.ts';
import { denganItem } from './berkas.ts';
import type { BerkasIsi } from './berkas.ts';
import { angkaTerbilang, namaKantor, rentangTahun } from './teks.ts';

export const penyusutanParams = z.object({ penyusutanId: z.coerce.number().int().positive() }).strict();
export type PenyusutanParams = z.output<typeof penyusutanParams>;

export type Penyusutan = { row: PenyusutanRow; jenis: JenisPenyusutan; isi: BerkasIsi[]; kantor: string };

/** What differs in the wording of a pemusnahan and a penyerahan. */
export type Kata = {
  proses: string;
  objek: string;
  dikenai: string;
  daftarUsul: string;
  daftar: string;
};

export const KATA: Record<JenisPenyusutan, Kata> = {
  musnah: {
    proses: 'pemusnahan',
    objek: 'arsip',
    dikenai: 'dimusnahkan',
    daftarUsul: 'Daftar Arsip Usul Musnah',
    daftar: 'Daftar Arsip yang Dimusnahkan',
  },
  serah: {
    proses: 'penyerahan',
    objek: 'arsip statis',
    dikenai: 'diserahkan',
    daftarUsul: 'Daftar Arsip Usul Serah',
    daftar: 'Daftar Arsip yang Diserahkan',
  },
};

const NAMA_JENIS: Record<JenisPenyusutan, string> = { musnah: 'pemusnahan', serah: 'penyerahan' };

/** Loads the penyusutan; with `jenis`, a document of the other kind is refused. */
export async function muatPenyusutan(env: ReportEnv, id: number, jenis?: JenisPenyusutan): Promise<Penyusutan> {
  const row = await getPenyusutan(env.conn, id);
  if (!row)
    throw new AppError('NOT_FOUND', 'Usul penyusutan tidak ditemukan.', [{ path: 'params.penyusutanId', message: 'Tidak ditemukan.' }]);
  const j = row.jenis as JenisPenyusutan;
  if (jenis && j !== jenis)
    throw new AppError('CONFLICT', `Penyusutan ini adalah ${NAMA_JENIS[j]} arsip; dokumen ini hanya untuk ${NAMA_JENIS[jenis]} arsip.`);
  const isi = await denganItem(env, await berkasOfPenyusutan(env.conn, id));
  return { row, jenis: j, isi, kantor: namaKantor(env.kop) };
}

function langkah<T>(json: string | null, pesan: string): T {
  if (json === null) throw new AppError('CONFLICT', pesan);
  return JSON.parse(json) as T;
}

export const panitiaOf = (p: Penyusutan): LangkahPanitia =>
  langkah(p.row.panitia_json, 'Nomor SK panitia penilai belum dicatat. Catat keputusan pembentukan Panitia Penilai Arsip terlebih dahulu.');
export const pertimbanganOf = (p: Penyusutan): LangkahPertimbangan =>
  langkah(p.row.pertimbangan_json, 'Surat pertimbangan Panitia Penilai Arsip belum dicatat.');
export const permintaanOf = (p: Penyusutan): LangkahPermintaan =>
  langkah(p.row.permintaan_json, 'Surat permintaan persetujuan belum dicatat.');
export const persetujuanOf = (p: Penyusutan): LangkahPersetujuan =>
  langkah(p.row.persetujuan_json, `Persetujuan ${KATA[p.jenis].proses} arsip belum dicatat.`);
export const penetapanOf = (p: Penyusutan): LangkahPenetapan =>
  langkah(p.row.penetapan_json, `Nomor keputusan penetapan arsip yang ${KATA[p.jenis].dikenai} belum dicatat.`);
export const pelaksanaanOf = (p: Penyusutan): LangkahPelaksanaan =>
  langkah(p.row.pelaksanaan_json, `Pelaksanaan ${KATA[p.jenis].proses} (nomor dan tanggal berita acara) belum dicatat.`);

/** "12 (dua belas) berkas (40 item arsip) dengan kurun waktu tahun 2015–2019" */
export function ringkasan(p: Penyusutan): string {
  const items = p.isi.reduce((n, x) => n + x.items.length, 0);
  return `${angkaTerbilang(p.isi.length)} berkas (${items} item arsip) dengan kurun waktu tahun ${rentangTahun(p.isi.map((x) => x.berkas.tahun))}`;
}

/** The addressee of a request or the giver of an approval, by office. */
export function namaPejabatPersetujuan(oleh: PersetujuanOleh, kantor: string): string {
  switch (oleh) {
    case 'kepala_anri':
      return 'Kepala Arsip Nasional Republik Indonesia';
    case 'pimpinan_pencipta':
      return `Kepala ${kantor}`;
    case 'kepala_lembaga_kearsipan':
      return 'Kepala Lembaga Kearsipan';
    default:
      return assertNever(oleh);
  }
}
