// Owns the office identity fields, shared by the setup wizard and Pengaturan › Identitas Kantor.
import { useMemo } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import { JENIS_SATKER, NAMA_JENIS_SATKER } from '../../../shared/domain/kantor.ts';
import type { JenisSatker } from '../../../shared/domain/kantor.ts';
import { LogoField } from '../../ui/LogoField.tsx';
import type { Referensi, UptRef } from './use-referensi.ts';
import { aturanKodeSatker, aturanKodeUakpb, aturanSurel, wajib } from './kantor-rules.ts';

type Props = { form: FormInstance; prefix: string[]; referensi: Referensi };

const jenisOptions = JENIS_SATKER.map((j) => ({ value: j, label: NAMA_JENIS_SATKER[j] }));

export function KantorFields({ form, prefix, referensi }: Props) {
  const n = (field: string) => [...prefix, field];
  const uptId = `${prefix.join('_') || 'kantor'}_daftarUpt`;
  const jenis = Form.useWatch(n('jenis'), form) as JenisSatker | undefined;
  const kanwilNo = Form.useWatch(n('kanwilNo'), form) as number | undefined;

  const kanwilOptions = useMemo(() => referensi.kanwil.map((k) => ({ value: k.no, label: `${k.provinsi} — ${k.nama}` })), [referensi]);
  const uptList = useMemo(() => referensi.upt.filter((u) => u.kanwilNo === kanwilNo), [referensi, kanwilNo]);

  /** A Kanwil names itself: prefill name and seat when the office is the Kanwil. */
  const prefillKanwil = (no: number | undefined, j: JenisSatker | undefined) => {
    const k = referensi.kanwil.find((x) => x.no === no);
    if (!k || j !== 'kanwil') return;
    form.setFieldValue(n('nama'), k.nama);
    if (!form.getFieldValue(n('kota'))) form.setFieldValue(n('kota'), k.kedudukan);
  };

  const pickUpt = (index: number | undefined) => {
    const u: UptRef | undefined = index === undefined ? undefined : uptList[index];
    if (!u) return;
    form.setFieldValue(n('jenis'), u.jenis);
    form.setFieldValue(n('nama'), u.nama);
    if (u.alamat) form.setFieldValue(n('alamat'), u.alamat);
  };

  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item label="Jenis kantor" name={n('jenis')} rules={[{ required: true, message: 'Pilih jenis kantor.' }]}>
          <Select
            options={jenisOptions}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(j: JenisSatker) => prefillKanwil(kanwilNo, j)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="Kanwil"
          name={n('kanwilNo')}
          rules={[{ required: true, message: 'Pilih Kanwil.' }]}
          extra={jenis && jenis !== 'kanwil' ? 'Kanwil yang membawahi UPT ini.' : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Ketik nama provinsi…"
            options={kanwilOptions}
            onChange={(no: number) => prefillKanwil(no, jenis)}
          />
        </Form.Item>
      </Col>
      {jenis && jenis !== 'kanwil' ? (
        <Col xs={24}>
          <Form.Item
            label="Daftar UPT (opsional)"
            htmlFor={uptId}
            extra={
              kanwilNo === undefined
                ? 'Pilih Kanwil terlebih dahulu.'
                : uptList.length === 0
                  ? 'Belum ada daftar UPT untuk Kanwil ini; ketik nama kantor di bawah.'
                  : 'Memilih UPT mengisi nama, jenis dan alamat kantor; semuanya tetap dapat diubah.'
            }
          >
            <Select
              id={uptId}
              allowClear
              disabled={uptList.length === 0}
              placeholder="Pilih UPT…"
              showSearch={{ optionFilterProp: 'label' }}
              options={uptList.map((u, i) => ({ value: i, label: u.nama }))}
              onChange={(i: number | undefined) => pickUpt(i)}
            />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24}>
        <Form.Item label="Nama kantor" name={n('nama')} rules={[wajib('Nama kantor')]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label="Kode satker" name={n('kodeSatker')} rules={aturanKodeSatker} extra="6 digit angka.">
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
      </Col>
      <Col xs={24} md={9}>
        <Form.Item label="Kode UAKPB" name={n('kodeUakpb')} rules={aturanKodeUakpb} extra="20 karakter, mis. 015110199411868000KD">
          <Input maxLength={30} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={9}>
        <Form.Item label="Kode surat" name={n('kodeSurat')} rules={[wajib('Kode surat')]} extra="Kode unit pada nomor surat, mis. W.32">
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label="Alamat" name={n('alamat')} rules={[wajib('Alamat')]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Kota" name={n('kota')} rules={[wajib('Kota')]} extra="Tempat pada tanggal naskah dinas.">
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Telepon" name={n('telepon')}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Surel" name={n('email')} rules={aturanSurel}>
          <Input maxLength={120} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="Laman" name={n('laman')}>
          <Input maxLength={120} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="Logo kantor" name={n('logo')}>
          <LogoField />
        </Form.Item>
      </Col>
    </Row>
  );
}

export const KANTOR_FIELDS = [
  'jenis',
  'kanwilNo',
  'nama',
  'kodeSatker',
  'kodeUakpb',
  'kodeSurat',
  'alamat',
  'kota',
  'telepon',
  'email',
  'laman',
  'logo',
] as const;
