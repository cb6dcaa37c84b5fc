// Owns importing an existing daftar arsip from Excel (issue #5 §11): a dry run that names every bad
// row and column, then an all-or-nothing import of the berkas and their items, numbered as in the file.
import type ExcelJS from 'exceljs';
import type { Ctx } from '../../context.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import { keamananDari } from '../../../../shared/domain/naskah/impor.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import {
  KOLOM_DAFTAR_WAJIB,
  NAMA_KOLOM_DAFTAR,
  tebakKolomDaftar,
  tingkatDari,
  mediaArsipDari,
  kondisiDari,
} from '../../../../shared/domain/arsip/impor.ts';
import type { KolomDaftar } from '../../../../shared/domain/arsip/impor.ts';
import type { KondisiArsip, MediaArsip, TingkatPerkembangan } from '../../../../shared/domain/arsip/nilai.ts';
import { kodeKlasifikasiAda } from '../../../../db/arsip/jra.ts';
import { berkasNomorAda, insertBerkas, insertItem, getBerkas, itemsOf } from '../../../../db/arsip/berkas.ts';
import { bacaSheet, teks, tanggal } from '../impor-agenda.ts';
import { indexBerkas, indexItem, perbaruiKurun } from './berkas.ts';

type Item = {
  nomorItem: number | null;
  uraian: string;
  tanggal: string;
  jumlah: number;
  tingkat: TingkatPerkembangan;
  media: MediaArsip;
  kondisi: KondisiArsip;
  keamanan: Keamanan;
  keterangan: string | null;
};
type Berkas = {
  baris: number;
  nomor: number;
  tahun: number;
  kode: string;
  uraian: string;
  lok: { ruang: string | null; lemari: string | null; laci: string | null; folder: string | null };
  items: Item[];
};
type Kesalahan = { baris: number; kolom: string; pesan: string };

const KODE = /^[A-Z]{2}(\.\d{2}){0,3}$/;

async function periksa(ctx: Ctx, ws: ExcelJS.Worksheet, unit: string) {
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => teks(v));
  const idx = tebakKolomDaftar(headers);
  const hilang = KOLOM_DAFTAR_WAJIB.filter((k) => !idx[k]);
  if (hilang.length)
    throw new AppError('VALIDATION', `Kolom wajib tidak ditemukan di baris judul: ${hilang.map((k) => NAMA_KOLOM_DAFTAR[k]).join(', ')}.`, [
      { path: 'xlsxBase64', message: 'Judul kolom tidak dikenali.' },
    ]);
  const kesalahan: Kesalahan[] = [];
  const berkas = new Map<string, Berkas>();
  const nomorItem = new Map<string, Set<number>>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const v = (k: KolomDaftar) => (idx[k] ? teks(row.getCell(idx[k]!).value) : '');
    const salah = (k: KolomDaftar, pesan: string) => kesalahan.push({ baris: r, kolom: NAMA_KOLOM_DAFTAR[k], pesan });
    const awal = kesalahan.length;
    const nomor = Number(v('nomorBerkas'));
    if (!Number.isInteger(nomor) || nomor < 1) salah('nomorBerkas', 'Nomor berkas harus bilangan bulat positif.');
    const kode = v('klasifikasiKode').toUpperCase();
    if (!KODE.test(kode)) salah('klasifikasiKode', 'Kode klasifikasi berbentuk huruf dan angka, mis. UM.01.01.');
    else if (!(await kodeKlasifikasiAda(ctx.db, kode))) salah('klasifikasiKode', `Kode ${kode} tidak ada di daftar klasifikasi.`);
    const uraianBerkas = v('uraianBerkas');
    if (uraianBerkas.length < 3) salah('uraianBerkas', 'Uraian berkas minimal 3 karakter.');
    const uraian = v('uraianItem');
    if (uraian.length < 3) salah('uraianItem', 'Uraian arsip minimal 3 karakter.');
    const tgl = idx.tanggal ? tanggal(row.getCell(idx.tanggal).value) : null;
    if (!tgl) salah('tanggal', 'Tanggal tidak valid (HH/BB/TTTT atau TTTT-BB-HH).');
    const tahunTeks = v('tahun');
    const tahun = tahunTeks ? Number(tahunTeks.slice(0, 4)) : Number((tgl ?? '').slice(0, 4));
    if (!Number.isInteger(tahun) || tahun < 1945 || tahun > 2100) salah('tahun', 'Tahun tidak valid.');
    const jumlahTeks = v('jumlah');
    const jumlah = jumlahTeks ? Number(jumlahTeks) : 1;
    if (!Number.isInteger(jumlah) || jumlah < 1) salah('jumlah', 'Jumlah harus bilangan bulat positif.');
    const noItemTeks = v('nomorItem');
    const noItem = noItemTeks ? Number(noItemTeks) : null;
    if (noItem !== null && (!Number.isInteger(noItem) || noItem < 1)) salah('nomorItem', 'Nomor item harus bilangan bulat positif.');
    const tingkat = tingkatDari(v('tingkatPerkembangan'));
    if (!tingkat) salah('tingkatPerkembangan', 'Isi Asli, Salinan atau Tembusan.');
    const media = mediaArsipDari(v('media'));
    if (!media) salah('media', 'Isi Tekstual, Kartografi, Audio Visual, Elektronik atau Digital.');
    const kondisi = kondisiDari(v('kondisi'));
    if (!kondisi) salah('kondisi', 'Isi Baik atau Rusak.');
    const keamanan = keamananDari(v('keamanan'));
    if (!keamanan) salah('keamanan', 'Isi Biasa, Terbatas, Rahasia atau Sangat Rahasia.');
    if (kesalahan.length > awal) continue;
    const kunci = `${tahun}|${nomor}`;
    let b = berkas.get(kunci);
    if (!b) {
      if (await berkasNomorAda(ctx.db, unit, tahun, nomor)) {
        salah('nomorBerkas', `Berkas nomor ${nomor} tahun ${tahun} unit ${unit} sudah ada di SATU.`);
        continue;
      }
      b = {
        baris: r,
        nomor,
        tahun,
        kode,
        uraian: uraianBerkas,
        lok: { ruang: v('lokRuang') || null, lemari: v('lokLemari') || null, laci: v('lokLaci') || null, folder: v('lokFolder') || null },
        items: [],
      };
      berkas.set(kunci, b);
      nomorItem.set(kunci, new Set());
    } else if (b.kode !== kode || b.uraian !== uraianBerkas) {
      salah(
        b.kode !== kode ? 'klasifikasiKode' : 'uraianBerkas',
        `Berbeda dengan baris ${b.baris} untuk berkas yang sama (nomor ${nomor} tahun ${tahun}).`,
      );
      continue;
    }
    if (noItem !== null) {
      if (nomorItem.get(kunci)!.has(noItem)) {
        salah('nomorItem', `Nomor item ${noItem} muncul dua kali dalam berkas ${nomor}/${tahun}.`);
        continue;
      }
      nomorItem.get(kunci)!.add(noItem);
    }
    b.items.push({
      nomorItem: noItem,
      uraian,
      tanggal: tgl!,
      jumlah,
      tingkat: tingkat!,
      media: media!,
      kondisi: kondisi!,
      keamanan: keamanan!,
      keterangan: v('keterangan') || null,
    });
  }
  return { berkas: [...berkas.values()], kesalahan };
}

export async function imporDaftar(ctx: Ctx, input: ParsedInput<'arsip.import'>) {
  const ws = await bacaSheet(input.xlsxBase64);
  const { berkas, kesalahan } = await periksa(ctx, ws, input.unitPengolah);
  const jumlahItem = berkas.reduce((n, b) => n + b.items.length, 0);
  const hasil = { berkas: berkas.length, item: jumlahItem, kesalahan, diimpor: false };
  if (kesalahan.length > 0 || input.uji) return hasil;
  if (berkas.length === 0)
    throw new AppError('VALIDATION', 'Berkas Excel tidak berisi baris data.', [{ path: 'xlsxBase64', message: 'Tidak ada data.' }]);
  await ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    for (const b of berkas) {
      const id = await insertBerkas(trx, {
        unit_pengolah: input.unitPengolah,
        tahun: b.tahun,
        nomor_berkas: b.nomor,
        klasifikasi_kode: b.kode,
        uraian: b.uraian,
        kategori: 'umum',
        keamanan: b.items.some((i) => i.keamanan === 'SR') ? 'SR' : b.items.some((i) => i.keamanan === 'R') ? 'R' : 'B',
        media: b.items[0]!.media,
        status: 'aktif',
        lok_ruang: b.lok.ruang,
        lok_lemari: b.lok.lemari,
        lok_laci: b.lok.laci,
        lok_folder: b.lok.folder,
        keterangan: null,
        dibuat_oleh: ctx.actor.userId,
        created_at: at,
        updated_at: at,
      });
      let n = Math.max(0, ...b.items.map((i) => i.nomorItem ?? 0));
      for (const i of b.items) {
        const itemId = await insertItem(trx, {
          berkas_id: id,
          nomor_item: i.nomorItem ?? ++n,
          sumber: 'manual',
          sumber_id: null,
          nomor_naskah: null,
          uraian: i.uraian,
          tanggal: i.tanggal,
          jumlah: i.jumlah,
          tingkat_perkembangan: i.tingkat,
          media: i.media,
          kondisi: i.kondisi,
          keamanan: i.keamanan,
          keterangan: i.keterangan,
          dimusnahkan_pada: null,
          dibuat_oleh: ctx.actor.userId,
          created_at: at,
        });
        await audit.change('item_arsip', itemId, null, 'impor');
      }
      await perbaruiKurun(trx, id);
      await audit.change('berkas_arsip', id, null, 'impor');
      const row = (await getBerkas(trx, id))!;
      await indexBerkas(trx, row);
      for (const item of await itemsOf(trx, id)) await indexItem(trx, item, row);
    }
  });
  return { ...hasil, diimpor: true };
}
