// Owns signing certificates in SATU: importing a BSrE .p12/.pfx (stored as the encrypted container;
// the passphrase is never stored), the office CA (its key stored encrypted with the admin's
// passphrase), issuing signer certificates, and who may sign with what.
import { AppError } from '../../../shared/ipc/result.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { CertificateError } from '../signing/errors.ts';
import { readP12 } from '../signing/ca.ts';
import type { P12Info } from '../signing/ca.ts';
import { getSertifikat, listSertifikat, listOtoritas } from '../../../db/sertifikat/queries.ts';
import type { SertifikatRow } from '../../../db/sertifikat/queries.ts';
import type { Conn } from '../../../db/connection.ts';

type SertifikatInfo = ChannelOutput<'sertifikat.import'>;

/** Certificates ending within this many days are flagged on the certificate screen and Beranda. */
export const WARN_DAYS = 30;

/** Wraps the signing library's certificate errors as Indonesian VALIDATION errors on a field. */
export function openP12OrFail(p12: Buffer, passphrase: string, field = 'passphrase'): P12Info {
  try {
    return readP12(p12, passphrase);
  } catch (e) {
    if (e instanceof CertificateError) throw new AppError('VALIDATION', e.message, [{ path: field, message: e.message }]);
    throw e;
  }
}

export function statusOf(from: string, until: string, aktif: boolean, now: Date): Pick<SertifikatInfo, 'status' | 'sisaHari'> {
  const sisaHari = Math.floor((new Date(until).getTime() - now.getTime()) / 86_400_000);
  if (!aktif) return { status: 'nonaktif', sisaHari };
  if (new Date(from).getTime() > now.getTime()) return { status: 'belum-berlaku', sisaHari };
  if (sisaHari < 0) return { status: 'kedaluwarsa', sisaHari };
  return { status: sisaHari <= WARN_DAYS ? 'segera-berakhir' : 'berlaku', sisaHari };
}

export async function sertifikatInfos(conn: Conn, now: Date, userId?: number): Promise<SertifikatInfo[]> {
  const rows = await listSertifikat(conn, userId);
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    pemegang: r.nama,
    sumber: r.sumber === 'kantor' ? 'kantor' : 'impor',
    subjek: r.subjek,
    penerbit: r.penerbit,
    fingerprint: r.fingerprint,
    berlakuDari: r.berlaku_dari,
    berlakuSampai: r.berlaku_sampai,
    aktif: r.aktif === 1,
    ...statusOf(r.berlaku_dari, r.berlaku_sampai, r.aktif === 1, now),
  }));
}

export async function sertifikatInfo(conn: Conn, id: number, now: Date): Promise<SertifikatInfo> {
  const all = await sertifikatInfos(conn, now);
  const found = all.find((s) => s.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'Sertifikat tidak ditemukan.');
  return found;
}

/** A certificate the caller may sign with: their own, active, valid now. */
export async function ownUsableCertificate(conn: Conn, id: number, userId: number | null, now: Date): Promise<SertifikatRow> {
  const row = await getSertifikat(conn, id);
  if (!row || row.user_id !== userId)
    throw new AppError('FORBIDDEN', 'Anda hanya dapat menandatangani dengan sertifikat milik Anda sendiri.');
  const { status } = statusOf(row.berlaku_dari, row.berlaku_sampai, row.aktif === 1, now);
  if (status === 'kedaluwarsa' || status === 'nonaktif' || status === 'belum-berlaku')
    throw new AppError('VALIDATION', `Sertifikat tidak dapat dipakai (${status.replace('-', ' ')}).`, [
      { path: 'sertifikatId', message: 'Pilih sertifikat yang berlaku.' },
    ]);
  return row;
}

export async function trustedCaPems(conn: Conn): Promise<string[]> {
  return (await listOtoritas(conn)).map((o) => o.cert_pem);
}
