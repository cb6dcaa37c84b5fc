// Owns "Ambil Nomor" (penomoran.take, optionally booked for later) and "Nomor Sisipan" (penomoran.insert:
// 34a after an existing number, with an audited reason). Only the values the series' pattern uses are asked.
import { useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { KEAMANAN, NAMA_KEAMANAN } from '../../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { KlasifikasiSelect } from '../KlasifikasiSelect.tsx';
import type { Seri } from '../queries.ts';

export type HasilNomor = { nomor: string; registerId: number };
type Props = { seri: Seri; sisipan: boolean; onClose: () => void; onDone: (r: HasilNomor) => void };
type Values = {
  tanggal: Dayjs;
  klasifikasiKode?: string | null;
  kodeJabatan?: string;
  keamanan?: Keamanan;
  naskah?: string;
  pesan?: boolean;
  setelahUrut?: number;
  alasan?: string;
};

export function NomorModal({ seri, sisipan, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const pakai = (t: string) => seri.pola.includes(`{${t}}`);
  const simpan = async (v: Values) => {
    setBusy(true);
    const dasar = {
      seriId: seri.id,
      tanggal: v.tanggal.format('YYYY-MM-DD'),
      klasifikasiKode: v.klasifikasiKode ?? null,
      kodeJabatan: v.kodeJabatan ?? null,
      keamanan: v.keamanan ?? 'B',
      naskah: v.naskah ?? null,
    };
    try {
      const r = sisipan
        ? await call('penomoran.insert', { ...dasar, setelahUrut: v.setelahUrut ?? 0, alasan: v.alasan ?? '' })
        : await call('penomoran.take', { ...dasar, pesan: v.pesan ?? false });
      onDone(r);
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  const wajib = (m: string) => [{ required: true, whitespace: true, message: m }];
  return (
    <Modal
      open
      title={sisipan ? 'Nomor Sisipan' : 'Ambil Nomor'}
      okText={sisipan ? 'Ambil Nomor Sisipan' : 'Ambil Nomor'}
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="ambilNomor"
        layout="vertical"
        initialValues={{ tanggal: dayjs(), keamanan: 'B', pesan: true }}
        onFinish={(v) => void simpan(v)}
      >
        {sisipan ? (
          <Form.Item
            label="Setelah nomor urut"
            name="setelahUrut"
            rules={[{ required: true, message: 'Isi nomor urut yang disisipi.' }]}
            extra="Nomor sisipan berbentuk 34a, 34b, … setelah nomor yang sudah ada."
          >
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        <Form.Item label="Tanggal" name="tanggal" rules={[{ required: true, message: 'Pilih tanggal.' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {pakai('klas') || seri.lingkup.klasifikasi ? (
          <Form.Item label="Kode klasifikasi" name="klasifikasiKode" rules={[{ required: true, message: 'Pilih kode klasifikasi.' }]}>
            <KlasifikasiSelect />
          </Form.Item>
        ) : null}
        {pakai('jab') ? (
          <Form.Item label="Kode jabatan" name="kodeJabatan" rules={wajib('Isi kode jabatan penanda tangan.')}>
            <Input maxLength={60} placeholder="mis. W13.PAS.PAS.49" />
          </Form.Item>
        ) : null}
        {pakai('aman') ? (
          <Form.Item label="Klasifikasi keamanan" name="keamanan">
            <Select options={KEAMANAN.map((k) => ({ value: k, label: `${NAMA_KEAMANAN[k]} (${k})` }))} />
          </Form.Item>
        ) : null}
        <Form.Item label="Keterangan naskah" name="naskah" extra="Untuk apa nomor ini, mis. hal surat yang akan ditulis tangan.">
          <Input maxLength={200} />
        </Form.Item>
        {sisipan ? (
          <Form.Item
            label="Alasan sisipan"
            name="alasan"
            rules={[...wajib('Jelaskan alasan nomor sisipan.'), { min: 10, message: 'Minimal 10 karakter.' }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : (
          <Form.Item
            label="Pesan dulu"
            name="pesan"
            valuePropName="checked"
            extra="Nomor dipesan (booking) dan tercatat “dipesan” sampai dipakai atau dibatalkan."
          >
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
