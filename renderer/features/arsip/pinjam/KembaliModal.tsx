// Owns "Kembalikan" (peminjaman.return): the date the archive came back and its condition.
import { useState } from 'react';
import { DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { Pinjaman } from '../queries.ts';
import { tgl } from '../tanda.tsx';

type Values = { tanggalKembali: Dayjs; kondisi: 'baik' | 'rusak'; catatan?: string };
type Props = { pinjaman: Pinjaman; onClose: () => void; onDone: (p: Pinjaman) => void };

export function KembaliModal({ pinjaman, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const p = await call('peminjaman.return', {
        id: pinjaman.id,
        tanggalKembali: v.tanggalKembali.format('YYYY-MM-DD'),
        kondisi: v.kondisi,
        catatan: v.catatan?.trim() || null,
      });
      notify.success(`Pengembalian berkas ${p.berkasLabel} dicatat.`);
      onDone(p);
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="Catat Pengembalian"
      okText="Kembalikan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {pinjaman.berkasLabel} dipinjam {pinjaman.peminjamNama} sejak {tgl(pinjaman.tanggalPinjam)}, batas kembali{' '}
        {tgl(pinjaman.batasKembali)}.
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="kembaliArsip"
        layout="vertical"
        initialValues={{ tanggalKembali: dayjs(), kondisi: 'baik' }}
        onFinish={(v) => void kirim(v)}
      >
        <Form.Item label="Tanggal kembali" name="tanggalKembali" rules={[{ required: true, message: 'Isi tanggal kembali.' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item label="Kondisi saat kembali" name="kondisi">
          <Radio.Group
            options={[
              { value: 'baik', label: 'Baik' },
              { value: 'rusak', label: 'Rusak' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Catatan" name="catatan">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
