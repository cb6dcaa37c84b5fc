// Owns opening an archive item from a search hit: it finds the item's berkas (arsip.item) and shows
// that berkas's page, where the item sits in the items table.
import { Navigate, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';

export function ItemKeBerkas() {
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: ['arsip.item', id], queryFn: () => call('arsip.item', { id }), enabled: Number.isInteger(id) && id > 0 });
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <BlockLoading />;
  return <Navigate to={`/arsip/berkas/${q.data.berkasId}`} replace />;
}
