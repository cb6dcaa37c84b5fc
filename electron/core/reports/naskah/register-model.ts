// Owns the models of the correspondence registers (issue #4 §7): Buku Agenda Surat Masuk, Buku
// Agenda Surat Keluar and the rekap disposisi per recipient — plain tables (columns + rows) that
// both the PDF and the xlsx export draw, for a period given as local calendar dates.
import { agendaMasukPeriode } from '../../../../db/naskah/surat-masuk.ts';
import { agendaKeluarPeriode } from '../../../../db/naskah/naskah-keluar.ts';
import { cabangPeriode } from '../../../../db/naskah/disposisi.ts';
import { NAMA_JENIS_NASKAH, NAMA_KEAMANAN, NAMA_URGENSI } from '../../../../shared/domain/naskah/surat.ts';
import type { JenisNaskah, Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { formatTanggal } from '../../../../shared/format/index.ts';
import { offsetZona } from '../../../../shared/domain/kantor.ts';
import type { ReportEnv } from '../engine.ts';
import { DEFAULT_TIME_ZONE, tanggalDi, tanggalJamDi } from '../layout/waktu.ts';

export type Periode = { dari: string; sampai: string };
export type RegisterModel = {
  judul: string;
  periode: string;
  kolom: { header: string; weight: number }[];
  baris: string[][];
  ringkasan: string;
};

/** The period's bounds as instants: from local midnight of `dari` to local midnight after `sampai`. */
export function batas(p: Periode, tz: string): { dari: string; sampai: string } {
  const off = offsetZona(tz);
  const next = new Date(`${p.sampai}T00:00:00${off}`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { dari: new Date(`${p.dari}T00:00:00${off}`).toISOString(), sampai: next.toISOString() };
}

const periodeTeks = (p: Periode) => `Periode ${formatTanggal(p.dari)} s.d. ${formatTanggal(p.sampai)}`;

export async function agendaMasukModel(env: ReportEnv, p: Periode): Promise<RegisterModel> {
  const tz = env.timeZone ?? DEFAULT_TIME_ZONE;
  const b = batas(p, tz);
  const rows = await agendaMasukPeriode(env.conn, b.dari, b.sampai);
  return {
    judul: 'Buku Agenda Surat Masuk',
    periode: periodeTeks(p),
    kolom: [
      { header: 'No. Agenda', weight: 7 },
      { header: 'Diterima', weight: 11 },
      { header: 'Asal', weight: 16 },
      { header: 'Nomor dan Tanggal Surat', weight: 17 },
      { header: 'Hal', weight: 24 },
      { header: 'Sifat', weight: 9 },
      { header: 'Klasifikasi', weight: 8 },
      { header: 'Status', weight: 8 },
    ],
    baris: rows.map((r) => [
      `${r.no_agenda}${r.sisipan}/${r.tahun}`,
      tanggalJamDi(new Date(r.diterima_pada), tz),
      r.asal_instansi,
      `${r.nomor_naskah}\n${formatTanggal(r.tanggal_naskah)}`,
      r.hal,
      `${NAMA_URGENSI[r.urgensi as keyof typeof NAMA_URGENSI]}, ${NAMA_KEAMANAN[r.keamanan as Keamanan]}`,
      r.klasifikasi_kode ?? '-',
      r.status.charAt(0).toUpperCase() + r.status.slice(1),
    ]),
    ringkasan: `Jumlah surat masuk: ${rows.length}.`,
  };
}

export async function agendaKeluarModel(env: ReportEnv, p: Periode): Promise<RegisterModel> {
  const rows = await agendaKeluarPeriode(env.conn, p.dari, `${p.sampai}~`);
  return {
    judul: 'Buku Agenda Surat Keluar',
    periode: periodeTeks(p),
    kolom: [
      { header: 'Nomor', weight: 20 },
      { header: 'Tanggal', weight: 11 },
      { header: 'Jenis', weight: 11 },
      { header: 'Hal', weight: 28 },
      { header: 'Tujuan', weight: 17 },
      { header: 'Penanda tangan', weight: 13 },
    ],
    baris: rows.map((r) => [
      r.nomor ?? '-',
      r.tanggal ? formatTanggal(r.tanggal) : '-',
      NAMA_JENIS_NASKAH[r.jenis as JenisNaskah] ?? r.jenis,
      r.hal,
      (JSON.parse(r.tujuan_json) as { yth: string }[]).map((t) => t.yth).join('; ') || '-',
      r.penandatangan_nama,
    ]),
    ringkasan: `Jumlah naskah keluar yang ditandatangani: ${rows.length}.`,
  };
}

export async function rekapDisposisiModel(env: ReportEnv, p: Periode): Promise<RegisterModel> {
  const tz = env.timeZone ?? DEFAULT_TIME_ZONE;
  const b = batas(p, tz);
  const now = env.now.toISOString();
  const rows = await cabangPeriode(env.conn, b.dari, b.sampai);
  type Hitung = {
    unit: string;
    nama: string;
    jabatan: string;
    total: number;
    belumDibaca: number;
    terbuka: number;
    lewat: number;
    selesai: number;
  };
  const per = new Map<string, Hitung>();
  for (const r of rows) {
    const unit = r.unit ?? 'Tanpa unit';
    const key = `${unit}\u0000${r.nama}`;
    const x = per.get(key) ?? { unit, nama: r.nama, jabatan: r.jabatan ?? '-', total: 0, belumDibaca: 0, terbuka: 0, lewat: 0, selesai: 0 };
    x.total++;
    if (r.selesai_pada) x.selesai++;
    else {
      x.terbuka++;
      if (!r.dibaca_pada) x.belumDibaca++;
      if (r.batas_waktu < now) x.lewat++;
    }
    per.set(key, x);
  }
  const baris = [...per.values()]
    .sort((a, b2) => a.unit.localeCompare(b2.unit, 'id') || a.nama.localeCompare(b2.nama, 'id'))
    .map((x) => [x.unit, x.nama, x.jabatan, String(x.total), String(x.belumDibaca), String(x.terbuka), String(x.lewat), String(x.selesai)]);
  return {
    judul: 'Rekapitulasi Disposisi',
    periode: `${periodeTeks(p)} · keadaan ${tanggalDi(env.now, tz)}`,
    kolom: [
      { header: 'Unit', weight: 20 },
      { header: 'Penerima', weight: 18 },
      { header: 'Jabatan', weight: 20 },
      { header: 'Jumlah', weight: 8 },
      { header: 'Belum dibaca', weight: 9 },
      { header: 'Terbuka', weight: 8 },
      { header: 'Lewat tenggat', weight: 9 },
      { header: 'Selesai', weight: 8 },
    ],
    baris,
    ringkasan: `Jumlah cabang disposisi: ${rows.length}.`,
  };
}
