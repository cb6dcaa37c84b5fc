// Owns the password dialog: from the user menu, or forced (not closable) after an administrator
// set a temporary password.
import { Alert, Modal } from 'antd';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

type Props = { open: boolean; forced?: boolean; onClose: () => void; onChanged: () => void };

export function ChangePasswordModal({ open, forced = false, onClose, onChanged }: Props) {
  return (
    <Modal
      open={open}
      title="Ganti kata sandi"
      footer={null}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={onClose}
      destroyOnHidden
    >
      {forced ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Kata sandi Anda diatur oleh administrator. Ganti dengan kata sandi pribadi sebelum melanjutkan."
        />
      ) : null}
      <ChangePasswordForm formName={forced ? 'gantiSandiWajib' : 'gantiSandiDialog'} onChanged={onChanged} />
    </Modal>
  );
}
