// Owns the JRA (issue #5 §1): versions (a draft is edited, then made valid, which retires the one
// in force), rows per classification code, xlsx import (dry run, all-or-nothing) and export.
import ExcelJS from 'exceljs';
import type { Ctx } from '../../context.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import { KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { NASIB_AKHIR, NAMA_NASIB_AKHIR } from '../../../../shared/domain/arsip/nilai.ts';
import type { NasibAkhir } from '../../../../shared/domain/arsip/nilai.ts';
import {
  listVersi,
  getVersi,
  versiBerlaku,
  insertVersi,
  setStatusVersi,
  listBaris,
  getBaris,
  barisByKode,
  insertBaris,
  updateBaris,
  deleteBaris,
  kodeKlasifikasiAda,
} from '../../../../db/arsip/jra.ts';
import { berkasBerjalan } from '../../../../db/arsip/berkas.ts';
import { terapkanJra } from './berkas.ts';
import { bacaSheet, teks } from '../impor-agenda.ts';

type VersiRow = NonNullable<Awaited<ReturnType<typeof getVersi>>>;
const versiInfo = (v: VersiRow, jumlah: number) => ({
  id: v.id,
  nama: v.nama,
  dasar: v.dasar,
  catatan: v.catatan,
  status: v.status as 'draf' | 'berlaku' | 'dicabut',
  berlakuMulai: v.berlaku_mulai,
  jumlah,
});

type BarisRow = NonNullable<Awaited<ReturnType<typeof getBaris>>>;
export const barisInfo = (r: BarisRow) => ({
  id: r.id,
  versiId: r.versi_id,
  klasifikasiKode: r.klasifikasi_kode,
  klasifikasiNama: r.klasifikasi_nama ?? null,
  retensiAktif: r.retensi_aktif,
  retensiInaktif: r.retensi_inaktif,
  pemicu: r.pemicu,
  nasibAkhir: r.nasib_akhir as NasibAkhir,
  keamanan: r.keamanan as Keamanan,
  keterangan: r.keterangan,
});

export async function daftarJra(ctx: Ctx, versiId?: number) {
  const versi = await listVersi(ctx.db);
  const dipilih = versiId ?? versi.find((v) => v.status === 'berlaku')?.id ?? versi[0]?.id ?? null;
  if (versiId && !versi.some((v) => v.id === versiId)) throw new AppError('NOT_FOUND', 'Versi JRA tidak ditemukan.');
  return {
    versi: versi.map((v) => versiInfo(v, Number(v.jumlah ?? 0))),
    dipilih,
    baris: dipilih ? (await listBaris(ctx.db, dipilih)).map(barisInfo) : [],
  };
}

async function draf(ctx: Ctx, versiId: number): Promise<VersiRow> {
  const v = await getVersi(ctx.db, versiId);
  if (!v) throw new AppError('NOT_FOUND', 'Versi JRA tidak ditemukan.');
  if (v.status !== 'draf')
    throw new AppError(
      'CONFLICT',
      `Versi "${v.nama}" sudah ${v.status === 'berlaku' ? 'berlaku' : 'dicabut'} dan tidak dapat diubah. Buat versi baru (salin dari versi ini) untuk perubahan.`,
    );
  return v;
}

export async function buatVersi(ctx: Ctx, input: ParsedInput<'jra.createVersi'>) {
  const asal = input.salinDari ? await getVersi(ctx.db, input.salinDari) : null;
  if (input.salinDari && !asal)
    throw new AppError('VALIDATION', 'Versi sumber tidak ditemukan.', [{ path: 'salinDari', message: 'Tidak dikenal.' }]);
  const id = await ctx.write(async (trx, audit) => {
    const id = await insertVersi(trx, { nama: input.nama, dasar: input.dasar, catatan: input.catatan, at: ctx.nowIso() });
    await audit.change('jra_versi', id, null, 'buat');
    if (asal)
      for (const r of await listBaris(trx, asal.id)) {
        const rid = await insertBaris(trx, {
          versi_id: id,
          klasifikasi_kode: r.klasifikasi_kode,
          retensi_aktif: r.retensi_aktif,
          retensi_inaktif: r.retensi_inaktif,
          pemicu: r.pemicu,
          nasib_akhir: r.nasib_akhir,
          keamanan: r.keamanan,
          keterangan: r.keterangan,
        });
        await audit.change('jra', rid, null, 'salin');
      }
    return id;
  });
  const v = (await getVersi(ctx.db, id))!;
  return versiInfo(v, (await listBaris(ctx.db, id)).length);
}

type BarisInput = Omit<ParsedInput<'jra.save'>, 'versiId'>;

async function simpanBarisIn(
  ctx: Ctx,
  trx: Parameters<Parameters<Ctx['write']>[0]>[0],
  audit: Parameters<Parameters<Ctx['write']>[0]>[1],
  versiId: number,
  b: BarisInput,
) {
  const fields = {
    retensi_aktif: b.retensiAktif,
    retensi_inaktif: b.retensiInaktif,
    pemicu: b.pemicu,
    nasib_akhir: b.nasibAkhir,
    keamanan: b.keamanan,
    keterangan: b.keterangan,
  };
  const ada = await barisByKode(trx, versiId, b.klasifikasiKode);
  if (ada) {
    const before = await audit.before('jra', ada.id);
    await updateBaris(trx, ada.id, fields);
    await audit.change('jra', ada.id, before);
    return ada.id;
  }
  const id = await insertBaris(trx, { versi_id: versiId, klasifikasi_kode: b.klasifikasiKode, ...fields });
  await audit.change('jra', id, null, 'buat');
  return id;
}

export async function simpanBaris(ctx: Ctx, input: ParsedInput<'jra.save'>) {
  await draf(ctx, input.versiId);
  if (!(await kodeKlasifikasiAda(ctx.db, input.klasifikasiKode)))
    throw new AppError('VALIDATION', `Kode klasifikasi ${input.klasifikasiKode} tidak ada di daftar klasifikasi.`, [
      { path: 'klasifikasiKode', message: 'Kode tidak dikenal.' },
    ]);
  const id = await ctx.write((trx, audit) => simpanBarisIn(ctx, trx, audit, input.versiId, input));
  return barisInfo((await getBaris(ctx.db, id))!);
}

export async function hapusBaris(ctx: Ctx, id: number) {
  const r = await getBaris(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Baris JRA tidak ditemukan.');
  await draf(ctx, r.versi_id);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('jra', id);
    await deleteBaris(trx, id);
    await audit.change('jra', id, before, 'hapus');
  });
  return { id };
}

/** Makes a draft valid; the version in force is retired; closed berkas without retention get it now. */
export async function berlakukan(ctx: Ctx, versiId: number, mulai: string) {
  await draf(ctx, versiId);
  if ((await listBaris(ctx.db, versiId)).length === 0) throw new AppError('CONFLICT', 'Versi JRA ini belum berisi baris.');
  await ctx.write(async (trx, audit) => {
    const lama = await versiBerlaku(trx);
    if (lama) {
      const before = await audit.before('jra_versi', lama.id);
      await setStatusVersi(trx, lama.id, 'dicabut');
      await audit.change('jra_versi', lama.id, before, 'cabut');
    }
    const before = await audit.before('jra_versi', versiId);
    await setStatusVersi(trx, versiId, 'berlaku', mulai);
    await audit.change('jra_versi', versiId, before, 'berlakukan');
    for (const b of await berkasBerjalan(trx)) {
      if (b.retensi_aktif !== null) continue;
      const before = await audit.before('berkas_arsip', b.id);
      if (await terapkanJra(trx, b, ctx.nowIso())) await audit.change('berkas_arsip', b.id, before, 'terapkan-jra');
    }
  });
  const v = (await getVersi(ctx.db, versiId))!;
  return versiInfo(v, (await listBaris(ctx.db, versiId)).length);
}

const KOLOM = [
  'Kode Klasifikasi',
  'Retensi Aktif (tahun)',
  'Retensi Inaktif (tahun)',
  'Pemicu',
  'Nasib Akhir',
  'Keamanan',
  'Keterangan',
] as const;

export async function eksporJra(ctx: Ctx, versiId: number) {
  const v = await getVersi(ctx.db, versiId);
  if (!v) throw new AppError('NOT_FOUND', 'Versi JRA tidak ditemukan.');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('JRA');
  ws.addRow([...KOLOM, 'Uraian Klasifikasi']).font = { bold: true };
  for (const r of await listBaris(ctx.db, versiId))
    ws.addRow([
      r.klasifikasi_kode,
      r.retensi_aktif,
      r.retensi_inaktif,
      r.pemicu ?? '',
      NAMA_NASIB_AKHIR[r.nasib_akhir as NasibAkhir],
      r.keamanan,
      r.keterangan ?? '',
      r.klasifikasi_nama ?? '',
    ]);
  ws.columns.forEach((c, i) => (c.width = [18, 12, 12, 36, 16, 10, 30, 48][i]));
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { nama: `JRA ${v.nama}.xlsx`, xlsxBase64: buf.toString('base64') };
}

function nasibDari(s: string): NasibAkhir | null {
  const k = s.toLowerCase().replace(/\s+/g, '_');
  return (NASIB_AKHIR as readonly string[]).includes(k) ? (k as NasibAkhir) : null;
}

export async function imporJra(ctx: Ctx, input: ParsedInput<'jra.import'>) {
  await draf(ctx, input.versiId);
  const ws = await bacaSheet(input.xlsxBase64);
  const kesalahan: { baris: number; kolom: string; pesan: string }[] = [];
  const baris: BarisInput[] = [];
  const dilihat = new Map<string, number>();
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const v = (i: number) => teks(row.getCell(i).value);
    if ([1, 2, 3, 5].every((i) => v(i) === '')) continue;
    const salah = (kolom: string, pesan: string) => kesalahan.push({ baris: n, kolom, pesan });
    const kode = v(1).toUpperCase();
    if (!/^[A-Z]{2}(\.\d{2}){0,3}$/.test(kode)) salah(KOLOM[0], 'Kode klasifikasi berbentuk huruf dan angka, mis. UM.01.01.');
    else if (!(await kodeKlasifikasiAda(ctx.db, kode))) salah(KOLOM[0], `Kode ${kode} tidak ada di daftar klasifikasi.`);
    else if (dilihat.has(kode)) salah(KOLOM[0], `Kode ${kode} sudah ada di baris ${dilihat.get(kode)}.`);
    const tahun = (i: number, kolom: string) => {
      const x = Number(v(i));
      if (v(i) === '' || !Number.isInteger(x) || x < 0 || x > 100) {
        salah(kolom, 'Isi jumlah tahun, bilangan bulat 0–100.');
        return 0;
      }
      return x;
    };
    const ra = tahun(2, KOLOM[1]);
    const ri = tahun(3, KOLOM[2]);
    const nasib = nasibDari(v(5));
    if (!nasib) salah(KOLOM[4], 'Isi Musnah, Permanen atau Dinilai Kembali.');
    const keamanan = (v(6) || 'B').toUpperCase();
    if (!(KEAMANAN as readonly string[]).includes(keamanan)) salah(KOLOM[5], 'Isi B, T, R atau SR.');
    dilihat.set(kode, n);
    baris.push({
      klasifikasiKode: kode,
      retensiAktif: ra,
      retensiInaktif: ri,
      pemicu: v(4) || null,
      nasibAkhir: nasib ?? 'dinilai_kembali',
      keamanan: keamanan as Keamanan,
      keterangan: v(7) || null,
    });
  }
  const jumlah = baris.length;
  if (kesalahan.length > 0 || input.uji) return { jumlah, diimpor: 0, kesalahan };
  await ctx.write(async (trx, audit) => {
    for (const b of baris) await simpanBarisIn(ctx, trx, audit, input.versiId, b);
  });
  return { jumlah, diimpor: jumlah, kesalahan };
}
