// Owns the page of one pemindahan arsip inaktif (#/arsip/pemindahan/:id): its header, the process as
// Steps, the current step's form, its documents and its berkas.
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined, CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { DOKUMEN_PEMINDAHAN } from '../../../../../shared/domain/arsip/dokumen.ts';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { call } from '../../../../lib/api.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import { TEKS } from '../../../../i18n/id.ts';
import { ErrorAlert } from '../../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../../ui/Loading.tsx';
import { BatalButton } from '../BatalButton.tsx';
import { BerkasTable } from '../BerkasTable.tsx';
import { DokumenCard } from '../DokumenCard.tsx';
import { nomorTanggal, tanggal } from '../nama.ts';
import { terimaPemindahan, useHakArsip, usePemindahan } from '../queries.ts';
import type { BerkasPindah, PemindahanDetail } from '../queries.ts';
import { StatusPemindahanTag } from '../tanda.tsx';
import { AlurPemindahan } from './AlurPemindahan.tsx';
import { LangkahPemindahan } from './LangkahPemindahan.tsx';
import { pejabatDari } from './pejabat.ts';

const kolomVerifikasi: TableColumnsType<BerkasPindah> = [
  {
    title: 'Verifikasi',
    key: 'sesuai',
    width: 200,
    render: (_, b) =>
      b.sesuai === null ? (
        TEKS.kosong
      ) : (
        <Space size={6} align="start">
          {b.sesuai ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}
          <span>
            {b.sesuai ? 'Sesuai' : 'Tidak sesuai'}
            {b.catatanVerifikasi ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {b.catatanVerifikasi}
              </Typography.Text>
            ) : null}
          </span>
        </Space>
      ),
  },
];

function Kepala({ p, onDone }: { p: PemindahanDetail; onDone: (d: PemindahanDetail, pesan: string) => void }) {
  const hak = useHakArsip();
  const navigate = useNavigate();
  const pj = pejabatDari(p);
  const bolehBatal = hak.kelola && (p.status === 'usul' || p.status === 'diverifikasi');
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>Pemindahan Arsip Inaktif #{p.id}</span>
          <StatusPemindahanTag status={p.status} />
        </Flex>
      }
      extra={
        <Space wrap>
          {bolehBatal ? (
            <BatalButton
              label="Batalkan Pemindahan"
              keterangan="Berkas tetap di unit pengolah; nomor boks dan lokasi yang sudah diberikan dilepas."
              onBatal={async (alasan) => onDone(await call('pemindahan.cancel', { id: p.id, alasan }), 'Pemindahan dibatalkan.')}
            />
          ) : null}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/arsip/pemindahan')}>
            Daftar pemindahan
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'unit', label: 'Unit pengolah', children: p.unitPengolah },
          { key: 'jumlah', label: 'Jumlah berkas', children: formatAngka(p.berkas.length) },
          { key: 'tgl', label: 'Diusulkan', children: tanggal(p.createdAt) },
          { key: 'ba', label: 'Berita Acara', children: nomorTanggal(p.baNomor, p.baTanggal) },
          ...(pj ? [{ key: 'kearsipan', label: 'Unit kearsipan', children: pj.namaUnitKearsipan }] : []),
          ...(p.catatan ? [{ key: 'catatan', label: 'Catatan usul', children: p.catatan }] : []),
        ]}
      />
    </Card>
  );
}

export function PemindahanDetailPage() {
  const { id } = useParams();
  const pid = Number(id);
  const q = usePemindahan(pid);
  const hak = useHakArsip();
  const qc = useQueryClient();
  const notify = useNotify();
  if (!Number.isInteger(pid) || pid <= 0) return <Empty description="Alamat pemindahan tidak dikenal." />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <BlockLoading />;
  const p = q.data;
  const onDone = (d: PemindahanDetail, pesan: string) => {
    terimaPemindahan(qc, d);
    notify.success(pesan);
  };
  // The verification form is the berkas table itself, at full width.
  const verifikasi = p.status === 'usul' && hak.kelola;
  const perlu = p.status === 'diverifikasi' && p.baNomor ? [DOKUMEN_PEMINDAHAN.ba, DOKUMEN_PEMINDAHAN.daftar] : [];

  return (
    <Flex vertical gap={16}>
      <Kepala p={p} onDone={onDone} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title="Alur pemindahan" size="small">
            <AlurPemindahan p={p} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {verifikasi ? null : <LangkahPemindahan p={p} onDone={onDone} />}
            <DokumenCard
              dokumen={p.dokumen}
              params={{ pemindahanId: p.id }}
              perlu={perlu}
              selesai={p.status !== 'usul' && p.status !== 'diverifikasi'}
              onSigned={() => void q.refetch()}
            />
          </Flex>
        </Col>
      </Row>
      {verifikasi ? (
        <LangkahPemindahan p={p} onDone={onDone} />
      ) : (
        <Card title={`Berkas (${formatAngka(p.berkas.length)})`} size="small">
          <BerkasTable berkas={p.berkas} ekstra={kolomVerifikasi} />
        </Card>
      )}
    </Flex>
  );
}
