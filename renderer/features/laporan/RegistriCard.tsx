// Owns "Registri Dokumen": every issued PDF (dokumen.list, paged on the server) with its fingerprint and
// "Unduh" (dokumen.download).
import { useState } from 'react';
import { Button, Card, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { formatAngka, formatTanggalJam } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { savePdf } from '../../lib/download.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { TEKS } from '../../i18n/id.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useDokumen } from './queries.ts';
import type { Dokumen } from './queries.ts';

function StatusDokumen({ status }: { status: string }) {
  if (status === 'terbit') return <Tag color="green">Terbit</Tag>;
  if (status === 'dibuat')
    return (
      <Tooltip title="Nomor sudah dicatat, tetapi PDF belum tersimpan (pembuatan terhenti atau gagal).">
        <Tag color="orange">Belum selesai</Tag>
      </Tooltip>
    );
  return <Tag>{status}</Tag>;
}

function Sha({ hex }: { hex: string }) {
  if (!hex) return <>{TEKS.kosong}</>;
  return (
    <Tooltip title={<span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{hex}</span>}>
      <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{hex.slice(0, 12)}…</Typography.Text>
    </Tooltip>
  );
}

export function RegistriCard() {
  const [hal, setHal] = useState({ current: 1, pageSize: 10 });
  const list = useDokumen(hal.current, hal.pageSize);
  const notify = useNotify();
  const unduh = useMutation({
    mutationFn: (id: number) => call('dokumen.download', { id }),
    onSuccess: (d) => savePdf(d.namaBerkas, d.pdfBase64),
    onError: (e) => notify.error(e),
  });

  const nowrap = { style: { whiteSpace: 'nowrap' as const } };
  const columns: TableColumnsType<Dokumen> = [
    { title: 'Nomor', dataIndex: 'id', key: 'id', width: 80, align: 'right' },
    { title: 'Judul', dataIndex: 'judul', key: 'judul' },
    { title: 'Jenis', key: 'jenis', render: (_, d) => <Tag>{d.jenis}</Tag> },
    { title: 'Penanda tangan', key: 'ttd', render: (_, d) => d.penandatangan ?? TEKS.kosong },
    { title: 'Tanggal', key: 'tanggal', onCell: () => nowrap, render: (_, d) => formatTanggalJam(new Date(d.dibuatPada)) },
    { title: 'SHA-256', key: 'sha', render: (_, d) => <Sha hex={d.sha256} /> },
    { title: 'Status', key: 'status', render: (_, d) => <StatusDokumen status={d.status} /> },
    {
      title: 'Aksi',
      key: 'aksi',
      render: (_, d) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          disabled={d.status !== 'terbit'}
          loading={unduh.isPending && unduh.variables === d.id}
          onClick={() => unduh.mutate(d.id)}
          aria-label={`Unduh dokumen nomor ${d.id}`}
        >
          Unduh
        </Button>
      ),
    },
  ];

  return (
    <Card
      title="Registri Dokumen"
      extra={list.data ? <Typography.Text type="secondary">{formatAngka(list.data.total)} dokumen</Typography.Text> : null}
    >
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Dokumen>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description="Belum ada dokumen terbit. Setiap PDF yang dibuat SATU tercatat di sini." /> }}
          pagination={{
            current: hal.current,
            pageSize: hal.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (t, [a, b]) => `${formatAngka(a)}–${formatAngka(b)} dari ${formatAngka(t)} dokumen`,
            onChange: (current, pageSize) => setHal({ current: pageSize === hal.pageSize ? current : 1, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
