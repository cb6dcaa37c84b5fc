// Owns what the foundation puts into the shared search index: satker and user accounts.
import type { Trx } from '../../../db/connection.ts';
import { indexDocument } from '../../../db/search/queries.ts';
import { NAMA_PERAN } from '../../../shared/domain/roles.ts';
import type { Role } from '../../../shared/domain/roles.ts';

export async function indexSatker(
  trx: Trx,
  s: { id: number; nama: string; alamat: string | null; kedudukan: string | null; provinsi: string | null; kode_satker: string | null },
): Promise<void> {
  await indexDocument(trx, {
    domain: 'organisasi',
    entity: 'satker',
    entityId: String(s.id),
    title: s.nama,
    body: [s.kode_satker, s.alamat, s.kedudukan, s.provinsi].filter(Boolean).join(' · '),
  });
}

export async function indexUser(
  trx: Trx,
  u: { id: number; nama: string; username: string; nip: string | null; jabatan: string | null; roles: readonly Role[] },
): Promise<void> {
  await indexDocument(trx, {
    domain: 'pengguna',
    entity: 'user',
    entityId: String(u.id),
    title: u.nama,
    body: [u.username, u.nip, u.jabatan, ...u.roles.map((r) => NAMA_PERAN[r])].filter(Boolean).join(' · '),
  });
}
