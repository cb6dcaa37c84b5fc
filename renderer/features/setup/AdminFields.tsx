// Owns the wizard step for the first administrator account.
import { Col, Form, Input, Row } from 'antd';
import {
  PETUNJUK_NAMA_PENGGUNA,
  PETUNJUK_SANDI,
  aturanKataSandi,
  aturanNama,
  aturanNamaPengguna,
  aturanNip,
  aturanUlangi,
} from '../akun/akun-rules.ts';

export function AdminFields() {
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item label="Nama lengkap" name={['admin', 'nama']} rules={aturanNama}>
          <Input maxLength={120} autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="NIP" name={['admin', 'nip']} rules={aturanNip} extra="18 digit; boleh dikosongkan.">
          <Input maxLength={21} inputMode="numeric" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="Jabatan" name={['admin', 'jabatan']}>
          <Input maxLength={160} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="Nama pengguna" name={['admin', 'username']} rules={aturanNamaPengguna} extra={PETUNJUK_NAMA_PENGGUNA}>
          <Input maxLength={32} autoComplete="username" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} />
      <Col xs={24} md={12}>
        <Form.Item label="Kata sandi" name={['admin', 'password']} rules={aturanKataSandi} extra={PETUNJUK_SANDI}>
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="Ulangi kata sandi"
          name="ulangiSandi"
          dependencies={[['admin', 'password']]}
          rules={aturanUlangi(['admin', 'password'])}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      </Col>
    </Row>
  );
}

export const ADMIN_FIELDS = [
  ['admin', 'nama'],
  ['admin', 'nip'],
  ['admin', 'jabatan'],
  ['admin', 'username'],
  ['admin', 'password'],
  ['ulangiSandi'],
];
