// Owns the channels of the archive's instruments and holdings.
import type { DomainHandlers } from '../context.ts';
import { listBerkas, getItem } from '../../../db/arsip/berkas.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { daftarJra, buatVersi, simpanBaris, hapusBaris, berlakukan, imporJra, eksporJra } from '../services/arsip/jra.ts';
import {
  detailBerkas,
  buatBerkas,
  ubahBerkas,
  tutupBerkas,
  bukaKembali,
  catatPemicu,
  tahanPerkara,
  catatPenilaian,
  tambahItem,
  bukaSalinan,
} from '../services/arsip/berkas.ts';
import { berkaskanNaskah, belumDiberkaskan } from '../services/arsip/pengarsipan.ts';
import { jatuhTempo } from '../services/arsip/retensi.ts';
import { imporDaftar } from '../services/arsip/impor.ts';
import { hariIni, izinPemanggil, ringkasBerkas } from '../services/arsip/umum.ts';

export const jraHandlers: DomainHandlers<'jra'> = {
  'jra.list': async (input, ctx) => daftarJra(ctx, input.versiId),
  'jra.createVersi': async (input, ctx) => buatVersi(ctx, input),
  'jra.save': async (input, ctx) => simpanBaris(ctx, input),
  'jra.remove': async (input, ctx) => hapusBaris(ctx, input.id),
  'jra.activate': async (input, ctx) => berlakukan(ctx, input.versiId, input.berlakuMulai),
  'jra.import': async (input, ctx) => imporJra(ctx, input),
  'jra.export': async (input, ctx) => eksporJra(ctx, input.versiId),
};

export const arsipHandlers: DomainHandlers<'arsip'> = {
  'arsip.list': async (input, ctx) => {
    const { total, rows } = await listBerkas(ctx.db, { ...input, limit: input.perHalaman, offset: (input.halaman - 1) * input.perHalaman });
    const izin = await izinPemanggil(ctx);
    return { total, items: rows.map((r) => ringkasBerkas(r, izin)) };
  },
  'arsip.get': async (input, ctx) => detailBerkas(ctx, input.id),
  'arsip.create': async (input, ctx) => detailBerkas(ctx, await buatBerkas(ctx, input)),
  'arsip.update': async (input, ctx) => {
    await ubahBerkas(ctx, input);
    return detailBerkas(ctx, input.id);
  },
  'arsip.close': async (input, ctx) => {
    await tutupBerkas(ctx, input.id, input.tanggalTutup, await hariIni(ctx));
    return detailBerkas(ctx, input.id);
  },
  'arsip.reopen': async (input, ctx) => {
    await bukaKembali(ctx, input.id, input.alasan);
    return detailBerkas(ctx, input.id);
  },
  'arsip.setPemicu': async (input, ctx) => {
    await catatPemicu(ctx, input.id, input.tanggalPemicu);
    return detailBerkas(ctx, input.id);
  },
  'arsip.hold': async (input, ctx) => {
    await tahanPerkara(ctx, input.id, input.ditahan, input.alasan);
    return detailBerkas(ctx, input.id);
  },
  'arsip.review': async (input, ctx) => {
    await catatPenilaian(ctx, input);
    return detailBerkas(ctx, input.id);
  },
  'arsip.addItem': async (input, ctx) => {
    await tambahItem(ctx, input);
    return detailBerkas(ctx, input.berkasId);
  },
  'arsip.item': async (input, ctx) => {
    const item = await getItem(ctx.db, input.id);
    if (!item) throw new AppError('NOT_FOUND', 'Item arsip tidak ditemukan.');
    return { berkasId: item.berkas_id, nomorItem: item.nomor_item };
  },
  'arsip.salinan': async (input, ctx) => bukaSalinan(ctx, input.id),
  'arsip.file': async (input, ctx) => berkaskanNaskah(ctx, input),
  'arsip.unfiled': async (input, ctx) => belumDiberkaskan(ctx, input.tahun),
  'arsip.import': async (input, ctx) => imporDaftar(ctx, input),
  'arsip.due': async (input, ctx) => jatuhTempo(ctx, input.horizonBulan),
};
