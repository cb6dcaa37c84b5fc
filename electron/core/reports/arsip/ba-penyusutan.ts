// Owns the Berita Acara of a penyusutan (reference arsip-naskah.md A.14, A.15, B.7 steps 7–8, B.8 step 5):
// 'arsip-ba-musnah' (date in words, place, method, the decree and approval it rests on, at least two
// witnesses — PP 28/2012, Perka ANRI 25/2012 — each with a signature line, and the ketua panitia) and
// 'arsip-ba-serah' (the two parties and any witnesses). F4 portrait, params: penyusutanId.
import type { ReportDefinition, ReportEnv } from '../engine.ts';
import type { LangkahPelaksanaan, Pejabat } from '../../../../shared/domain/arsip/dokumen.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../shared/domain/arsip/dokumen.ts';
import { formatNip } from '../../../../shared/format/index.ts';
import { AppError, assertNever } from '../../../../shared/ipc/result.ts';
import { renderBeritaAcara } from './berita-acara.ts';
import type { BeritaAcaraModel } from './berita-acara.ts';
import {
  muatPenyusutan,
  namaPejabatPersetujuan,
  panitiaOf,
  pelaksanaanOf,
  penetapanOf,
  penyusutanParams,
  persetujuanOf,
  ringkasan,
} from './penyusutan-model.ts';
import type { PenyusutanParams } from './penyusutan-model.ts';
import type { BlokNama } from './tata-letak.ts';
import { hariTanggalTerbilang, tanggal } from './teks.ts';

export function caraPemusnahan(metode: LangkahPelaksanaan['metode']): string {
  switch (metode) {
    case 'cacah':
      return 'pencacahan dengan mesin penghancur kertas';
    case 'pulping':
      return 'pulping (penghancuran menjadi bubur kertas)';
    case 'bakar':
      return 'pembakaran';
    case 'lainnya':
      return 'cara lain yang menjamin arsip tidak dapat dikenali lagi';
    case 'serah':
      return 'penyerahan';
    default:
      return assertNever(metode);
  }
}

const nip = (p: Pejabat): string | null => (p.nip ? formatNip(p.nip) : null);
const saksiButir = (s: readonly Pejabat[]): string[] => s.map((p) => `${p.nama}${p.nip ? `, NIP ${formatNip(p.nip)}` : ''}, ${p.jabatan}`);
const saksiTtd = (s: readonly Pejabat[]): BlokNama[] =>
  s.map((p, i) => ({ judul: [`Saksi ${i + 1},`, `${p.jabatan},`], nama: p.nama, nip: nip(p) }));

export async function baMusnahModel(env: ReportEnv, id: number): Promise<BeritaAcaraModel> {
  const p = await muatPenyusutan(env, id, 'musnah');
  const panitia = panitiaOf(p);
  const setuju = persetujuanOf(p);
  const tetap = penetapanOf(p);
  const laksana = pelaksanaanOf(p);
  if (laksana.saksi.length < 2)
    throw new AppError(
      'CONFLICT',
      `Pemusnahan arsip harus disaksikan paling sedikit 2 (dua) pejabat dari unit hukum dan/atau pengawasan; saksi yang dicatat baru ${laksana.saksi.length}.`,
    );
  const ketua = panitia.anggota.find((a) => a.peran === 'ketua');
  return {
    judul: 'Berita Acara Pemusnahan Arsip',
    nomor: laksana.baNomor,
    pembuka: `Pada hari ini ${hariTanggalTerbilang(laksana.tanggal)}, bertempat di ${laksana.tempat}, telah dilaksanakan pemusnahan arsip ${p.kantor} berdasarkan Keputusan Kepala ${p.kantor} Nomor ${tetap.nomor} tanggal ${tanggal(tetap.tanggal)} tentang Penetapan Arsip yang Dimusnahkan, setelah mendapat persetujuan ${namaPejabatPersetujuan(setuju.oleh, p.kantor)} dengan surat Nomor ${setuju.nomor} tanggal ${tanggal(setuju.tanggal)}.`,
    pihak: [],
    isi: [
      `Arsip yang dimusnahkan sebanyak ${ringkasan(p)}, sebagaimana tercantum dalam Daftar Arsip yang Dimusnahkan terlampir, yang merupakan bagian tidak terpisahkan dari Berita Acara ini.`,
      `Pemusnahan dilaksanakan dengan cara ${caraPemusnahan(laksana.metode)} oleh Panitia Penilai Arsip yang dibentuk dengan Keputusan Kepala ${p.kantor} Nomor ${panitia.nomor}, secara total sehingga fisik dan informasinya tidak dapat dikenali lagi.`,
    ],
    daftar: { pengantar: 'Pemusnahan tersebut disaksikan oleh:', butir: saksiButir(laksana.saksi) },
    penutup: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    tandaTangan: [
      { judul: ['Panitia Penilai Arsip,', 'Ketua,'], nama: ketua?.nama ?? null, nip: ketua ? nip(ketua) : null },
      ...saksiTtd(laksana.saksi),
    ],
    // The ketua and two witnesses on one row leave room for the electronic signature on the same page.
    kolomTtd: 3,
  };
}

export async function baSerahModel(env: ReportEnv, id: number): Promise<BeritaAcaraModel> {
  const p = await muatPenyusutan(env, id, 'serah');
  const setuju = persetujuanOf(p);
  const tetap = penetapanOf(p);
  const laksana = pelaksanaanOf(p);
  const pemberi = namaPejabatPersetujuan(setuju.oleh, p.kantor);
  const lembaga = pemberi.replace(/^Kepala /, '');
  return {
    judul: 'Berita Acara Penyerahan Arsip Statis',
    nomor: laksana.baNomor,
    pembuka: `Pada hari ini ${hariTanggalTerbilang(laksana.tanggal)}, bertempat di ${laksana.tempat}, telah dilaksanakan penyerahan arsip statis dari ${p.kantor} selaku pencipta arsip, selanjutnya disebut PIHAK PERTAMA, kepada ${lembaga}, selanjutnya disebut PIHAK KEDUA, berdasarkan Keputusan Kepala ${p.kantor} Nomor ${tetap.nomor} tanggal ${tanggal(tetap.tanggal)} tentang Penetapan Arsip yang Diserahkan dan persetujuan ${pemberi} dengan surat Nomor ${setuju.nomor} tanggal ${tanggal(setuju.tanggal)}.`,
    pihak: [],
    isi: [
      `Arsip statis yang diserahkan sebanyak ${ringkasan(p)}, sebagaimana tercantum dalam Daftar Arsip yang Diserahkan terlampir, dalam keadaan autentik, terpercaya, utuh, dan dapat digunakan.`,
      'Dengan penyerahan ini, tanggung jawab pengelolaan arsip statis tersebut beralih dari PIHAK PERTAMA kepada PIHAK KEDUA.',
    ],
    daftar: laksana.saksi.length ? { pengantar: 'Penyerahan tersebut disaksikan oleh:', butir: saksiButir(laksana.saksi) } : null,
    penutup: 'Demikian Berita Acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.',
    tandaTangan: [
      { judul: ['Yang menerima,', 'PIHAK KEDUA', `${pemberi},`], nama: null, nip: null },
      { judul: ['Yang menyerahkan,', 'PIHAK PERTAMA', `Kepala ${p.kantor},`], nama: null, nip: null },
      ...saksiTtd(laksana.saksi),
    ],
    kolomTtd: 2,
  };
}

const def = (kind: string, title: string, build: typeof baMusnahModel): ReportDefinition<PenyusutanParams, BeritaAcaraModel> => ({
  kind,
  title,
  paper: 'F4',
  orientation: 'portrait',
  parameter: 'penyusutan',
  params: penyusutanParams,
  buildModel: (env, p) => build(env, p.penyusutanId),
  render: renderBeritaAcara,
});

export const arsipBaMusnah = def(DOKUMEN_PENYUSUTAN.musnah.ba, 'Berita Acara Pemusnahan Arsip', baMusnahModel);
export const arsipBaSerah = def(DOKUMEN_PENYUSUTAN.serah.ba, 'Berita Acara Penyerahan Arsip Statis', baSerahModel);
