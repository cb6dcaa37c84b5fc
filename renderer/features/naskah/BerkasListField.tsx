// Owns a form field holding several picked scans (PDF, JPG, PNG) read as base64 for the channels'
// `berkas: [{ nama, base64 }]`, each listed with its size and a remove button.
import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatBatas, formatUkuran, readBerkas } from '../../lib/read-file.ts';

export type BerkasBaru = { nama: string; base64: string; ukuran: number };

type Props = { id?: string; value?: BerkasBaru[]; onChange?: (v: BerkasBaru[]) => void; tombol: string; maks?: number };

export const BERKAS_MAKS_BYTES = 20_000_000;
const JENIS = ['application/pdf', 'image/jpeg', 'image/png'];

/** The channel shape: name and content only. */
export const kirimBerkas = (v: BerkasBaru[] | undefined) => (v ?? []).map(({ nama, base64 }) => ({ nama, base64 }));

export function BerkasListField({ id, value = [], onChange, tombol, maks = 10 }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File) => {
    if (!JENIS.includes(file.type)) return setProblem(`${file.name}: hanya PDF, JPG atau PNG.`);
    const r = await readBerkas(file, 'base64', BERKAS_MAKS_BYTES);
    if (!r.ok) return setProblem(`${file.name}: ${r.message}`);
    setProblem(null);
    onChange?.([...value, { nama: r.berkas.nama, base64: r.berkas.isi, ukuran: r.berkas.ukuran }].slice(0, maks));
  };
  return (
    <Flex vertical gap={6} align="flex-start">
      <Upload
        id={id}
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void pick(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} disabled={value.length >= maks}>
          {tombol}
        </Button>
      </Upload>
      {value.map((b, i) => (
        <Flex key={`${b.nama}-${i}`} gap={8} align="center">
          <Typography.Text>
            <PaperClipOutlined aria-hidden /> {b.nama} ({formatUkuran(b.ukuran)})
          </Typography.Text>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={`Hapus ${b.nama}`}
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <Typography.Text type={problem ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {problem ?? `PDF, JPG atau PNG; maksimal ${maks} berkas, masing-masing ${formatBatas(BERKAS_MAKS_BYTES)}.`}
      </Typography.Text>
    </Flex>
  );
}
