// Owns "Peminjaman" (#/arsip/peminjaman): loans of berkas and items (peminjaman.list) by status, late
// ones marked red; "Catat Peminjaman" and "Kembalikan" for those who manage the archive.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RollbackOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BerkasLink } from '../BerkasLink.tsx';
import { useHakArsip } from '../peran.ts';
import { refreshArsip, usePeminjaman } from '../queries.ts';
import type { Pinjaman, StatusPinjaman } from '../queries.ts';
import { tgl } from '../tanda.tsx';
import { KembaliModal } from './KembaliModal.tsx';
import { PinjamModal } from './PinjamModal.tsx';

const STATUS: { value: StatusPinjaman; label: string; kosong: string }[] = [
  { value: 'dipinjam', label: 'Sedang dipinjam', kosong: 'Tidak ada arsip yang sedang dipinjam.' },
  { value: 'terlambat', label: 'Terlambat', kosong: 'Tidak ada peminjaman yang melewati batas kembali.' },
  { value: 'kembali', label: 'Sudah kembali', kosong: 'Belum ada arsip yang dikembalikan.' },
  { value: 'semua', label: 'Semua', kosong: 'Belum ada peminjaman arsip.' },
];

export function PeminjamanTab() {
  const { kelola } = useHakArsip();
  const qc = useQueryClient();
  const [status, setStatus] = useState<StatusPinjaman>('dipinjam');
  const [catat, setCatat] = useState(false);
  const [kembali, setKembali] = useState<Pinjaman | null>(null);
  const list = usePeminjaman(status);
  const s = STATUS.find((x) => x.value === status) ?? STATUS[0]!;
  const selesai = () => {
    setCatat(false);
    setKembali(null);
    void refreshArsip(qc);
  };

  const columns: TableColumnsType<Pinjaman> = [
    {
      title: 'Berkas',
      key: 'berkas',
      width: 230,
      render: (_, p) => (
        <>
          <BerkasLink id={p.berkasId} label={p.berkasLabel} />
          {p.itemId ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              Satu item
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: 'Peminjam',
      key: 'peminjam',
      width: 180,
      render: (_, p) => (
        <>
          <div>{p.peminjamNama}</div>
          {p.peminjamUnit ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.peminjamUnit}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: 'Keperluan',
      key: 'keperluan',
      render: (_, p) => (
        <>
          <div>{p.keperluan}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Disetujui {p.disetujuiOleh}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Dipinjam / batas kembali',
      key: 'tanggal',
      width: 210,
      render: (_, p) => (
        <>
          <div>{tgl(p.tanggalPinjam)}</div>
          <Flex gap={6} align="center" wrap>
            <Typography.Text type={p.terlambat ? 'danger' : 'secondary'}>s.d. {tgl(p.batasKembali)}</Typography.Text>
            {p.terlambat ? <Tag color="red">Terlambat</Tag> : null}
          </Flex>
        </>
      ),
    },
    {
      title: 'Kembali',
      key: 'kembali',
      width: 150,
      render: (_, p) =>
        p.tanggalKembali ? (
          <>
            <div>{tgl(p.tanggalKembali)}</div>
            {p.kondisiKembali === 'rusak' ? <Tag color="red">Rusak</Tag> : <Typography.Text type="secondary">Baik</Typography.Text>}
          </>
        ) : kelola ? (
          <Button size="small" icon={<RollbackOutlined />} onClick={() => setKembali(p)} aria-label={`Kembalikan ${p.berkasLabel}`}>
            Kembalikan
          </Button>
        ) : (
          <Typography.Text type="secondary">Belum kembali</Typography.Text>
        ),
    },
  ];

  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<StatusPinjaman> aria-label="Status peminjaman" value={status} onChange={setStatus} options={STATUS} />
        <div style={{ flex: 1 }} />
        {kelola ? (
          <Button type="primary" icon={<UserSwitchOutlined />} onClick={() => setCatat(true)}>
            Catat Peminjaman
          </Button>
        ) : null}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Pinjaman>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1000 }}
          pagination={(list.data?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          onRow={(p) => (p.terlambat ? { style: { background: '#fff1f0' } } : {})}
          locale={{
            emptyText: (
              <Empty description={`${s.kosong}${kelola && status !== 'kembali' ? ' Klik Catat Peminjaman saat arsip dipinjamkan.' : ''}`} />
            ),
          }}
        />
      )}
      {catat ? <PinjamModal berkas={null} onClose={() => setCatat(false)} onDone={selesai} /> : null}
      {kembali ? <KembaliModal pinjaman={kembali} onClose={() => setKembali(null)} onDone={selesai} /> : null}
    </Card>
  );
}
