// Owns the small dialog that asks for one text before an action: a reason to cancel (minimum 10
// characters, audited), a note when returning a konsep, an optional note with a paraf.
import { useState } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';

type Props = {
  judul: string;
  label: string;
  okText: string;
  /** 0: optional; otherwise required with this minimum length. */
  minimal: number;
  bahaya?: boolean;
  keterangan?: ReactNode;
  onKirim: (teks: string | null) => Promise<void>;
  onClose: () => void;
};

export function AlasanModal({ judul, label, okText, minimal, bahaya, keterangan, onKirim, onClose }: Props) {
  const [form] = Form.useForm<{ teks?: string }>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (teks: string | undefined) => {
    setBusy(true);
    try {
      await onKirim(teks?.trim() ? teks.trim() : null);
    } catch (e) {
      const issue = isApiError(e) ? e.issues[0] : undefined;
      if (issue && isApiError(e) && e.code === 'VALIDATION') form.setFields([{ name: 'teks', errors: [issue.message] }]);
      else notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  const rules =
    minimal > 0
      ? [
          { required: true, whitespace: true, message: `${label} wajib diisi.` },
          { min: minimal, message: `Minimal ${minimal} karakter.` },
        ]
      : [];
  return (
    <Modal
      open
      title={judul}
      okText={okText}
      cancelText="Batal"
      okButtonProps={{ danger: bahaya }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {keterangan ? <Typography.Paragraph type="secondary">{keterangan}</Typography.Paragraph> : null}
      <Form form={form} name="alasan" layout="vertical" onFinish={(v) => void kirim(v.teks)}>
        <Form.Item label={label} name="teks" rules={rules}>
          <Input.TextArea rows={3} maxLength={minimal > 0 ? 500 : 2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
