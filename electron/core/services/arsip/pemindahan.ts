// Owns pemindahan (issue #5 §5): due berkas of one unit pengolah → Daftar Arsip Usul Pindah →
// physical verification by the unit kearsipan → Berita Acara with definitive box and folder numbers
// and location → the signed BA and Daftar Arsip yang Dipindahkan → the berkas become inactive.
import type { Ctx } from '../../context.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import { bolehPindah } from '../../../../shared/domain/arsip/retensi.ts';
import { nomorBoksBerikut } from '../../../../shared/domain/arsip/nomor.ts';
import { DOKUMEN_PEMINDAHAN } from '../../../../shared/domain/arsip/dokumen.ts';
import type { StatusPemindahan } from '../../../../shared/domain/arsip/nilai.ts';
import { berkasByIds, boksTerpakai, getBerkas, updateBerkas } from '../../../../db/arsip/berkas.ts';
import {
  insertPemindahan,
  getPemindahan,
  updatePemindahan,
  berkasPemindahan,
  setVerifikasi,
  berkasDalamPemindahan,
  dokumenTertanda,
} from '../../../../db/arsip/penyusutan.ts';
import { hariIni, izinPemanggil, labelBerkas, retensiOf, ringkasBerkas } from './umum.ts';
import { indexBerkas } from './berkas.ts';

const JUDUL = {
  usul: 'Daftar Arsip Usul Pindah',
  ba: 'Berita Acara Pemindahan Arsip Inaktif',
  daftar: 'Daftar Arsip yang Dipindahkan',
} as const;

export async function detailPemindahan(ctx: Ctx, id: number) {
  const p = await getPemindahan(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'Pemindahan tidak ditemukan.');
  const izin = await izinPemanggil(ctx);
  const links = await berkasPemindahan(ctx.db, id);
  const rows = await berkasByIds(
    ctx.db,
    links.map((l) => l.berkas_id),
  );
  const dokumen = [];
  for (const k of ['usul', 'ba', 'daftar'] as const) {
    const d = await dokumenTertanda(ctx.db, DOKUMEN_PEMINDAHAN[k], 'pemindahanId', id);
    dokumen.push({
      kind: DOKUMEN_PEMINDAHAN[k],
      judul: JUDUL[k],
      dokumenId: d?.id ?? null,
      ditandatangani: d !== undefined,
      siap: k === 'usul' || p.ba_nomor !== null,
    });
  }
  return {
    id: p.id,
    unitPengolah: p.unit_pengolah,
    status: p.status as StatusPemindahan,
    catatan: p.catatan,
    catatanVerifikasi: p.catatan_verifikasi,
    baNomor: p.ba_nomor,
    baTanggal: p.ba_tanggal,
    pejabat: p.pejabat_json ? (JSON.parse(p.pejabat_json) as unknown) : null,
    createdAt: p.created_at,
    berkas: rows.map((b) => {
      const l = links.find((x) => x.berkas_id === b.id)!;
      return { ...ringkasBerkas(b, izin), sesuai: l.sesuai === null ? null : l.sesuai === 1, catatanVerifikasi: l.catatan };
    }),
    dokumen,
  };
}

export async function usulPindah(ctx: Ctx, input: ParsedInput<'pemindahan.create'>): Promise<number> {
  const hari = await hariIni(ctx);
  const ids = [...new Set(input.berkasIds)];
  const rows = await berkasByIds(ctx.db, ids);
  if (rows.length !== ids.length)
    throw new AppError('NOT_FOUND', 'Sebagian berkas tidak ditemukan.', [{ path: 'berkasIds', message: 'Berkas tidak dikenal.' }]);
  for (const b of rows) {
    const k = bolehPindah(retensiOf(b), hari);
    if (!k.boleh)
      throw new AppError('CONFLICT', `Berkas ${labelBerkas(b)} belum dapat dipindahkan: ${k.alasan.join(' ')}`, [
        { path: 'berkasIds', message: `${labelBerkas(b)}: ${k.alasan.join(' ')}` },
      ]);
  }
  const units = new Set(rows.map((b) => b.unit_pengolah));
  if (units.size > 1)
    throw new AppError('VALIDATION', 'Satu usulan pemindahan untuk satu unit pengolah. Pisahkan berkas per unit.', [
      { path: 'berkasIds', message: `Berkas dari ${[...units].join(', ')}.` },
    ]);
  const dipakai = await berkasDalamPemindahan(ctx.db, ids);
  if (dipakai.length)
    throw new AppError('CONFLICT', `Sebagian berkas sudah ada dalam usulan pemindahan #${dipakai[0]!.id}.`, [
      { path: 'berkasIds', message: 'Sudah diusulkan.' },
    ]);
  return ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    const id = await insertPemindahan(
      trx,
      {
        unit_pengolah: rows[0]!.unit_pengolah,
        status: 'usul',
        catatan: input.catatan,
        catatan_verifikasi: null,
        diverifikasi_oleh: null,
        diverifikasi_pada: null,
        ba_nomor: null,
        ba_tanggal: null,
        pejabat_json: null,
        dibuat_oleh: ctx.actor.userId,
        created_at: at,
        updated_at: at,
      },
      ids,
    );
    await audit.change('pemindahan', id, null, 'usul');
    for (const l of await berkasPemindahan(trx, id)) await audit.change('pemindahan_berkas', l.id, null, 'usul');
    return id;
  });
}

async function pemindahanDengan(ctx: Ctx, id: number, status: readonly StatusPemindahan[], apa: string) {
  const p = await getPemindahan(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'Pemindahan tidak ditemukan.');
  if (!status.includes(p.status as StatusPemindahan))
    throw new AppError('CONFLICT', `Pemindahan berstatus "${p.status}" tidak dapat ${apa}.`);
  return p;
}

export async function verifikasi(ctx: Ctx, input: ParsedInput<'pemindahan.verify'>): Promise<void> {
  await pemindahanDengan(ctx, input.id, ['usul'], 'diverifikasi');
  const links = await berkasPemindahan(ctx.db, input.id);
  const belum = links.filter((l) => !input.hasil.some((h) => h.berkasId === l.berkas_id));
  if (belum.length)
    throw new AppError('VALIDATION', 'Setiap berkas dalam usulan harus diperiksa.', [
      { path: 'hasil', message: `${belum.length} berkas belum diperiksa.` },
    ]);
  const sesuai = input.hasil.every((h) => h.sesuai);
  if (!sesuai && !input.hasil.some((h) => !h.sesuai && h.catatan))
    throw new AppError('VALIDATION', 'Tuliskan catatan untuk berkas yang tidak sesuai.', [
      { path: 'hasil', message: 'Catatan ketidaksesuaian wajib.' },
    ]);
  await ctx.write(async (trx, audit) => {
    for (const h of input.hasil) {
      const l = links.find((x) => x.berkas_id === h.berkasId);
      if (!l) continue;
      const before = await audit.before('pemindahan_berkas', l.id);
      await setVerifikasi(trx, input.id, h.berkasId, h.sesuai, h.catatan);
      await audit.change('pemindahan_berkas', l.id, before, 'verifikasi');
    }
    const before = await audit.before('pemindahan', input.id);
    await updatePemindahan(trx, input.id, {
      status: sesuai ? 'diverifikasi' : 'ditolak',
      catatan_verifikasi: input.catatan,
      diverifikasi_oleh: ctx.actor.userId,
      diverifikasi_pada: ctx.nowIso(),
      updated_at: ctx.nowIso(),
    });
    await audit.change('pemindahan', input.id, before, sesuai ? 'diverifikasi' : 'ditolak');
  });
}

export async function catatBa(ctx: Ctx, input: ParsedInput<'pemindahan.setBa'>): Promise<void> {
  await pemindahanDengan(ctx, input.id, ['diverifikasi'], 'dicatat berita acaranya');
  const links = await berkasPemindahan(ctx.db, input.id);
  const milik = new Set(links.map((l) => l.berkas_id));
  const terpakai = (await boksTerpakai(ctx.db)).filter((n) => n > 0);
  // Boxes already given to these berkas (a correction) are free for them again.
  const rows = await berkasByIds(ctx.db, [...milik]);
  const lain = terpakai.filter((n) => !rows.some((b) => b.nomor_boks === n));
  const mulai = input.boksMulai ?? nomorBoksBerikut(lain);
  const butuh = Math.ceil(rows.length / input.perBoks);
  const bentrok = Array.from({ length: butuh }, (_, i) => mulai + i).filter((n) => lain.includes(n));
  if (bentrok.length)
    throw new AppError('CONFLICT', `Nomor boks ${bentrok.join(', ')} sudah dipakai. Nomor definitif tidak boleh dipakai ulang.`, [
      { path: 'boksMulai', message: `Mulai dari ${nomorBoksBerikut(lain)}.` },
    ]);
  await ctx.write(async (trx, audit) => {
    for (const [i, b] of rows.entries()) {
      const before = await audit.before('berkas_arsip', b.id);
      await updateBerkas(trx, b.id, {
        lok_gedung: input.lokasi.gedung,
        lok_ruang_inaktif: input.lokasi.ruang,
        lok_rak: input.lokasi.rak,
        nomor_boks: mulai + Math.floor(i / input.perBoks),
        nomor_folder: (i % input.perBoks) + 1,
        updated_at: ctx.nowIso(),
      });
      await audit.change('berkas_arsip', b.id, before, 'lokasi-inaktif');
    }
    const before = await audit.before('pemindahan', input.id);
    await updatePemindahan(trx, input.id, {
      ba_nomor: input.baNomor,
      ba_tanggal: input.baTanggal,
      pejabat_json: JSON.stringify(input.pejabat),
      updated_at: ctx.nowIso(),
    });
    await audit.change('pemindahan', input.id, before, 'berita-acara');
  });
}

export async function selesaikan(ctx: Ctx, id: number): Promise<void> {
  const p = await pemindahanDengan(ctx, id, ['diverifikasi'], 'diselesaikan');
  if (!p.ba_nomor) throw new AppError('CONFLICT', 'Catat nomor dan tanggal Berita Acara Pemindahan lebih dulu.');
  for (const k of ['ba', 'daftar'] as const)
    if (!(await dokumenTertanda(ctx.db, DOKUMEN_PEMINDAHAN[k], 'pemindahanId', id)))
      throw new AppError('CONFLICT', `${JUDUL[k]} belum ditandatangani. Minta pimpinan menandatanganinya lebih dulu.`);
  const links = await berkasPemindahan(ctx.db, id);
  await ctx.write(async (trx, audit) => {
    for (const l of links) {
      const before = await audit.before('berkas_arsip', l.berkas_id);
      await updateBerkas(trx, l.berkas_id, { status: 'inaktif', updated_at: ctx.nowIso() });
      await audit.change('berkas_arsip', l.berkas_id, before, 'pindah-inaktif');
      await indexBerkas(trx, (await getBerkas(trx, l.berkas_id))!);
    }
    const before = await audit.before('pemindahan', id);
    await updatePemindahan(trx, id, { status: 'selesai', updated_at: ctx.nowIso() });
    await audit.change('pemindahan', id, before, 'selesai');
  });
}

export async function batalkanPemindahan(ctx: Ctx, id: number, alasan: string): Promise<void> {
  await pemindahanDengan(ctx, id, ['usul', 'diverifikasi'], 'dibatalkan');
  const links = await berkasPemindahan(ctx.db, id);
  await ctx.write(async (trx, audit) => {
    for (const l of links) {
      const b = (await getBerkas(trx, l.berkas_id))!;
      if (b.nomor_boks === null && !b.lok_gedung) continue;
      const before = await audit.before('berkas_arsip', b.id);
      await updateBerkas(trx, b.id, { lok_gedung: null, lok_ruang_inaktif: null, lok_rak: null, nomor_boks: null, nomor_folder: null });
      await audit.change('berkas_arsip', b.id, before, 'batal-lokasi-inaktif');
    }
    const before = await audit.before('pemindahan', id);
    await updatePemindahan(trx, id, { status: 'batal', catatan_verifikasi: alasan, updated_at: ctx.nowIso() });
    await audit.change('pemindahan', id, before, 'batal');
  });
}
