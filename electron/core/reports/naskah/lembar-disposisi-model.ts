// Owns the model of the Lembar Disposisi (reference arsip-naskah.md A.8): the letter's particulars,
// the first active disposition (or blank boxes, for a head who disposes on paper), every standard
// instruction with whether it was chosen, the deadline and who disposed. Plain data, dates written out.
import { getSuratMasuk } from '../../../../db/naskah/surat-masuk.ts';
import { disposisiOfSurat, penerimaOf } from '../../../../db/naskah/disposisi.ts';
import { getUser } from '../../../../db/akun/queries.ts';
import { INSTRUKSI, NAMA_INSTRUKSI, NAMA_KEAMANAN, NAMA_URGENSI } from '../../../../shared/domain/naskah/surat.ts';
import type { Instruksi, Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { formatNip, formatTanggal } from '../../../../shared/format/index.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { ReportEnv } from '../engine.ts';
import { DEFAULT_TIME_ZONE, tanggalDi, tanggalJamDi } from '../layout/waktu.ts';

export type LembarDisposisiModel = {
  suratDari: string;
  nomorSurat: string;
  tanggalSurat: string;
  diterima: string;
  nomorAgenda: string;
  sifat: string;
  hal: string;
  kodeKlasifikasi: string | null;
  kepada: string[];
  instruksi: { teks: string; dipilih: boolean }[];
  instruksiLain: string | null;
  catatan: string | null;
  batasWaktu: string | null;
  pemberi: { nama: string; jabatan: string | null; nip: string | null; tanggal: string; dariLembar: boolean } | null;
};

async function pertamaAktif(env: ReportEnv, suratId: number) {
  const d = (await disposisiOfSurat(env.conn, suratId)).find((x) => x.status === 'aktif' && x.induk_penerima_id === null);
  if (!d) return null;
  const penerima = await penerimaOf(env.conn, [d.id]);
  const pemberi = await getUser(env.conn, d.dari_user_id);
  return { d, penerima, pemberi };
}

export async function buildLembarDisposisiModel(env: ReportEnv, suratMasukId: number): Promise<LembarDisposisiModel> {
  const s = await getSuratMasuk(env.conn, suratMasukId);
  if (!s)
    throw new AppError('NOT_FOUND', 'Surat masuk tidak ditemukan.', [
      { path: 'params.suratMasukId', message: 'Surat masuk tidak ditemukan.' },
    ]);
  const tz = env.timeZone ?? DEFAULT_TIME_ZONE;
  const disp = await pertamaAktif(env, s.id);
  const chosen = new Set<Instruksi>(disp ? (JSON.parse(disp.d.instruksi_json) as { kode: Instruksi[] }).kode : []);
  const lain = disp ? (JSON.parse(disp.d.instruksi_json) as { lain: string | null }).lain : null;
  return {
    suratDari: [s.asal_instansi, s.asal_pejabat].filter(Boolean).join(' — '),
    nomorSurat: s.nomor_naskah,
    tanggalSurat: formatTanggal(s.tanggal_naskah),
    diterima: tanggalJamDi(new Date(s.diterima_pada), tz),
    nomorAgenda: `${s.no_agenda}${s.sisipan}/${s.tahun}`,
    sifat: `${NAMA_URGENSI[s.urgensi as keyof typeof NAMA_URGENSI] ?? s.urgensi} · ${NAMA_KEAMANAN[s.keamanan as Keamanan] ?? s.keamanan}`,
    hal: s.hal,
    kodeKlasifikasi: s.klasifikasi_kode,
    kepada: disp ? disp.penerima.map((p) => (p.kepada_unit_nama ? `${p.kepada_unit_nama} (${p.kepada_nama})` : p.kepada_nama)) : [],
    instruksi: INSTRUKSI.map((k) => ({ teks: NAMA_INSTRUKSI[k], dipilih: chosen.has(k) })),
    instruksiLain: lain,
    catatan: disp?.d.catatan ?? null,
    batasWaktu: disp ? tanggalJamDi(new Date(disp.d.batas_waktu), tz) : null,
    pemberi: disp
      ? {
          nama: disp.pemberi?.nama ?? '',
          jabatan: disp.pemberi?.jabatan ?? null,
          nip: disp.pemberi?.nip ? formatNip(disp.pemberi.nip) : null,
          tanggal: tanggalDi(new Date(disp.d.waktu), tz),
          dariLembar: disp.d.dari_lembar === 1,
        }
      : null,
  };
}
