// Owns the sign-in screen ("Masuk ke SATU"): the server's message on failure, the notice after a
// session ended (idle, revoked) shown above the form.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { call } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import type { ErrorText } from '../../lib/errors.ts';
import type { LoginResult } from '../../app/session.ts';
import { BIRU_TUA } from '../../app/theme.ts';
import { TEKS } from '../../i18n/id.ts';

type Props = { namaKantor: string | null; notice: string | null; onSignedIn: (r: LoginResult) => Promise<void> };
type Values = { username: string; password: string };

export function LoginPage({ namaKantor, notice, onSignedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorText | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await call('auth.login', { username: v.username, password: v.password });
      await onSignedIn(r);
    } catch (e) {
      setFailure(describeError(e));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: `linear-gradient(160deg, ${BIRU_TUA} 0 38%, #f3f5f8 38% 100%)`,
        padding: 24,
      }}
    >
      <Card style={{ width: 420, boxShadow: '0 8px 24px rgba(15,42,77,0.18)' }}>
        <Typography.Text type="secondary" style={{ letterSpacing: 2, fontWeight: 600 }}>
          {TEKS.aplikasi} · {TEKS.kepanjangan}
        </Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 26, margin: '8px 0 4px' }}>
          Masuk ke SATU
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
          {namaKantor ?? 'Kantor belum terdaftar'}
        </Typography.Paragraph>
        {notice && !failure ? <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
        {failure ? <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} /> : null}
        <Form form={form} name="masuk" layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item
            label="Nama pengguna"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Nama pengguna wajib diisi.' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item label="Kata sandi" name="password" rules={[{ required: true, message: 'Kata sandi wajib diisi.' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            Masuk
          </Button>
        </Form>
      </Card>
    </div>
  );
}
