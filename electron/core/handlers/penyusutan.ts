// Owns the channels of pemindahan, pemusnahan and penyerahan, and loans.
import type { DomainHandlers } from '../context.ts';
import { listPemindahan, listPenyusutan } from '../../../db/arsip/penyusutan.ts';
import type { JenisPenyusutan, StatusPemindahan, StatusPenyusutan } from '../../../shared/domain/arsip/nilai.ts';
import { detailPemindahan, usulPindah, verifikasi, catatBa, selesaikan, batalkanPemindahan } from '../services/arsip/pemindahan.ts';
import { detailPenyusutan, usulPenyusutan, catatLangkah, batalkanPenyusutan } from '../services/arsip/penyusutan.ts';
import { daftarPinjam, pinjam, kembalikan } from '../services/arsip/peminjaman.ts';

export const pemindahanHandlers: DomainHandlers<'pemindahan'> = {
  'pemindahan.list': async (_i, ctx) =>
    (await listPemindahan(ctx.db)).map((p) => ({
      id: p.id,
      unitPengolah: p.unit_pengolah,
      status: p.status as StatusPemindahan,
      catatan: p.catatan,
      catatanVerifikasi: p.catatan_verifikasi,
      baNomor: p.ba_nomor,
      baTanggal: p.ba_tanggal,
      pejabat: p.pejabat_json ? (JSON.parse(p.pejabat_json) as unknown) : null,
      createdAt: p.created_at,
      jumlahBerkas: Number(p.jumlah ?? 0),
    })),
  'pemindahan.get': async (input, ctx) => detailPemindahan(ctx, input.id),
  'pemindahan.create': async (input, ctx) => detailPemindahan(ctx, await usulPindah(ctx, input)),
  'pemindahan.verify': async (input, ctx) => {
    await verifikasi(ctx, input);
    return detailPemindahan(ctx, input.id);
  },
  'pemindahan.setBa': async (input, ctx) => {
    await catatBa(ctx, input);
    return detailPemindahan(ctx, input.id);
  },
  'pemindahan.complete': async (input, ctx) => {
    await selesaikan(ctx, input.id);
    return detailPemindahan(ctx, input.id);
  },
  'pemindahan.cancel': async (input, ctx) => {
    await batalkanPemindahan(ctx, input.id, input.alasan);
    return detailPemindahan(ctx, input.id);
  },
};

export const penyusutanHandlers: DomainHandlers<'penyusutan'> = {
  'penyusutan.list': async (_i, ctx) => {
    const out = [];
    for (const p of await listPenyusutan(ctx.db)) {
      const d = await detailPenyusutan(ctx, p.id);
      out.push({
        id: p.id,
        jenis: p.jenis as JenisPenyusutan,
        status: p.status as StatusPenyusutan,
        catatan: p.catatan,
        persetujuanOleh: d.persetujuanOleh,
        createdAt: p.created_at,
        jumlahBerkas: Number(p.jumlah ?? 0),
      });
    }
    return out;
  },
  'penyusutan.get': async (input, ctx) => detailPenyusutan(ctx, input.id),
  'penyusutan.create': async (input, ctx) => detailPenyusutan(ctx, await usulPenyusutan(ctx, input)),
  'penyusutan.record': async (input, ctx) => {
    await catatLangkah(ctx, input);
    return detailPenyusutan(ctx, input.id);
  },
  'penyusutan.cancel': async (input, ctx) => {
    await batalkanPenyusutan(ctx, input.id, input.alasan);
    return detailPenyusutan(ctx, input.id);
  },
};

export const peminjamanHandlers: DomainHandlers<'peminjaman'> = {
  'peminjaman.list': async (input, ctx) => daftarPinjam(ctx, input.status),
  'peminjaman.create': async (input, ctx) => pinjam(ctx, input),
  'peminjaman.return': async (input, ctx) => kembalikan(ctx, input),
};
