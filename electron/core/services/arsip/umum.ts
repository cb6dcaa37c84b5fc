// Owns what every archive service needs: today's date in the office's zone, the caller's clearance,
// and turning a berkas row into what the contract shows (masked when the caller may not open it).
import type { Ctx } from '../../context.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import { bolehBuka, pesanTolakAkses } from '../../../../shared/domain/arsip/akses.ts';
import { labelLokasiAktif, labelLokasiInaktif } from '../../../../shared/domain/arsip/nomor.ts';
import type { BerkasRetensi } from '../../../../shared/domain/arsip/retensi.ts';
import type { KategoriArsip, NasibAkhir, StatusBerkas } from '../../../../shared/domain/arsip/nilai.ts';
import { getUser } from '../../../../db/akun/queries.ts';
import { getBerkas } from '../../../../db/arsip/berkas.ts';
import type { BerkasArsipRow } from '../../../../db/arsip/berkas.ts';
import { tanggalKantor } from '../kop.ts';

export type BerkasBaris = BerkasArsipRow & { jumlah_item?: number | null };

/** The calendar date now in the office's time zone (WIB, WITA or WIT). */
export const hariIni = (ctx: Pick<Ctx, 'db' | 'nowIso'>): Promise<string> => tanggalKantor(ctx.db, ctx.nowIso());

/** The caller's clearance; the system (CLI, setup) may open everything. */
export async function izinPemanggil(ctx: Pick<Ctx, 'db' | 'actor'>): Promise<Keamanan | null> {
  if (ctx.actor.userId === null) return 'SR';
  const u = await getUser(ctx.db, ctx.actor.userId);
  return u?.izinKeamanan ?? null;
}

export function tolakAkses(keamanan: Keamanan): never {
  throw new AppError('FORBIDDEN', pesanTolakAkses(keamanan));
}

export const tersembunyi = (k: Keamanan) => `Berklasifikasi ${NAMA_KEAMANAN[k]} — tidak dapat dibuka dengan izin Anda.`;

export const labelBerkas = (b: Pick<BerkasBaris, 'klasifikasi_kode' | 'nomor_berkas' | 'tahun' | 'unit_pengolah'>) =>
  `${b.klasifikasi_kode}/${b.nomor_berkas}/${b.tahun} · ${b.unit_pengolah}`;

export function lokasiBerkas(b: BerkasBaris): string {
  if (b.nomor_boks !== null || b.lok_gedung || b.lok_rak)
    return labelLokasiInaktif({
      gedung: b.lok_gedung,
      ruang: b.lok_ruang_inaktif,
      rak: b.lok_rak,
      boks: b.nomor_boks,
      folder: b.nomor_folder,
    });
  return labelLokasiAktif({ ruang: b.lok_ruang, lemari: b.lok_lemari, laci: b.lok_laci, folder: b.lok_folder });
}

export function penilaianOf(
  b: BerkasBaris,
): { hasil: 'musnah' | 'permanen'; nomorSk: string; tanggal: string; catatan: string | null } | null {
  return b.penilaian_json
    ? (JSON.parse(b.penilaian_json) as { hasil: 'musnah' | 'permanen'; nomorSk: string; tanggal: string; catatan: string | null })
    : null;
}

export function retensiOf(b: BerkasBaris): BerkasRetensi {
  return {
    status: b.status as StatusBerkas,
    nasibAkhir: b.nasib_akhir as NasibAkhir | null,
    hasilPenilaian: penilaianOf(b)?.hasil ?? null,
    jatuhTempoAktif: b.jatuh_tempo_aktif,
    jatuhTempoInaktif: b.jatuh_tempo_inaktif,
    ditahanPerkara: b.ditahan_perkara === 1,
    retensiAktif: b.retensi_aktif,
    retensiInaktif: b.retensi_inaktif,
  };
}

export function ringkasBerkas(b: BerkasBaris, izin: Keamanan | null) {
  const keamanan = b.keamanan as Keamanan;
  const boleh = bolehBuka(izin, keamanan);
  return {
    id: b.id,
    unitPengolah: b.unit_pengolah,
    tahun: b.tahun,
    nomorBerkas: b.nomor_berkas,
    klasifikasiKode: b.klasifikasi_kode,
    uraian: boleh ? b.uraian : tersembunyi(keamanan),
    kurunAwal: b.kurun_awal,
    kurunAkhir: b.kurun_akhir,
    jumlahItem: Number(b.jumlah_item ?? 0),
    kategori: b.kategori as KategoriArsip,
    keamanan,
    status: b.status as StatusBerkas,
    jatuhTempoAktif: b.jatuh_tempo_aktif,
    jatuhTempoInaktif: b.jatuh_tempo_inaktif,
    nasibAkhir: b.nasib_akhir as NasibAkhir | null,
    lokasi: lokasiBerkas(b),
    nomorBoks: b.nomor_boks,
    bolehDibuka: boleh,
  };
}

export async function berkasAda(ctx: Pick<Ctx, 'db'>, id: number): Promise<BerkasBaris> {
  const b = await getBerkas(ctx.db, id);
  if (!b) throw new AppError('NOT_FOUND', 'Berkas arsip tidak ditemukan.');
  return b;
}

/** A berkas the caller may open (FORBIDDEN with a clear message otherwise). */
export async function berkasTerbuka(ctx: Pick<Ctx, 'db' | 'actor'>, id: number): Promise<BerkasBaris> {
  const b = await berkasAda(ctx, id);
  if (!bolehBuka(await izinPemanggil(ctx), b.keamanan as Keamanan)) tolakAkses(b.keamanan as Keamanan);
  return b;
}
