// Owns the models of the letters of a penyusutan (reference arsip-naskah.md A.14, A.15, B.7, B.8): the
// surat pertimbangan of the Panitia Penilai Arsip (with a summary per classification code), the surat
// permintaan persetujuan (to the Kepala ANRI, the head of the office or the Kepala Lembaga Kearsipan), and
// the surat pernyataan that archives to be transferred are autentik, terpercaya, utuh, dan dapat digunakan.
import type { LangkahPermintaan, LangkahPersetujuan } from '../../../../shared/domain/arsip/dokumen.ts';
import type { JenisPenyusutan, PersetujuanOleh } from '../../../../shared/domain/arsip/nilai.ts';
import type { ReportEnv } from '../engine.ts';
import { DEFAULT_TIME_ZONE, tanggalDi } from '../layout/waktu.ts';
import { namaNasib } from './berkas.ts';
import type { Tabel } from './keputusan-model.ts';
import { KATA, muatPenyusutan, namaPejabatPersetujuan, panitiaOf, permintaanOf, pertimbanganOf, ringkasan } from './penyusutan-model.ts';
import type { Penyusutan } from './penyusutan-model.ts';
import { rentangTahun, tanggal } from './teks.ts';

export type SuratModel = {
  /** A titled statement (SURAT PERNYATAAN) instead of a letter with Nomor/Hal/Yth. */
  judul: string | null;
  tempatTanggal: string;
  kepala: [string, string][];
  yth: string[];
  paragraf: string[];
  /** Drawn after the first paragraph. */
  tabel: Tabel | null;
  penutup: string[];
  jabatanTtd: string[];
};

const LAMPIRAN = '1 (satu) berkas';
const besar = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Per classification code: how many berkas and items, of which years, with which fate. */
function ringkasanPerKode(p: Penyusutan): Tabel {
  const per = new Map<string, { berkas: number; item: number; tahun: number[]; nasib: Set<string> }>();
  for (const x of p.isi) {
    const r = per.get(x.berkas.klasifikasi_kode) ?? { berkas: 0, item: 0, tahun: [], nasib: new Set<string>() };
    r.berkas++;
    r.item += x.items.length;
    r.tahun.push(x.berkas.tahun);
    r.nasib.add(namaNasib(x.berkas.nasib_akhir));
    per.set(x.berkas.klasifikasi_kode, r);
  }
  return {
    kolom: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Kode Klasifikasi', weight: 20 },
      { header: 'Jumlah Berkas', weight: 16, align: 'center' },
      { header: 'Jumlah Item', weight: 16, align: 'center' },
      { header: 'Kurun Waktu', weight: 22 },
      { header: 'Nasib Akhir', weight: 20 },
    ],
    baris: [...per]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kode, r], i) => [String(i + 1), kode, String(r.berkas), String(r.item), rentangTahun(r.tahun), [...r.nasib].join(', ')]),
  };
}

const KESIMPULAN: Record<JenisPenyusutan, string> = {
  musnah:
    'Berdasarkan hasil penilaian tersebut, Panitia Penilai Arsip berpendapat bahwa arsip tersebut telah habis masa retensinya, tidak memiliki nilai guna, berketerangan dimusnahkan berdasarkan Jadwal Retensi Arsip, dan tidak berkaitan dengan penyelesaian proses suatu perkara, sehingga dapat dimusnahkan sesuai ketentuan peraturan perundang-undangan.',
  serah:
    'Berdasarkan hasil penilaian tersebut, Panitia Penilai Arsip berpendapat bahwa arsip tersebut telah habis masa retensinya, berketerangan permanen, dan memiliki nilai guna kesejarahan, sehingga layak diserahkan sebagai arsip statis kepada lembaga kearsipan.',
};

export async function pertimbanganModel(env: ReportEnv, id: number): Promise<SuratModel> {
  const p = await muatPenyusutan(env, id);
  const panitia = panitiaOf(p);
  const t = pertimbanganOf(p);
  const k = KATA[p.jenis];
  return {
    judul: null,
    tempatTanggal: `${env.kop.kota}, ${tanggal(t.tanggal)}`,
    kepala: [
      ['Nomor', t.nomor],
      ['Sifat', 'Biasa'],
      ['Lampiran', LAMPIRAN],
      ['Hal', `Pertimbangan ${besar(k.proses)} Arsip`],
    ],
    yth: [`Kepala ${p.kantor}`, 'di tempat'],
    paragraf: [
      `Berdasarkan Keputusan Kepala ${p.kantor} Nomor ${panitia.nomor} tanggal ${tanggal(panitia.tanggal)} tentang Pembentukan Panitia Penilai Arsip, Panitia Penilai Arsip telah melakukan penilaian terhadap arsip yang diusulkan untuk ${k.dikenai} sebanyak ${ringkasan(p)}, sebagaimana tercantum dalam ${k.daftarUsul} terlampir, dengan ringkasan sebagai berikut:`,
      ...t.isi
        .split(/\n\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean),
      KESIMPULAN[p.jenis],
    ],
    tabel: ringkasanPerKode(p),
    penutup: ['Demikian pertimbangan ini kami sampaikan sebagai bahan pengambilan keputusan.'],
    jabatanTtd: ['Ketua Panitia Penilai Arsip,'],
  };
}

const ALASAN: Record<JenisPenyusutan, string> = {
  musnah:
    'Arsip tersebut telah habis masa retensinya, berketerangan dimusnahkan berdasarkan Jadwal Retensi Arsip, tidak memiliki nilai guna, dan tidak berkaitan dengan penyelesaian proses suatu perkara.',
  serah:
    'Arsip tersebut telah habis masa retensinya, berketerangan permanen berdasarkan Jadwal Retensi Arsip, serta autentik, terpercaya, utuh, dan dapat digunakan.',
};

export async function permintaanModel(env: ReportEnv, id: number): Promise<SuratModel> {
  const p = await muatPenyusutan(env, id);
  const panitia = panitiaOf(p);
  const t = pertimbanganOf(p);
  const r = permintaanOf(p);
  const k = KATA[p.jenis];
  return {
    judul: null,
    tempatTanggal: `${env.kop.kota}, ${tanggal(r.tanggal)}`,
    kepala: [
      ['Nomor', r.nomor],
      ['Sifat', 'Segera'],
      ['Lampiran', LAMPIRAN],
      ['Hal', `Permohonan Persetujuan ${besar(k.proses)} ${p.jenis === 'serah' ? 'Arsip Statis' : 'Arsip'}`],
    ],
    yth: [namaPejabatPersetujuan(r.kepada, p.kantor), r.kepada === 'kepala_anri' ? 'di Jakarta' : 'di tempat'],
    paragraf: [
      `Berdasarkan Keputusan Kepala ${p.kantor} Nomor ${panitia.nomor} tanggal ${tanggal(panitia.tanggal)} tentang Pembentukan Panitia Penilai Arsip dan Surat Pertimbangan Panitia Penilai Arsip Nomor ${t.nomor} tanggal ${tanggal(t.tanggal)}, dengan hormat kami mengajukan permohonan persetujuan ${k.proses} ${k.objek} sebanyak ${ringkasan(p)}, sebagaimana tercantum dalam ${k.daftarUsul} terlampir.`,
      ALASAN[p.jenis],
    ],
    tabel: null,
    penutup: ['Demikian permohonan ini kami sampaikan. Atas perhatian dan persetujuannya, kami ucapkan terima kasih.'],
    jabatanTtd: r.kepada === 'pimpinan_pencipta' ? ['Ketua Panitia Penilai Arsip,'] : [`Kepala ${p.kantor},`],
  };
}

const LEMBAGA: Record<PersetujuanOleh, string> = {
  kepala_anri: 'Arsip Nasional Republik Indonesia',
  kepala_lembaga_kearsipan: 'Lembaga Kearsipan',
  pimpinan_pencipta: 'lembaga kearsipan',
};

/** The receiving archive institution, as far as the request or the approval names it. */
function lembagaTujuan(p: Penyusutan): string {
  const setuju = p.row.persetujuan_json ? (JSON.parse(p.row.persetujuan_json) as LangkahPersetujuan).oleh : null;
  const minta = p.row.permintaan_json ? (JSON.parse(p.row.permintaan_json) as LangkahPermintaan).kepada : null;
  const oleh = setuju ?? minta;
  return oleh ? LEMBAGA[oleh] : 'lembaga kearsipan';
}

export async function pernyataanModel(env: ReportEnv, id: number): Promise<SuratModel> {
  const p = await muatPenyusutan(env, id, 'serah');
  const hari = tanggalDi(env.now, env.timeZone ?? DEFAULT_TIME_ZONE);
  return {
    judul: 'Surat Pernyataan',
    tempatTanggal: `${env.kop.kota}, ${hari}`,
    kepala: [],
    yth: [],
    paragraf: [
      `Yang bertanda tangan di bawah ini, Kepala ${p.kantor}, selaku pimpinan pencipta arsip, dengan ini menyatakan bahwa arsip statis sebanyak ${ringkasan(p)} yang akan diserahkan kepada ${lembagaTujuan(p)}, sebagaimana tercantum dalam Daftar Arsip Usul Serah terlampir, adalah arsip yang autentik, terpercaya, utuh, dan dapat digunakan.`,
    ],
    tabel: null,
    penutup: ['Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.'],
    jabatanTtd: [`Kepala ${p.kantor},`],
  };
}
