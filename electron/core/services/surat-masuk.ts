// Owns the incoming-letter agenda (issue #4 §2): agenda numbers per year (with audited sisipan),
// duplicate warning, scans, search index, and the letter's detail with its disposition tree.
import path from 'node:path';
import type { Ctx } from '../context.ts';
import type { Trx } from '../../../db/connection.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc/contract.ts';
import {
  nextNoAgenda,
  sisipanOf,
  insertSuratMasuk,
  findDuplicates,
  getSuratMasuk,
  listBerkas,
  insertBerkas,
} from '../../../db/naskah/surat-masuk.ts';
import type { SuratMasukRow } from '../../../db/naskah/surat-masuk.ts';
import { disposisiOfSurat, penerimaOf } from '../../../db/naskah/disposisi.ts';
import { indexDocument } from '../../../db/search/queries.ts';
import { bolehDibatalkan } from '../../../shared/domain/naskah/disposisi.ts';
import { sisipanBerikut } from '../../../shared/domain/naskah/penomoran.ts';
import type { Instruksi, JenisNaskah, Keamanan, MediaSurat, StatusSuratMasuk } from '../../../shared/domain/naskah/surat.ts';
import type { Urgensi } from '../../../shared/domain/naskah/tenggat.ts';
import { simpanBerkas } from './berkas.ts';
import type { BerkasSiap } from './berkas.ts';

type Detail = ChannelOutput<'suratMasuk.get'>;
type Ringkas = ChannelOutput<'suratMasuk.list'>['items'][number];

export const nomorAgenda = (r: { no_agenda: number; sisipan: string; tahun: number }) => `${r.no_agenda}${r.sisipan}/${r.tahun}`;

export function ringkas(r: SuratMasukRow): Ringkas {
  return {
    id: r.id,
    nomorAgenda: nomorAgenda(r),
    tahun: r.tahun,
    diterimaPada: r.diterima_pada,
    jenisNaskah: r.jenis_naskah as JenisNaskah,
    nomorNaskah: r.nomor_naskah,
    tanggalNaskah: r.tanggal_naskah,
    asalInstansi: r.asal_instansi,
    hal: r.hal,
    urgensi: r.urgensi as Urgensi,
    keamanan: r.keamanan as Keamanan,
    status: r.status as StatusSuratMasuk,
    klasifikasiKode: r.klasifikasi_kode,
  };
}

const berkasInfo = (b: {
  id: number;
  nama_asli: string;
  sha256: string;
  ukuran: number;
  mime: string;
  halaman_teks: number | null;
  dihapus_pada: string | null;
}) => ({
  id: b.id,
  nama: b.nama_asli,
  sha256: b.sha256,
  ukuran: b.ukuran,
  mime: b.mime,
  halamanTeks: b.halaman_teks,
  dimusnahkanPada: b.dihapus_pada,
});

async function disposisiDetail(ctx: Pick<Ctx, 'db'>, suratId: number): Promise<Detail['disposisi']> {
  const ds = await disposisiOfSurat(ctx.db, suratId);
  const ps = await penerimaOf(
    ctx.db,
    ds.map((d) => d.id),
  );
  const files = await listBerkas(
    ctx.db,
    'disposisi_penerima',
    ps.map((p) => p.id),
  );
  return ds.map((d) => {
    const penerima = ps.filter((p) => p.disposisi_id === d.id);
    const instr = JSON.parse(d.instruksi_json) as { kode: Instruksi[]; lain: string | null };
    return {
      id: d.id,
      indukPenerimaId: d.induk_penerima_id,
      dari: d.dari_nama,
      dariUserId: d.dari_user_id,
      dicatatOleh: d.dicatat_nama,
      dicatatOlehId: d.dicatat_oleh_id,
      dariLembar: d.dari_lembar === 1,
      waktu: d.waktu,
      instruksi: instr.kode,
      instruksiLain: instr.lain,
      catatan: d.catatan,
      batasWaktu: d.batas_waktu,
      status: d.status === 'dibatalkan' ? 'dibatalkan' : 'aktif',
      bolehDibatalkan: d.status === 'aktif' && bolehDibatalkan({ penerima: penerima.map((p) => ({ dibacaPada: p.dibaca_pada })) }),
      penerima: penerima.map((p) => ({
        id: p.id,
        kepadaUserId: p.kepada_user_id,
        kepada: p.kepada_nama,
        kepadaUnitId: p.kepada_unit_id,
        kepadaUnit: p.kepada_unit_nama,
        dibacaPada: p.dibaca_pada,
        selesaiPada: p.selesai_pada,
        laporan: p.laporan,
        berkas: files.filter((f) => f.pemilik_id === p.id).map(berkasInfo),
      })),
    };
  });
}

export async function suratDetail(ctx: Pick<Ctx, 'db'>, id: number): Promise<Detail> {
  const r = await getSuratMasuk(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Surat masuk tidak ditemukan.');
  const files = await listBerkas(ctx.db, 'surat_masuk', [id]);
  return {
    ...ringkas(r),
    asalPejabat: r.asal_pejabat,
    isiRingkas: r.isi_ringkas,
    tujuan: r.tujuan,
    lampiran: r.lampiran,
    media: r.media as MediaSurat,
    alasanSisipan: r.alasan_sisipan,
    pencatat: r.pencatat_nama,
    berkas: files.map(berkasInfo),
    disposisi: await disposisiDetail(ctx, id),
  };
}

export async function simpanLampiran(trx: Trx, ctx: Ctx, pemilik: string, pemilikId: number, files: BerkasSiap[]): Promise<void> {
  for (const f of files)
    await insertBerkas(trx, {
      pemilik,
      pemilik_id: pemilikId,
      nama_asli: f.nama,
      path: f.path,
      sha256: f.sha256,
      ukuran: f.ukuran,
      mime: f.mime,
      halaman_teks: f.halamanTeks,
      created_by: ctx.actor.userId,
      created_at: ctx.nowIso(),
    });
}

async function nomorBaru(
  trx: Trx,
  tahun: number,
  sisipan: ParsedInput<'suratMasuk.create'>['sisipan'],
): Promise<{ no: number; sisipan: string }> {
  if (!sisipan) return { no: await nextNoAgenda(trx, tahun), sisipan: '' };
  const used = await sisipanOf(trx, tahun, sisipan.setelahNoAgenda);
  if (!used.includes(''))
    throw new AppError(
      'VALIDATION',
      `Nomor agenda ${sisipan.setelahNoAgenda}/${tahun} belum ada; sisipan hanya setelah nomor yang sudah tercatat.`,
      [{ path: 'sisipan.setelahNoAgenda', message: 'Nomor agenda ini belum tercatat.' }],
    );
  return { no: sisipan.setelahNoAgenda, sisipan: sisipanBerikut(used.filter(Boolean)) };
}

async function tolakDuplikat(ctx: Ctx, input: ParsedInput<'suratMasuk.create'>): Promise<void> {
  if (input.abaikanDuplikat) return;
  const dup = await findDuplicates(ctx.db, input.asalInstansi, input.nomorNaskah, input.tanggalNaskah);
  if (dup.length)
    throw new AppError(
      'CONFLICT',
      `Surat dari ${input.asalInstansi} nomor ${input.nomorNaskah} tanggal ${input.tanggalNaskah} sudah tercatat sebagai agenda ${dup.map(nomorAgenda).join(', ')}. Centang "tetap catat" bila memang surat berbeda.`,
      [{ path: 'nomorNaskah', message: `Sudah tercatat: agenda ${dup.map(nomorAgenda).join(', ')}.` }],
    );
}

export async function catatSuratMasuk(ctx: Ctx, input: ParsedInput<'suratMasuk.create'>): Promise<number> {
  await tolakDuplikat(ctx, input);
  const files = await simpanBerkas(path.join(ctx.paths.berkas, 'surat-masuk'), input.berkas);
  const tahun = Number(input.diterimaPada.slice(0, 4));
  return ctx.write(async (trx, audit) => {
    const nomor = await nomorBaru(trx, tahun, input.sisipan);
    const at = ctx.nowIso();
    const id = await insertSuratMasuk(trx, {
      tahun,
      no_agenda: nomor.no,
      sisipan: nomor.sisipan,
      alasan_sisipan: input.sisipan?.alasan ?? null,
      diterima_pada: input.diterimaPada,
      jenis_naskah: input.jenisNaskah,
      nomor_naskah: input.nomorNaskah,
      tanggal_naskah: input.tanggalNaskah,
      asal_instansi: input.asalInstansi,
      asal_pejabat: input.asalPejabat,
      hal: input.hal,
      isi_ringkas: input.isiRingkas,
      urgensi: input.urgensi,
      keamanan: input.keamanan,
      klasifikasi_kode: input.klasifikasiKode,
      tujuan: input.tujuan,
      lampiran: input.lampiran,
      media: input.media,
      status: 'diterima',
      pencatat_id: ctx.actor.userId,
      created_at: at,
      updated_at: at,
    });
    await simpanLampiran(trx, ctx, 'surat_masuk', id, files);
    await indexDocument(trx, {
      domain: 'naskah',
      entity: 'surat_masuk',
      entityId: String(id),
      title: input.hal,
      body: [
        input.asalInstansi,
        input.asalPejabat,
        input.nomorNaskah,
        input.isiRingkas,
        input.klasifikasiKode,
        ...files.map((f) => `${f.nama} ${f.teks}`),
      ]
        .filter(Boolean)
        .join(' · '),
    });
    await audit.change('surat_masuk', id, null, nomor.sisipan ? 'catat-sisipan' : 'catat');
    return id;
  });
}
