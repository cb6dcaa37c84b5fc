// Owns the lists of a penyusutan (F4 landscape, params: penyusutanId): 'arsip-usul-musnah' and
// 'arsip-usul-serah' (Daftar Arsip Usul Musnah/Serah, columns of reference A.14), and 'arsip-daftar-musnah'
// and 'arsip-daftar-serah' (Daftar Arsip yang Dimusnahkan/Diserahkan, with the BA's nomor and tanggal).
import type { ReportDefinition, ReportEnv } from '../engine.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../shared/domain/arsip/dokumen.ts';
import type { JenisPenyusutan } from '../../../../shared/domain/arsip/nilai.ts';
import {
  boksFolder,
  jumlahBerkas,
  keteranganBerkas,
  kurunBerkas,
  namaMedia,
  namaNasib,
  nomorBerkas,
  retensi,
  tingkatBerkas,
} from './berkas.ts';
import type { BerkasIsi } from './berkas.ts';
import { bernomor, renderDaftar } from './daftar.ts';
import type { DaftarModel } from './daftar.ts';
import { KATA, muatPenyusutan, pelaksanaanOf, penyusutanParams } from './penyusutan-model.ts';
import type { Penyusutan, PenyusutanParams } from './penyusutan-model.ts';
import { tanggal } from './teks.ts';

const KOLOM = bernomor([
  { header: 'No', weight: 3.5, align: 'center' },
  { header: 'Kode Klasifikasi', weight: 7 },
  { header: 'Uraian Informasi', weight: 22 },
  { header: 'Kurun Waktu', weight: 9 },
  { header: 'Tingkat Perkem\u00ADbangan', weight: 7.5 },
  { header: 'Jumlah', weight: 8 },
  { header: 'No. Boks', weight: 6.5 },
  { header: 'Media Simpan', weight: 8 },
  { header: 'Retensi dan Nasib Akhir', weight: 11 },
  { header: 'Keterangan', weight: 13 },
]);

function baris(x: BerkasIsi, i: number): string[] {
  const b = x.berkas;
  return [
    String(i + 1),
    b.klasifikasi_kode,
    b.uraian,
    kurunBerkas(x),
    tingkatBerkas(x.items),
    jumlahBerkas(x.items),
    boksFolder(b),
    namaMedia(b.media),
    `${retensi(b)}\n${namaNasib(b.nasib_akhir)}`,
    `${b.unit_pengolah}, berkas ${nomorBerkas(b)}\n${keteranganBerkas(x)}`,
  ];
}

function model(p: Penyusutan, judul: string, kepala: [string, string][]): DaftarModel {
  const units = [...new Set(p.isi.map((x) => x.berkas.unit_pengolah))].join(', ') || '-';
  return {
    judul,
    subjudul: [],
    kolom: KOLOM,
    bagian: [{ kepala: [['Pencipta Arsip', p.kantor], ['Unit Pengolah', units], ...kepala], baris: p.isi.map(baris) }],
    bagianHalamanBaru: false,
    kosong: 'Belum ada berkas dalam usul ini.',
    ringkasan: [`Jumlah: ${p.isi.length} berkas, ${p.isi.reduce((n, x) => n + x.items.length, 0)} item arsip.`],
  };
}

export async function usulModel(env: ReportEnv, id: number, jenis: JenisPenyusutan): Promise<DaftarModel> {
  const p = await muatPenyusutan(env, id, jenis);
  return model(p, KATA[jenis].daftarUsul, []);
}

export async function daftarModel(env: ReportEnv, id: number, jenis: JenisPenyusutan): Promise<DaftarModel> {
  const p = await muatPenyusutan(env, id, jenis);
  const ba = pelaksanaanOf(p);
  return model(p, KATA[jenis].daftar, [
    ['Nomor Berita Acara', ba.baNomor],
    ['Tanggal Berita Acara', tanggal(ba.tanggal)],
  ]);
}

const params = penyusutanParams;
type Params = PenyusutanParams;

const def = (
  kind: string,
  title: string,
  build: (env: ReportEnv, p: Params) => Promise<DaftarModel>,
): ReportDefinition<Params, DaftarModel> => ({
  kind,
  title,
  paper: 'F4',
  orientation: 'landscape',
  parameter: 'penyusutan',
  params,
  buildModel: build,
  render: renderDaftar,
});

export const arsipUsulMusnah = def(DOKUMEN_PENYUSUTAN.musnah.usul, KATA.musnah.daftarUsul, (env, p) =>
  usulModel(env, p.penyusutanId, 'musnah'),
);
export const arsipUsulSerah = def(DOKUMEN_PENYUSUTAN.serah.usul, KATA.serah.daftarUsul, (env, p) =>
  usulModel(env, p.penyusutanId, 'serah'),
);
export const arsipDaftarMusnah = def(DOKUMEN_PENYUSUTAN.musnah.daftar, KATA.musnah.daftar, (env, p) =>
  daftarModel(env, p.penyusutanId, 'musnah'),
);
export const arsipDaftarSerah = def(DOKUMEN_PENYUSUTAN.serah.daftar, KATA.serah.daftar, (env, p) =>
  daftarModel(env, p.penyusutanId, 'serah'),
);
