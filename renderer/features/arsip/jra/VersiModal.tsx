// Owns "Versi Baru" and "Versi Baru (salin)" (jra.createVersi): a draft JRA, empty or with the rows of
// another version, edited until it is made valid.
import { useState } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { JraVersi } from '../queries.ts';

type Values = { nama: string; dasar?: string; catatan?: string };
type Props = { salinDari: JraVersi | null; onClose: () => void; onDone: (v: JraVersi) => void };

export function VersiModal({ salinDari, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const r = await call('jra.createVersi', {
        nama: v.nama,
        dasar: v.dasar?.trim() || null,
        catatan: v.catatan?.trim() || null,
        salinDari: salinDari?.id ?? null,
      });
      notify.success(`Versi JRA “${r.nama}” dibuat sebagai draf.`);
      onDone(r);
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={salinDari ? 'Versi Baru (salin)' : 'Versi JRA Baru'}
      okText="Buat Draf"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {salinDari
          ? `Draf baru berisi salinan ${salinDari.jumlah} baris dari “${salinDari.nama}”. Ubah barisnya, lalu berlakukan.`
          : 'Draf baru masih kosong. Isi barisnya satu per satu atau impor dari Excel, lalu berlakukan.'}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="versiJra"
        layout="vertical"
        initialValues={{ dasar: salinDari?.dasar ?? undefined }}
        onFinish={(v) => void kirim(v)}
      >
        <Form.Item
          label="Nama versi"
          name="nama"
          rules={[
            { required: true, whitespace: true, message: 'Isi nama versi.' },
            { min: 3, message: 'Minimal 3 karakter.' },
          ]}
        >
          <Input maxLength={200} placeholder="mis. JRA Fasilitatif Kementerian 2025" />
        </Form.Item>
        <Form.Item label="Dasar penetapan" name="dasar" extra="Peraturan yang menetapkan JRA ini.">
          <Input maxLength={300} placeholder="mis. Peraturan Menteri … Nomor … Tahun …" />
        </Form.Item>
        <Form.Item label="Catatan" name="catatan">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
