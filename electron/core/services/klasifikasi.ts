// Owns loading the classification schemes shipped with SATU (reference A.6): the Kemenkumham 2021
// list (confirmed) and the codes seen in Kemenimipas-era practice (unconfirmed). Idempotent.
import type { Trx } from '../../../db/connection.ts';
import type { Auditor } from '../context.ts';
import { skemaByKode, insertSkema, insertKodeBila } from '../../../db/naskah/klasifikasi.ts';
import { listSeri, insertSeri } from '../../../db/naskah/penomoran.ts';
import { POLA_BAWAAN } from '../../../shared/domain/naskah/penomoran.ts';
import {
  SKEMA_KEMENKUMHAM_2021,
  SKEMA_KEMENIMIPAS_PRAKTIK,
  klasifikasiKemenkumham,
  klasifikasiKemenimipasPraktik,
} from '../../../shared/data/klasifikasi.ts';

const SKEMA = [
  [SKEMA_KEMENKUMHAM_2021, klasifikasiKemenkumham],
  [SKEMA_KEMENIMIPAS_PRAKTIK, klasifikasiKemenimipasPraktik],
] as const;

export async function muatKlasifikasi(trx: Trx, audit: Auditor, at: string): Promise<number> {
  let total = 0;
  for (const [skema, rows] of SKEMA) {
    const found = await skemaByKode(trx, skema.kode);
    const id =
      found?.id ??
      (await insertSkema(trx, {
        kode: skema.kode,
        nama: skema.nama,
        dasar: 'dasar' in skema ? String(skema.dasar) : null,
        catatan: skema.catatan,
        at,
      }));
    total += await insertKodeBila(trx, id, rows);
  }
  if (total > 0) await audit.event('muat-klasifikasi', 'klasifikasi', null, { kode: total });
  return total;
}

/** The two series the ministry uses (reference A.5.2), created once for a new office. */
export async function seriBawaan(trx: Trx, audit: Auditor, kodeSurat: string, at: string): Promise<void> {
  if ((await listSeri(trx)).length > 0) return;
  const base = { lebar_urut: 0, lingkup_tahun: 1, lingkup_bulan: 0, lingkup_klasifikasi: 0, aktif: 1, created_at: at };
  const a = await insertSeri(trx, {
    ...base,
    nama: 'Korespondensi (surat dinas, nota dinas, dan lainnya)',
    jenis_naskah: '*',
    pola: POLA_BAWAAN.korespondensi,
    kode_unit: kodeSurat,
  });
  await audit.change('seri_penomoran', a, null);
  const b = await insertSeri(trx, {
    ...base,
    nama: 'Keputusan',
    jenis_naskah: 'surat_keputusan',
    pola: POLA_BAWAAN.keputusan,
    kode_unit: null,
  });
  await audit.change('seri_penomoran', b, null);
}
