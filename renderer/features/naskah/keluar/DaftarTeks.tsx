// Owns a list of text lines in a form (Form.List of strings): tembusan, list items, Menimbang,
// Mengingat, diktum… each with its marker (a., 1., KESATU), remove, and "add" at the end.
import { Button, Flex, Form, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

type Props = {
  /** Field name, relative inside an enclosing Form.List. */
  name: (string | number)[] | string;
  label: string;
  tambah: string;
  penanda?: (i: number) => string;
  baris?: number;
  /** At least one line is required. */
  wajib?: boolean;
  extra?: string;
  /** Width of the marker column: wide for KESATU, narrow for 1. */
  lebarPenanda?: number;
};

export function DaftarTeks({ name, label, tambah, penanda, baris = 1, wajib, extra, lebarPenanda = 86 }: Props) {
  const minimal = wajib
    ? [
        {
          validator: async (_: unknown, v: unknown[] | undefined) => {
            if (!v || v.length === 0) throw new Error(`Isi minimal satu ${label.toLowerCase()}.`);
          },
        },
      ]
    : undefined;
  return (
    <Form.Item label={label} required={wajib} extra={extra}>
      <Form.List name={name} rules={minimal}>
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="flex-start">
                {penanda ? (
                  <Typography.Text style={{ width: lebarPenanda, flex: 'none', paddingTop: 5, fontWeight: 600 }}>
                    {penanda(i)}
                  </Typography.Text>
                ) : null}
                <Form.Item
                  name={f.name}
                  style={{ flex: 1, marginBottom: 0 }}
                  rules={[{ required: true, whitespace: true, message: 'Isi baris ini atau hapus.' }]}
                >
                  {baris > 1 ? (
                    <Input.TextArea autoSize={{ minRows: baris, maxRows: 12 }} aria-label={`${label} ${i + 1}`} />
                  ) : (
                    <Input aria-label={`${label} ${i + 1}`} />
                  )}
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`Hapus ${label} ${i + 1}`} />
              </Flex>
            ))}
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {tambah}
              </Button>
            </div>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
