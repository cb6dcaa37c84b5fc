// Owns "Laporkan Tindak Lanjut" (disposisi.report): the recipient's report with optional files; it
// closes their branch, and the letter once every branch has reported.
import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { BerkasListField, kirimBerkas } from '../BerkasListField.tsx';
import type { BerkasBaru } from '../BerkasListField.tsx';
import type { SuratDetail } from '../queries.ts';

type Props = { penerimaId: number; onClose: () => void; onDone: (d: SuratDetail) => void };
type Values = { laporan: string; berkas?: BerkasBaru[] };

export function LaporModal({ penerimaId, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('disposisi.report', { penerimaId, laporan: v.laporan, berkas: kirimBerkas(v.berkas) });
      notify.success(
        d.status === 'selesai' ? 'Tindak lanjut dilaporkan. Seluruh disposisi surat ini selesai.' : 'Tindak lanjut dilaporkan.',
      );
      onDone(d);
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="Laporkan Tindak Lanjut"
      okText="Kirim Laporan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      <Form<Values> form={form} name="laporTindakLanjut" layout="vertical" onFinish={(v) => void simpan(v)} initialValues={{ berkas: [] }}>
        <Form.Item
          label="Laporan tindak lanjut"
          name="laporan"
          rules={[
            { required: true, whitespace: true, message: 'Tuliskan tindak lanjut yang sudah dilakukan.' },
            { min: 3, message: 'Minimal 3 karakter.' },
          ]}
          extra="Setelah dilaporkan, bagian disposisi Anda dinyatakan selesai dan tidak dapat diteruskan lagi."
        >
          <Input.TextArea rows={4} maxLength={3000} />
        </Form.Item>
        <Form.Item label="Berkas pendukung" name="berkas">
          <BerkasListField tombol="Lampirkan berkas" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
