// Owns the ekspedisi of a signed naskah (A.7.2; issue #4 §6): when and how it was sent, to whom, who
// received it and when; "Catat Ekspedisi" for the operator and administrator.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { NAMA_CARA_KIRIM, TEKS } from '../../../i18n/id.ts';
import type { NaskahDetail } from '../queries.ts';
import { waktu } from '../waktu.ts';

type Cara = keyof typeof NAMA_CARA_KIRIM;
type Baris = NaskahDetail['ekspedisi'][number];
type Values = { cara: Cara; dikirimPada: Dayjs; tujuan: string; penerimaNama?: string; diterimaPada?: Dayjs | null; catatan?: string };

const columns: TableColumnsType<Baris> = [
  { title: 'Dikirim', key: 'kirim', width: 170, render: (_, e) => waktu(e.dikirimPada) },
  { title: 'Cara', key: 'cara', width: 130, render: (_, e) => NAMA_CARA_KIRIM[e.cara as Cara] ?? e.cara },
  { title: 'Tujuan', dataIndex: 'tujuan', key: 'tujuan' },
  { title: 'Penerima', key: 'penerima', width: 170, render: (_, e) => e.penerimaNama ?? TEKS.kosong },
  { title: 'Diterima', key: 'terima', width: 170, render: (_, e) => waktu(e.diterimaPada) },
  { title: 'Catatan', key: 'catatan', render: (_, e) => e.catatan ?? TEKS.kosong },
];

const jam = { showTime: { format: 'HH:mm' }, format: 'DD/MM/YYYY HH:mm', style: { width: '100%' } };

function EkspedisiModal({ n, onClose, onDone }: { n: NaskahDetail; onClose: () => void; onDone: (d: NaskahDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      const iso = (d: Dayjs) => d.second(0).millisecond(0).format();
      onDone(
        await call('naskahKeluar.dispatch', {
          ...v,
          id: n.id,
          dikirimPada: iso(v.dikirimPada),
          diterimaPada: v.diterimaPada ? iso(v.diterimaPada) : null,
        }),
      );
      notify.success('Ekspedisi dicatat.');
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  const awal = { cara: 'srikandi' as const, dikirimPada: dayjs(), tujuan: n.tujuan.map((t) => t.yth).join('; ') };
  return (
    <Modal
      open
      title="Catat Ekspedisi"
      okText="Simpan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} name="ekspedisi" layout="vertical" initialValues={awal} onFinish={(v) => void simpan(v)}>
        <Form.Item label="Cara kirim" name="cara" rules={[{ required: true, message: 'Pilih cara kirim.' }]}>
          <Select options={(Object.keys(NAMA_CARA_KIRIM) as Cara[]).map((c) => ({ value: c, label: NAMA_CARA_KIRIM[c] }))} />
        </Form.Item>
        <Form.Item label="Dikirim pada" name="dikirimPada" rules={[{ required: true, message: 'Isi waktu kirim.' }]}>
          <DatePicker {...jam} />
        </Form.Item>
        <Form.Item label="Tujuan" name="tujuan" rules={[{ required: true, whitespace: true, message: 'Isi tujuan pengiriman.' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="Nama penerima" name="penerimaNama" extra="Boleh diisi kemudian setelah tanda terima kembali.">
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label="Diterima pada" name="diterimaPada">
          <DatePicker {...jam} />
        </Form.Item>
        <Form.Item label="Catatan" name="catatan">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EkspedisiCard({ n, bolehCatat, onDone }: { n: NaskahDetail; bolehCatat: boolean; onDone: (d: NaskahDetail) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Card
      title="Ekspedisi"
      extra={
        bolehCatat ? (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            Catat Ekspedisi
          </Button>
        ) : null
      }
    >
      <Table<Baris>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={n.ekspedisi}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Belum ada pengiriman tercatat." /> }}
      />
      {open ? (
        <EkspedisiModal
          n={n}
          onClose={() => setOpen(false)}
          onDone={(d) => {
            setOpen(false);
            onDone(d);
          }}
        />
      ) : null}
    </Card>
  );
}
