// Owns the status tag of a register entry and the gap report card (penomoran.register celah): every
// sequence number not simply in use, with its explanation (reference A.5.4).
import { Card, Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Register } from '../queries.ts';

type Celah = Register['celah'][number];
const WARNA = { dipakai: 'green', dipesan: 'gold', batal: 'red', hilang: 'volcano' } as const;
const NAMA = { dipakai: 'Dipakai', dipesan: 'Dipesan', batal: 'Batal', hilang: 'Tidak tercatat' } as const;

export const StatusNomorTag = ({ s }: { s: keyof typeof WARNA }) => <Tag color={WARNA[s]}>{NAMA[s]}</Tag>;

const columns: TableColumnsType<Celah> = [
  { title: 'Nomor urut', dataIndex: 'urut', key: 'urut', width: 120 },
  { title: 'Status', key: 'status', width: 140, render: (_, c) => <StatusNomorTag s={c.status} /> },
  { title: 'Keterangan', dataIndex: 'keterangan', key: 'keterangan' },
];

export function CelahCard({ celah, loading }: { celah: Celah[] | undefined; loading: boolean }) {
  return (
    <Card title="Laporan Celah Nomor">
      <Table<Celah>
        rowKey={(c) => `${c.urut}-${c.keterangan}`}
        size="small"
        columns={columns}
        dataSource={celah}
        loading={loading}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Tidak ada celah: setiap nomor urut terpakai." /> }}
      />
    </Card>
  );
}
