// Owns Pengaturan › Sertifikat: administrators see every certificate, the office CA and trusted CAs;
// everyone else sees their own certificates and can import their own .p12.
import { useState } from 'react';
import { Alert, Button, Card, Flex } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useSession } from '../../app/session.ts';
import { SertifikatTable } from './SertifikatTable.tsx';
import { ImportP12Modal } from './ImportP12Modal.tsx';
import { OtoritasCard } from './OtoritasCard.tsx';
import { TepercayaCard } from './TepercayaCard.tsx';

function SertifikatAdmin() {
  const [impor, setImpor] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Card
        title="Sertifikat Tanda Tangan"
        extra={
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImpor(true)}>
            Impor Sertifikat .p12/.pfx
          </Button>
        }
      >
        <SertifikatTable admin />
      </Card>
      <OtoritasCard />
      <TepercayaCard />
      {impor ? <ImportP12Modal untuk={null} onClose={() => setImpor(false)} /> : null}
    </Flex>
  );
}

function SertifikatSaya({ userId }: { userId: number }) {
  const [impor, setImpor] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title="Sertifikat tanda tangan elektronik"
        description="Pimpinan menandatangani laporan dengan sertifikat miliknya sendiri: berkas .p12 dari BSrE yang diimpor di sini, atau sertifikat yang diterbitkan administrator dari Otoritas Sertifikat Kantor."
      />
      <Card
        title="Sertifikat Saya"
        extra={
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImpor(true)}>
            Impor Sertifikat Saya
          </Button>
        }
      >
        <SertifikatTable admin={false} userId={userId} />
      </Card>
      {impor ? <ImportP12Modal untuk={userId} onClose={() => setImpor(false)} /> : null}
    </Flex>
  );
}

export function SertifikatTab() {
  const { isAdmin, session } = useSession();
  return isAdmin ? <SertifikatAdmin /> : <SertifikatSaya userId={session.user.id} />;
}
