// Owns the Kysely table types of the current schema (snake_case, as stored).
import type { Generated } from 'kysely';
import type { NaskahTables } from './schema-naskah.ts';
import type { ArsipTables } from './schema-arsip.ts';

export type SatkerTable = {
  id: Generated<number>;
  nama: string;
  jenis: string;
  kode_satker: string | null;
  kode_uakpb: string | null;
  kanwil_no: number | null;
  induk_id: number | null;
  provinsi: string | null;
  kedudukan: string | null;
  alamat: string | null;
  tipe: string | null;
  eselon: string | null;
  jumlah_pegawai: number | null;
  contoh: Generated<number>;
  created_at: string;
};

export type UnitOrganisasiTable = {
  id: Generated<number>;
  satker_id: number;
  kode: string;
  nama: string;
  jenis: string;
  induk_kode: string | null;
  dasar: string | null;
  urutan: Generated<number>;
};

export type UsersTable = {
  id: Generated<number>;
  username: string;
  nama: string;
  nip: string | null;
  jabatan: string | null;
  password_hash: string;
  must_change_password: Generated<number>;
  aktif: Generated<number>;
  created_at: string;
  updated_at: string;
  unit_id: number | null;
  /** Highest security class the user may open (B, T, R, SR); null = Biasa only. */
  izin_keamanan: string | null;
  /** 1 = head of unit_id; null otherwise. */
  kepala_unit: number | null;
};

export type UserRoleTable = { user_id: number; role: string };

export type LoginStateTable = {
  user_id: number;
  failed_count: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
};

export type SessionsTable = {
  id: string;
  user_id: number;
  transport: string;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor: string;
  channel: string;
  action: string;
  entity: string;
  entity_id: string | null;
  /** 1: before/after are entity snapshots (compared by `check`); 0: an event with its data. */
  snapshot: number;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
};

export type SettingsTable = { key: string; value_json: string; updated_at: string };

export type DokumenTable = {
  id: Generated<number>;
  kind: string;
  title: string;
  nomor: string | null;
  signer_user_id: number | null;
  signed_at: string | null;
  sha256: string;
  path: string | null;
  meta_json: string | null;
  created_by: number | null;
  created_at: string;
  status: Generated<string>;
};

export type OtoritasSertifikatTable = {
  id: Generated<number>;
  nama: string;
  jenis: string;
  cert_pem: string;
  key_pem_terenkripsi: string | null;
  fingerprint: string;
  berlaku_dari: string;
  berlaku_sampai: string;
  aktif: Generated<number>;
  created_at: string;
};

export type SertifikatTable = {
  id: Generated<number>;
  user_id: number;
  sumber: string;
  subjek: string;
  penerbit: string;
  fingerprint: string;
  berlaku_dari: string;
  berlaku_sampai: string;
  cert_pem: string;
  p12: Buffer;
  aktif: Generated<number>;
  created_at: string;
};

export type Database = NaskahTables &
  ArsipTables & {
    satker: SatkerTable;
    unit_organisasi: UnitOrganisasiTable;
    users: UsersTable;
    user_role: UserRoleTable;
    login_state: LoginStateTable;
    sessions: SessionsTable;
    audit_log: AuditLogTable;
    settings: SettingsTable;
    dokumen: DokumenTable;
    otoritas_sertifikat: OtoritasSertifikatTable;
    sertifikat: SertifikatTable;
  };
