// Owns how Arsip names and colours things: berkas status, category, final disposition, the retention
// step due, the berkas number "UM.01.01/3/2026" and its period ("Januari–Maret 2026").
import { Tag } from 'antd';
import { NAMA_KATEGORI_ARSIP, NAMA_NASIB_AKHIR, NAMA_STATUS_BERKAS } from '../../../shared/domain/arsip/nilai.ts';
import type { KategoriArsip, NasibAkhir, StatusBerkas } from '../../../shared/domain/arsip/nilai.ts';
import { formatTanggal } from '../../../shared/format/index.ts';
import { TEKS } from '../../i18n/id.ts';
import type { JatuhTempo } from './queries.ts';

const WARNA_STATUS: Record<StatusBerkas, string | undefined> = {
  aktif: 'blue',
  ditutup: 'geekblue',
  inaktif: 'gold',
  usul_musnah: 'orange',
  musnah: 'default',
  usul_serah: 'cyan',
  diserahkan: 'green',
};
const WARNA_KATEGORI: Record<KategoriArsip, string | undefined> = { umum: undefined, vital: 'red', terjaga: 'purple' };

export type Tahap = JatuhTempo['tahap'];
export const NAMA_TAHAP: Record<Tahap, string> = { pindah: 'Pindah', musnah: 'Musnah', serah: 'Serah', nilai: 'Nilai kembali' };
const WARNA_TAHAP: Record<Tahap, string> = { pindah: 'blue', musnah: 'volcano', serah: 'green', nilai: 'purple' };

export const StatusBerkasTag = ({ status }: { status: StatusBerkas }) => (
  <Tag color={WARNA_STATUS[status]}>{NAMA_STATUS_BERKAS[status]}</Tag>
);
export const KategoriTag = ({ kategori }: { kategori: KategoriArsip }) =>
  kategori === 'umum' ? null : <Tag color={WARNA_KATEGORI[kategori]}>Arsip {NAMA_KATEGORI_ARSIP[kategori].toLowerCase()}</Tag>;
export const TahapTag = ({ tahap }: { tahap: Tahap }) => <Tag color={WARNA_TAHAP[tahap]}>{NAMA_TAHAP[tahap]}</Tag>;
export const namaNasib = (n: NasibAkhir | null) => (n ? NAMA_NASIB_AKHIR[n] : TEKS.kosong);

/** "UM.01.01/3/2026": kode klasifikasi, nomor berkas in the unit's year, tahun. */
export const nomorBerkas = (b: { klasifikasiKode: string; nomorBerkas: number; tahun: number }) =>
  `${b.klasifikasiKode}/${b.nomorBerkas}/${b.tahun}`;

/** 'YYYY-MM-DD' → "23 November 2026"; null → "—". */
export const tgl = (iso: string | null | undefined) => (iso ? formatTanggal(iso.slice(0, 10)) : TEKS.kosong);

/** The period of the items: one date, "3 Maret 2026 – 20 November 2026", or "—" while empty. */
export function kurun(awal: string | null, akhir: string | null): string {
  if (!awal) return TEKS.kosong;
  return !akhir || akhir === awal ? tgl(awal) : `${tgl(awal)} – ${tgl(akhir)}`;
}

/** "3 tahun" / "—". */
export const tahun = (n: number | null) => (n === null ? TEKS.kosong : `${n} tahun`);
