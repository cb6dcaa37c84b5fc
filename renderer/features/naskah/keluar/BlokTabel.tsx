// Owns a simple table block: column headings typed as tags, rows as a small grid with one input per column.
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

type Baris = { value?: string[]; onChange?: (v: string[]) => void; kolom: string[]; nomor: number };

function BarisSel({ value = [], onChange, kolom, nomor }: Baris) {
  return (
    <Flex gap={6} style={{ flex: 1 }}>
      {kolom.map((k, i) => (
        <Input
          key={`${k}-${i}`}
          value={value[i] ?? ''}
          placeholder={k}
          aria-label={`Baris ${nomor}, ${k}`}
          onChange={(e) => onChange?.(kolom.map((_, j) => (j === i ? e.target.value : (value[j] ?? ''))))}
        />
      ))}
    </Flex>
  );
}

export function BlokTabel({ blok }: { blok: number }) {
  const form = Form.useFormInstance();
  const kolom = (Form.useWatch(['blok', blok, 'kolom'], form) as string[] | undefined) ?? [];
  return (
    <>
      <Form.Item
        label="Kolom"
        name={[blok, 'kolom']}
        rules={[{ required: true, type: 'array', min: 1, message: 'Ketik minimal satu judul kolom.' }]}
        extra="Ketik judul kolom lalu tekan Enter; paling banyak 8 kolom."
      >
        <Select mode="tags" maxCount={8} open={false} suffixIcon={null} placeholder="mis. No., Nama, Jabatan" aria-label="Judul kolom" />
      </Form.Item>
      {kolom.length === 0 ? (
        <Typography.Text type="secondary">Isi judul kolom terlebih dahulu untuk menambah baris.</Typography.Text>
      ) : (
        <Form.List name={[blok, 'baris']}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={6}>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={6} align="center">
                  <Form.Item name={f.name} noStyle>
                    <BarisSel kolom={kolom} nomor={i + 1} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`Hapus baris ${i + 1}`} />
                </Flex>
              ))}
              <div>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(kolom.map(() => ''))}>
                  Tambah baris
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      )}
    </>
  );
}
