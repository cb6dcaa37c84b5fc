// Owns "Otoritas Tepercaya": CAs of other offices (or BSrE) whose signatures SATU accepts as trusted,
// and importing one from its .pem/.crt.
import { useState } from 'react';
import { Button, Card, Empty, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SidikJariPendek } from './SertifikatStatus.tsx';
import { useCaStatus } from './queries.ts';
import type { Otoritas } from './queries.ts';
import { masaBerlaku } from './OtoritasCard.tsx';
import { TrustImportModal } from './TrustImportModal.tsx';

const columns: TableColumnsType<Otoritas> = [
  { title: 'Nama', dataIndex: 'nama', key: 'nama' },
  { title: 'Sidik jari', key: 'sidik', width: 150, render: (_, o) => <SidikJariPendek hex={o.fingerprint} /> },
  { title: 'Masa berlaku', key: 'masa', width: 300, render: (_, o) => masaBerlaku(o.berlakuDari, o.berlakuSampai) },
];

export function TepercayaCard() {
  const ca = useCaStatus();
  const [impor, setImpor] = useState(false);
  return (
    <Card
      title="Otoritas Tepercaya"
      extra={
        <Button icon={<ImportOutlined />} onClick={() => setImpor(true)}>
          Impor Otoritas Tepercaya (.pem/.crt)
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        Tanda tangan yang sertifikatnya diterbitkan otoritas berikut (atau Otoritas Sertifikat Kantor, termasuk yang lama) dinyatakan
        dipercaya saat verifikasi dokumen.
      </Typography.Paragraph>
      {ca.isError ? (
        <ErrorAlert error={ca.error} onRetry={() => void ca.refetch()} />
      ) : (
        <Table<Otoritas>
          rowKey="id"
          columns={columns}
          dataSource={ca.data?.tepercaya}
          loading={ca.isPending}
          pagination={false}
          size="middle"
          locale={{ emptyText: <Empty description="Belum ada otoritas dari luar kantor yang diimpor." /> }}
        />
      )}
      {impor ? <TrustImportModal onClose={() => setImpor(false)} /> : null}
    </Card>
  );
}
