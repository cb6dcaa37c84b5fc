// Owns allocating numbers (issue #4 §5): inside the caller's write transaction (BEGIN IMMEDIATE),
// the counter of the series' scope is incremented and the formatted number registered; numbers are
// never reused, cancelled ones stay with their reason, sisipan numbers need a reason.
import type { Trx } from '../../../db/connection.ts';
import type { Auditor } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { getSeri, nextUrut, insertRegister, sisipanTerpakai } from '../../../db/naskah/penomoran.ts';
import type { SeriRow } from '../../../db/naskah/penomoran.ts';
import { formatNomor, kunciPencacah, sisipanBerikut } from '../../../shared/domain/naskah/penomoran.ts';
import type { Keamanan } from '../../../shared/domain/naskah/surat.ts';

export type PermintaanNomor = {
  seriId: number;
  tanggal: string;
  klasifikasiKode: string | null;
  kodeJabatan: string | null;
  keamanan: Keamanan;
  naskah: string | null;
  status: 'dipesan' | 'dipakai';
  oleh: string;
  at: string;
};

export type NomorTerbit = { registerId: number; nomor: string; urut: number; sisipan: string };

async function seriAktif(trx: Trx, id: number): Promise<SeriRow> {
  const s = await getSeri(trx, id);
  if (!s || s.aktif !== 1)
    throw new AppError('NOT_FOUND', 'Seri penomoran tidak ditemukan atau nonaktif.', [
      { path: 'seriId', message: 'Pilih seri yang aktif.' },
    ]);
  return s;
}

function susun(s: SeriRow, p: PermintaanNomor, urut: number, sisipan: string): string {
  try {
    return formatNomor(
      s.pola,
      {
        unit: s.kode_unit ?? undefined,
        klas: p.klasifikasiKode ?? undefined,
        urut,
        sisipan: sisipan || null,
        tanggal: p.tanggal,
        jab: p.kodeJabatan ?? undefined,
        aman: p.keamanan,
      },
      s.lebar_urut,
    );
  } catch (e) {
    throw new AppError('VALIDATION', (e as Error).message, [{ path: 'klasifikasiKode', message: (e as Error).message }]);
  }
}

const lingkup = (s: SeriRow) => ({ tahun: s.lingkup_tahun === 1, bulan: s.lingkup_bulan === 1, klasifikasi: s.lingkup_klasifikasi === 1 });

async function daftar(
  trx: Trx,
  audit: Auditor,
  s: SeriRow,
  p: PermintaanNomor,
  urut: number,
  sisipan: string,
  alasan: string | null,
): Promise<NomorTerbit> {
  const k = kunciPencacah(lingkup(s), { tanggal: p.tanggal, klas: p.klasifikasiKode ?? undefined });
  const nomor = susun(s, p, urut, sisipan);
  const registerId = await insertRegister(trx, {
    seri_id: s.id,
    ...k,
    urut,
    sisipan,
    nomor,
    tanggal: p.tanggal,
    status: p.status,
    naskah: p.naskah,
    alasan,
    dibuat_oleh: p.oleh,
    dibuat_pada: p.at,
  });
  await audit.change('register_nomor', registerId, null, sisipan ? 'sisipan' : p.status === 'dipesan' ? 'pesan' : 'ambil');
  return { registerId, nomor, urut, sisipan };
}

export async function ambilNomor(trx: Trx, audit: Auditor, p: PermintaanNomor): Promise<NomorTerbit> {
  const s = await seriAktif(trx, p.seriId);
  const k = kunciPencacah(lingkup(s), { tanggal: p.tanggal, klas: p.klasifikasiKode ?? undefined });
  const urut = await nextUrut(trx, s.id, k);
  return daftar(trx, audit, s, p, urut, '', null);
}

export async function ambilSisipan(
  trx: Trx,
  audit: Auditor,
  p: PermintaanNomor,
  setelahUrut: number,
  alasan: string,
): Promise<NomorTerbit> {
  const s = await seriAktif(trx, p.seriId);
  const k = kunciPencacah(lingkup(s), { tanggal: p.tanggal, klas: p.klasifikasiKode ?? undefined });
  const used = await sisipanTerpakai(trx, s.id, k, setelahUrut);
  if (!used.includes(''))
    throw new AppError('VALIDATION', `Nomor urut ${setelahUrut} belum pernah diambil; sisipan hanya setelah nomor yang ada.`, [
      { path: 'setelahUrut', message: 'Nomor urut ini belum ada.' },
    ]);
  return daftar(trx, audit, s, p, setelahUrut, sisipanBerikut(used.filter(Boolean)), alasan);
}
