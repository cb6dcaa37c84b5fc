// Owns the channels of outgoing naskah.
import type { DomainHandlers } from '../context.ts';
import { listNaskah } from '../../../db/naskah/naskah-keluar.ts';
import { naskahDetail, simpanKonsep, ajukan, paraf, batalkan, catatEkspedisi } from '../services/naskah-keluar.ts';
import { tandatangani, pratinjau } from '../services/naskah-ttd.ts';
import type { JenisNaskah } from '../../../shared/domain/naskah/surat.ts';
import type { StatusNaskahKeluar } from '../../../shared/domain/naskah/keluar.ts';

export const naskahKeluarHandlers: DomainHandlers<'naskahKeluar'> = {
  'naskahKeluar.list': async (input, ctx) => {
    const { total, rows } = await listNaskah(ctx.db, input);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        jenis: r.jenis as JenisNaskah,
        status: r.status as StatusNaskahKeluar,
        hal: r.hal,
        nomor: r.nomor,
        tanggal: r.tanggal,
        penandatangan: r.penandatangan_nama,
        konseptor: r.konseptor_nama,
      })),
    };
  },
  'naskahKeluar.get': async (input, ctx) => naskahDetail(ctx, input.id),
  'naskahKeluar.save': async (input, ctx) => naskahDetail(ctx, await simpanKonsep(ctx, input)),
  'naskahKeluar.submit': async (input, ctx) => {
    await ajukan(ctx, input.id, input.pemaraf);
    return naskahDetail(ctx, input.id);
  },
  'naskahKeluar.paraf': async (input, ctx) => {
    await paraf(ctx, input);
    return naskahDetail(ctx, input.id);
  },
  'naskahKeluar.sign': async (input, ctx) => {
    await tandatangani(ctx, input.id, input.sertifikatId, input.passphrase);
    return naskahDetail(ctx, input.id);
  },
  'naskahKeluar.cancel': async (input, ctx) => {
    await batalkan(ctx, input.id, input.alasan);
    return naskahDetail(ctx, input.id);
  },
  'naskahKeluar.preview': async (input, ctx) => pratinjau(ctx, input.id),
  'naskahKeluar.dispatch': async (input, ctx) => {
    await catatEkspedisi(ctx, input);
    return naskahDetail(ctx, input.id);
  },
};
