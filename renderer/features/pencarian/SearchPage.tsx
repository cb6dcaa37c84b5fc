// Owns the global search results page (#/cari?q=…): search.query over every module's index.
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { call } from '../../lib/api.ts';
import { NAMA_DOMAIN } from '../../i18n/id.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { useSession } from '../../app/session.ts';
import { markHits } from './snippet.tsx';

/** Where a hit can be looked at; naskah and arsip for everyone, satker and accounts in Pengaturan (administrators only). */
function linkOf(entity: string, entityId: string, isAdmin: boolean): string | null {
  if (entity === 'surat_masuk') return `/naskah/masuk/${entityId}`;
  if (entity === 'naskah_keluar') return `/naskah/keluar/${entityId}`;
  if (entity === 'berkas_arsip') return `/arsip/berkas/${entityId}`;
  // An item's hit carries no berkas id; the archive's list is the nearest page.
  if (entity === 'item_arsip') return `/arsip/item/${entityId}`;
  if (!isAdmin) return null;
  if (entity === 'satker') return '/pengaturan/satker';
  if (entity === 'user') return '/pengaturan/pengguna';
  return null;
}

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const { isAdmin } = useSession();
  const hits = useQuery({ queryKey: ['search.query', q], queryFn: () => call('search.query', { q, limit: 50 }), enabled: q !== '' });

  const subtitle = q === '' ? 'Ketik kata kunci di kotak pencarian di atas.' : `Kata kunci: “${q}”`;
  return (
    <>
      <PageHeader title="Hasil pencarian" subtitle={subtitle} />
      {q === '' ? null : hits.isPending ? (
        <BlockLoading />
      ) : hits.isError ? (
        <ErrorAlert error={hits.error} onRetry={() => void hits.refetch()} />
      ) : hits.data.length === 0 ? (
        <Card>
          <Empty description={`Tidak ada hasil untuk “${q}”. Periksa ejaan atau gunakan kata kunci lain.`} />
        </Card>
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{hits.data.length} hasil ditemukan.</Typography.Text>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }} aria-label="Hasil pencarian">
            {hits.data.map((h) => {
              const to = linkOf(h.entity, h.entityId, isAdmin);
              return (
                <li key={`${h.entity}-${h.entityId}`}>
                  <Card size="small">
                    <Flex justify="space-between" align="center" gap={12}>
                      <Typography.Title level={4} style={{ margin: 0, fontSize: 16 }}>
                        {to ? <Link to={to}>{h.title}</Link> : h.title}
                      </Typography.Title>
                      <Tag color="blue">{NAMA_DOMAIN[h.domain] ?? h.domain}</Tag>
                    </Flex>
                    <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                      {markHits(h.snippet)}
                    </Typography.Paragraph>
                  </Card>
                </li>
              );
            })}
          </ol>
        </Flex>
      )}
    </>
  );
}
