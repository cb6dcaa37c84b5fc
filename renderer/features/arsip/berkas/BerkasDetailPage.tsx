// Owns the page of one berkas (#/arsip/berkas/:id): its head (number, status, class), why the due dates
// are not known yet, its particulars, its items and the actions its status allows. A berkas above the
// user's clearance is refused by arsip.get with FORBIDDEN: the page says so and what to do.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../lib/api.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../../ui/Loading.tsx';
import { KeamananTag } from '../../naskah/tanda.tsx';
import { useHakArsip } from '../peran.ts';
import { berkasKey, refreshArsip, useBerkas } from '../queries.ts';
import type { BerkasDetail } from '../queries.ts';
import { KategoriTag, StatusBerkasTag, nomorBerkas } from '../tanda.tsx';
import { AksiBerkas } from './AksiBerkas.tsx';
import type { DialogBerkas } from './AksiBerkas.tsx';
import { InfoBerkas, MenungguAlert } from './InfoBerkas.tsx';
import { ItemTable } from './ItemTable.tsx';

function Ditolak({ pesan }: { pesan: string }) {
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="403"
        title="Berkas ini tidak dapat Anda buka"
        subTitle={pesan}
        extra={
          <Button type="primary" icon={<ArrowLeftOutlined />} onClick={() => navigate('/arsip/berkas')}>
            Kembali ke Daftar Berkas
          </Button>
        }
      />
    </Card>
  );
}

export function BerkasDetailPage() {
  const id = Number(useParams().id);
  const berkas = useBerkas(id);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notify = useNotify();
  const { kelola } = useHakArsip();
  const [dialog, setDialog] = useState<DialogBerkas>(null);

  if (!Number.isInteger(id) || id <= 0) return <Ditolak pesan="Alamat berkas tidak dikenal." />;
  if (berkas.isPending) return <BlockLoading />;
  if (berkas.isError) {
    const e = berkas.error;
    if (isApiError(e) && e.code === 'FORBIDDEN') return <Ditolak pesan={e.message} />;
    return <ErrorAlert error={e} onRetry={() => void berkas.refetch()} />;
  }
  const b = berkas.data;
  const terima = (d: BerkasDetail, pesan?: string) => {
    qc.setQueryData(berkasKey(d.id), d);
    void refreshArsip(qc);
    if (pesan) notify.success(pesan);
  };
  const pemicu = kelola && (b.status === 'ditutup' || b.status === 'inaktif') ? () => setDialog('pemicu') : null;

  return (
    <Flex vertical gap={16}>
      <Card
        title={`Berkas ${nomorBerkas(b)}`}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/arsip/berkas')}>
            Daftar Berkas
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Flex gap={8} align="center" wrap>
            <StatusBerkasTag status={b.status} />
            <KeamananTag keamanan={b.keamanan} />
            <KategoriTag kategori={b.kategori} />
            {b.ditahanPerkara ? <Tag color="red">Terkait perkara</Tag> : null}
            <Typography.Text type="secondary">{b.unitPengolah}</Typography.Text>
          </Flex>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {b.uraian}
          </Typography.Text>
          <AksiBerkas b={b} dialog={dialog} setDialog={setDialog} terima={terima} onPinjam={() => void refreshArsip(qc)} />
          {b.ditahanPerkara ? (
            <Alert
              type="error"
              showIcon
              title="Berkas ditahan karena terkait perkara"
              description={`${b.alasanTahan ?? ''} — tidak boleh dimusnahkan atau diserahkan sampai perkara selesai.`}
            />
          ) : null}
          <MenungguAlert b={b} onPemicu={pemicu} />
          <InfoBerkas b={b} />
        </Flex>
      </Card>
      <Card title={`Item Arsip (${b.items.length})`}>
        <ItemTable
          items={b.items}
          kosong={
            b.status === 'aktif' && kelola
              ? 'Berkas ini belum berisi item. Klik Tambah Item, atau berkaskan naskah dari tab Belum Diberkaskan.'
              : 'Berkas ini tidak berisi item.'
          }
        />
      </Card>
    </Flex>
  );
}
