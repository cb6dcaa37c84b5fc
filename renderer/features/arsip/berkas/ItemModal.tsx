// Owns "Tambah Item" (arsip.addItem): one archive item in an open berkas (reference A.4.3, A.17) with
// its digital copies (PDF, JPG, PNG read as base64); the number is the next in the berkas.
import { useState } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import {
  KONDISI_ARSIP,
  MEDIA_ARSIP,
  NAMA_KONDISI_ARSIP,
  NAMA_MEDIA_ARSIP,
  NAMA_TINGKAT_PERKEMBANGAN,
  TINGKAT_PERKEMBANGAN,
} from '../../../../shared/domain/arsip/nilai.ts';
import { KEAMANAN, NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import type { ChannelInput } from '../../../../shared/ipc/contract.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { BerkasListField, kirimBerkas } from '../../naskah/BerkasListField.tsx';
import type { BerkasBaru } from '../../naskah/BerkasListField.tsx';
import type { BerkasDetail } from '../queries.ts';
import { nomorBerkas } from '../tanda.tsx';

type Input = ChannelInput<'arsip.addItem'>;
type Values = Omit<Input, 'berkasId' | 'tanggal' | 'salinan'> & { tanggal: Dayjs; salinan?: BerkasBaru[] };
type Props = { berkas: BerkasDetail; onClose: () => void; onDone: (b: BerkasDetail) => void };

const opsi = <K extends string>(keys: readonly K[], nama: Record<K, string>) => keys.map((k) => ({ value: k, label: nama[k] }));
const third = { xs: 24, md: 8 };

export function ItemModal({ berkas, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const kirim = async ({ tanggal, salinan, ...v }: Values) => {
    setBusy(true);
    try {
      const d = await call('arsip.addItem', {
        ...v,
        berkasId: berkas.id,
        tanggal: tanggal.format('YYYY-MM-DD'),
        nomorNaskah: v.nomorNaskah?.trim() || null,
        keterangan: v.keterangan?.trim() || null,
        keamanan: v.keamanan ?? null,
        salinan: kirimBerkas(salinan),
      });
      notify.success(`Item ${d.items.at(-1)?.nomorItem ?? ''} ditambahkan ke berkas ${nomorBerkas(d)}.`);
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
      title={`Tambah Item ke Berkas ${nomorBerkas(berkas)}`}
      okText="Tambah Item"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="itemArsip"
        layout="vertical"
        initialValues={{
          tanggal: dayjs(),
          jumlah: 1,
          satuan: 'lembar',
          tingkatPerkembangan: 'asli',
          media: berkas.media,
          kondisi: 'baik',
          salinan: [],
        }}
        onFinish={(v) => void kirim(v)}
        scrollToFirstError
      >
        <Form.Item
          label="Uraian item"
          name="uraian"
          rules={[
            { required: true, whitespace: true, message: 'Isi uraian item.' },
            { min: 3, message: 'Minimal 3 karakter.' },
          ]}
          extra="Isi ringkas arsip, mis. “Laporan kegiatan pembinaan bulan Januari 2026”."
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item label="Tanggal" name="tanggal" rules={[{ required: true, message: 'Isi tanggal arsip.' }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label="Nomor naskah" name="nomorNaskah" extra="Bila item berupa naskah dinas; boleh dikosongkan.">
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="Jumlah" name="jumlah" rules={[{ required: true, message: 'Isi jumlah.' }]}>
              <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="Satuan" name="satuan" rules={[{ required: true, whitespace: true, message: 'Isi satuan.' }]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label="Tingkat perkembangan" name="tingkatPerkembangan">
              <Select options={opsi(TINGKAT_PERKEMBANGAN, NAMA_TINGKAT_PERKEMBANGAN)} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label="Media" name="media">
              <Select options={opsi(MEDIA_ARSIP, NAMA_MEDIA_ARSIP)} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label="Kondisi" name="kondisi">
              <Select options={opsi(KONDISI_ARSIP, NAMA_KONDISI_ARSIP)} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label="Klasifikasi keamanan" name="keamanan" extra={`Kosong: ikut berkas (${NAMA_KEAMANAN[berkas.keamanan]}).`}>
              <Select allowClear placeholder="Ikuti berkas" options={KEAMANAN.map((k) => ({ value: k, label: NAMA_KEAMANAN[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label="Keterangan" name="keterangan">
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Salinan digital" name="salinan">
          <BerkasListField tombol="Pilih Berkas Salinan" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
