// Owns the channels of numbering series, number allocation, cancellation, sisipan, the register
// with its gap report, and the classification picker.
import type { DomainHandlers, Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import {
  listSeri,
  insertSeri,
  updateSeri,
  getRegister,
  setRegisterStatus,
  registerOfYear,
  getSeri,
  countersOfYear,
} from '../../../db/naskah/penomoran.ts';
import { searchKlasifikasi } from '../../../db/naskah/klasifikasi.ts';
import { ambilNomor, ambilSisipan } from '../services/penomoran.ts';
import { eksporKlasifikasi, imporKlasifikasi } from '../services/klasifikasi-xlsx.ts';
import type { PermintaanNomor } from '../services/penomoran.ts';
import { laporanCelah, validasiPola } from '../../../shared/domain/naskah/penomoran.ts';
import type { ParsedInput } from '../../../shared/ipc/contract.ts';

const permintaan = (
  ctx: Ctx,
  i: ParsedInput<'penomoran.take'> | ParsedInput<'penomoran.insert'>,
  status: 'dipesan' | 'dipakai',
): PermintaanNomor => ({
  seriId: i.seriId,
  tanggal: i.tanggal,
  klasifikasiKode: i.klasifikasiKode,
  kodeJabatan: i.kodeJabatan,
  keamanan: i.keamanan,
  naskah: i.naskah,
  status,
  oleh: ctx.actor.label,
  at: ctx.nowIso(),
});

export const penomoranHandlers: DomainHandlers<'penomoran' | 'klasifikasi'> = {
  'klasifikasi.list': async (input, ctx) =>
    (await searchKlasifikasi(ctx.db, input.q, input.limit)).map((r) => ({
      kode: r.kode,
      nama: r.nama,
      tingkat: r.tingkat,
      indukKode: r.induk_kode,
      terkonfirmasi: r.terkonfirmasi === 1,
      skema: r.skema,
    })),
  'klasifikasi.exportXlsx': async (input, ctx) => eksporKlasifikasi(ctx, input.skema),
  'klasifikasi.importXlsx': async (input, ctx) => imporKlasifikasi(ctx, input),
  'penomoran.seriList': async (_i, ctx) =>
    (await listSeri(ctx.db)).map((s) => ({
      id: s.id,
      nama: s.nama,
      jenisNaskah: s.jenis_naskah,
      pola: s.pola,
      kodeUnit: s.kode_unit,
      lebarUrut: s.lebar_urut,
      lingkup: { tahun: s.lingkup_tahun === 1, bulan: s.lingkup_bulan === 1, klasifikasi: s.lingkup_klasifikasi === 1 },
      aktif: s.aktif === 1,
    })),
  'penomoran.seriSave': async (input, ctx) => {
    const v = validasiPola(input.pola);
    if (!v.ok) throw new AppError('VALIDATION', v.pesan, [{ path: 'pola', message: v.pesan }]);
    const row = {
      nama: input.nama,
      jenis_naskah: input.jenisNaskah,
      pola: input.pola,
      kode_unit: input.kodeUnit,
      lebar_urut: input.lebarUrut,
      lingkup_tahun: input.lingkup.tahun ? 1 : 0,
      lingkup_bulan: input.lingkup.bulan ? 1 : 0,
      lingkup_klasifikasi: input.lingkup.klasifikasi ? 1 : 0,
      aktif: input.aktif ? 1 : 0,
    };
    const id = await ctx.write(async (trx, audit) => {
      if (input.id) {
        if (!(await getSeri(trx, input.id))) throw new AppError('NOT_FOUND', 'Seri penomoran tidak ditemukan.');
        const before = await audit.before('seri_penomoran', input.id);
        await updateSeri(trx, input.id, row);
        await audit.change('seri_penomoran', input.id, before);
        return input.id;
      }
      const newId = await insertSeri(trx, { ...row, created_at: ctx.nowIso() });
      await audit.change('seri_penomoran', newId, null);
      return newId;
    });
    return { id };
  },
  'penomoran.take': async (input, ctx) =>
    ctx.write((trx, audit) => ambilNomor(trx, audit, permintaan(ctx, input, input.pesan ? 'dipesan' : 'dipakai'))),
  'penomoran.insert': async (input, ctx) =>
    ctx.write((trx, audit) => ambilSisipan(trx, audit, permintaan(ctx, input, 'dipakai'), input.setelahUrut, input.alasan)),
  'penomoran.cancel': async (input, ctx) => {
    await ctx.write(async (trx, audit) => {
      const r = await getRegister(trx, input.registerId);
      if (!r) throw new AppError('NOT_FOUND', 'Nomor tidak ditemukan di register.');
      if (r.status === 'batal') throw new AppError('CONFLICT', 'Nomor ini sudah dibatalkan.');
      if (r.naskah?.startsWith('naskah_keluar:') && r.status === 'dipakai')
        throw new AppError(
          'CONFLICT',
          'Nomor ini dipakai naskah yang sudah ditandatangani; koreksi dengan naskah ralat, bukan pembatalan nomor.',
        );
      const before = await audit.before('register_nomor', r.id);
      await setRegisterStatus(trx, r.id, 'batal', input.alasan);
      await audit.change('register_nomor', r.id, before, 'batal');
    });
    return { done: true as const };
  },
  'penomoran.register': async (input, ctx) => {
    const rows = await registerOfYear(ctx.db, input.seriId, input.tahun);
    const nomor = rows.map((r) => ({
      id: r.id,
      nomor: r.nomor,
      urut: r.urut,
      sisipan: r.sisipan,
      tanggal: r.tanggal,
      status: r.status as 'dipesan' | 'dipakai' | 'batal',
      naskah: r.naskah,
      alasan: r.alasan,
    }));
    // One counter per key (month, classification when the series is scoped so): gaps are per key, up to the counter's value.
    const counters = await countersOfYear(ctx.db, input.seriId, input.tahun);
    const celah = counters.flatMap((c) => {
      const entri = rows
        .filter((r) => r.bulan === c.bulan && r.klas === c.klas)
        .map((r) => ({
          urut: r.urut,
          sisipan: r.sisipan || null,
          status: r.status as 'dipesan' | 'dipakai' | 'batal',
          alasan: r.alasan,
          nomor: r.nomor,
        }));
      const label = [c.bulan ? `bulan ${c.bulan}` : '', c.klas].filter(Boolean).join(', ');
      return laporanCelah(entri, c.nilai).map((g) => ({ ...g, keterangan: label ? `${label}: ${g.keterangan}` : g.keterangan }));
    });
    return { nomor, celah };
  },
};
