// Owns the "Arsip" card on Beranda: berkas whose retention is overdue or due this month (arsip.due) and
// naskah not filed yet (arsip.unfiled) and loans past their return date (peminjaman.list), each linking to its Arsip page.
import { Button, Card, Col, Empty, Flex, List, Row, Statistic, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatAngka } from '../../../shared/format/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useBelumDiberkaskan, useJatuhTempo, usePeminjaman } from '../arsip/queries.ts';
import { TahapTag, tgl } from '../arsip/tanda.tsx';

function Angka({ judul, nilai, warna, ke }: { judul: string; nilai: number; warna?: string; ke: string }) {
  return (
    <Link to={ke} style={{ color: 'inherit' }} aria-label={`${judul}: ${formatAngka(nilai)}`}>
      <Statistic
        title={judul}
        value={nilai}
        formatter={(v) => formatAngka(Number(v))}
        styles={{ content: { color: nilai > 0 ? warna : undefined } }}
      />
    </Link>
  );
}

export function ArsipCard() {
  const navigate = useNavigate();
  const due = useJatuhTempo(3);
  const belum = useBelumDiberkaskan();
  const terlambat = usePeminjaman('terlambat');
  const items = due.data?.items ?? [];
  const lewat = items.filter((x) => x.kelompok === 'lewat');
  const bulanIni = items.filter((x) => x.kelompok === 'bulan_ini');
  const segera = [...lewat, ...bulanIni];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card
          title="Arsip"
          style={{ height: '100%' }}
          extra={
            <Button type="link" onClick={() => navigate('/arsip/berkas')}>
              Buka Arsip
            </Button>
          }
        >
          {due.isError ? (
            <ErrorAlert error={due.error} onRetry={() => void due.refetch()} />
          ) : belum.isError ? (
            <ErrorAlert error={belum.error} onRetry={() => void belum.refetch()} />
          ) : (
            <Flex gap={32} wrap>
              <Angka judul="Retensi lewat tempo" nilai={lewat.length} warna="#cf1322" ke="/arsip/retensi" />
              <Angka judul="Jatuh tempo bulan ini" nilai={bulanIni.length} warna="#d46b08" ke="/arsip/retensi" />
              <Angka judul="Naskah belum diberkaskan" nilai={belum.data?.length ?? 0} ke="/arsip/belum" />
              <Angka judul="Pinjaman lewat batas" nilai={terlambat.data?.length ?? 0} warna="#cf1322" ke="/arsip/peminjaman" />
            </Flex>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title="Retensi Jatuh Tempo" style={{ height: '100%' }} styles={{ body: { paddingBlock: 8 } }}>
          {segera.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={due.isPending ? 'Memuat…' : 'Tidak ada berkas yang lewat tempo atau jatuh tempo bulan ini.'}
            />
          ) : (
            <List
              size="small"
              dataSource={segera.slice(0, 6)}
              renderItem={(x) => (
                <List.Item
                  key={`${x.berkasId}-${x.tahap}`}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/arsip/berkas/${x.berkasId}`)}
                >
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text ellipsis>
                      <strong>{x.label}</strong>
                    </Typography.Text>
                    <Typography.Text type="secondary" ellipsis>
                      {x.uraian}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={6} align="center" style={{ flex: 'none' }}>
                    <TahapTag tahap={x.tahap} />
                    <Typography.Text type={x.kelompok === 'lewat' ? 'danger' : undefined}>{tgl(x.tanggal)}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
