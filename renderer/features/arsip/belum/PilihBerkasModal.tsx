// Owns "ke Berkas…": the one open berkas that the chosen naskah are filed into, whatever their codes.
import { useState } from 'react';
import { Form, Modal, Typography } from 'antd';
import { formatAngka } from '../../../../shared/format/index.ts';
import { BerkasPicker } from '../BerkasPicker.tsx';

type Props = { jumlah: number; onClose: () => void; onPilih: (berkasId: number) => Promise<void> };

export function PilihBerkasModal({ jumlah, onClose, onPilih }: Props) {
  const [form] = Form.useForm<{ berkasId: number }>();
  const [busy, setBusy] = useState(false);
  const kirim = async (id: number) => {
    setBusy(true);
    await onPilih(id);
    setBusy(false);
  };
  return (
    <Modal
      open
      title="Berkaskan ke Berkas Tertentu"
      okText="Berkaskan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {formatAngka(jumlah)} naskah akan dimasukkan ke satu berkas yang masih terbuka. Buat berkasnya lebih dulu di Daftar Berkas bila
        belum ada.
      </Typography.Paragraph>
      <Form form={form} name="pilihBerkas" layout="vertical" onFinish={(v) => void kirim(v.berkasId)}>
        <Form.Item label="Berkas tujuan" name="berkasId" rules={[{ required: true, message: 'Pilih berkas tujuan.' }]}>
          <BerkasPicker status={['aktif']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
