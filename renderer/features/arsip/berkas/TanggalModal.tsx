// Owns the small dialog that asks for one date before an action on a berkas: the closing date
// (default today), the date of the event that starts the retention.
import { useState } from 'react';
import { DatePicker, Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Dayjs } from 'dayjs';
import { showSubmitError } from '../../../lib/form-errors.ts';
import type { NamePath } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';

type Props = {
  judul: string;
  label: string;
  okText: string;
  awal: Dayjs | null;
  keterangan?: ReactNode;
  /** The channel's field name, so its issues land on the date. */
  field: string;
  onKirim: (tanggal: string) => Promise<void>;
  onClose: () => void;
};

export function TanggalModal({ judul, label, okText, awal, keterangan, field, onKirim, onClose }: Props) {
  const [form] = Form.useForm<{ tanggal: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (t: Dayjs) => {
    setBusy(true);
    try {
      await onKirim(t.format('YYYY-MM-DD'));
    } catch (e) {
      showSubmitError(form, e, notify.error, (n: NamePath) => (n[0] === field ? ['tanggal'] : n));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={judul}
      okText={okText}
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {keterangan ? <Typography.Paragraph type="secondary">{keterangan}</Typography.Paragraph> : null}
      <Form
        form={form}
        name="tanggalBerkas"
        layout="vertical"
        initialValues={{ tanggal: awal ?? undefined }}
        onFinish={(v) => void kirim(v.tanggal)}
      >
        <Form.Item label={label} name="tanggal" rules={[{ required: true, message: 'Pilih tanggal.' }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
