// Owns pemusnahan and penyerahan (issue #5 §6–§7): proposal from eligible inactive berkas, then
// SK Panitia Penilai → pertimbangan → permintaan persetujuan → persetujuan (Kepala ANRI when kept
// 10 years or more) → penetapan → pelaksanaan. Each step needs the previous step's document signed.
// Destruction keeps the metadata forever (with the BA number) and deletes the digital copies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Ctx, Auditor } from '../../context.ts';
import type { Trx } from '../../../../db/connection.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import { bolehUsulMusnah, bolehUsulSerah, persetujuanMusnah } from '../../../../shared/domain/arsip/retensi.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../shared/domain/arsip/dokumen.ts';
import { ALUR_LANGKAH, syaratLangkah } from '../../../../shared/domain/arsip/langkah.ts';
import type { NamaLangkah } from '../../../../shared/domain/arsip/langkah.ts';
import type { JenisPenyusutan, PersetujuanOleh, StatusPenyusutan } from '../../../../shared/domain/arsip/nilai.ts';
import { berkasByIds, getBerkas, updateBerkas, itemsOf, salinanOf, getItem } from '../../../../db/arsip/berkas.ts';
import {
  insertPenyusutan,
  getPenyusutan,
  updatePenyusutan,
  berkasPenyusutan,
  dokumenTertanda,
  linkPenyusutan,
} from '../../../../db/arsip/penyusutan.ts';
import { lampiranSumber, tandaiLampiranDihapus } from '../../../../db/arsip/pengarsipan.ts';
import { hapusSalinan, pathMasihDipakai } from '../../../../db/arsip/pemusnahan.ts';
import { hariIni, izinPemanggil, labelBerkas, retensiOf, ringkasBerkas } from './umum.ts';
import { indexBerkas, indexItem } from './berkas.ts';

type Row = NonNullable<Awaited<ReturnType<typeof getPenyusutan>>>;

/** The column each step fills (its order and statuses are shared/domain/arsip/langkah.ts). */
const KOLOM: Record<NamaLangkah, keyof Row> = {
  panitia: 'panitia_json',
  pertimbangan: 'pertimbangan_json',
  permintaan: 'permintaan_json',
  persetujuan: 'persetujuan_json',
  penetapan: 'penetapan_json',
  pelaksanaan: 'pelaksanaan_json',
};

const JUDUL: Record<string, string> = {
  'arsip-usul-musnah': 'Daftar Arsip Usul Musnah',
  'arsip-usul-serah': 'Daftar Arsip Usul Serah',
  'arsip-sk-panitia': 'Keputusan Pembentukan Panitia Penilai Arsip',
  'arsip-pertimbangan': 'Pertimbangan Panitia Penilai Arsip',
  'arsip-permintaan': 'Surat Permintaan Persetujuan',
  'arsip-pernyataan': 'Surat Pernyataan Keautentikan Arsip',
  'arsip-penetapan': 'Keputusan Penetapan',
  'arsip-ba-musnah': 'Berita Acara Pemusnahan Arsip',
  'arsip-daftar-musnah': 'Daftar Arsip yang Dimusnahkan',
  'arsip-ba-serah': 'Berita Acara Penyerahan Arsip Statis',
  'arsip-daftar-serah': 'Daftar Arsip yang Diserahkan',
};

/** Whether a document can be generated: the step it prints is recorded. */
function siap(p: Row, kind: string): boolean {
  const d = DOKUMEN_PENYUSUTAN.serah;
  if (kind === d.usul || kind === DOKUMEN_PENYUSUTAN.musnah.usul) return true;
  if (kind === d.panitia) return p.panitia_json !== null;
  if (kind === d.pertimbangan) return p.pertimbangan_json !== null;
  if (kind === d.permintaan) return p.permintaan_json !== null;
  if (kind === d.pernyataan) return p.persetujuan_json !== null;
  if (kind === d.penetapan) return p.persetujuan_json !== null && p.penetapan_json !== null;
  return p.pelaksanaan_json !== null;
}

async function persetujuanOleh(ctx: Pick<Ctx, 'db'>, jenis: JenisPenyusutan, ids: readonly number[]): Promise<PersetujuanOleh> {
  if (jenis === 'serah') return 'kepala_lembaga_kearsipan';
  const rows = await berkasByIds(ctx.db, ids);
  return rows.some((b) => persetujuanMusnah(b.retensi_aktif ?? 0, b.retensi_inaktif ?? 0) === 'kepala_anri')
    ? 'kepala_anri'
    : 'pimpinan_pencipta';
}

export async function detailPenyusutan(ctx: Ctx, id: number) {
  const p = await getPenyusutan(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'Usulan pemusnahan atau penyerahan tidak ditemukan.');
  const jenis = p.jenis as JenisPenyusutan;
  const ids = await berkasPenyusutan(ctx.db, id);
  const izin = await izinPemanggil(ctx);
  const dokumen = [];
  for (const kind of new Set(Object.values(DOKUMEN_PENYUSUTAN[jenis]) as string[])) {
    const d = await dokumenTertanda(ctx.db, kind, 'penyusutanId', id);
    dokumen.push({ kind, judul: JUDUL[kind] ?? kind, dokumenId: d?.id ?? null, ditandatangani: d !== undefined, siap: siap(p, kind) });
  }
  const langkah: Record<string, unknown> = {};
  for (const [k, kolom] of Object.entries(KOLOM)) {
    const v = p[kolom];
    if (typeof v === 'string') langkah[k] = JSON.parse(v) as unknown;
  }
  return {
    id: p.id,
    jenis,
    status: p.status as StatusPenyusutan,
    catatan: p.catatan,
    persetujuanOleh: await persetujuanOleh(ctx, jenis, ids),
    langkah,
    createdAt: p.created_at,
    berkas: (await berkasByIds(ctx.db, ids)).map((b) => ringkasBerkas(b, izin)),
    dokumen,
  };
}

export async function usulPenyusutan(ctx: Ctx, input: ParsedInput<'penyusutan.create'>): Promise<number> {
  const hari = await hariIni(ctx);
  const ids = [...new Set(input.berkasIds)];
  const rows = await berkasByIds(ctx.db, ids);
  if (rows.length !== ids.length)
    throw new AppError('NOT_FOUND', 'Sebagian berkas tidak ditemukan.', [{ path: 'berkasIds', message: 'Berkas tidak dikenal.' }]);
  const cek = input.jenis === 'musnah' ? bolehUsulMusnah : bolehUsulSerah;
  for (const b of rows) {
    const k = cek(retensiOf(b), hari);
    if (!k.boleh)
      throw new AppError('CONFLICT', `Berkas ${labelBerkas(b)} tidak dapat diusulkan: ${k.alasan.join(' ')}`, [
        { path: 'berkasIds', message: `${labelBerkas(b)}: ${k.alasan.join(' ')}` },
      ]);
  }
  return ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    const id = await insertPenyusutan(
      trx,
      {
        jenis: input.jenis,
        status: 'usul',
        catatan: input.catatan,
        panitia_json: null,
        pertimbangan_json: null,
        permintaan_json: null,
        persetujuan_json: null,
        penetapan_json: null,
        pelaksanaan_json: null,
        dibuat_oleh: ctx.actor.userId,
        created_at: at,
        updated_at: at,
      },
      ids,
    );
    await audit.change('penyusutan', id, null, `usul-${input.jenis}`);
    for (const l of await linkPenyusutan(trx, id)) await audit.change('penyusutan_berkas', l, null, 'usul');
    for (const b of rows) {
      const before = await audit.before('berkas_arsip', b.id);
      await updateBerkas(trx, b.id, { status: input.jenis === 'musnah' ? 'usul_musnah' : 'usul_serah', updated_at: at });
      await audit.change('berkas_arsip', b.id, before, `usul-${input.jenis}`);
    }
    return id;
  });
}

async function belumTertanda(ctx: Ctx, id: number, kinds: readonly string[]): Promise<string[]> {
  const out = [];
  for (const k of kinds) if (!(await dokumenTertanda(ctx.db, k, 'penyusutanId', id))) out.push(JUDUL[k] ?? k);
  return out;
}

export async function catatLangkah(ctx: Ctx, input: ParsedInput<'penyusutan.record'>): Promise<void> {
  const p = await getPenyusutan(ctx.db, input.id);
  if (!p) throw new AppError('NOT_FOUND', 'Usulan pemusnahan atau penyerahan tidak ditemukan.');
  const jenis = p.jenis as JenisPenyusutan;
  const a = ALUR_LANGKAH[input.data.langkah];
  if (p.status !== a.dari)
    throw new AppError('CONFLICT', `Langkah "${input.data.langkah}" dicatat setelah status "${a.dari}"; status sekarang "${p.status}".`);
  if (jenis === 'serah' && input.data.langkah === 'pelaksanaan' && input.data.metode !== 'serah')
    throw new AppError('VALIDATION', 'Penyerahan arsip statis dilaksanakan dengan metode "serah".', [
      { path: 'data.metode', message: 'Pilih serah.' },
    ]);
  if (jenis === 'musnah' && input.data.langkah === 'pelaksanaan' && input.data.metode === 'serah')
    throw new AppError('VALIDATION', 'Pilih cara pemusnahan: cacah, pulping, bakar atau lainnya.', [
      { path: 'data.metode', message: 'Pilih cara pemusnahan.' },
    ]);
  const kurang = await belumTertanda(ctx, p.id, syaratLangkah(jenis, input.data.langkah));
  if (kurang.length)
    throw new AppError('CONFLICT', `${kurang.join(' dan ')} belum ditandatangani. Minta pimpinan menandatanganinya lebih dulu.`);
  const { langkah, ...data } = input.data;
  const oleh = await persetujuanOleh(ctx, jenis, await berkasPenyusutan(ctx.db, p.id));
  const isi = langkah === 'permintaan' ? { ...data, kepada: oleh } : langkah === 'persetujuan' ? { ...data, oleh } : data;
  const terhapus = await ctx.write(async (trx, audit) => {
    const before = await audit.before('penyusutan', p.id);
    await updatePenyusutan(trx, p.id, { [KOLOM[langkah]]: JSON.stringify(isi), status: a.ke, updated_at: ctx.nowIso() });
    await audit.change('penyusutan', p.id, before, langkah);
    if (langkah !== 'pelaksanaan') return [];
    return laksanakan(ctx, trx, audit, p.id, jenis, input.data.langkah === 'pelaksanaan' ? input.data.baNomor : '');
  });
  hapusAman(terhapus);
}

/** One transaction: every berkas destroyed or handed over, items marked, copies marked deleted. */
async function laksanakan(ctx: Ctx, trx: Trx, audit: Auditor, id: number, jenis: JenisPenyusutan, baNomor: string): Promise<string[]> {
  const at = ctx.nowIso();
  const paths: string[] = [];
  for (const berkasId of await berkasPenyusutan(trx, id)) {
    const before = await audit.before('berkas_arsip', berkasId);
    await updateBerkas(
      trx,
      berkasId,
      jenis === 'musnah'
        ? { status: 'musnah', ba_musnah: baNomor, updated_at: at }
        : { status: 'diserahkan', ba_serah: baNomor, updated_at: at },
    );
    await audit.change('berkas_arsip', berkasId, before, jenis === 'musnah' ? 'musnah' : 'serah');
    const b = (await getBerkas(trx, berkasId))!;
    await indexBerkas(trx, b);
    if (jenis !== 'musnah') continue;
    const items = await itemsOf(trx, berkasId);
    for (const item of items) {
      const bi = await audit.before('item_arsip', item.id);
      await hapusSalinan.item(trx, item.id, at);
      await audit.change('item_arsip', item.id, bi, 'musnah');
      await indexItem(trx, (await getItem(trx, item.id))!, b);
      if (item.sumber !== 'manual' && item.sumber_id !== null) {
        const lampiran = await lampiranSumber(trx, item.sumber, item.sumber_id);
        for (const l of lampiran) {
          await tandaiLampiranDihapus(trx, [l.id], at);
          await audit.event('musnah-lampiran', 'berkas_lampiran', l.id, { sha256: l.sha256, item: item.id });
          paths.push(l.path);
        }
      }
    }
    for (const s of await salinanOf(
      trx,
      items.map((i) => i.id),
    )) {
      const bs = await audit.before('salinan_arsip', s.id);
      await hapusSalinan.salinan(trx, s.id, at);
      await audit.change('salinan_arsip', s.id, bs, 'musnah');
      paths.push(s.path);
    }
  }
  const tersisa = [];
  for (const p of new Set(paths)) if (!(await pathMasihDipakai(trx, p))) tersisa.push(p);
  return tersisa;
}

/** Overwrites then removes each file once the transaction committed (a rollback must not lose files). */
function hapusAman(paths: readonly string[]): void {
  for (const p of paths) {
    try {
      const size = fs.statSync(p).size;
      fs.writeFileSync(p, crypto.randomBytes(size));
      fs.rmSync(p);
    } catch {
      // Already gone: nothing left to delete.
    }
  }
}

export async function batalkanPenyusutan(ctx: Ctx, id: number, alasan: string): Promise<void> {
  const p = await getPenyusutan(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'Usulan pemusnahan atau penyerahan tidak ditemukan.');
  if (p.status === 'dilaksanakan' || p.status === 'batal')
    throw new AppError('CONFLICT', 'Usulan yang sudah dilaksanakan atau dibatalkan tidak dapat dibatalkan.');
  await ctx.write(async (trx, audit) => {
    for (const berkasId of await berkasPenyusutan(trx, id)) {
      const before = await audit.before('berkas_arsip', berkasId);
      await updateBerkas(trx, berkasId, { status: 'inaktif', updated_at: ctx.nowIso() });
      await audit.change('berkas_arsip', berkasId, before, 'batal-usul');
    }
    const before = await audit.before('penyusutan', id);
    await updatePenyusutan(trx, id, {
      status: 'batal',
      catatan: [p.catatan, `Dibatalkan: ${alasan}`].filter(Boolean).join('\n'),
      updated_at: ctx.nowIso(),
    });
    await audit.change('penyusutan', id, before, 'batal');
  });
}
