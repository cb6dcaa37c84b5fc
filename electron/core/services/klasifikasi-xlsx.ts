// Owns the classification list in Excel (issue #4 §1): export any scheme; import a new scheme
// version (never overwriting an old one, since old naskah keep their codes), validated row by row,
// all or nothing.
import ExcelJS from 'exceljs';
import type { Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { allKlasifikasi, skemaByKode, insertSkema, insertKodeBila } from '../../../db/naskah/klasifikasi.ts';
import type { KodeBaru } from '../../../db/naskah/klasifikasi.ts';

const HEADER = ['Kode', 'Nama', 'Induk', 'Tingkat', 'Sifat', 'Terkonfirmasi', 'Skema'];
const KODE = /^[A-Z]{2}(\.\d{2}){0,3}$/;

export async function eksporKlasifikasi(ctx: Ctx, skema?: string): Promise<{ namaBerkas: string; xlsxBase64: string }> {
  const rows = await allKlasifikasi(ctx.db, skema);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klasifikasi Arsip');
  ws.addRow(HEADER).font = { bold: true };
  for (const r of rows)
    ws.addRow([r.kode, r.nama, r.induk_kode ?? '', r.tingkat, r.sifat ?? '', r.terkonfirmasi ? 'ya' : 'belum', r.skema]);
  wb.addWorksheet('Catatan').addRow(['Periksa terhadap daftar klasifikasi arsip kementerian yang berlaku.']);
  [14, 60, 12, 9, 13, 14, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return {
    namaBerkas: `klasifikasi-arsip${skema ? `-${skema}` : ''}.xlsx`,
    xlsxBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
  };
}

type Masalah = { baris: number; pesan: string };

async function bacaKode(base64: string): Promise<{ rows: (KodeBaru & { baris: number })[]; masalah: Masalah[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca.', [
      { path: 'xlsxBase64', message: 'Pilih berkas .xlsx.' },
    ]);
  }
  const ws = wb.worksheets[0];
  const rows: (KodeBaru & { baris: number })[] = [];
  const masalah: Masalah[] = [];
  ws?.eachRow((row, n) => {
    if (n === 1) return;
    const kode = String(row.getCell(1).value ?? '')
      .trim()
      .toUpperCase();
    const nama = String(row.getCell(2).value ?? '').trim();
    if (!kode && !nama) return;
    if (!KODE.test(kode))
      return void masalah.push({ baris: n, pesan: `Kode "${kode}" tidak berbentuk AA, AA.00, AA.00.00 atau AA.00.00.00.` });
    if (!nama) return void masalah.push({ baris: n, pesan: `Nama untuk kode ${kode} kosong.` });
    const parts = kode.split('.');
    rows.push({
      baris: n,
      kode,
      nama,
      induk: parts.length > 1 ? parts.slice(0, -1).join('.') : null,
      tingkat: parts.length,
      sifat: null,
      terkonfirmasi: true,
    });
  });
  const kodes = new Set<string>();
  for (const r of rows) {
    if (kodes.has(r.kode)) masalah.push({ baris: r.baris, pesan: `Kode ${r.kode} muncul lebih dari sekali.` });
    kodes.add(r.kode);
  }
  for (const r of rows)
    if (r.induk && !kodes.has(r.induk))
      masalah.push({ baris: r.baris, pesan: `Induk ${r.induk} dari kode ${r.kode} tidak ada di berkas.` });
  return { rows, masalah };
}

export async function imporKlasifikasi(ctx: Ctx, input: { xlsxBase64: string; skemaKode: string; skemaNama: string; ujiCoba: boolean }) {
  const { rows, masalah } = await bacaKode(input.xlsxBase64);
  if (rows.length === 0 && masalah.length === 0) masalah.push({ baris: 1, pesan: 'Tidak ada kode di lembar pertama.' });
  if (await skemaByKode(ctx.db, input.skemaKode))
    masalah.push({ baris: 0, pesan: `Skema ${input.skemaKode} sudah ada; beri kode versi baru.` });
  if (masalah.length || input.ujiCoba) return { kode: rows.length, diimpor: 0, masalah };
  const diimpor = await ctx.write(async (trx, audit) => {
    const id = await insertSkema(trx, {
      kode: input.skemaKode,
      nama: input.skemaNama,
      dasar: null,
      catatan: 'Diimpor dari Excel; periksa terhadap daftar kementerian yang berlaku.',
      at: ctx.nowIso(),
    });
    const n = await insertKodeBila(trx, id, rows);
    await audit.event('impor-klasifikasi', 'klasifikasi', input.skemaKode, { kode: n });
    return n;
  });
  return { kode: rows.length, diimpor, masalah };
}
