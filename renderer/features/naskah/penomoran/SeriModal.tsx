// Owns "Tambah/Ubah Seri" (penomoran.seriSave, administrators): name, kind, pattern with its tokens
// explained and a live example, unit code, zero-padding, counter scope and active flag.
import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd';
import { JENIS_NASKAH, NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import { NAMA_TOKEN, POLA_BAWAAN, TOKEN_NOMOR } from '../../../../shared/domain/naskah/penomoran.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { Seri } from '../queries.ts';
import { contohNomor } from './seri-teks.ts';

type Values = Omit<Seri, 'id'>;
type Props = { seri: Seri | null; onClose: () => void; onDone: () => void };

const BARU: Values = {
  nama: '',
  jenisNaskah: '*',
  pola: POLA_BAWAAN.korespondensi,
  kodeUnit: null,
  lebarUrut: 0,
  lingkup: { tahun: true, bulan: false, klasifikasi: false },
  aktif: true,
};
const BAWAAN = [
  { label: 'Korespondensi Kemenkumham', pola: POLA_BAWAAN.korespondensi },
  { label: 'Keputusan', pola: POLA_BAWAAN.keputusan },
  { label: 'PerANRI 5/2021', pola: POLA_BAWAAN.anri },
];

export function SeriModal({ seri, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const pola = Form.useWatch('pola', form) ?? '';
  const kodeUnit = Form.useWatch('kodeUnit', form);
  const lebar = Form.useWatch('lebarUrut', form) ?? 0;
  const contoh = contohNomor(pola, kodeUnit, lebar);

  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      await call('penomoran.seriSave', { ...v, id: seri?.id ?? null, jenisNaskah: v.jenisNaskah as (typeof JENIS_NASKAH)[number] | '*' });
      notify.success(seri ? 'Seri penomoran diubah.' : 'Seri penomoran ditambahkan.');
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
      title={seri ? 'Ubah Seri Penomoran' : 'Tambah Seri Penomoran'}
      okText="Simpan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form<Values> form={form} name="seri" layout="vertical" initialValues={seri ?? BARU} onFinish={(v) => void simpan(v)}>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              label="Nama seri"
              name="nama"
              rules={[{ required: true, whitespace: true, min: 3, message: 'Isi nama seri (minimal 3 karakter).' }]}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="Jenis naskah" name="jenisNaskah">
              <Select
                options={[
                  { value: '*', label: 'Semua jenis (*)' },
                  ...JENIS_NASKAH.map((j) => ({ value: j, label: NAMA_JENIS_NASKAH[j] })),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Pola nomor" name="pola" rules={[{ required: true, whitespace: true, message: 'Isi pola nomor.' }]}>
          <Input maxLength={120} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Flex gap={6} wrap style={{ marginTop: -12, marginBottom: 12 }}>
          <Typography.Text type="secondary">Pola bawaan:</Typography.Text>
          {BAWAAN.map((b) => (
            <Button key={b.label} size="small" onClick={() => form.setFieldValue('pola', b.pola)}>
              {b.label}
            </Button>
          ))}
        </Flex>
        <Alert
          type={contoh.ok ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            contoh.ok ? (
              <>
                Contoh:{' '}
                <Typography.Text strong code>
                  {contoh.nomor}
                </Typography.Text>
              </>
            ) : (
              contoh.pesan
            )
          }
          description={
            contoh.ok ? 'Contoh memakai nomor urut 34, klasifikasi UM.01.01, kode jabatan W13.PAS.PAS.49 dan tanggal hari ini.' : undefined
          }
        />
        <Typography.Paragraph style={{ marginBottom: 4 }}>Token yang dapat dipakai:</Typography.Paragraph>
        <ul style={{ columns: 2, margin: '0 0 16px', paddingInlineStart: 18 }}>
          {TOKEN_NOMOR.map((t) => (
            <li key={t}>
              <Typography.Text code>{`{${t}}`}</Typography.Text> {NAMA_TOKEN[t]}
            </li>
          ))}
        </ul>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item label="Kode unit" name="kodeUnit" extra="Nilai {unit}, mis. W.32.">
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="Lebar nomor urut" name="lebarUrut" extra="0: tanpa nol di depan.">
              <InputNumber min={0} max={8} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Aktif" name="aktif" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Nomor urut diulang dari 1" extra="Bawaan Kemenkumham: satu pencacah per kantor, jenis dan tahun.">
          <Flex gap={16}>
            <Form.Item name={['lingkup', 'tahun']} valuePropName="checked" noStyle>
              <Checkbox>tiap tahun</Checkbox>
            </Form.Item>
            <Form.Item name={['lingkup', 'bulan']} valuePropName="checked" noStyle>
              <Checkbox>tiap bulan</Checkbox>
            </Form.Item>
            <Form.Item name={['lingkup', 'klasifikasi']} valuePropName="checked" noStyle>
              <Checkbox>per kode klasifikasi</Checkbox>
            </Form.Item>
          </Flex>
        </Form.Item>
      </Form>
    </Modal>
  );
}
