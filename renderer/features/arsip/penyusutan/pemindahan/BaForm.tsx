// Owns the Berita Acara Pemindahan step (B.6 steps 4–5): BA nomor and tanggal, the officials of the
// unit pengolah and the unit kearsipan, the storage location, and the definitive box numbers (one
// folder per berkas; the first box defaults to the next free one and is never reused).
import { useState } from 'react';
import { Button, Col, Divider, Form, Input, InputNumber, Row, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { call } from '../../../../lib/api.ts';
import { showSubmitError } from '../../../../lib/form-errors.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import { NomorItem, PejabatFields, TanggalItem, dariIso, kePejabat, keIso, wajib } from '../fields.tsx';
import type { PejabatNilai } from '../fields.tsx';
import type { PemindahanDetail } from '../queries.ts';
import { pejabatDari } from './pejabat.ts';

type Values = {
  baNomor: string;
  baTanggal: Dayjs;
  pejabat: { unitPengolah: PejabatNilai; unitKearsipan: PejabatNilai; namaUnitKearsipan: string };
  lokasi: { gedung?: string; ruang?: string; rak?: string };
  boksMulai?: number | null;
  perBoks: number;
};
type Props = { p: PemindahanDetail; onDone: (p: PemindahanDetail, pesan: string) => void; onBatal?: () => void };

const teks = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function BaForm({ p, onDone, onBatal }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const perBoks = Form.useWatch('perBoks', form) ?? 5;
  const boks = Math.ceil(p.berkas.length / Math.max(1, perBoks));
  const pj = pejabatDari(p);

  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('pemindahan.setBa', {
        id: p.id,
        baNomor: v.baNomor.trim(),
        baTanggal: keIso(v.baTanggal),
        pejabat: {
          unitPengolah: kePejabat(v.pejabat.unitPengolah),
          unitKearsipan: kePejabat(v.pejabat.unitKearsipan),
          namaUnitKearsipan: v.pejabat.namaUnitKearsipan.trim(),
        },
        lokasi: { gedung: teks(v.lokasi.gedung), ruang: teks(v.lokasi.ruang), rak: teks(v.lokasi.rak) },
        boksMulai: v.boksMulai ?? null,
        perBoks: v.perBoks,
      });
      onDone(d, 'Berita Acara dicatat; nomor boks dan folder definitif diberikan.');
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="beritaAcaraPemindahan"
      layout="vertical"
      initialValues={{
        baNomor: p.baNomor ?? '',
        baTanggal: dariIso(p.baTanggal) ?? dayjs(),
        pejabat: pj ?? undefined,
        perBoks: 5,
        lokasi: {},
      }}
      onFinish={(v) => void kirim(v)}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <NomorItem name={['baNomor']} label="Nomor Berita Acara" />
        </Col>
        <Col xs={24} md={10}>
          <TanggalItem name={['baTanggal']} label="Tanggal Berita Acara" />
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        Yang menyerahkan: pimpinan unit pengolah ({p.unitPengolah})
      </Divider>
      <PejabatFields name={['pejabat', 'unitPengolah']} full={['pejabat', 'unitPengolah']} label="Pejabat unit pengolah" />
      <Divider titlePlacement="start" plain>
        Yang menerima: unit kearsipan
      </Divider>
      <Form.Item
        label="Nama unit kearsipan"
        name={['pejabat', 'namaUnitKearsipan']}
        rules={[...wajib('Nama unit kearsipan'), { min: 3, message: 'Minimal 3 karakter.' }]}
      >
        <Input maxLength={200} placeholder="mis. Subbagian Umum — Unit Kearsipan" />
      </Form.Item>
      <PejabatFields name={['pejabat', 'unitKearsipan']} full={['pejabat', 'unitKearsipan']} label="Pejabat unit kearsipan" />
      <Divider titlePlacement="start" plain>
        Lokasi simpan dan nomor definitif
      </Divider>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label="Gedung" name={['lokasi', 'gedung']}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Ruang" name={['lokasi', 'ruang']}>
            <Input maxLength={80} placeholder="mis. Record center" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Rak" name={['lokasi', 'rak']}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Nomor boks pertama" name="boksMulai" extra="Kosongkan: nomor boks berikutnya yang belum dipakai.">
            <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder="otomatis" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="Berkas per boks"
            name="perBoks"
            rules={[{ required: true, message: 'Jumlah berkas per boks wajib diisi.' }]}
            extra="Satu folder untuk setiap berkas."
          >
            <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {formatAngka(p.berkas.length)} berkas akan disimpan dalam {formatAngka(boks)} boks. Nomor boks definitif tidak pernah dipakai ulang.
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={busy} icon={<SaveOutlined />}>
        Simpan Berita Acara
      </Button>
      {onBatal ? (
        <Button style={{ marginLeft: 8 }} onClick={onBatal}>
          Batal mengubah
        </Button>
      ) : null}
    </Form>
  );
}
