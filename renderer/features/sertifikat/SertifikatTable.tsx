// Owns the certificate table: holder, subject, issuer, source, end of validity with its state Tag,
// fingerprint, and for administrators "Nonaktifkan".
import { Button, Empty, Flex, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatTanggal } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NAMA_SUMBER, SidikJariPendek, StatusTag } from './SertifikatStatus.tsx';
import { refreshSertifikat, useSertifikat } from './queries.ts';
import type { Sertifikat } from './queries.ts';

type Props = { admin: boolean; userId?: number };

export function SertifikatTable({ admin, userId }: Props) {
  const list = useSertifikat();
  const qc = useQueryClient();
  const notify = useNotify();
  const nonaktifkan = useMutation({
    mutationFn: (id: number) => call('sertifikat.deactivate', { id }),
    onSuccess: (s) => {
      notify.success(`Sertifikat ${s.subjek} dinonaktifkan.`);
      void refreshSertifikat(qc);
    },
    onError: (e) => notify.error(e),
  });

  const columns: TableColumnsType<Sertifikat> = [
    ...(admin ? [{ title: 'Pemegang', key: 'pemegang', width: 130, render: (_: unknown, s: Sertifikat) => s.pemegang }] : []),
    { title: 'Subjek', dataIndex: 'subjek', key: 'subjek', width: 160 },
    { title: 'Penerbit', dataIndex: 'penerbit', key: 'penerbit' },
    { title: 'Sumber', key: 'sumber', width: 130, render: (_, s) => NAMA_SUMBER[s.sumber] },
    {
      title: 'Berlaku sampai',
      key: 'sampai',
      width: 190,
      render: (_, s) => (
        <Flex vertical align="flex-start" gap={2}>
          <span>{formatTanggal(new Date(s.berlakuSampai))}</span>
          <StatusTag s={s} />
        </Flex>
      ),
    },
    { title: 'Sidik jari', key: 'sidik', width: 130, render: (_, s) => <SidikJariPendek hex={s.fingerprint} /> },
    ...(admin
      ? [
          {
            title: 'Aksi',
            key: 'aksi',
            width: 120,
            render: (_: unknown, s: Sertifikat) =>
              s.aktif ? (
                <Popconfirm
                  title="Nonaktifkan sertifikat ini?"
                  description={`${s.subjek} tidak dapat dipakai menandatangani lagi. Dokumen yang sudah ditandatangani tetap sah.`}
                  okText="Nonaktifkan"
                  cancelText="Batal"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => nonaktifkan.mutateAsync(s.id).catch(() => undefined)}
                >
                  <Button size="small" danger loading={nonaktifkan.isPending && nonaktifkan.variables === s.id}>
                    Nonaktifkan
                  </Button>
                </Popconfirm>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]
      : []),
  ];

  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const rows = userId === undefined ? list.data : list.data?.filter((s) => s.userId === userId);
  return (
    <Table<Sertifikat>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={list.isPending}
      pagination={false}
      size="middle"
      scroll={{ x: 980 }}
      locale={{ emptyText: <Empty description="Belum ada sertifikat tanda tangan." /> }}
    />
  );
}
