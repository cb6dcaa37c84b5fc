// Owns the channels of the incoming-letter agenda, dispositions and holidays.
import fs from 'node:fs';
import type { DomainHandlers } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { listSuratMasuk, getBerkas } from '../../../db/naskah/surat-masuk.ts';
import { listMine, listOverdue } from '../../../db/naskah/disposisi.ts';
import { listHariLibur, setHariLibur } from '../../../db/naskah/hari-libur.ts';
import { catatSuratMasuk, suratDetail, ringkas, nomorAgenda } from '../services/surat-masuk.ts';
import {
  buatDisposisi,
  bukaDisposisi,
  teruskanDisposisi,
  laporTindakLanjut,
  batalkanDisposisi,
  tenggatDefault,
} from '../services/disposisi.ts';
import type { Instruksi } from '../../../shared/domain/naskah/surat.ts';
import { periksaAgenda, imporAgenda } from '../services/impor-agenda.ts';

const instruksi = (json: string) => (JSON.parse(json) as { kode: Instruksi[] }).kode;

export const suratMasukHandlers: DomainHandlers<'suratMasuk' | 'hariLibur'> = {
  'suratMasuk.list': async (input, ctx) => {
    const { total, rows } = await listSuratMasuk(ctx.db, input);
    return { total, items: rows.map(ringkas) };
  },
  'suratMasuk.get': async (input, ctx) => suratDetail(ctx, input.id),
  'suratMasuk.create': async (input, ctx) => suratDetail(ctx, await catatSuratMasuk(ctx, input)),
  'suratMasuk.import': async (input, ctx) => {
    const { siap, kesalahan, pemetaan } = await periksaAgenda(ctx, input.xlsxBase64, input.pemetaan ?? null);
    const baris = siap.length + new Set(kesalahan.map((k) => k.baris)).size;
    const diimpor = !input.ujiCoba && kesalahan.length === 0 ? await imporAgenda(ctx, siap) : 0;
    return { baris, valid: siap.length, diimpor, pemetaan, kesalahan };
  },
  'suratMasuk.berkas': async (input, ctx) => {
    const b = await getBerkas(ctx.db, input.id);
    if (b?.dihapus_pada) throw new AppError('NOT_FOUND', 'Berkas ini sudah dimusnahkan bersama arsipnya dan tidak dapat dibuka lagi.');
    if (!b || !fs.existsSync(b.path)) throw new AppError('NOT_FOUND', 'Berkas tidak ditemukan di folder data.');
    return { nama: b.nama_asli, mime: b.mime, base64: fs.readFileSync(b.path).toString('base64') };
  },
  'hariLibur.list': async (input, ctx) =>
    (await listHariLibur(ctx.db, input.tahun)).map((r) => ({ tanggal: r.tanggal, keterangan: r.keterangan })),
  'hariLibur.set': async (input, ctx) => {
    await ctx.write(async (trx, audit) => {
      const before = await audit.before('hari_libur', input.tanggal);
      await setHariLibur(trx, input.tanggal, input.keterangan);
      await audit.change('hari_libur', input.tanggal, before, input.keterangan === null ? 'hapus' : before ? 'ubah' : 'buat');
    });
    return { done: true as const };
  },
};

export const disposisiHandlers: DomainHandlers<'disposisi'> = {
  'disposisi.create': async (input, ctx) => suratDetail(ctx, await buatDisposisi(ctx, input)),
  'disposisi.forward': async (input, ctx) => suratDetail(ctx, await teruskanDisposisi(ctx, input)),
  'disposisi.open': async (input, ctx) => suratDetail(ctx, await bukaDisposisi(ctx, input.penerimaId)),
  'disposisi.cancel': async (input, ctx) => suratDetail(ctx, await batalkanDisposisi(ctx, input.disposisiId)),
  'disposisi.report': async (input, ctx) => suratDetail(ctx, await laporTindakLanjut(ctx, input)),
  'disposisi.mine': async (input, ctx) => {
    const now = ctx.nowIso();
    const rows = await listMine(ctx.db, ctx.actor.userId ?? -1, input.status);
    return rows.map((r) => ({
      penerimaId: r.penerima_id,
      disposisiId: r.disposisi_id,
      suratMasukId: r.surat_id,
      nomorAgenda: nomorAgenda({ no_agenda: r.no_agenda, sisipan: r.sisipan, tahun: r.tahun }),
      hal: r.hal,
      asalInstansi: r.asal_instansi,
      dari: r.dari_nama,
      instruksi: instruksi(r.instruksi_json),
      batasWaktu: r.batas_waktu,
      dibacaPada: r.dibaca_pada,
      selesaiPada: r.selesai_pada,
      terlambat: r.selesai_pada === null && r.batas_waktu < now,
    }));
  },
  'disposisi.overdue': async (_i, ctx) =>
    (await listOverdue(ctx.db, ctx.nowIso())).map((r) => ({
      penerimaId: r.penerima_id,
      suratMasukId: r.surat_id,
      nomorAgenda: nomorAgenda({ no_agenda: r.no_agenda, sisipan: r.sisipan, tahun: r.tahun }),
      hal: r.hal,
      kepada: r.kepada_nama,
      batasWaktu: r.batas_waktu,
    })),
  'disposisi.tenggat': async (input, ctx) => {
    const t = await tenggatDefault(ctx, input.urgensi, input.diterimaPada);
    return { batas: t.batas, keterangan: t.keterangan };
  },
};
