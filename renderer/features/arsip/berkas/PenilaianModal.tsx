// Owns "Catat Penilaian Kembali" (arsip.review): the panitia penilai's verdict on a "Dinilai Kembali"
// berkas, musnah or permanen, with the number and date of its decision (reference A.15).
import { useState } from 'react';
import { DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { BerkasDetail } from '../queries.ts';

type Values = { hasil: 'musnah' | 'permanen'; nomorSk: string; tanggal: Dayjs; catatan?: string };
type Props = { berkas: BerkasDetail; onClose: () => void; onDone: (b: BerkasDetail) => void };

export function PenilaianModal({ berkas, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('arsip.review', {
        id: berkas.id,
        hasil: v.hasil,
        nomorSk: v.nomorSk,
        tanggal: v.tanggal.format('YYYY-MM-DD'),
        catatan: v.catatan?.trim() || null,
      });
      notify.success('Hasil penilaian kembali dicatat.');
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
      title="Catat Penilaian Kembali"
      okText="Catat Penilaian"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Nasib akhir berkas ini “Dinilai Kembali”. Catat keputusan panitia penilai arsip: dimusnahkan atau disimpan permanen (diserahkan
        sebagai arsip statis).
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="penilaianKembali"
        layout="vertical"
        initialValues={{ tanggal: dayjs() }}
        onFinish={(v) => void kirim(v)}
      >
        <Form.Item label="Hasil penilaian" name="hasil" rules={[{ required: true, message: 'Pilih hasil penilaian.' }]}>
          <Radio.Group
            options={[
              { value: 'musnah', label: 'Musnah' },
              { value: 'permanen', label: 'Permanen' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="Nomor keputusan / berita acara penilaian"
          name="nomorSk"
          rules={[
            { required: true, whitespace: true, message: 'Isi nomor keputusan.' },
            { min: 3, message: 'Minimal 3 karakter.' },
          ]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label="Tanggal" name="tanggal" rules={[{ required: true, message: 'Pilih tanggal.' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item label="Catatan" name="catatan">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
