// Owns the body of an outgoing naskah as blocks in order: Paragraf, Daftar (numbered or bulleted) and
// Tabel; each can be moved up or down or removed.
import { Button, Card, Flex, Form, Input, Switch, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BlokTabel } from './BlokTabel.tsx';
import { DaftarTeks } from './DaftarTeks.tsx';
import type { BlokForm, JenisBlok } from './naskah-form.ts';

const NAMA: Record<JenisBlok, string> = { paragraf: 'Paragraf', daftar: 'Daftar', tabel: 'Tabel' };
const BARU: Record<JenisBlok, BlokForm> = {
  paragraf: { jenis: 'paragraf', teks: '' },
  daftar: { jenis: 'daftar', bernomor: true, butir: [''] },
  tabel: { jenis: 'tabel', kolom: [], baris: [] },
};

function IsiBlok({ name, jenis }: { name: number; jenis: JenisBlok }) {
  const form = Form.useFormInstance();
  const bernomor = Form.useWatch(['blok', name, 'bernomor'], form) as boolean | undefined;
  switch (jenis) {
    case 'paragraf':
      return (
        <Form.Item name={[name, 'teks']} rules={[{ required: true, whitespace: true, message: 'Tulis paragraf atau hapus blok ini.' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={5000} aria-label={`Paragraf ${name + 1}`} />
        </Form.Item>
      );
    case 'daftar':
      return (
        <>
          <Form.Item label="Bernomor" name={[name, 'bernomor']} valuePropName="checked">
            <Switch checkedChildren="1, 2, 3" unCheckedChildren="•" />
          </Form.Item>
          <DaftarTeks
            name={[name, 'butir']}
            label="Butir"
            tambah="Tambah butir"
            wajib
            penanda={(i) => (bernomor === false ? '•' : `${i + 1}.`)}
            lebarPenanda={24}
          />
        </>
      );
    case 'tabel':
      return <BlokTabel blok={name} />;
  }
}

export function IsiFields() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="blok">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 ? (
            <Typography.Text type="secondary">Isi naskah masih kosong. Tambahkan paragraf, daftar atau tabel.</Typography.Text>
          ) : null}
          {fields.map((f, i) => {
            const jenis = (form.getFieldValue(['blok', f.name, 'jenis']) as JenisBlok | undefined) ?? 'paragraf';
            return (
              <Card
                key={f.key}
                size="small"
                title={`${i + 1}. ${NAMA[jenis]}`}
                extra={
                  <Flex gap={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                      aria-label={`Naikkan blok ${i + 1}`}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      disabled={i === fields.length - 1 || undefined}
                      onClick={() => move(i, i + 1)}
                      aria-label={`Turunkan blok ${i + 1}`}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={`Hapus blok ${i + 1}`}
                    />
                  </Flex>
                }
              >
                <IsiBlok name={f.name} jenis={jenis} />
              </Card>
            );
          })}
          <Flex gap={8}>
            {(Object.keys(NAMA) as JenisBlok[]).map((j) => (
              <Button key={j} type="dashed" icon={<PlusOutlined />} onClick={() => add(structuredClone(BARU[j]))}>
                Tambah {NAMA[j]}
              </Button>
            ))}
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
