// Owns importing an incoming-letter agenda kept in Excel (issue #4 §9): read the first sheet, map
// columns (guessed from the header row unless given), validate every row with the same schema as the
// form, report every bad row with its reason, and import all rows in one transaction or none.
import ExcelJS from 'exceljs';
import type { Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { suratMasukInputSchema } from '../../../shared/ipc/channels/naskah.ts';
import {
  KOLOM_AGENDA,
  KOLOM_WAJIB,
  NAMA_KOLOM_AGENDA,
  tebakPemetaan,
  urgensiDari,
  keamananDari,
  mediaDari,
  jenisDari,
} from '../../../shared/domain/naskah/impor.ts';
import type { KolomAgenda } from '../../../shared/domain/naskah/impor.ts';
import { parseIsoDate } from '../../../shared/format/index.ts';
import { findDuplicates, insertSuratMasuk, nextNoAgenda, sisipanOf } from '../../../db/naskah/surat-masuk.ts';
import { indexDocument } from '../../../db/search/queries.ts';
import { readKantor } from './kantor.ts';
import { offsetZona } from '../../../shared/domain/kantor.ts';
import { timeZoneOf } from './kop.ts';
import type { z } from 'zod';

export type Kesalahan = { baris: number; kolom: string | null; pesan: string };
type Siap = { baris: number; noAgenda: number | null; data: z.output<typeof suratMasukInputSchema> };

export function teks(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
}

/** Excel dates arrive as Date (UTC midnight) or text: 23/11/2026, 23-11-2026, 2026-11-23. */
export function tanggal(v: ExcelJS.CellValue): string | null {
  const s = teks(v);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s.slice(0, 10);
  return parseIsoDate(iso).ok ? iso : null;
}

export async function bacaSheet(base64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca.', [
      { path: 'xlsxBase64', message: 'Pilih berkas .xlsx.' },
    ]);
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 2)
    throw new AppError('VALIDATION', 'Lembar pertama kosong: baris 1 judul kolom, data mulai baris 2.', [
      { path: 'xlsxBase64', message: 'Lembar kosong.' },
    ]);
  return ws;
}

function nilaiBaris(row: ExcelJS.Row, kolomIdx: Partial<Record<KolomAgenda, number>>, offset: string) {
  const get = (k: KolomAgenda) => (kolomIdx[k] ? row.getCell(kolomIdx[k]!).value : null);
  const diterima = tanggal(get('diterimaPada'));
  return {
    raw: {
      diterimaPada: diterima ? new Date(`${diterima}T08:00:00${offset}`).toISOString() : teks(get('diterimaPada')),
      jenisNaskah: jenisDari(teks(get('jenisNaskah'))) ?? teks(get('jenisNaskah')),
      nomorNaskah: teks(get('nomorNaskah')),
      tanggalNaskah: tanggal(get('tanggalNaskah')) ?? teks(get('tanggalNaskah')),
      asalInstansi: teks(get('asalInstansi')),
      asalPejabat: teks(get('asalPejabat')) || null,
      hal: teks(get('hal')),
      isiRingkas: teks(get('isiRingkas')) || teks(get('hal')),
      urgensi: urgensiDari(teks(get('urgensi'))) ?? teks(get('urgensi')),
      keamanan: keamananDari(teks(get('keamanan'))) ?? teks(get('keamanan')),
      klasifikasiKode: teks(get('klasifikasiKode')) || null,
      tujuan: teks(get('tujuan')) || 'Kepala Kantor',
      lampiran: teks(get('lampiran')) || null,
      media: mediaDari(teks(get('media'))) ?? teks(get('media')),
      berkas: [],
    },
    noAgenda: teks(get('noAgenda')),
  };
}

const FIELD_TO_COL = (path: string): string | null =>
  (KOLOM_AGENDA as readonly string[]).includes(path) ? NAMA_KOLOM_AGENDA[path as KolomAgenda] : null;

export async function periksaAgenda(ctx: Ctx, base64: string, pemetaan: Partial<Record<KolomAgenda, string>> | null) {
  const ws = await bacaSheet(base64);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => teks(v));
  const map = pemetaan ?? tebakPemetaan(headers);
  const hilang = KOLOM_WAJIB.filter((k) => !map[k] || !headers.includes(map[k]!));
  if (hilang.length)
    throw new AppError(
      'VALIDATION',
      `Kolom wajib tidak ditemukan: ${hilang.map((k) => NAMA_KOLOM_AGENDA[k]).join(', ')}. Atur pemetaan kolom.`,
      hilang.map((k) => ({ path: `pemetaan.${k}`, message: 'Pilih kolom.' })),
    );
  const idx = Object.fromEntries(Object.entries(map).map(([k, h]) => [k, headers.indexOf(h!) + 1])) as Partial<Record<KolomAgenda, number>>;
  const kantor = await readKantor(ctx.db);
  const offset = offsetZona(kantor ? timeZoneOf(kantor) : 'Asia/Jakarta');
  const siap: Siap[] = [];
  const kesalahan: Kesalahan[] = [];
  const seen = new Set<string>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const { raw, noAgenda } = nilaiBaris(row, idx, offset);
    const parsed = suratMasukInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) kesalahan.push({ baris: r, kolom: FIELD_TO_COL(String(i.path[0] ?? '')), pesan: i.message });
      continue;
    }
    const no = noAgenda ? Number(noAgenda) : null;
    if (noAgenda && (!Number.isInteger(no) || (no ?? 0) < 1)) {
      kesalahan.push({ baris: r, kolom: NAMA_KOLOM_AGENDA.noAgenda, pesan: 'Nomor agenda harus bilangan bulat positif.' });
      continue;
    }
    const kunci = `${parsed.data.asalInstansi.toLowerCase()}|${parsed.data.nomorNaskah.replace(/\s+/g, '').toLowerCase()}|${parsed.data.tanggalNaskah}`;
    const dupDb = await findDuplicates(ctx.db, parsed.data.asalInstansi, parsed.data.nomorNaskah, parsed.data.tanggalNaskah);
    if (seen.has(kunci) || dupDb.length) {
      kesalahan.push({
        baris: r,
        kolom: NAMA_KOLOM_AGENDA.nomorNaskah,
        pesan: dupDb.length ? 'Surat ini sudah tercatat di SATU.' : 'Surat yang sama muncul lebih dari sekali di berkas ini.',
      });
      continue;
    }
    seen.add(kunci);
    siap.push({ baris: r, noAgenda: no, data: parsed.data });
  }
  return { siap, kesalahan, pemetaan: map as Record<string, string> };
}

export async function imporAgenda(ctx: Ctx, siap: Siap[]): Promise<number> {
  return ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    for (const s of siap) {
      const tahun = Number(s.data.diterimaPada.slice(0, 4));
      if (s.noAgenda && (await sisipanOf(trx, tahun, s.noAgenda)).includes(''))
        throw new AppError('CONFLICT', `Baris ${s.baris}: nomor agenda ${s.noAgenda}/${tahun} sudah dipakai. Tidak ada yang diimpor.`);
      const d = s.data;
      const id = await insertSuratMasuk(trx, {
        tahun,
        no_agenda: s.noAgenda ?? (await nextNoAgenda(trx, tahun)),
        sisipan: '',
        alasan_sisipan: null,
        diterima_pada: d.diterimaPada,
        jenis_naskah: d.jenisNaskah,
        nomor_naskah: d.nomorNaskah,
        tanggal_naskah: d.tanggalNaskah,
        asal_instansi: d.asalInstansi,
        asal_pejabat: d.asalPejabat,
        hal: d.hal,
        isi_ringkas: d.isiRingkas,
        urgensi: d.urgensi,
        keamanan: d.keamanan,
        klasifikasi_kode: d.klasifikasiKode,
        tujuan: d.tujuan,
        lampiran: d.lampiran,
        media: d.media,
        status: 'diterima',
        pencatat_id: ctx.actor.userId,
        created_at: at,
        updated_at: at,
      });
      await indexDocument(trx, {
        domain: 'naskah',
        entity: 'surat_masuk',
        entityId: String(id),
        title: d.hal,
        body: [d.asalInstansi, d.nomorNaskah, d.isiRingkas].join(' · '),
      });
      await audit.change('surat_masuk', id, null, 'impor');
    }
    return siap.length;
  });
}
