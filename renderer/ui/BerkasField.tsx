// Owns a form field that holds one picked file, read as base64 or text: button, file name, hint or problem.
import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatUkuran, readBerkas } from '../lib/read-file.ts';
import type { Berkas, ReadMode } from '../lib/read-file.ts';

type Props = {
  id?: string;
  value?: Berkas | null;
  onChange?: (v: Berkas | null) => void;
  accept: string;
  mode: ReadMode;
  maxBytes: number;
  tombol: string;
  /** Checks the content once read (e.g. PEM armour); returns a message when the file does not fit. */
  periksa?: (b: Berkas) => string | null;
};

export function BerkasField({ id, value, onChange, accept, mode, maxBytes, tombol, periksa }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File) => {
    const r = await readBerkas(file, mode, maxBytes);
    const message = r.ok ? periksa?.(r.berkas) : r.message;
    // A refused file leaves the field as it was (empty, or the earlier good file) and says why.
    if (r.ok && !message) {
      setProblem(null);
      onChange?.(r.berkas);
    } else setProblem(message ?? null);
  };
  return (
    <Flex vertical gap={4} align="flex-start">
      <Upload
        id={id}
        accept={accept}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          void pick(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{value ? 'Ganti berkas' : tombol}</Button>
      </Upload>
      {value ? (
        <Typography.Text>
          <PaperClipOutlined aria-hidden /> {value.nama} ({formatUkuran(value.ukuran)})
        </Typography.Text>
      ) : null}
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Flex>
  );
}
