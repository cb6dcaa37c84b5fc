// Owns the own-password form (auth.changePassword), used by the dialog and by Akun Saya.
import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { call, isApiError } from '../../lib/api.ts';
import { applyIssues } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { useSession } from '../../app/session.ts';
import { PETUNJUK_SANDI, aturanKataSandi, aturanUlangi } from './akun-rules.ts';

type Values = { lama: string; baru: string; ulangi: string };
type Props = { onChanged: () => void; submitText?: string; formName: string };

export function ChangePasswordForm({ onChanged, submitText = 'Simpan kata sandi', formName }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const { session } = useSession();

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await call('auth.changePassword', { lama: v.lama, baru: v.baru });
      form.resetFields();
      notify.success('Kata sandi berhasil diganti.');
      onChanged();
    } catch (e) {
      if (isApiError(e) && e.code === 'VALIDATION' && applyIssues(form, e.issues).applied.length > 0) return;
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} name={formName} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 420 }}>
      {/* Lets password managers pair the new password with the account. */}
      <input type="text" name="username" autoComplete="username" value={session.user.username} readOnly hidden />
      <Form.Item label="Kata sandi lama" name="lama" rules={[{ required: true, message: 'Kata sandi lama wajib diisi.' }]}>
        <Input.Password autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        label="Kata sandi baru"
        name="baru"
        extra={PETUNJUK_SANDI}
        dependencies={['lama']}
        rules={[
          ...aturanKataSandi,
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v && v === getFieldValue('lama')) throw new Error('Kata sandi baru harus berbeda.');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item label="Ulangi kata sandi baru" name="ulangi" dependencies={['baru']} rules={aturanUlangi(['baru'])}>
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitText}
      </Button>
    </Form>
  );
}
