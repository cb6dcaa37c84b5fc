// Owns the logo picker for the kop surat: PNG/JPEG to a data URL, a preview, and removal.
import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { readLogo } from '../lib/file.ts';

type Props = { id?: string; value?: string | null; onChange?: (v: string | null) => void };

export function LogoField({ id, value, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File) => {
    const r = await readLogo(file);
    if (r.ok) {
      setProblem(null);
      onChange?.(r.dataUrl);
    } else setProblem(r.message);
  };
  return (
    <Flex align="center" gap={16}>
      <div
        style={{
          width: 72,
          height: 72,
          border: '1px dashed #c9d1dc',
          borderRadius: 6,
          display: 'grid',
          placeItems: 'center',
          background: '#fafbfc',
          flex: 'none',
        }}
      >
        {value ? (
          <img src={value} alt="Pratinjau logo kantor" style={{ maxWidth: 64, maxHeight: 64 }} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Belum ada
          </Typography.Text>
        )}
      </div>
      <Flex vertical gap={4}>
        <Flex gap={8}>
          <Upload
            id={id}
            accept="image/png,image/jpeg"
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              void pick(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{value ? 'Ganti logo' : 'Pilih berkas logo'}</Button>
          </Upload>
          {value ? (
            <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
              Hapus logo
            </Button>
          ) : null}
        </Flex>
        <Typography.Text type={problem ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {problem ?? 'PNG atau JPEG, maksimal 300 KB. Boleh dikosongkan.'}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
