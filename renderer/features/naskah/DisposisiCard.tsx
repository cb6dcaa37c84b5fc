// Owns the "Disposisi" card on Beranda: the user's open dispositions by state (disposisi.mine) and, for
// Pimpinan, operators and administrators, every branch past its deadline (disposisi.overdue).
import { Button, Card, Col, Empty, Flex, List, Row, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatAngka } from '../../../shared/format/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useHak } from './peran.ts';
import { useDisposisiSaya, useLewatTenggat } from './queries.ts';
import { TenggatBadge } from './tanda.tsx';

function Angka({ judul, nilai, merah }: { judul: string; nilai: number; merah?: boolean }) {
  return (
    <Statistic
      title={judul}
      value={nilai}
      formatter={(v) => formatAngka(Number(v))}
      styles={{ content: { color: merah && nilai > 0 ? '#cf1322' : undefined } }}
    />
  );
}

export function DisposisiCard() {
  const navigate = useNavigate();
  const { pimpinan, operator } = useHak();
  const mine = useDisposisiSaya('semua');
  const pantau = pimpinan || operator;
  const lewat = useLewatTenggat(pantau);
  const d = mine.data ?? [];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={pantau ? 10 : 24}>
        <Card
          title="Disposisi"
          style={{ height: '100%' }}
          extra={
            <Button type="link" onClick={() => navigate('/naskah/disposisi')}>
              Buka Disposisi Saya
            </Button>
          }
        >
          {mine.isError ? (
            <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
          ) : (
            <Flex gap={32} wrap>
              <Angka judul="Belum dibaca" nilai={d.filter((x) => !x.dibacaPada && !x.selesaiPada).length} />
              <Angka judul="Belum selesai" nilai={d.filter((x) => !x.selesaiPada).length} />
              <Angka judul="Lewat tenggat" nilai={d.filter((x) => x.terlambat).length} merah />
            </Flex>
          )}
        </Card>
      </Col>
      {pantau ? (
        <Col xs={24} xl={14}>
          <Card title="Lewat Tenggat" style={{ height: '100%' }} styles={{ body: { paddingBlock: 8 } }}>
            {lewat.isError ? (
              <ErrorAlert error={lewat.error} onRetry={() => void lewat.refetch()} />
            ) : (lewat.data ?? []).length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={lewat.isPending ? 'Memuat…' : 'Tidak ada disposisi yang lewat tenggat.'}
              />
            ) : (
              <List
                size="small"
                dataSource={(lewat.data ?? []).slice(0, 6)}
                renderItem={(x) => (
                  <List.Item key={x.penerimaId} style={{ cursor: 'pointer' }} onClick={() => navigate(`/naskah/masuk/${x.suratMasukId}`)}>
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text ellipsis>
                        <strong>{x.nomorAgenda}</strong> · {x.hal}
                      </Typography.Text>
                      <Typography.Text type="secondary">Kepada {x.kepada}</Typography.Text>
                    </Flex>
                    <TenggatBadge batas={x.batasWaktu} selesai={false} ringkas />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}
