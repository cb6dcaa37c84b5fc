// Owns filing naskah as archive items (issue #4 §10, #5 §2): each incoming letter and each signed
// outgoing naskah goes, one click or in bulk, into the open berkas of its classification and year
// (created when missing); what is not filed yet is the to-do list.
import type { Ctx } from '../../context.ts';
import type { Trx } from '../../../../db/connection.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import {
  berkasTerbuka as berkasTerbukaDb,
  getBerkas,
  insertItem,
  nextNomorItem,
  itemSumber,
  getItem,
} from '../../../../db/arsip/berkas.ts';
import {
  suratBelumDiberkaskan,
  naskahBelumDiberkaskan,
  suratUntukArsip,
  naskahUntukArsip,
  lampiranSumber,
} from '../../../../db/arsip/pengarsipan.ts';
import { getUser } from '../../../../db/akun/queries.ts';
import { buatBerkasIn, simpanSalinan, perbaruiKurun, indexItem } from './berkas.ts';
import { labelBerkas, berkasAda } from './umum.ts';

type Sumber = 'surat_masuk' | 'naskah_keluar';
type Calon = {
  sumber: Sumber;
  id: number;
  nomor: string | null;
  uraian: string;
  tanggal: string;
  kode: string | null;
  keamanan: string;
  media: 'tekstual' | 'elektronik';
};

async function calon(ctx: Pick<Ctx, 'db'>, sumber: Sumber, id: number, i: number): Promise<Calon> {
  const tidakAda = () =>
    new AppError('NOT_FOUND', 'Naskah tidak ditemukan.', [{ path: `naskah.${i}.id`, message: 'Naskah tidak dikenal.' }]);
  if (sumber === 'surat_masuk') {
    const s = await suratUntukArsip(ctx.db, id);
    if (!s) throw tidakAda();
    return {
      sumber,
      id,
      nomor: s.nomor_naskah,
      uraian: `Surat dari ${s.asal_instansi} tentang ${s.hal}`,
      tanggal: s.tanggal_naskah,
      kode: s.klasifikasi_kode,
      keamanan: s.keamanan,
      media: 'tekstual',
    };
  }
  const n = await naskahUntukArsip(ctx.db, id);
  if (!n) throw tidakAda();
  if (n.status !== 'ditandatangani' || !n.tanggal)
    throw new AppError('CONFLICT', 'Naskah keluar diberkaskan setelah ditandatangani.', [
      { path: `naskah.${i}.id`, message: 'Belum ditandatangani.' },
    ]);
  return {
    sumber,
    id,
    nomor: n.nomor,
    uraian: n.hal,
    tanggal: n.tanggal.slice(0, 10),
    kode: n.klasifikasi_kode,
    keamanan: n.keamanan,
    media: 'elektronik',
  };
}

async function unitPengolahDefault(ctx: Ctx, input: ParsedInput<'arsip.file'>): Promise<string> {
  if (input.unitPengolah) return input.unitPengolah;
  const u = ctx.actor.userId === null ? null : await getUser(ctx.db, ctx.actor.userId);
  return u?.unit ?? 'Bagian Tata Usaha dan Umum';
}

async function tujuan(
  ctx: Ctx,
  trx: Trx,
  audit: Parameters<Parameters<Ctx['write']>[0]>[1],
  c: Calon,
  unit: string,
  berkasId: number | null | undefined,
) {
  if (berkasId) return berkasId;
  const tahun = Number(c.tanggal.slice(0, 4));
  const ada = await berkasTerbukaDb(trx, c.kode!, tahun, unit);
  if (ada) return ada.id;
  return buatBerkasIn(ctx, trx, audit, {
    unitPengolah: unit,
    tahun,
    klasifikasiKode: c.kode!,
    uraian: `Naskah dinas ${c.kode} tahun ${tahun}`,
    kategori: 'umum',
    keamanan: null,
    media: 'tekstual',
    lokRuang: null,
    lokLemari: null,
    lokLaci: null,
    lokFolder: null,
    vital: null,
    keterangan: null,
  });
}

export async function berkaskanNaskah(ctx: Ctx, input: ParsedInput<'arsip.file'>): Promise<{ diberkaskan: number; berkasIds: number[] }> {
  const list: Calon[] = [];
  for (const [i, ref] of input.naskah.entries()) {
    const c = await calon(ctx, ref.sumber, ref.id, i);
    if (!c.kode && !input.berkasId)
      throw new AppError(
        'VALIDATION',
        `Naskah ${c.nomor ?? c.uraian} belum memiliki kode klasifikasi; pilih berkasnya sendiri atau lengkapi kodenya.`,
        [{ path: `naskah.${i}.id`, message: 'Kode klasifikasi kosong.' }],
      );
    if (await itemSumber(ctx.db, c.sumber, c.id))
      throw new AppError('CONFLICT', `Naskah ${c.nomor ?? c.uraian} sudah diberkaskan.`, [
        { path: `naskah.${i}.id`, message: 'Sudah diberkaskan.' },
      ]);
    list.push(c);
  }
  if (input.berkasId) {
    const b = await berkasAda(ctx, input.berkasId);
    if (b.status !== 'aktif')
      throw new AppError('CONFLICT', `Berkas ${labelBerkas(b)} sudah ditutup; buka kembali atau pilih berkas lain.`);
  }
  const unit = await unitPengolahDefault(ctx, input);
  const berkasIds = new Set<number>();
  await ctx.write(async (trx, audit) => {
    for (const c of list) {
      const berkasId = await tujuan(ctx, trx, audit, c, unit, input.berkasId);
      const b = (await getBerkas(trx, berkasId))!;
      const before = await audit.before('berkas_arsip', berkasId);
      const id = await insertItem(trx, {
        berkas_id: berkasId,
        nomor_item: await nextNomorItem(trx, berkasId),
        sumber: c.sumber,
        sumber_id: c.id,
        nomor_naskah: c.nomor,
        uraian: c.uraian,
        tanggal: c.tanggal,
        tingkat_perkembangan: 'asli',
        media: c.media,
        kondisi: 'baik',
        keamanan: c.keamanan as Keamanan,
        keterangan: null,
        dimusnahkan_pada: null,
        dibuat_oleh: ctx.actor.userId,
        created_at: ctx.nowIso(),
      });
      await audit.change('item_arsip', id, null, 'berkaskan-naskah');
      const files = await lampiranSumber(trx, c.sumber, c.id);
      await simpanSalinan(
        trx,
        ctx,
        audit,
        id,
        files.map((f) => ({
          nama: f.nama_asli,
          path: f.path,
          sha256: f.sha256,
          ukuran: f.ukuran,
          mime: f.mime,
          teks: '',
          halamanTeks: f.halaman_teks,
        })),
      );
      await perbaruiKurun(trx, berkasId);
      await audit.change('berkas_arsip', berkasId, before, 'tambah-item');
      await indexItem(trx, (await getItem(trx, id))!, b);
      berkasIds.add(berkasId);
    }
  });
  return { diberkaskan: list.length, berkasIds: [...berkasIds] };
}

export async function belumDiberkaskan(ctx: Ctx, tahun?: number) {
  const out = [];
  const saran = async (kode: string | null, t: number) => {
    if (!kode) return null;
    const b = await berkasTerbukaDb(ctx.db, kode, t);
    return b ? { id: b.id, label: labelBerkas(b) } : null;
  };
  for (const s of await suratBelumDiberkaskan(ctx.db, tahun)) {
    const t = Number(s.tanggal_naskah.slice(0, 4));
    out.push({
      sumber: 'surat_masuk' as const,
      id: s.id,
      nomor: s.nomor_naskah,
      hal: s.hal,
      tanggal: s.tanggal_naskah,
      klasifikasiKode: s.klasifikasi_kode,
      tahun: t,
      keamanan: s.keamanan as Keamanan,
      saranBerkas: await saran(s.klasifikasi_kode, t),
    });
  }
  for (const n of await naskahBelumDiberkaskan(ctx.db, tahun)) {
    const tanggal = (n.tanggal ?? '').slice(0, 10);
    const t = Number(tanggal.slice(0, 4));
    out.push({
      sumber: 'naskah_keluar' as const,
      id: n.id,
      nomor: n.nomor ?? '',
      hal: n.hal,
      tanggal,
      klasifikasiKode: n.klasifikasi_kode,
      tahun: t,
      keamanan: n.keamanan as Keamanan,
      saranBerkas: await saran(n.klasifikasi_kode, t),
    });
  }
  return out;
}
