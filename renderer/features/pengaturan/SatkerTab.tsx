// Owns Pengaturan › Satuan Kerja: the satker list (virtual table for long lists) and loading samples.
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NAMA_JENIS_SATKER } from '../../../shared/domain/kantor.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { formatAngka } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { TEKS } from '../../i18n/id.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useKantor, useSatker } from '../beranda/queries.ts';

type Satker = ChannelOutput<'satker.list'>[number];

const columnsFor = (kantorId: number | undefined): TableColumnsType<Satker> => [
  { title: 'Nama satuan kerja', dataIndex: 'nama', key: 'nama', width: 320 },
  {
    title: 'Keterangan',
    key: 'contoh',
    width: 100,
    render: (_, s) => (s.contoh ? <Tag color="gold">contoh</Tag> : s.id === kantorId ? <Tag color="blue">kantor ini</Tag> : null),
  },
  { title: 'Jenis', key: 'jenis', width: 190, render: (_, s) => NAMA_JENIS_SATKER[s.jenis] },
  { title: 'Kode satker', key: 'kode', width: 100, render: (_, s) => s.kodeSatker ?? TEKS.kosong },
  { title: 'Provinsi', key: 'provinsi', width: 150, render: (_, s) => s.provinsi ?? TEKS.kosong },
  {
    title: 'Alamat / kedudukan',
    key: 'alamat',
    width: 200,
    ellipsis: { showTitle: true },
    render: (_, s) => s.alamat ?? s.kedudukan ?? TEKS.kosong,
  },
];

export function SatkerTab() {
  const satker = useSatker();
  const kantor = useKantor();
  const qc = useQueryClient();
  const notify = useNotify();
  const demo = useMutation({
    mutationFn: () => call('demo.load', {}),
    onSuccess: (r) => {
      notify.success(
        r.satker + r.unit === 0
          ? 'Data contoh sudah dimuat sebelumnya; tidak ada yang ditambahkan.'
          : `${formatAngka(r.satker)} satuan kerja dan ${formatAngka(r.unit)} unit organisasi contoh ditambahkan.`,
      );
      void qc.invalidateQueries({ predicate: (q) => ['satker.list', 'organisasi.list'].includes(String(q.queryKey[0])) });
    },
    onError: (e) => notify.error(e),
  });

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">
          {satker.data ? `${formatAngka(satker.data.length)} satuan kerja terdaftar. ` : ''}
          Data contoh berasal dari Lampiran I Permen Imigrasi dan Pemasyarakatan No. 4 Tahun 2024 dan Renstra Kanwil NTB serta Maluku Utara.
        </Typography.Text>
        <Button icon={<DatabaseOutlined />} loading={demo.isPending} onClick={() => demo.mutate()} style={{ flex: 'none' }}>
          Muat Data Contoh
        </Button>
      </Flex>
      {satker.isError ? (
        <ErrorAlert error={satker.error} onRetry={() => void satker.refetch()} />
      ) : (
        <Table<Satker>
          rowKey="id"
          virtual
          columns={columnsFor(kantor.data?.satkerId)}
          dataSource={satker.data}
          loading={satker.isPending}
          pagination={false}
          scroll={{ x: 1060, y: 480 }}
          size="middle"
        />
      )}
    </>
  );
}
