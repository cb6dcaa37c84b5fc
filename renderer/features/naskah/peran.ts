// Owns what the signed-in user may do in Naskah Dinas, mirroring the channels' access lists (the
// backend decides; the UI only hides buttons that would be refused).
import { useSession } from '../../app/session.ts';

export function useHak() {
  const { session } = useSession();
  const { id, nama, roles } = session.user;
  const ada = (r: (typeof roles)[number]) => roles.includes(r);
  return {
    userId: id,
    nama,
    admin: ada('administrator'),
    pimpinan: ada('pimpinan'),
    /** Records the Pimpinan's paper disposition (disposisi.create with atasNamaUserId). */
    operatorPersuratan: ada('operator_persuratan'),
    /** suratMasuk.create, penomoran.take/insert/cancel, hariLibur.set, naskahKeluar.dispatch. */
    operator: ada('operator_persuratan') || ada('administrator'),
    /** naskahKeluar.save/submit/cancel and laporan.generate: everyone but the read-only Pembaca. */
    penyusun: roles.some((r) => r !== 'pembaca'),
  };
}
