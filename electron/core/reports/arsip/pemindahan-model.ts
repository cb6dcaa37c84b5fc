// Owns the models of the pemindahan documents (reference arsip-naskah.md A.13, B.6): the Daftar Arsip
// Usul Pindah, the Daftar Arsip yang Dipindahkan (attachment of the BA: Unit Pengolah, Nomor and Tanggal BA,
// columns as A.12) and the Berita Acara Pemindahan Arsip Inaktif with both parties from pejabat_json.
import { berkasOfPemindahan, getPemindahan } from '../../../../db/arsip/laporan.ts';
import type { PemindahanRow } from '../../../../db/arsip/laporan.ts';
import type { Pejabat, PejabatPemindahan } from '../../../../shared/domain/arsip/dokumen.ts';
import { formatNip } from '../../../../shared/format/index.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { ReportEnv } from '../engine.ts';
import { DEFAULT_TIME_ZONE, tanggalDi } from '../layout/waktu.ts';
import { denganItem } from './berkas.ts';
import type { BerkasIsi } from './berkas.ts';
import { bernomor } from './daftar.ts';
import type { DaftarModel } from './daftar.ts';
import { KOLOM_INAKTIF_ISI, selInaktif } from './daftar-model.ts';
import { angkaTerbilang, hariTanggalTerbilang, namaKantor, rentangTahun, tanggal } from './teks.ts';
import type { BeritaAcaraModel, PihakBa } from './berita-acara.ts';
import type { BlokNama } from './tata-letak.ts';

type Muatan = { p: PemindahanRow; isi: BerkasIsi[] };

async function muat(env: ReportEnv, id: number): Promise<Muatan> {
  const p = await getPemindahan(env.conn, id);
  if (!p)
    throw new AppError('NOT_FOUND', 'Usul pemindahan tidak ditemukan.', [{ path: 'params.pemindahanId', message: 'Tidak ditemukan.' }]);
  return { p, isi: await denganItem(env, await berkasOfPemindahan(env.conn, id)) };
}

function baNomor(p: PemindahanRow): { nomor: string; tanggal: string } {
  if (!p.ba_nomor || !p.ba_tanggal) throw new AppError('CONFLICT', 'Nomor dan tanggal Berita Acara Pemindahan belum dicatat.');
  return { nomor: p.ba_nomor, tanggal: p.ba_tanggal };
}

function daftar(env: ReportEnv, m: Muatan, judul: string, kepala: [string, string][]): DaftarModel {
  const kolom = bernomor([{ header: 'No', weight: 3.5, align: 'center' }, ...KOLOM_INAKTIF_ISI]);
  return {
    judul,
    subjudul: [],
    kolom,
    bagian: [
      {
        kepala: [['Pencipta Arsip', namaKantor(env.kop)], ['Unit Pengolah', m.p.unit_pengolah], ...kepala],
        baris: m.isi.map((x, i) => [String(i + 1), ...selInaktif(x)]),
      },
    ],
    bagianHalamanBaru: false,
    kosong: 'Belum ada berkas dalam usul pemindahan ini.',
    ringkasan: [`Jumlah: ${m.isi.length} berkas, ${m.isi.reduce((n, x) => n + x.items.length, 0)} item arsip.`],
  };
}

export async function usulPindahModel(env: ReportEnv, id: number): Promise<DaftarModel> {
  const m = await muat(env, id);
  const dibuat = tanggalDi(new Date(m.p.created_at), env.timeZone ?? DEFAULT_TIME_ZONE);
  return daftar(env, m, 'Daftar Arsip Usul Pindah', [['Tanggal Usul', dibuat]]);
}

export async function daftarPindahModel(env: ReportEnv, id: number): Promise<DaftarModel> {
  const m = await muat(env, id);
  const ba = baNomor(m.p);
  return daftar(env, m, 'Daftar Arsip yang Dipindahkan', [
    ['Nomor Berita Acara', ba.nomor],
    ['Tanggal Berita Acara', tanggal(ba.tanggal)],
  ]);
}

const pihak = (p: Pejabat, sebutan: string, mewakili: string): PihakBa => ({
  nama: p.nama,
  nip: p.nip ? formatNip(p.nip) : null,
  jabatan: p.jabatan,
  keterangan: `dalam hal ini bertindak untuk dan atas nama ${mewakili}, selanjutnya disebut ${sebutan}.`,
});

const ttd = (p: Pejabat, judul: string[]): BlokNama => ({
  judul: [...judul, `${p.jabatan},`],
  nama: p.nama,
  nip: p.nip ? formatNip(p.nip) : null,
});

export async function baPindahModel(env: ReportEnv, id: number): Promise<BeritaAcaraModel> {
  const m = await muat(env, id);
  const ba = baNomor(m.p);
  if (!m.p.pejabat_json)
    throw new AppError('CONFLICT', 'Pejabat unit pengolah dan unit kearsipan untuk Berita Acara Pemindahan belum dicatat.');
  const pj = JSON.parse(m.p.pejabat_json) as PejabatPemindahan;
  const kantor = namaKantor(env.kop);
  const items = m.isi.reduce((n, x) => n + x.items.length, 0);
  const tahun = rentangTahun(m.isi.map((x) => x.berkas.tahun));
  return {
    judul: 'Berita Acara Pemindahan Arsip Inaktif',
    nomor: ba.nomor,
    pembuka: `Pada hari ini ${hariTanggalTerbilang(ba.tanggal)}, bertempat di ${kantor}, kami yang bertanda tangan di bawah ini:`,
    pihak: [
      pihak(pj.unitPengolah, 'PIHAK PERTAMA', `Unit Pengolah ${m.p.unit_pengolah}`),
      pihak(pj.unitKearsipan, 'PIHAK KEDUA', `Unit Kearsipan ${pj.namaUnitKearsipan}`),
    ],
    isi: [
      `Dengan ini menyatakan bahwa telah dilaksanakan pemindahan arsip inaktif dari Unit Pengolah ${m.p.unit_pengolah} ke Unit Kearsipan ${pj.namaUnitKearsipan} sebanyak ${angkaTerbilang(m.isi.length)} berkas (${items} item arsip) dengan kurun waktu tahun ${tahun}, sebagaimana tercantum dalam Daftar Arsip yang Dipindahkan terlampir, yang merupakan bagian tidak terpisahkan dari Berita Acara ini.`,
      'PIHAK PERTAMA menyerahkan arsip tersebut kepada PIHAK KEDUA, dan PIHAK KEDUA telah memeriksa kesesuaian fisik arsip dengan daftarnya serta menerimanya untuk disimpan dan dikelola sebagai arsip inaktif.',
    ],
    daftar: null,
    penutup: 'Demikian Berita Acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.',
    tandaTangan: [ttd(pj.unitKearsipan, ['Yang menerima,', 'PIHAK KEDUA']), ttd(pj.unitPengolah, ['Yang menyerahkan,', 'PIHAK PERTAMA'])],
    kolomTtd: 2,
  };
}
