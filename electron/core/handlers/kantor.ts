// Owns the office identity and the organisation lists (satker, units).
import type { DomainHandlers } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { readKantor, saveKantor } from '../services/kantor.ts';
import { listSatker, listUnits, getSatker } from '../../../db/organisasi/queries.ts';
import { indexSatker } from '../services/search-feed.ts';
import type { JenisSatker } from '../../../shared/domain/kantor.ts';

async function mustKantor(ctx: Parameters<DomainHandlers<'kantor'>['kantor.get']>[1]) {
  const k = await readKantor(ctx.db);
  if (!k) throw new AppError('NOT_FOUND', 'Identitas kantor belum diisi. Jalankan penyiapan awal.');
  return k;
}

export const kantorHandlers: DomainHandlers<'kantor'> = {
  'kantor.get': async (_i, ctx) => mustKantor(ctx),
  'kantor.update': async (input, ctx) => {
    await ctx.write(async (trx, audit) => {
      const id = await saveKantor(trx, audit, input, ctx.nowIso());
      const row = await getSatker(trx, id);
      if (row) await indexSatker(trx, row);
    });
    return mustKantor(ctx);
  },
};

export const organisasiHandlers: DomainHandlers<'satker' | 'organisasi'> = {
  'satker.list': async (input, ctx) => {
    const rows = await listSatker(ctx.db, input.jenis);
    return rows.map((r) => ({
      id: r.id,
      nama: r.nama,
      jenis: r.jenis as JenisSatker,
      kodeSatker: r.kode_satker,
      provinsi: r.provinsi,
      kedudukan: r.kedudukan,
      alamat: r.alamat,
      tipe: r.tipe === 'A' || r.tipe === 'B' ? r.tipe : null,
      eselon: r.eselon,
      jumlahPegawai: r.jumlah_pegawai,
      induk: r.induk_nama,
      contoh: r.contoh === 1,
    }));
  },
  'organisasi.list': async (_i, ctx) => {
    const k = await mustKantor(ctx);
    const rows = await listUnits(ctx.db, k.satkerId);
    return rows.map((r) => ({ id: r.id, kode: r.kode, nama: r.nama, jenis: r.jenis, indukKode: r.induk_kode, dasar: r.dasar }));
  },
};
