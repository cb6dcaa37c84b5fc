// Owns the addressees of an outgoing naskah: Yth. with an optional address per line, and tembusan.
import { Button, Col, Flex, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DaftarTeks } from './DaftarTeks.tsx';

export function TujuanFields() {
  return (
    <Row gutter={24}>
      <Col xs={24} xl={14}>
        <Form.Item label="Tujuan (Yth.)" extra="Wajib untuk surat dinas, surat undangan, nota dinas dan memorandum.">
          <Form.List name="tujuan">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} align="flex-start">
                    <Form.Item name={[f.name, 'yth']} style={{ flex: 3, marginBottom: 0 }}>
                      <Input
                        placeholder="Yth. (jabatan), mis. Kepala Lapas Kelas IIA Ternate"
                        aria-label={`Tujuan ${i + 1}`}
                        maxLength={200}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'alamat']} style={{ flex: 2, marginBottom: 0 }}>
                      <Input placeholder="Alamat (boleh kosong)" aria-label={`Alamat tujuan ${i + 1}`} maxLength={300} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`Hapus tujuan ${i + 1}`} />
                  </Flex>
                ))}
                <div>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ yth: '' })}>
                    Tambah tujuan
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Col>
      <Col xs={24} xl={10}>
        <DaftarTeks name="tembusan" label="Tembusan" tambah="Tambah tembusan" penanda={(i) => `${i + 1}.`} lebarPenanda={24} />
      </Col>
    </Row>
  );
}
