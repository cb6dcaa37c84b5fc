// Owns the head of an outgoing naskah: kind, subject, security class (sifat), urgency, attachments,
// classification code and paper size (reference A.3.1).
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { JENIS_NASKAH, KEAMANAN, NAMA_JENIS_NASKAH, NAMA_KEAMANAN, NAMA_URGENSI } from '../../../../shared/domain/naskah/surat.ts';
import { URGENSI } from '../../../../shared/domain/naskah/tenggat.ts';
import { KlasifikasiSelect } from '../KlasifikasiSelect.tsx';

const third = { xs: 24, lg: 8 };

export function UmumFields() {
  return (
    <Row gutter={16}>
      <Col {...third}>
        <Form.Item label="Jenis naskah" name="jenis" rules={[{ required: true, message: 'Pilih jenis naskah.' }]}>
          <Select
            options={JENIS_NASKAH.map((j) => ({ value: j, label: NAMA_JENIS_NASKAH[j] }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item label="Sifat" name="keamanan" rules={[{ required: true, message: 'Pilih sifat naskah.' }]}>
          <Select options={KEAMANAN.map((k) => ({ value: k, label: `${NAMA_KEAMANAN[k]} (${k})` }))} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item label="Urgensi" name="urgensi" rules={[{ required: true, message: 'Pilih urgensi.' }]}>
          <Select options={URGENSI.map((u) => ({ value: u, label: NAMA_URGENSI[u] }))} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="Hal" name="hal" rules={[{ required: true, whitespace: true, message: 'Isi hal naskah.' }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item label="Kode klasifikasi" name="klasifikasiKode" rules={[{ required: true, message: 'Pilih kode klasifikasi arsip.' }]}>
          <KlasifikasiSelect />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item label="Lampiran" name="lampiran" extra="Boleh dikosongkan.">
          <Input maxLength={200} placeholder="mis. 1 (satu) berkas" />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item label="Kertas" name="kertas">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'F4', label: 'F4 (folio)' },
              { value: 'A4', label: 'A4' },
            ]}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
