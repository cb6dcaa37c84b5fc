// Owns Pengaturan › Cadangan: the backup list, "Cadangkan sekarang", and how restoring works.
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { formatTanggalJam } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { formatUkuran } from '../../lib/read-file.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { NAMA_JENIS_CADANGAN } from '../../i18n/id.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';

type Backup = ChannelOutput<'backup.list'>['items'][number];

const columns: TableColumnsType<Backup> = [
  { title: 'Nama berkas', dataIndex: 'name', key: 'name', render: (n: string) => <Typography.Text code>{n}</Typography.Text> },
  { title: 'Jenis', key: 'kind', width: 170, render: (_, b) => <Tag>{NAMA_JENIS_CADANGAN[b.kind] ?? b.kind}</Tag> },
  { title: 'Ukuran', key: 'size', width: 110, align: 'right', render: (_, b) => formatUkuran(b.size) },
  { title: 'Tanggal', key: 'createdAt', width: 200, render: (_, b) => formatTanggalJam(new Date(b.createdAt)) },
];

export function CadanganTab() {
  const list = useQuery({ queryKey: ['backup.list'], queryFn: () => call('backup.list', {}) });
  const qc = useQueryClient();
  const notify = useNotify();
  const create = useMutation({
    mutationFn: () => call('backup.create', {}),
    onSuccess: (b) => {
      notify.success(`Cadangan ${b.name} dibuat (${formatUkuran(b.size)}).`);
      void qc.invalidateQueries({ queryKey: ['backup.list'] });
    },
    onError: (e) => notify.error(e),
  });

  if (list.isPending) return <BlockLoading />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title="Cadangan otomatis dan pemulihan"
        description={
          <>
            SATU membuat cadangan harian saat dimulai (7 terakhir disimpan) dan cadangan mingguan (4 terakhir disimpan); cadangan manual
            tidak pernah dihapus otomatis. Untuk memulihkan, tutup SATU terlebih dahulu, lalu jalankan{' '}
            <Typography.Text code>npx satu restore BERKAS</Typography.Text> dengan BERKAS salah satu berkas di bawah. Salinan data saat ini
            dibuat sebelum pemulihan.
          </>
        }
      />
      <Flex justify="space-between" align="center" gap={16}>
        <div>
          <Typography.Text type="secondary">Folder cadangan: </Typography.Text>
          <Typography.Text code copyable={{ text: list.data.folder, tooltips: ['Salin', 'Tersalin'] }}>
            {list.data.folder}
          </Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={create.isPending}
          onClick={() => create.mutate()}
          style={{ flex: 'none' }}
        >
          Cadangkan sekarang
        </Button>
      </Flex>
      <Table<Backup> rowKey="name" columns={columns} dataSource={list.data.items} pagination={false} size="middle" />
    </Flex>
  );
}
