// Owns the office identity: the office's satker row plus the `kantor` setting (codes, contacts, logo).
import type { Conn, Trx } from '../../../db/connection.ts';
import { getSetting, putSetting } from '../../../db/settings/queries.ts';
import { getSatker, insertSatker, updateSatker, findSatkerByNama } from '../../../db/organisasi/queries.ts';
import { kopBaris } from '../../../shared/domain/kantor.ts';
import type { Kantor, KantorInfo, JenisSatker } from '../../../shared/domain/kantor.ts';
import { kanwilByNo as findKanwil } from '../../../shared/data/kanwil.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Auditor } from '../context.ts';

type KantorSetting = Omit<Kantor, 'nama' | 'jenis' | 'kanwilNo' | 'kodeSatker' | 'kodeUakpb' | 'alamat'> & { satkerId: number };

export const KANTOR_KEY = 'kantor';

export function kanwilByNo(no: number) {
  const k = findKanwil(no);
  if (!k) throw new AppError('VALIDATION', 'Kanwil tidak dikenal.', [{ path: 'kantor.kanwilNo', message: 'Pilih Kanwil dari daftar.' }]);
  return k;
}

export async function readKantor(conn: Conn): Promise<KantorInfo | null> {
  const s = await getSetting<KantorSetting>(conn, KANTOR_KEY);
  if (!s) return null;
  const row = await getSatker(conn, s.satkerId);
  if (!row) return null;
  const kanwil = kanwilByNo(row.kanwil_no ?? 0);
  const jenis = row.jenis as JenisSatker;
  return {
    ...s,
    nama: row.nama,
    jenis,
    kanwilNo: kanwil.no,
    kodeSatker: row.kode_satker ?? '',
    kodeUakpb: row.kode_uakpb ?? '',
    alamat: row.alamat ?? '',
    kopBaris: kopBaris(row.nama, jenis, kanwil.provinsi),
  };
}

/** The satker row of a Kanwil as Lampiran I describes it. */
export function kanwilRow(
  k: { nama: string; no: number; provinsi: string; kedudukan: string; tipe: 'A' | 'B'; eselon: string },
  at: string,
) {
  return {
    nama: k.nama,
    jenis: 'kanwil',
    kanwil_no: k.no,
    provinsi: k.provinsi,
    kedudukan: k.kedudukan,
    tipe: k.tipe,
    eselon: k.eselon,
    created_at: at,
  };
}

/** The Kanwil satker a UPT belongs to, created from Lampiran I when it is not there yet. */
export async function ensureKanwilSatker(trx: Trx, audit: Auditor, no: number, at: string): Promise<number> {
  const k = kanwilByNo(no);
  const found = await findSatkerByNama(trx, k.nama);
  if (found) return found.id;
  const id = await insertSatker(trx, kanwilRow(k, at));
  await audit.change('satker', id, null);
  return id;
}

/** Creates or updates the office's own satker and the `kantor` setting, audited. */
export async function saveKantor(trx: Trx, audit: Auditor, k: Kantor, at: string): Promise<number> {
  const kanwil = kanwilByNo(k.kanwilNo);
  const current = await getSetting<KantorSetting>(trx, KANTOR_KEY);
  const indukId = k.jenis === 'kanwil' ? null : await ensureKanwilSatker(trx, audit, k.kanwilNo, at);
  const row = {
    nama: k.nama,
    jenis: k.jenis,
    kode_satker: k.kodeSatker,
    kode_uakpb: k.kodeUakpb,
    kanwil_no: k.kanwilNo,
    induk_id: indukId,
    provinsi: kanwil.provinsi,
    kedudukan: k.jenis === 'kanwil' ? kanwil.kedudukan : k.kota,
    alamat: k.alamat,
    tipe: k.jenis === 'kanwil' ? kanwil.tipe : null,
    eselon: k.jenis === 'kanwil' ? kanwil.eselon : null,
  };
  let satkerId = current?.satkerId;
  if (satkerId) {
    const before = await audit.before('satker', satkerId);
    await updateSatker(trx, satkerId, row);
    await audit.change('satker', satkerId, before);
  } else {
    const existing = await findSatkerByNama(trx, k.nama);
    satkerId = existing ? existing.id : await insertSatker(trx, { ...row, created_at: at });
    if (existing) await updateSatker(trx, satkerId, row);
    await audit.change('satker', satkerId, existing ? existing : null);
  }
  const setting: KantorSetting = {
    satkerId,
    kodeSurat: k.kodeSurat,
    kota: k.kota,
    telepon: k.telepon,
    email: k.email,
    laman: k.laman,
    logo: k.logo,
  };
  const before = await audit.before('setting', KANTOR_KEY);
  await putSetting(trx, KANTOR_KEY, setting, at);
  await audit.change('setting', KANTOR_KEY, before);
  return satkerId;
}
