// Owns the report kinds (laporan.list): "Buat PDF" for everyone but Pembaca, "Tanda Tangani…" for Pimpinan.
import { useState } from 'react';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { savePdf } from '../../lib/download.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DOKUMEN_KEY, kertasLaporan, useJenisLaporan } from './queries.ts';
import type { JenisLaporan } from './queries.ts';
import { SignModal } from './SignModal.tsx';

export function JenisLaporanCard() {
  const { session } = useSession();
  const roles = session.user.roles;
  const bolehBuat = roles.some((r) => r !== 'pembaca');
  const pimpinan = roles.includes('pimpinan');
  const jenis = useJenisLaporan();
  const qc = useQueryClient();
  const notify = useNotify();
  const [ttd, setTtd] = useState<JenisLaporan | null>(null);
  const buat = useMutation({
    mutationFn: (kind: string) => call('laporan.generate', { kind, params: {} }),
    onSuccess: (t) => {
      savePdf(t.namaBerkas, t.pdfBase64);
      notify.success(`Dokumen nomor ${t.dokumenId} dibuat (${formatAngka(t.halaman)} halaman) dan diunduh.`);
      void qc.invalidateQueries({ queryKey: DOKUMEN_KEY });
    },
    onError: (e) => notify.error(e),
  });

  const columns: TableColumnsType<JenisLaporan> = [
    { title: 'Laporan', key: 'title', render: (_, j) => <Typography.Text strong>{j.title}</Typography.Text> },
    { title: 'Kertas', key: 'kertas', width: 160, render: (_, j) => kertasLaporan(j) },
    {
      title: 'Aksi',
      key: 'aksi',
      width: 320,
      render: (_, j) =>
        bolehBuat ? (
          <Space size={8} wrap>
            <Button
              icon={<FilePdfOutlined />}
              loading={buat.isPending && buat.variables === j.kind}
              onClick={() => buat.mutate(j.kind)}
              aria-label={`Buat PDF ${j.title}`}
            >
              Buat PDF
            </Button>
            {pimpinan ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setTtd(j)} aria-label={`Tanda Tangani ${j.title}`}>
                Tanda Tangani…
              </Button>
            ) : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">Peran Pembaca hanya dapat mengunduh dari registri.</Typography.Text>
        ),
    },
  ];

  return (
    <Card title="Jenis Laporan">
      {jenis.isError ? (
        <ErrorAlert error={jenis.error} onRetry={() => void jenis.refetch()} />
      ) : (
        <Table<JenisLaporan>
          rowKey="kind"
          columns={columns}
          dataSource={jenis.data}
          loading={jenis.isPending}
          pagination={false}
          size="middle"
        />
      )}
      {ttd ? (
        <SignModal
          judul="Tanda Tangani Laporan"
          dokumen={{ label: 'Laporan', nama: ttd.title }}
          onClose={() => setTtd(null)}
          onSign={async (v) => {
            const t = await call('laporan.sign', { kind: ttd.kind, params: {}, ...v });
            savePdf(t.namaBerkas, t.pdfBase64);
            notify.success(`Dokumen nomor ${t.dokumenId} ditandatangani dan diunduh.`);
            setTtd(null);
            void qc.invalidateQueries({ queryKey: DOKUMEN_KEY });
          }}
        />
      ) : null}
    </Card>
  );
}
