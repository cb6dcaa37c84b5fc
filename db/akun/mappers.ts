// Owns turning account rows into domain objects (the only place rows become `User`).
import type { Role } from '../../shared/domain/roles.ts';
import type { User } from '../../shared/domain/akun.ts';

export type UserRow = {
  id: number;
  username: string;
  nama: string;
  nip: string | null;
  jabatan: string | null;
  aktif: number;
  must_change_password: number;
  created_at: string;
  locked_until: string | null;
  last_login_at: string | null;
  unit_id: number | null;
  unit_nama: string | null;
  kepala_unit: number | null;
  izin_keamanan: string | null;
};

export const toUser = (r: UserRow, roles: Role[]): User => ({
  id: r.id,
  username: r.username,
  nama: r.nama,
  nip: r.nip,
  jabatan: r.jabatan,
  roles,
  unitId: r.unit_id,
  unit: r.unit_nama,
  kepalaUnit: r.kepala_unit === 1,
  izinKeamanan: r.izin_keamanan as User['izinKeamanan'],
  aktif: r.aktif === 1,
  mustChangePassword: r.must_change_password === 1,
  lockedUntil: r.locked_until,
  lastLoginAt: r.last_login_at,
  createdAt: r.created_at,
});
