// Owns the model of "Daftar Pengguna dan Hak Akses": every account with its roles in Indonesian, status and
// last login, plus what each role may do (the role rules of issue #2, shared/domain/roles.ts). Plain data,
// every date already written out in the office's zone.
import { listUsers } from '../../../../db/akun/queries.ts';
import { KETERANGAN_PERAN, NAMA_PERAN, ROLES } from '../../../../shared/domain/roles.ts';
import type { User } from '../../../../shared/domain/akun.ts';
import { formatNip } from '../../../../shared/format/index.ts';
import type { ReportEnv } from '../engine.ts';
import { DEFAULT_TIME_ZONE, tanggalDi, tanggalJamDi } from '../layout/waktu.ts';

export type PenggunaBaris = {
  no: number;
  nama: string;
  /** "19800101 200501 1 001", or null. */
  nip: string | null;
  username: string;
  jabatan: string;
  peran: string[];
  status: 'Aktif' | 'Nonaktif';
  loginTerakhir: string;
};

export type PenggunaHakAksesModel = {
  keadaanPer: string;
  baris: PenggunaBaris[];
  jumlah: { total: number; aktif: number; nonaktif: number };
  keteranganPeran: { peran: string; hakAkses: string }[];
};

export const BELUM_PERNAH = 'Belum pernah';

function toBaris(u: User, i: number, timeZone: string): PenggunaBaris {
  const roles = [...u.roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return {
    no: i + 1,
    nama: u.nama,
    nip: u.nip ? formatNip(u.nip) : null,
    username: u.username,
    jabatan: u.jabatan ?? '–',
    peran: roles.map((r) => NAMA_PERAN[r]),
    status: u.aktif ? 'Aktif' : 'Nonaktif',
    loginTerakhir: u.lastLoginAt ? tanggalJamDi(new Date(u.lastLoginAt), timeZone) : BELUM_PERNAH,
  };
}

export async function buildPenggunaHakAksesModel(env: ReportEnv): Promise<PenggunaHakAksesModel> {
  const timeZone = env.timeZone ?? DEFAULT_TIME_ZONE;
  const users = await listUsers(env.conn);
  const baris = users.map((u, i) => toBaris(u, i, timeZone));
  const aktif = baris.filter((b) => b.status === 'Aktif').length;
  return {
    keadaanPer: `Keadaan per ${tanggalDi(env.now, timeZone)}`,
    baris,
    jumlah: { total: baris.length, aktif, nonaktif: baris.length - aktif },
    keteranganPeran: ROLES.map((r) => ({ peran: NAMA_PERAN[r], hakAkses: KETERANGAN_PERAN[r] })),
  };
}
