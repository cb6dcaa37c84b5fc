// Owns the parts of a Surat Keputusan (TND; reference A.3.2, B.4): the deciding official, "tentang",
// Menimbang (a., b., …), Mengingat (1., 2., …), Memperhatikan, MEMUTUSKAN/Menetapkan and the diktum
// KESATU, KEDUA, …
import { Col, Form, Input, Row } from 'antd';
import { hurufUrut, namaDiktum } from '../../../../shared/domain/naskah/keluar.ts';
import { DaftarTeks } from './DaftarTeks.tsx';

const wajib = (m: string) => [{ required: true, whitespace: true, message: m }];

export function KeputusanFields() {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item label="Jabatan penetap" name={['keputusan', 'jabatanPenetap']} rules={wajib('Isi jabatan yang menetapkan keputusan.')}>
          <Input maxLength={200} placeholder="mis. Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku Utara" />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="Tentang" name={['keputusan', 'tentang']} rules={wajib('Isi judul keputusan (tentang).')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <DaftarTeks name={['keputusan', 'menimbang']} label="Menimbang" tambah="Tambah pertimbangan" penanda={hurufUrut} baris={2} wajib />
        <DaftarTeks
          name={['keputusan', 'mengingat']}
          label="Mengingat"
          tambah="Tambah dasar hukum"
          penanda={(i) => `${i + 1}.`}
          baris={2}
          wajib
        />
        <DaftarTeks
          name={['keputusan', 'memperhatikan']}
          label="Memperhatikan"
          tambah="Tambah hal yang diperhatikan"
          penanda={(i) => `${i + 1}.`}
          baris={2}
          extra="Boleh dikosongkan."
        />
        <Form.Item label="Menetapkan" name={['keputusan', 'menetapkan']} rules={wajib('Isi judul yang ditetapkan.')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} placeholder="KEPUTUSAN KEPALA KANTOR WILAYAH … TENTANG …" />
        </Form.Item>
        <DaftarTeks name={['keputusan', 'diktum']} label="Diktum" tambah="Tambah diktum" penanda={namaDiktum} baris={2} wajib />
      </Col>
    </Row>
  );
}
