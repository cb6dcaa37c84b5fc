// Owns the Indonesian names of the pemindahan and penyusutan values as these pages show them, and
// how they write dates.
import type { JenisPenyusutan, MetodePemusnahan, StatusPemindahan, StatusPenyusutan } from '../../../../shared/domain/arsip/nilai.ts';
import type { AnggotaPanitia } from '../../../../shared/domain/arsip/dokumen.ts';
import { formatTanggal } from '../../../../shared/format/index.ts';
import { TEKS } from '../../../i18n/id.ts';

export const NAMA_STATUS_PEMINDAHAN: Record<StatusPemindahan, string> = {
  usul: 'Diusulkan',
  diverifikasi: 'Diverifikasi',
  ditolak: 'Ditolak',
  selesai: 'Selesai',
  batal: 'Dibatalkan',
};

export const WARNA_STATUS_PEMINDAHAN: Record<StatusPemindahan, string | undefined> = {
  usul: 'blue',
  diverifikasi: 'gold',
  ditolak: 'red',
  selesai: 'green',
  batal: undefined,
};

export const NAMA_STATUS_PENYUSUTAN: Record<StatusPenyusutan, string> = {
  usul: 'Diusulkan',
  panitia: 'Panitia dibentuk',
  dinilai: 'Dinilai panitia',
  diajukan: 'Persetujuan diminta',
  disetujui: 'Disetujui',
  ditetapkan: 'Ditetapkan',
  dilaksanakan: 'Dilaksanakan',
  batal: 'Dibatalkan',
};

export const WARNA_STATUS_PENYUSUTAN: Record<StatusPenyusutan, string | undefined> = {
  usul: 'blue',
  panitia: 'cyan',
  dinilai: 'cyan',
  diajukan: 'gold',
  disetujui: 'lime',
  ditetapkan: 'purple',
  dilaksanakan: 'green',
  batal: undefined,
};

export const NAMA_JENIS_PENYUSUTAN: Record<JenisPenyusutan, string> = { musnah: 'Pemusnahan', serah: 'Penyerahan arsip statis' };

export const NAMA_METODE: Record<MetodePemusnahan | 'serah', string> = {
  cacah: 'Pencacahan',
  pulping: 'Pulping (penghancuran dengan air)',
  bakar: 'Pembakaran',
  lainnya: 'Cara lain',
  serah: 'Penyerahan',
};

export const NAMA_PERAN_PANITIA: Record<AnggotaPanitia['peran'], string> = { ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota' };

/** 'YYYY-MM-DD' or an ISO instant → "23 November 2026" (local date); "—" when absent. */
export const tanggal = (iso: string | null | undefined): string => {
  if (!iso) return TEKS.kosong;
  return formatTanggal(iso.length > 10 ? new Date(iso) : iso);
};

/** "Nomor W23-xx tanggal 23 November 2026". */
export const nomorTanggal = (nomor: string | null | undefined, tgl: string | null | undefined): string =>
  nomor ? `Nomor ${nomor} tanggal ${tanggal(tgl)}` : TEKS.kosong;
