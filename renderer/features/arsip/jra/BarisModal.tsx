// Owns adding and editing one JRA row (jra.save, one row per code in a version): retention while
// active and inactive in years, the event that starts it when there is one, final disposition, class.
import { useState } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { NASIB_AKHIR, NAMA_NASIB_AKHIR } from '../../../../shared/domain/arsip/nilai.ts';
import { KEAMANAN, NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import type { ChannelInput } from '../../../../shared/ipc/contract.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { KlasifikasiSelect } from '../../naskah/KlasifikasiSelect.tsx';
import type { JraBaris } from '../queries.ts';

type Values = Omit<ChannelInput<'jra.save'>, 'versiId'>;
type Props = { versiId: number; baris: JraBaris | null; onClose: () => void; onDone: () => void };

const tahun = (label: string) => ({
  label,
  rules: [{ required: true, message: 'Isi jumlah tahun (0–100).' }],
});

export function BarisModal({ versiId, baris, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const r = await call('jra.save', {
        ...v,
        versiId,
        pemicu: v.pemicu?.trim() || null,
        keterangan: v.keterangan?.trim() || null,
      });
      notify.success(`Baris JRA ${r.klasifikasiKode} disimpan.`);
      onDone();
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={baris ? `Ubah Baris JRA ${baris.klasifikasiKode}` : 'Tambah Baris JRA'}
      okText="Simpan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="barisJra"
        layout="vertical"
        initialValues={baris ?? { keamanan: 'B' }}
        onFinish={(v) => void kirim(v)}
      >
        <Form.Item
          label="Kode klasifikasi"
          name="klasifikasiKode"
          rules={[{ required: true, message: 'Pilih kode klasifikasi.' }]}
          extra="Baris pada pokok atau sub masalah berlaku juga untuk kode di bawahnya yang tidak memiliki baris sendiri."
        >
          <KlasifikasiSelect disabled={baris !== null} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item {...tahun('Retensi aktif (tahun)')} name="retensiAktif">
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item {...tahun('Retensi inaktif (tahun)')} name="retensiInaktif">
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Nasib akhir" name="nasibAkhir" rules={[{ required: true, message: 'Pilih nasib akhir.' }]}>
              <Select options={NASIB_AKHIR.map((n) => ({ value: n, label: NAMA_NASIB_AKHIR[n] }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Keamanan" name="keamanan">
              <Select options={KEAMANAN.map((k) => ({ value: k, label: NAMA_KEAMANAN[k] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Peristiwa pemicu"
          name="pemicu"
          extra="Kosongkan bila retensi dihitung sejak berkas ditutup. Isi bila JRA menyebut peristiwa, mis. “setelah pegawai pensiun”."
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="Keterangan" name="keterangan">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
