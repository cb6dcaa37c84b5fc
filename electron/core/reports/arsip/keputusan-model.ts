// Owns the models of the two decrees of a penyusutan (reference arsip-naskah.md A.14, A.15, B.4 anatomy):
// the Keputusan pembentukan Panitia Penilai Arsip (members from panitia_json) and the Keputusan penetapan
// arsip yang dimusnahkan/diserahkan, which cites the panitia's pertimbangan and the persetujuan.
import type { AnggotaPanitia } from '../../../../shared/domain/arsip/dokumen.ts';
import { formatNip } from '../../../../shared/format/index.ts';
import type { ReportEnv } from '../engine.ts';
import type { TableColumn } from '../layout/table.ts';
import {
  KATA,
  muatPenyusutan,
  namaPejabatPersetujuan,
  panitiaOf,
  penetapanOf,
  persetujuanOf,
  pertimbanganOf,
  ringkasan,
} from './penyusutan-model.ts';
import { tanggal } from './teks.ts';

export type Tabel = { kolom: TableColumn[]; baris: string[][] };
export type KeputusanModel = {
  /** "Kepala Kantor Wilayah …" — printed in capitals in the title and above the signature. */
  jabatanPenetap: string;
  nomor: string;
  tentang: string;
  menimbang: string[];
  mengingat: string[];
  diktum: { teks: string; tabel: Tabel | null }[];
  kota: string;
  tanggal: string;
};

/** The laws every archive decree rests on (UU 43/2009 Kearsipan; PP 28/2012; Perka ANRI 37/2016 Penyusutan). */
export const MENGINGAT = [
  'Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;',
  'Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;',
  'Peraturan Kepala Arsip Nasional Republik Indonesia Nomor 37 Tahun 2016 tentang Pedoman Penyusutan Arsip;',
];

const PERAN: Record<AnggotaPanitia['peran'], string> = { ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota' };
const URUT: Record<AnggotaPanitia['peran'], number> = { ketua: 0, sekretaris: 1, anggota: 2 };

/** The members table, ketua first, then sekretaris, then anggota (in the order recorded). */
export function tabelPanitia(anggota: readonly AnggotaPanitia[]): Tabel {
  const urut = anggota.map((a, i) => ({ a, i })).sort((x, y) => URUT[x.a.peran] - URUT[y.a.peran] || x.i - y.i);
  return {
    kolom: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Nama / NIP', weight: 36 },
      { header: 'Jabatan', weight: 38 },
      { header: 'Kedudukan dalam Panitia', weight: 20 },
    ],
    baris: urut.map(({ a }, i) => [String(i + 1), a.nip ? `${a.nama}\nNIP ${formatNip(a.nip)}` : a.nama, a.jabatan, PERAN[a.peran]]),
  };
}

export async function skPanitiaModel(env: ReportEnv, id: number): Promise<KeputusanModel> {
  const p = await muatPenyusutan(env, id);
  const panitia = panitiaOf(p);
  const k = KATA[p.jenis];
  const jabatan = `Kepala ${p.kantor}`;
  return {
    jabatanPenetap: jabatan,
    nomor: panitia.nomor,
    tentang: 'Pembentukan Panitia Penilai Arsip',
    menimbang: [
      `bahwa dalam rangka penyusutan arsip di lingkungan ${p.kantor}, arsip yang akan ${k.dikenai} perlu dinilai terlebih dahulu oleh panitia penilai arsip;`,
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan ${jabatan} tentang Pembentukan Panitia Penilai Arsip;`,
    ],
    mengingat: MENGINGAT,
    diktum: [
      {
        teks: `Membentuk Panitia Penilai Arsip ${p.kantor} dengan susunan keanggotaan sebagai berikut:`,
        tabel: tabelPanitia(panitia.anggota),
      },
      {
        teks: `Panitia Penilai Arsip sebagaimana dimaksud dalam Diktum KESATU bertugas menilai arsip yang diusulkan untuk ${k.dikenai} sebagaimana tercantum dalam ${k.daftarUsul}, menyampaikan pertimbangan tertulis kepada ${jabatan}, dan menyaksikan serta menandatangani berita acara ${k.proses} arsip.`,
        tabel: null,
      },
      { teks: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.', tabel: null },
    ],
    kota: env.kop.kota,
    tanggal: tanggal(panitia.tanggal),
  };
}

function diktumPelaksanaan(jenis: 'musnah' | 'serah', penerima: string): string {
  return jenis === 'musnah'
    ? 'Pemusnahan arsip dilaksanakan secara total sehingga fisik dan informasinya tidak dapat dikenali lagi, disaksikan oleh paling sedikit 2 (dua) pejabat dari unit hukum dan/atau pengawasan, dan dituangkan dalam Berita Acara Pemusnahan Arsip beserta Daftar Arsip yang Dimusnahkan.'
    : `Penyerahan arsip statis kepada ${penerima} dituangkan dalam Berita Acara Penyerahan Arsip Statis beserta Daftar Arsip yang Diserahkan.`;
}

export async function penetapanModel(env: ReportEnv, id: number): Promise<KeputusanModel> {
  const p = await muatPenyusutan(env, id);
  const pertimbangan = pertimbanganOf(p);
  const persetujuan = persetujuanOf(p);
  const penetapan = penetapanOf(p);
  const k = KATA[p.jenis];
  const jabatan = `Kepala ${p.kantor}`;
  const pemberi = namaPejabatPersetujuan(persetujuan.oleh, p.kantor);
  const nilai =
    p.jenis === 'musnah'
      ? 'telah habis masa retensinya, tidak memiliki nilai guna, berketerangan dimusnahkan berdasarkan Jadwal Retensi Arsip, dan tidak berkaitan dengan penyelesaian proses suatu perkara'
      : 'telah habis masa retensinya, berketerangan permanen berdasarkan Jadwal Retensi Arsip, dan memiliki nilai guna kesejarahan sehingga wajib diserahkan sebagai arsip statis';
  return {
    jabatanPenetap: jabatan,
    nomor: penetapan.nomor,
    tentang: `Penetapan Arsip yang ${k.dikenai.charAt(0).toUpperCase()}${k.dikenai.slice(1)}`,
    menimbang: [
      `bahwa berdasarkan pertimbangan Panitia Penilai Arsip Nomor ${pertimbangan.nomor} tanggal ${tanggal(pertimbangan.tanggal)}, arsip sebagaimana tercantum dalam ${k.daftarUsul} ${nilai};`,
      `bahwa ${pemberi} telah memberikan persetujuan ${k.proses} arsip tersebut dengan surat Nomor ${persetujuan.nomor} tanggal ${tanggal(persetujuan.tanggal)};`,
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${jabatan} tentang Penetapan Arsip yang ${k.dikenai.charAt(0).toUpperCase()}${k.dikenai.slice(1)};`,
    ],
    mengingat: MENGINGAT,
    diktum: [
      {
        teks: `Menetapkan ${k.objek} sebanyak ${ringkasan(p)}, sebagaimana tercantum dalam ${k.daftarUsul} yang merupakan lampiran tidak terpisahkan dari Keputusan ini, sebagai ${k.objek} yang ${k.dikenai}.`,
        tabel: null,
      },
      { teks: diktumPelaksanaan(p.jenis, pemberi.replace(/^Kepala /, '')), tabel: null },
      { teks: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.', tabel: null },
    ],
    kota: env.kop.kota,
    tanggal: tanggal(penetapan.tanggal),
  };
}
