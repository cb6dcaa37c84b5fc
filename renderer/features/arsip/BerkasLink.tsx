// Owns a link to a berkas named by its number ("UM.01.01/3/2026 · Bagian Umum"), loaded by id
// (arsip.get); while loading, or when the user may not open it, "Berkas #id".
import { Link } from 'react-router-dom';
import { useBerkas } from './queries.ts';
import { nomorBerkas } from './tanda.tsx';

export function BerkasLink({ id, label }: { id: number; label?: string }) {
  const b = useBerkas(id, label === undefined);
  const teks = label ?? (b.data ? `${nomorBerkas(b.data)} · ${b.data.unitPengolah}` : `Berkas #${id}`);
  return <Link to={`/arsip/berkas/${id}`}>{teks}</Link>;
}
