// Owns "Pemindahan" (#/arsip/pemindahan): every proposal to move inactive berkas from a unit
// pengolah to the unit kearsipan (pemindahan.list), its status, berkas count, BA and dates.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { STATUS_PEMINDAHAN } from '../../../../shared/domain/arsip/nilai.ts';
import type { StatusPemindahan } from '../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../shared/format/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NAMA_STATUS_PEMINDAHAN, nomorTanggal, tanggal } from './nama.ts';
import { usePemindahanList } from './queries.ts';
import type { PemindahanRingkas } from './queries.ts';
import { StatusPemindahanTag } from './tanda.tsx';

const columns: TableColumnsType<PemindahanRingkas> = [
  {
    title: 'Nomor usul',
    key: 'id',
    width: 110,
    render: (_, p) => (
      <Link to={`/arsip/pemindahan/${p.id}`} onClick={(e) => e.stopPropagation()}>
        <strong>#{p.id}</strong>
      </Link>
    ),
  },
  { title: 'Unit pengolah', dataIndex: 'unitPengolah', key: 'unit' },
  { title: 'Jumlah berkas', key: 'jumlah', width: 130, align: 'right', render: (_, p) => formatAngka(p.jumlahBerkas) },
  { title: 'Status', key: 'status', width: 140, render: (_, p) => <StatusPemindahanTag status={p.status} /> },
  {
    title: 'Berita Acara',
    key: 'ba',
    width: 280,
    render: (_, p) =>
      p.baNomor ? nomorTanggal(p.baNomor, p.baTanggal) : <Typography.Text type="secondary">Belum dicatat</Typography.Text>,
  },
  { title: 'Diusulkan', key: 'tgl', width: 170, render: (_, p) => tanggal(p.createdAt) },
];

export function PemindahanPage() {
  const navigate = useNavigate();
  const list = usePemindahanList();
  const [status, setStatus] = useState<StatusPemindahan | undefined>();
  const data = (list.data ?? []).filter((p) => !status || p.status === status);
  const kosong = status
    ? `Tidak ada pemindahan berstatus ${NAMA_STATUS_PEMINDAHAN[status].toLowerCase()}.`
    : 'Belum ada usulan pemindahan. Usulkan dari tab Retensi: berkas yang retensi aktifnya telah habis; setelah diusulkan, unit kearsipan memverifikasinya di sini.';
  return (
    <Card>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<StatusPemindahan | undefined>
          aria-label="Status pemindahan"
          placeholder="Semua status"
          allowClear
          value={status}
          style={{ width: 200 }}
          options={STATUS_PEMINDAHAN.map((s) => ({ value: s, label: NAMA_STATUS_PEMINDAHAN[s] }))}
          onChange={setStatus}
        />
        <Typography.Text type="secondary">
          Arsip inaktif dipindahkan dari unit pengolah ke unit kearsipan setelah diverifikasi dan Berita Acaranya ditandatangani.
        </Typography.Text>
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<PemindahanRingkas>
          rowKey="id"
          columns={columns}
          dataSource={data}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 900 }}
          onRow={(p) => ({ onClick: () => navigate(`/arsip/pemindahan/${p.id}`), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: (
              <Empty description={kosong}>{status ? null : <Button onClick={() => navigate('/arsip/retensi')}>Buka Retensi</Button>}</Empty>
            ),
          }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `${formatAngka(t)} usulan` }}
        />
      )}
    </Card>
  );
}
