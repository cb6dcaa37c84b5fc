// Owns "Atur Ulang Kata Sandi": an administrator sets a temporary password (users.resetPassword);
// the user must replace it at the next sign-in.
import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { User } from '../../../shared/domain/akun.ts';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { PETUNJUK_SANDI, aturanKataSandi, aturanUlangi } from '../akun/akun-rules.ts';

type Props = { user: User; onClose: () => void; onSaved: () => void };
type Values = { password: string; ulangi: string };

export function ResetPasswordModal({ user, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();

  const save = async (v: Values) => {
    setBusy(true);
    try {
      await call('users.resetPassword', { id: user.id, password: v.password });
      notify.success(`Kata sandi ${user.username} diatur ulang.`);
      onSaved();
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`Atur Ulang Kata Sandi: ${user.nama}`}
      okText="Atur ulang"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Sesi pengguna ini diakhiri dan kuncinya dibuka. Ia wajib mengganti kata sandi saat masuk berikutnya."
      />
      <Form form={form} name="aturUlangSandi" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item label="Kata sandi sementara" name="password" rules={aturanKataSandi} extra={PETUNJUK_SANDI}>
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="Ulangi kata sandi sementara" name="ulangi" dependencies={['password']} rules={aturanUlangi(['password'])}>
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
