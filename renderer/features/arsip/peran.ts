// Owns what the signed-in user may do in Arsip, mirroring the channels' access lists (the backend
// decides; the UI only hides buttons that would be refused): administrators and operators manage.
import { useSession } from '../../app/session.ts';

export function useHakArsip() {
  const { roles } = useSession().session.user;
  return {
    /** jra.*, arsip.create/update/close/…, arsip.file, pemindahan.*, penyusutan.*, peminjaman.create/return. */
    kelola: roles.includes('administrator') || roles.includes('operator_persuratan'),
    /** laporan.generate: everyone but the read-only Pembaca. */
    cetak: roles.some((r) => r !== 'pembaca'),
  };
}
