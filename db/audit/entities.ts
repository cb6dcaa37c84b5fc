// Owns the snapshot of every audited entity: what the audit trail stores as before/after and what
// `satu check` compares with the live row. Secrets are never stored, only their fingerprint.
import type { Conn } from '../connection.ts';
import { sha256Hex } from './chain.ts';

export type Snapshot = Record<string, unknown>;
export type SnapshotLoader = (conn: Conn, ids?: readonly string[]) => Promise<Map<string, Snapshot>>;

const numIds = (ids: readonly string[]) => ids.map(Number).filter(Number.isInteger);

const user: SnapshotLoader = async (conn, ids) => {
  let q = conn.selectFrom('users').selectAll();
  if (ids) q = q.where('id', 'in', numIds(ids).length ? numIds(ids) : [-1]);
  const rows = await q.execute();
  let rq = conn.selectFrom('user_role').select(['user_id', 'role']);
  if (ids) rq = rq.where('user_id', 'in', numIds(ids).length ? numIds(ids) : [-1]);
  const roles = await rq.orderBy('role').execute();
  const out = new Map<string, Snapshot>();
  for (const { password_hash, ...r } of rows) {
    const rs = roles.filter((x) => x.user_id === r.id).map((x) => x.role);
    out.set(String(r.id), { ...r, roles: rs, password_fingerprint: sha256Hex(password_hash) });
  }
  return out;
};

type ByIdTable =
  | 'satker'
  | 'unit_organisasi'
  | 'dokumen'
  | 'surat_masuk'
  | 'disposisi'
  | 'disposisi_penerima'
  | 'berkas_lampiran'
  | 'seri_penomoran'
  | 'register_nomor'
  | 'naskah_keluar'
  | 'jra_versi'
  | 'jra'
  | 'berkas_arsip'
  | 'item_arsip'
  | 'salinan_arsip'
  | 'pemindahan'
  | 'pemindahan_berkas'
  | 'penyusutan'
  | 'penyusutan_berkas'
  | 'peminjaman_arsip';

const byId =
  (table: ByIdTable): SnapshotLoader =>
  async (conn, ids) => {
    let q = conn.selectFrom(table).selectAll();
    if (ids) q = q.where('id', 'in', numIds(ids).length ? numIds(ids) : [-1]);
    const rows = (await q.execute()) as (Snapshot & { id: number })[];
    return new Map(rows.map((r) => [String(r.id), r]));
  };

const setting: SnapshotLoader = async (conn, ids) => {
  let q = conn.selectFrom('settings').select(['key', 'value_json']);
  if (ids) q = q.where('key', 'in', ids.length ? [...ids] : ['']);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.key, { key: r.key, value: JSON.parse(r.value_json) as unknown }]));
};

const sertifikat: SnapshotLoader = async (conn, ids) => {
  let q = conn.selectFrom('sertifikat').selectAll();
  if (ids) q = q.where('id', 'in', numIds(ids).length ? numIds(ids) : [-1]);
  const rows = await q.execute();
  return new Map(rows.map(({ p12, ...r }) => [String(r.id), { ...r, p12_sha256: sha256Hex(Buffer.from(p12).toString('base64')) }]));
};

const otoritas: SnapshotLoader = async (conn, ids) => {
  let q = conn.selectFrom('otoritas_sertifikat').selectAll();
  if (ids) q = q.where('id', 'in', numIds(ids).length ? numIds(ids) : [-1]);
  const rows = await q.execute();
  return new Map(
    rows.map(({ key_pem_terenkripsi, ...r }) => [
      String(r.id),
      { ...r, key_sha256: key_pem_terenkripsi ? sha256Hex(key_pem_terenkripsi) : null },
    ]),
  );
};

const hariLibur: SnapshotLoader = async (conn, ids) => {
  let q = conn.selectFrom('hari_libur').selectAll();
  if (ids) q = q.where('tanggal', 'in', ids.length ? [...ids] : ['']);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.tanggal, r]));
};

/** Audited entity name → loader. Adding a module adds its entities here. */
export const auditedEntities = {
  user,
  satker: byId('satker'),
  unit_organisasi: byId('unit_organisasi'),
  dokumen: byId('dokumen'),
  setting,
  sertifikat,
  otoritas_sertifikat: otoritas,
  surat_masuk: byId('surat_masuk'),
  disposisi: byId('disposisi'),
  disposisi_penerima: byId('disposisi_penerima'),
  seri_penomoran: byId('seri_penomoran'),
  register_nomor: byId('register_nomor'),
  hari_libur: hariLibur,
  naskah_keluar: byId('naskah_keluar'),
  jra_versi: byId('jra_versi'),
  jra: byId('jra'),
  berkas_arsip: byId('berkas_arsip'),
  item_arsip: byId('item_arsip'),
  salinan_arsip: byId('salinan_arsip'),
  pemindahan: byId('pemindahan'),
  pemindahan_berkas: byId('pemindahan_berkas'),
  penyusutan: byId('penyusutan'),
  penyusutan_berkas: byId('penyusutan_berkas'),
  peminjaman_arsip: byId('peminjaman_arsip'),
} satisfies Record<string, SnapshotLoader>;

export type AuditedEntity = keyof typeof auditedEntities;

export async function snapshotOf(conn: Conn, entity: AuditedEntity, id: string): Promise<Snapshot | null> {
  const m = await auditedEntities[entity](conn, [id]);
  return m.get(id) ?? null;
}
