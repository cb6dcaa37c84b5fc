// Owns dispositions (issue #4 §3): the Pimpinan disposes (or the operator records it from the paper
// sheet on the Pimpinan's behalf), the deadline defaults from the urgency, recipients open, forward
// down and report; only the recipient closes a branch; the letter closes when every branch reported.
import path from 'node:path';
import type { Ctx } from '../context.ts';
import type { Trx } from '../../../db/connection.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { ParsedInput } from '../../../shared/ipc/contract.ts';
import { getSuratMasuk, setStatusSurat } from '../../../db/naskah/surat-masuk.ts';
import {
  insertDisposisi,
  getPenerima,
  getDisposisi,
  markRead,
  markDone,
  cancelDisposisi,
  allOfSurat,
} from '../../../db/naskah/disposisi.ts';
import { getUser, kepalaUnitOf } from '../../../db/akun/queries.ts';
import { getUnit } from '../../../db/organisasi/queries.ts';
import type { Tujuan } from '../../../db/naskah/disposisi.ts';
import { listHariLibur } from '../../../db/naskah/hari-libur.ts';
import { getSetting } from '../../../db/settings/queries.ts';
import { hitungTenggat, ATURAN_TENGGAT_BAWAAN } from '../../../shared/domain/naskah/tenggat.ts';
import type { AturanTenggat, Urgensi } from '../../../shared/domain/naskah/tenggat.ts';
import { susunPohon, suratTuntas, bolehDibatalkan } from '../../../shared/domain/naskah/disposisi.ts';
import { readKantor } from './kantor.ts';
import { timeZoneOf } from './kop.ts';
import { simpanBerkas } from './berkas.ts';
import { simpanLampiran } from './surat-masuk.ts';

type Baru = {
  kepada: number[];
  kepadaUnit: number[];
  instruksi: string[];
  instruksiLain: string | null;
  catatan: string | null;
  batasWaktu?: string | null;
};

export async function aturanTenggat(ctx: Pick<Ctx, 'db'>): Promise<AturanTenggat> {
  const custom = await getSetting<Partial<AturanTenggat>>(ctx.db, 'naskah.tenggat');
  const libur = await listHariLibur(ctx.db);
  return { ...ATURAN_TENGGAT_BAWAAN, ...custom, hariLibur: libur.map((l) => l.tanggal) };
}

export async function tenggatDefault(ctx: Ctx, urgensi: Urgensi, diterima: string) {
  const kantor = await readKantor(ctx.db);
  const timeZone = kantor ? timeZoneOf(kantor) : 'Asia/Jakarta';
  return hitungTenggat({ urgensi, diterima, timeZone, aturan: await aturanTenggat(ctx) });
}

/**
 * Resolves the addressees: officials as they are, units to their active head (who receives for the
 * unit). An official named twice, or named and heading a named unit, receives once, for the unit.
 */
async function tentukanPenerima(ctx: Ctx, b: Baru, dari: number): Promise<Tujuan[]> {
  const out = new Map<number, Tujuan>();
  for (const [i, id] of b.kepada.entries()) {
    const u = await getUser(ctx.db, id);
    if (!u || !u.aktif)
      throw new AppError('VALIDATION', 'Penerima tidak ditemukan atau nonaktif.', [
        { path: `kepada.${i}`, message: 'Penerima tidak dikenal.' },
      ]);
    if (id === dari)
      throw new AppError('VALIDATION', 'Disposisi tidak dapat ditujukan kepada diri sendiri.', [
        { path: `kepada.${i}`, message: 'Pilih pejabat lain.' },
      ]);
    out.set(id, { userId: id, unitId: null });
  }
  for (const [i, unitId] of b.kepadaUnit.entries()) {
    const unit = await getUnit(ctx.db, unitId);
    if (!unit)
      throw new AppError('VALIDATION', 'Unit penerima tidak ditemukan.', [{ path: `kepadaUnit.${i}`, message: 'Unit tidak dikenal.' }]);
    const kepala = await kepalaUnitOf(ctx.db, unitId);
    if (!kepala)
      throw new AppError('VALIDATION', `${unit.nama} belum memiliki kepala unit di SATU.`, [
        {
          path: `kepadaUnit.${i}`,
          message: `${unit.nama} belum memiliki kepala unit. Administrator menandainya di Pengaturan → Pengguna.`,
        },
      ]);
    if (kepala.id === dari)
      throw new AppError('VALIDATION', 'Anda sendiri kepala unit ini; disposisi tidak dapat ditujukan kepada diri sendiri.', [
        { path: `kepadaUnit.${i}`, message: 'Pilih unit lain.' },
      ]);
    out.set(kepala.id, { userId: kepala.id, unitId });
  }
  return [...out.values()];
}

/** Recomputes the letter's status from its tree (diterima → didisposisi → selesai). */
async function perbaruiStatus(trx: Trx, audit: Parameters<Parameters<Ctx['write']>[0]>[1], suratId: number, at: string): Promise<void> {
  const { ds, ps } = await allOfSurat(trx, suratId);
  const tree = susunPohon(
    ds.map((d) => ({ id: d.id, indukPenerimaId: d.induk_penerima_id, status: d.status === 'dibatalkan' ? 'dibatalkan' : 'aktif' })),
    ps.map((p) => ({
      id: p.id,
      disposisiId: p.disposisi_id,
      kepadaUserId: p.kepada_user_id,
      dibacaPada: p.dibaca_pada,
      selesaiPada: p.selesai_pada,
    })),
  );
  const status = tree.length === 0 ? 'diterima' : suratTuntas(tree) ? 'selesai' : 'didisposisi';
  const current = await getSuratMasuk(trx, suratId);
  if (current && current.status !== status) {
    const before = await audit.before('surat_masuk', suratId);
    await setStatusSurat(trx, suratId, status, at);
    await audit.change('surat_masuk', suratId, before, `status-${status}`);
  }
}

async function simpanDisposisi(
  ctx: Ctx,
  suratId: number,
  indukPenerimaId: number | null,
  dari: number,
  b: Baru,
  lembar: boolean,
): Promise<void> {
  const surat = await getSuratMasuk(ctx.db, suratId);
  if (!surat) throw new AppError('NOT_FOUND', 'Surat masuk tidak ditemukan.');
  const tujuan = await tentukanPenerima(ctx, b, dari);
  const at = ctx.nowIso();
  const batas = b.batasWaktu ?? (await tenggatDefault(ctx, surat.urgensi as Urgensi, at)).batas;
  if (batas <= at)
    throw new AppError('VALIDATION', 'Batas waktu harus setelah saat ini.', [{ path: 'batasWaktu', message: 'Batas waktu sudah lewat.' }]);
  await ctx.write(async (trx, audit) => {
    const id = await insertDisposisi(
      trx,
      {
        surat_masuk_id: suratId,
        induk_penerima_id: indukPenerimaId,
        dari_user_id: dari,
        dicatat_oleh_id: ctx.actor.userId ?? dari,
        dari_lembar: lembar ? 1 : 0,
        waktu: at,
        instruksi_json: JSON.stringify({ kode: b.instruksi, lain: b.instruksiLain }),
        catatan: b.catatan,
        batas_waktu: batas,
        status: 'aktif',
        dibatalkan_pada: null,
      },
      tujuan,
    );
    await audit.change('disposisi', id, null, lembar ? 'catat-dari-lembar' : indukPenerimaId ? 'teruskan' : 'buat');
    await perbaruiStatus(trx, audit, suratId, at);
  });
}

export async function buatDisposisi(ctx: Ctx, input: ParsedInput<'disposisi.create'>): Promise<number> {
  const isPimpinan = ctx.actor.roles.includes('pimpinan');
  if (input.atasNamaUserId) {
    if (!ctx.actor.roles.includes('operator_persuratan'))
      throw new AppError('FORBIDDEN', 'Hanya operator persuratan yang mencatat disposisi atas nama pimpinan.');
    const p = await getUser(ctx.db, input.atasNamaUserId);
    if (!p?.roles.includes('pimpinan'))
      throw new AppError('VALIDATION', 'Disposisi dari lembar hanya atas nama pengguna berperan Pimpinan.', [
        { path: 'atasNamaUserId', message: 'Pilih pimpinan.' },
      ]);
    await simpanDisposisi(ctx, input.suratMasukId, null, p.id, input, true);
  } else {
    if (!isPimpinan || ctx.actor.userId === null)
      throw new AppError(
        'FORBIDDEN',
        'Hanya pimpinan yang memberi disposisi. Operator mencatatnya dari lembar disposisi atas nama pimpinan.',
      );
    await simpanDisposisi(ctx, input.suratMasukId, null, ctx.actor.userId, input, false);
  }
  return input.suratMasukId;
}

async function penerimaMilikSaya(ctx: Ctx, penerimaId: number) {
  const p = await getPenerima(ctx.db, penerimaId);
  if (!p || p.status !== 'aktif') throw new AppError('NOT_FOUND', 'Disposisi tidak ditemukan atau sudah dibatalkan.');
  if (p.kepada_user_id !== ctx.actor.userId) throw new AppError('FORBIDDEN', 'Disposisi ini ditujukan kepada pejabat lain.');
  return p;
}

async function tandaiDibaca(ctx: Ctx, p: { id: number; dibaca_pada: string | null; surat_masuk_id: number }): Promise<void> {
  if (p.dibaca_pada) return;
  await ctx.write(async (_trx, audit) => {
    const before = await audit.before('disposisi_penerima', p.id);
    await markRead(_trx, p.id, ctx.nowIso());
    await audit.change('disposisi_penerima', p.id, before, 'dibaca');
  });
}

export async function bukaDisposisi(ctx: Ctx, penerimaId: number): Promise<number> {
  const p = await penerimaMilikSaya(ctx, penerimaId);
  await tandaiDibaca(ctx, p);
  return p.surat_masuk_id;
}

export async function teruskanDisposisi(ctx: Ctx, input: ParsedInput<'disposisi.forward'>): Promise<number> {
  const p = await penerimaMilikSaya(ctx, input.penerimaId);
  if (p.selesai_pada) throw new AppError('CONFLICT', 'Disposisi ini sudah dilaporkan selesai.');
  await tandaiDibaca(ctx, p);
  await simpanDisposisi(ctx, p.surat_masuk_id, p.id, p.kepada_user_id, input, false);
  return p.surat_masuk_id;
}

export async function laporTindakLanjut(ctx: Ctx, input: ParsedInput<'disposisi.report'>): Promise<number> {
  const p = await penerimaMilikSaya(ctx, input.penerimaId);
  if (p.selesai_pada) throw new AppError('CONFLICT', 'Tindak lanjut sudah dilaporkan.');
  const files = await simpanBerkas(path.join(ctx.paths.berkas, 'tindak-lanjut'), input.berkas);
  await ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    const before = await audit.before('disposisi_penerima', p.id);
    if (!p.dibaca_pada) await markRead(trx, p.id, at);
    await markDone(trx, p.id, input.laporan, at);
    await simpanLampiran(trx, ctx, 'disposisi_penerima', p.id, files);
    await audit.change('disposisi_penerima', p.id, before, 'lapor-selesai');
    await perbaruiStatus(trx, audit, p.surat_masuk_id, at);
  });
  return p.surat_masuk_id;
}

export async function batalkanDisposisi(ctx: Ctx, disposisiId: number): Promise<number> {
  const d = await getDisposisi(ctx.db, disposisiId);
  if (!d || d.status !== 'aktif') throw new AppError('NOT_FOUND', 'Disposisi tidak ditemukan atau sudah dibatalkan.');
  if (ctx.actor.userId !== d.dari_user_id && ctx.actor.userId !== d.dicatat_oleh_id)
    throw new AppError('FORBIDDEN', 'Hanya pemberi disposisi yang dapat membatalkannya.');
  const { ps } = await allOfSurat(ctx.db, d.surat_masuk_id);
  if (!bolehDibatalkan({ penerima: ps.filter((p) => p.disposisi_id === d.id).map((p) => ({ dibacaPada: p.dibaca_pada })) }))
    throw new AppError('CONFLICT', 'Disposisi sudah dibaca penerima sehingga tidak dapat dibatalkan.');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('disposisi', d.id);
    await cancelDisposisi(trx, d.id, ctx.nowIso());
    await audit.change('disposisi', d.id, before, 'batal');
    await perbaruiStatus(trx, audit, d.surat_masuk_id, ctx.nowIso());
  });
  return d.surat_masuk_id;
}
