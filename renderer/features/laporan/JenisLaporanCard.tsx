// Owns the report kinds (laporan.list): "Buat PDF" for everyone but Pembaca, "Tanda Tangani…" for Pimpinan.
import { useState } from 'react';
import { Button, Card, DatePicker, Form, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { TableColumnsType } from 'antd';
import { EditOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { savePdf, saveBlob, base64ToBytes } from '../../lib/download.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DOKUMEN_KEY, kertasLaporan, useJenisLaporan } from './queries.ts';
import type { JenisLaporan } from './queries.ts';
import { SignModal } from './SignModal.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reports about one record are printed from that record's page. */
const DARI_HALAMAN: Record<JenisLaporan['parameter'], string | null> = {
  tanpa: null,
  periode: null,
  'surat-masuk': 'Dicetak dari halaman rincian surat masuk.',
  pemindahan: 'Dicetak dari halaman pemindahan arsip.',
  penyusutan: 'Dicetak dari halaman pemusnahan atau penyerahan arsip.',
};

export function JenisLaporanCard() {
  const { session } = useSession();
  const roles = session.user.roles;
  const bolehBuat = roles.some((r) => r !== 'pembaca');
  const pimpinan = roles.includes('pimpinan');
  const jenis = useJenisLaporan();
  const qc = useQueryClient();
  const notify = useNotify();
  const [ttd, setTtd] = useState<JenisLaporan | null>(null);
  const [periode, setPeriode] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs().endOf('month')]);
  const paramsOf = (j: JenisLaporan): Record<string, string> =>
    j.parameter === 'periode' ? { dari: periode[0].format('YYYY-MM-DD'), sampai: periode[1].format('YYYY-MM-DD') } : {};
  const excel = useMutation({
    mutationFn: (j: JenisLaporan) => call('laporan.xlsx', { kind: j.kind, params: paramsOf(j) }),
    onSuccess: (x) => saveBlob(x.namaBerkas, new Blob([base64ToBytes(x.xlsxBase64)], { type: XLSX })),
    onError: (e) => notify.error(e),
  });
  const buat = useMutation({
    mutationFn: (kind: string) => {
      const j = jenis.data?.find((x) => x.kind === kind);
      return call('laporan.generate', { kind, params: j ? paramsOf(j) : {} });
    },
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
        DARI_HALAMAN[j.parameter] ? (
          <Typography.Text type="secondary">{DARI_HALAMAN[j.parameter]}</Typography.Text>
        ) : bolehBuat ? (
          <Space size={8} wrap>
            <Button
              icon={<FilePdfOutlined />}
              loading={buat.isPending && buat.variables === j.kind}
              onClick={() => buat.mutate(j.kind)}
              aria-label={`Buat PDF ${j.title}`}
            >
              Buat PDF
            </Button>
            {j.excel ? (
              <Button
                icon={<FileExcelOutlined />}
                loading={excel.isPending && excel.variables?.kind === j.kind}
                onClick={() => excel.mutate(j)}
                aria-label={`Unduh Excel ${j.title}`}
              >
                Excel
              </Button>
            ) : null}
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
    <Card
      title="Jenis Laporan"
      extra={
        <Form.Item label="Periode register" style={{ margin: 0 }}>
          <DatePicker.RangePicker
            value={periode}
            format="DD/MM/YYYY"
            allowClear={false}
            onChange={(v) => {
              if (v?.[0] && v[1]) setPeriode([v[0], v[1]]);
            }}
          />
        </Form.Item>
      }
    >
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
            const t = await call('laporan.sign', { kind: ttd.kind, params: paramsOf(ttd), ...v });
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
