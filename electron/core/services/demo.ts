// Owns "Muat data contoh": the 33 Kanwil of Lampiran I, NTB's 12 and Maluku Utara's 13 satuan kerja
// as printed in their Renstra (seeds 000, 001, 003), all marked contoh = 1. Idempotent.
import type { Trx } from '../../../db/connection.ts';
import { findSatkerByNama, insertSatker, getSatker } from '../../../db/organisasi/queries.ts';
import type { NewSatker } from '../../../db/organisasi/queries.ts';
import { daftarKanwil, satkerNtb, satkerMalut } from '../../../shared/data/index.ts';
import type { Auditor } from '../context.ts';
import { indexSatker } from './search-feed.ts';
import { kanwilRow } from './kantor.ts';

type Count = { satker: number; unit: number };

async function ensure(trx: Trx, audit: Auditor, row: NewSatker, count: Count): Promise<number> {
  const found = await findSatkerByNama(trx, row.nama);
  if (found) return found.id;
  const id = await insertSatker(trx, { ...row, contoh: 1 });
  await audit.change('satker', id, null, 'buat-contoh');
  const saved = await getSatker(trx, id);
  if (saved) await indexSatker(trx, saved);
  count.satker++;
  return id;
}

function kanwilOf(provinsi: string) {
  const k = daftarKanwil.find((x) => x.provinsi.toLowerCase() === provinsi.toLowerCase());
  if (!k) throw new Error(`Kanwil ${provinsi} tidak ada di Lampiran I`);
  return k;
}

async function loadUpt(
  trx: Trx,
  audit: Auditor,
  provinsi: string,
  list: readonly { nama: string; jenis: string; alamat: string | null; jumlahPegawai?: number | null }[],
  at: string,
  count: Count,
): Promise<void> {
  const k = kanwilOf(provinsi);
  const kanwilId = await ensure(trx, audit, kanwilRow(k, at), count);
  for (const s of list) {
    if (s.jenis === 'kanwil') continue;
    await ensure(
      trx,
      audit,
      {
        nama: s.nama,
        jenis: s.jenis,
        kanwil_no: k.no,
        induk_id: kanwilId,
        provinsi: k.provinsi,
        alamat: s.alamat,
        jumlah_pegawai: s.jumlahPegawai ?? null,
        created_at: at,
      },
      count,
    );
  }
}

export async function loadDemo(trx: Trx, audit: Auditor, at: string): Promise<Count> {
  const count: Count = { satker: 0, unit: 0 };
  for (const k of daftarKanwil) await ensure(trx, audit, kanwilRow(k, at), count);
  await loadUpt(trx, audit, 'Nusa Tenggara Barat', satkerNtb, at, count);
  await loadUpt(trx, audit, 'Maluku Utara', satkerMalut, at, count);
  return count;
}
