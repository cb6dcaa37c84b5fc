// Owns "Otoritas Sertifikat Kantor": create it when missing; otherwise its facts, issuing signer
// certificates, exporting it (.pem) for other offices and PDF readers, and replacing it.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { formatTanggal } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { saveText } from '../../lib/download.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { SidikJari } from './SertifikatStatus.tsx';
import { useCaStatus } from './queries.ts';
import { CaCreateModal } from './CaCreateModal.tsx';
import { CaIssueModal } from './CaIssueModal.tsx';

type Dialog = 'buat' | 'ganti' | 'terbit' | null;

export const masaBerlaku = (dari: string, sampai: string) => `${formatTanggal(new Date(dari))} s.d. ${formatTanggal(new Date(sampai))}`;

export function OtoritasCard() {
  const ca = useCaStatus();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const ekspor = useMutation({
    mutationFn: () => call('sertifikat.caExport', {}),
    onSuccess: (r) => saveText(r.namaBerkas, r.pem, 'application/x-pem-file'),
    onError: (e) => notify.error(e),
  });
  const kantor = ca.data?.kantor ?? null;

  return (
    <Card title="Otoritas Sertifikat Kantor">
      {ca.isPending ? <BlockLoading /> : null}
      {ca.isError ? <ErrorAlert error={ca.error} onRetry={() => void ca.refetch()} /> : null}
      {ca.isSuccess && !kantor ? (
        <Flex vertical gap={12} align="flex-start">
          <Typography.Paragraph style={{ margin: 0 }}>
            Kantor ini belum memiliki otoritas sertifikat. Dengan otoritas sendiri, administrator dapat menerbitkan sertifikat penanda
            tangan bagi Pimpinan yang belum memiliki sertifikat BSrE. Tanda tangannya dipercaya oleh SATU kantor ini dan oleh pihak yang
            mengimpor sertifikat otoritasnya.
          </Typography.Paragraph>
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setDialog('buat')}>
            Buat Otoritas Sertifikat
          </Button>
        </Flex>
      ) : null}
      {kantor ? (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'nama', label: 'Nama', children: kantor.nama },
              { key: 'sidik', label: 'Sidik jari', children: <SidikJari hex={kantor.fingerprint} /> },
              { key: 'masa', label: 'Masa berlaku', children: masaBerlaku(kantor.berlakuDari, kantor.berlakuSampai) },
            ]}
          />
          <Flex gap={8} wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('terbit')}>
              Terbitkan Sertifikat Penanda Tangan
            </Button>
            <Button icon={<DownloadOutlined />} loading={ekspor.isPending} onClick={() => ekspor.mutate()}>
              Unduh Sertifikat Otoritas (.pem)
            </Button>
            <Button onClick={() => setDialog('ganti')}>Buat Otoritas Baru</Button>
          </Flex>
          <Alert
            type="info"
            showIcon
            title="Agar tanda tangan SATU dipercaya di luar kantor ini"
            description="Kirim berkas .pem sertifikat otoritas kepada kantor lain (diimpor di Pengaturan › Sertifikat › Otoritas Tepercaya) atau impor ke pembaca PDF (misalnya Adobe Acrobat: Preferences › Signatures › Identities & Trusted Certificates). Berkas ini tidak memuat kunci rahasia."
          />
        </Flex>
      ) : null}
      {dialog === 'buat' || dialog === 'ganti' ? <CaCreateModal mengganti={dialog === 'ganti'} onClose={() => setDialog(null)} /> : null}
      {dialog === 'terbit' ? <CaIssueModal onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
