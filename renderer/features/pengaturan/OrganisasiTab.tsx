// Owns Pengaturan › Unit Organisasi: the office's units as a tree (indukKode → children).
import { Empty, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { NAMA_JENIS_UNIT, TEKS } from '../../i18n/id.ts';
import { BlockLoading } from '../../ui/Loading.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useOrganisasi } from '../beranda/queries.ts';

type Unit = ChannelOutput<'organisasi.list'>[number];
type Node = Unit & { children?: Node[] };

export function toTree(units: Unit[]): Node[] {
  const byKode = new Map<string, Node>(units.map((u) => [u.kode, { ...u }]));
  const roots: Node[] = [];
  for (const node of byKode.values()) {
    const parent = node.indukKode ? byKode.get(node.indukKode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

const columns: TableColumnsType<Node> = [
  { title: 'Nama unit', dataIndex: 'nama', key: 'nama' },
  { title: 'Jenis', key: 'jenis', width: 220, render: (_, u) => NAMA_JENIS_UNIT[u.jenis] ?? u.jenis },
  { title: 'Dasar', key: 'dasar', width: 260, render: (_, u) => u.dasar ?? TEKS.kosong },
];

export function OrganisasiTab() {
  const units = useOrganisasi();
  if (units.isError) return <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />;
  if (units.isPending) return <BlockLoading />;
  const tree = toTree(units.data);
  return (
    <>
      <Typography.Paragraph type="secondary">
        Unit organisasi Kantor Wilayah dibuat saat penyiapan sesuai tipe Kanwil. Unit organisasi UPT belum tersedia pada versi ini.
      </Typography.Paragraph>
      <Table<Node>
        rowKey="id"
        columns={columns}
        dataSource={tree}
        pagination={false}
        size="middle"
        expandable={{ defaultExpandAllRows: true }}
        locale={{ emptyText: <Empty description="Belum ada unit organisasi untuk kantor ini." /> }}
      />
    </>
  );
}
