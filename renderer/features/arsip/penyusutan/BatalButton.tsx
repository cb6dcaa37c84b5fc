// Owns "Batalkan" of a pemindahan or penyusutan: a reason (5–500 characters, audited) before the
// backend releases the berkas.
import { useState } from 'react';
import { Button } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { AlasanModal } from '../../naskah/AlasanModal.tsx';

type Props = { label: string; keterangan: string; onBatal: (alasan: string) => Promise<void> };

export function BatalButton({ label, keterangan, onBatal }: Props) {
  const [buka, setBuka] = useState(false);
  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => setBuka(true)}>
        {label}
      </Button>
      {buka ? (
        <AlasanModal
          judul={label}
          label="Alasan pembatalan"
          okText={label}
          minimal={5}
          bahaya
          keterangan={keterangan}
          onClose={() => setBuka(false)}
          onKirim={async (alasan) => {
            await onBatal(alasan ?? '');
            setBuka(false);
          }}
        />
      ) : null}
    </>
  );
}
