// Owns the page of one pemusnahan or penyerahan arsip (#/arsip/penyusutan/:id): its header, the
// process as Steps, the current step's form, its documents and its berkas.
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { NAMA_PERSETUJUAN_OLEH } from '../../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { call } from '../../../../lib/api.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../../ui/Loading.tsx';
import { BatalButton } from '../BatalButton.tsx';
import { BerkasTable } from '../BerkasTable.tsx';
import { DokumenCard } from '../DokumenCard.tsx';
import { NAMA_JENIS_PENYUSUTAN, tanggal } from '../nama.ts';
import { terimaPenyusutan, useHakArsip, usePenyusutan } from '../queries.ts';
import type { PenyusutanDetail } from '../queries.ts';
import { StatusPenyusutanTag } from '../tanda.tsx';
import { AlurPenyusutan } from './AlurPenyusutan.tsx';
import { dokumenLangkah, langkahSekarang, syaratLangkah } from './langkah.ts';
import { LangkahPenyusutan } from './LangkahPenyusutan.tsx';

function Kepala({ p, onDone }: { p: PenyusutanDetail; onDone: (d: PenyusutanDetail, pesan: string) => void }) {
  const hak = useHakArsip();
  const navigate = useNavigate();
  const bolehBatal = hak.kelola && p.status !== 'dilaksanakan' && p.status !== 'batal';
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {p.jenis === 'musnah' ? 'Pemusnahan Arsip' : 'Penyerahan Arsip Statis'} #{p.id}
          </span>
          <StatusPenyusutanTag status={p.status} />
        </Flex>
      }
      extra={
        <Space wrap>
          {bolehBatal ? (
            <BatalButton
              label="Batalkan Usulan"
              keterangan="Berkas kembali berstatus inaktif. Dokumen yang sudah ditandatangani tetap tercatat di registri."
              onBatal={async (alasan) => onDone(await call('penyusutan.cancel', { id: p.id, alasan }), 'Usulan dibatalkan.')}
            />
          ) : null}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/arsip/penyusutan')}>
            Daftar usulan
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'jumlah', label: 'Jumlah berkas', children: formatAngka(p.berkas.length) },
          { key: 'tgl', label: 'Diusulkan', children: tanggal(p.createdAt) },
          { key: 'oleh', label: 'Persetujuan oleh', children: <strong>{NAMA_PERSETUJUAN_OLEH[p.persetujuanOleh]}</strong> },
          ...(p.catatan
            ? [{ key: 'catatan', label: 'Catatan', children: <span style={{ whiteSpace: 'pre-wrap' }}>{p.catatan}</span> }]
            : []),
        ]}
      />
    </Card>
  );
}

export function PenyusutanDetailPage() {
  const { id } = useParams();
  const pid = Number(id);
  const q = usePenyusutan(pid);
  const qc = useQueryClient();
  const notify = useNotify();
  if (!Number.isInteger(pid) || pid <= 0) return <Empty description="Alamat usulan tidak dikenal." />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <BlockLoading />;
  const p = q.data;
  const onDone = (d: PenyusutanDetail, pesan: string) => {
    terimaPenyusutan(qc, d);
    notify.success(pesan);
  };
  const l = langkahSekarang(p.status);
  const perlu = l ? syaratLangkah(p.jenis, l) : p.status === 'dilaksanakan' ? dokumenLangkah(p.jenis, 'pelaksanaan') : [];

  return (
    <Flex vertical gap={16}>
      <Kepala p={p} onDone={onDone} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={`Alur ${NAMA_JENIS_PENYUSUTAN[p.jenis].toLowerCase()}`} size="small">
            <AlurPenyusutan p={p} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <LangkahPenyusutan p={p} onDone={onDone} />
            <DokumenCard
              dokumen={p.dokumen}
              params={{ penyusutanId: p.id }}
              perlu={perlu}
              perluLabel={l ? undefined : 'Perlu ditandatangani'}
              selesai={p.status === 'batal'}
              onSigned={() => void q.refetch()}
            />
          </Flex>
        </Col>
      </Row>
      <Card title={`Berkas (${formatAngka(p.berkas.length)})`} size="small">
        <BerkasTable berkas={p.berkas} />
      </Card>
    </Flex>
  );
}
