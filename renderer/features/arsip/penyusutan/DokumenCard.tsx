// Owns the documents of one pemindahan or penyusutan: per document its state, "Pratinjau PDF"
// (laporan.generate), "Tanda Tangani" for the Pimpinan (laporan.sign through SignModal) and "Unduh"
// of the newest signed copy (dokumen.download). The signed copies gate the next step.
import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api.ts';
import { savePdf } from '../../../lib/download.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { SignModal } from '../../laporan/SignModal.tsx';
import type { DokumenLangkah } from './queries.ts';
import { useHakArsip } from './queries.ts';
import { StatusDokumenTag } from './tanda.tsx';

type Props = {
  dokumen: DokumenLangkah[];
  params: { pemindahanId: number } | { penyusutanId: number };
  /** Kinds the next step waits for, marked in the list with `perluLabel`. */
  perlu?: readonly string[];
  perluLabel?: string;
  /** A cancelled process: nothing more is signed. */
  selesai?: boolean;
  onSigned: () => void;
};

export function DokumenCard({ dokumen, params, perlu = [], perluLabel = 'Diperlukan untuk langkah berikutnya', selesai, onSigned }: Props) {
  const hak = useHakArsip();
  const notify = useNotify();
  const [ttd, setTtd] = useState<DokumenLangkah | null>(null);
  const pratinjau = useMutation({
    mutationFn: (kind: string) => call('laporan.generate', { kind, params }),
    onSuccess: (t) => savePdf(t.namaBerkas, t.pdfBase64),
    onError: (e) => notify.error(e),
  });
  const unduh = useMutation({
    mutationFn: (id: number) => call('dokumen.download', { id }),
    onSuccess: (d) => savePdf(d.namaBerkas, d.pdfBase64),
    onError: (e) => notify.error(e),
  });

  const tombolPratinjau = (d: DokumenLangkah) => {
    const alasan = !hak.bolehPratinjau
      ? 'Peran Pembaca hanya dapat mengunduh dokumen yang sudah ditandatangani.'
      : !d.siap
        ? 'Catat data langkahnya lebih dulu.'
        : null;
    const b = (
      <Button
        size="small"
        icon={<EyeOutlined />}
        disabled={alasan !== null}
        loading={pratinjau.isPending && pratinjau.variables === d.kind}
        onClick={() => pratinjau.mutate(d.kind)}
        aria-label={`Pratinjau PDF ${d.judul}`}
      >
        Pratinjau PDF
      </Button>
    );
    return alasan ? (
      <Tooltip title={alasan}>
        <span>{b}</span>
      </Tooltip>
    ) : (
      b
    );
  };

  const columns: TableColumnsType<DokumenLangkah> = [
    {
      title: 'Dokumen',
      key: 'judul',
      render: (_, d) => (
        <Flex gap={6} wrap align="center">
          <Typography.Text strong={d.siap}>{d.judul}</Typography.Text>
          {perlu.includes(d.kind) && !d.ditandatangani ? <Tag color="orange">{perluLabel}</Tag> : null}
        </Flex>
      ),
    },
    { title: 'Status', key: 'status', width: 190, render: (_, d) => <StatusDokumenTag d={d} perlu={perlu.includes(d.kind)} /> },
    {
      title: 'Aksi',
      key: 'aksi',
      width: 330,
      render: (_, d) => (
        <Flex gap={8} wrap>
          {tombolPratinjau(d)}
          {hak.pimpinan && d.siap && !d.ditandatangani && !selesai ? (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => setTtd(d)} aria-label={`Tanda Tangani ${d.judul}`}>
              Tanda Tangani
            </Button>
          ) : null}
          {d.dokumenId !== null ? (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={unduh.isPending && unduh.variables === d.dokumenId}
              onClick={() => unduh.mutate(d.dokumenId ?? 0)}
              aria-label={`Unduh ${d.judul}`}
            >
              Unduh
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <Card title="Dokumen" size="small">
      <Table<DokumenLangkah> rowKey="kind" columns={columns} dataSource={dokumen} pagination={false} size="small" />
      {!hak.pimpinan && dokumen.some((d) => d.siap && !d.ditandatangani) && !selesai ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Dokumen ditandatangani secara elektronik oleh Pimpinan dari halaman ini.
        </Typography.Paragraph>
      ) : null}
      {ttd ? (
        <SignModal
          judul="Tanda Tangani Dokumen Arsip"
          dokumen={{ label: 'Dokumen', nama: ttd.judul }}
          onClose={() => setTtd(null)}
          onSign={async (v) => {
            const t = await call('laporan.sign', { kind: ttd.kind, params, ...v });
            savePdf(t.namaBerkas, t.pdfBase64);
            notify.success(`${ttd.judul} ditandatangani (dokumen nomor ${t.dokumenId}) dan diunduh.`);
            setTtd(null);
            onSigned();
          }}
        />
      ) : null}
    </Card>
  );
}
