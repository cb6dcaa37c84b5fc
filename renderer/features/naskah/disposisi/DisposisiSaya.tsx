// Owns "Disposisi Saya" (#/naskah/disposisi): the dispositions addressed to the user (disposisi.mine)
// by read and done state, each with its deadline badge; a row opens the letter.
import { useState } from 'react';
import { Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { NAMA_INSTRUKSI } from '../../../../shared/domain/naskah/surat.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useDisposisiSaya } from '../queries.ts';
import type { DisposisiSaya as Baris, StatusSaya } from '../queries.ts';
import { TenggatBadge } from '../tanda.tsx';
import { waktu } from '../waktu.ts';

const SARINGAN: { value: StatusSaya; label: string; kosong: string }[] = [
  { value: 'belum-dibaca', label: 'Belum dibaca', kosong: 'Semua disposisi untuk Anda sudah dibaca.' },
  { value: 'belum-selesai', label: 'Belum selesai', kosong: 'Tidak ada disposisi yang menunggu tindak lanjut Anda.' },
  { value: 'selesai', label: 'Selesai', kosong: 'Belum ada disposisi yang Anda laporkan selesai.' },
  { value: 'semua', label: 'Semua', kosong: 'Belum ada disposisi untuk Anda.' },
];

const columns: TableColumnsType<Baris> = [
  {
    title: 'No. agenda',
    key: 'agenda',
    width: 100,
    render: (_, d) => (
      <Link to={`/naskah/masuk/${d.suratMasukId}`} onClick={(e) => e.stopPropagation()}>
        <strong>{d.nomorAgenda}</strong>
      </Link>
    ),
  },
  {
    title: 'Hal dan asal surat',
    key: 'hal',
    render: (_, d) => (
      <>
        <div>{d.hal}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.asalInstansi}
        </Typography.Text>
      </>
    ),
  },
  { title: 'Dari', dataIndex: 'dari', key: 'dari', width: 160 },
  {
    title: 'Instruksi',
    key: 'instruksi',
    width: 180,
    render: (_, d) => (
      <Flex gap={4} wrap>
        {d.instruksi.map((i) => (
          <Tag key={i} style={{ marginInlineEnd: 0 }}>
            {NAMA_INSTRUKSI[i]}
          </Tag>
        ))}
      </Flex>
    ),
  },
  {
    title: 'Batas waktu',
    key: 'batas',
    width: 210,
    render: (_, d) => <TenggatBadge batas={d.batasWaktu} selesai={d.selesaiPada !== null} ringkas />,
  },
  {
    title: 'Status',
    key: 'baca',
    width: 150,
    render: (_, d) =>
      d.selesaiPada ? (
        <Typography.Text type="success">Selesai {waktu(d.selesaiPada)}</Typography.Text>
      ) : d.dibacaPada ? (
        <Typography.Text type="secondary">Dibaca {waktu(d.dibacaPada)}</Typography.Text>
      ) : (
        <Tag color="orange">Belum dibaca</Tag>
      ),
  },
];

export function DisposisiSaya() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusSaya>('belum-selesai');
  const list = useDisposisiSaya(status);
  const saringan = SARINGAN.find((s) => s.value === status) ?? SARINGAN[0];
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<StatusSaya>
          aria-label="Saring disposisi"
          value={status}
          onChange={setStatus}
          options={SARINGAN.map(({ value, label }) => ({ value, label }))}
        />
        <Typography.Text type="secondary">Baris merah: lewat batas waktu dan belum selesai.</Typography.Text>
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Baris>
          rowKey="penerimaId"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(d) => ({
            onClick: () => navigate(`/naskah/masuk/${d.suratMasukId}`),
            style: { cursor: 'pointer', background: d.terlambat ? '#fff1f0' : undefined },
          })}
          locale={{ emptyText: <Empty description={saringan?.kosong} /> }}
        />
      )}
    </Card>
  );
}
