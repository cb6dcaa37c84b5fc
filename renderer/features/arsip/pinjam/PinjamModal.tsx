// Owns "Catat Peminjaman" (peminjaman.create): who borrows a berkas (or one of its items), for what,
// approved by whom, until when. A borrower picked from SATU's users has their clearance checked; an
// archive above Biasa is lent only to such a user.
import { useState } from 'react';
import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { PegawaiSelect } from '../../naskah/PegawaiSelect.tsx';
import { useDirektori } from '../../naskah/queries.ts';
import { BerkasPicker } from '../BerkasPicker.tsx';
import type { BerkasDetail, Pinjaman } from '../queries.ts';
import { nomorBerkas } from '../tanda.tsx';

type Values = {
  berkasId: number;
  itemId?: number | null;
  peminjamUserId?: number | null;
  peminjamNama: string;
  peminjamUnit?: string;
  keperluan: string;
  disetujuiOleh: string;
  tanggalPinjam: Dayjs;
  batasKembali: Dayjs;
};
type Props = { berkas: BerkasDetail | null; onClose: () => void; onDone: (p: Pinjaman) => void };

const half = { xs: 24, md: 12 };
const wajib = (m: string) => [{ required: true, whitespace: true, message: m }];

export function PinjamModal({ berkas, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const dir = useDirektori();
  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const p = await call('peminjaman.create', {
        berkasId: berkas?.id ?? v.berkasId,
        itemId: v.itemId ?? null,
        peminjamUserId: v.peminjamUserId ?? null,
        peminjamNama: v.peminjamNama,
        peminjamUnit: v.peminjamUnit?.trim() || null,
        keperluan: v.keperluan,
        disetujuiOleh: v.disetujuiOleh,
        tanggalPinjam: v.tanggalPinjam.format('YYYY-MM-DD'),
        batasKembali: v.batasKembali.format('YYYY-MM-DD'),
      });
      notify.success(`Peminjaman berkas ${p.berkasLabel} oleh ${p.peminjamNama} dicatat.`);
      onDone(p);
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  const pilihPeminjam = (id: number | null) => {
    const p = dir.data?.find((x) => x.id === id);
    if (p) form.setFieldsValue({ peminjamNama: p.nama, peminjamUnit: p.unit ?? undefined });
  };
  const items = (berkas?.items ?? []).filter((i) => i.bolehDibuka && !i.dimusnahkanPada);
  return (
    <Modal
      open
      title={berkas ? `Catat Peminjaman Berkas ${nomorBerkas(berkas)}` : 'Catat Peminjaman'}
      okText="Catat Peminjaman"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="peminjamanArsip"
        layout="vertical"
        initialValues={{ berkasId: berkas?.id, tanggalPinjam: dayjs(), batasKembali: dayjs().add(7, 'day') }}
        onFinish={(v) => void kirim(v)}
        onValuesChange={(c: Partial<Values>) => {
          if ('peminjamUserId' in c) pilihPeminjam(c.peminjamUserId ?? null);
        }}
      >
        <Row gutter={16}>
          {berkas ? null : (
            <Col span={24}>
              <Form.Item label="Berkas" name="berkasId" rules={[{ required: true, message: 'Pilih berkas yang dipinjam.' }]}>
                <BerkasPicker status={['aktif', 'ditutup', 'inaktif']} />
              </Form.Item>
            </Col>
          )}
          {items.length > 0 ? (
            <Col span={24}>
              <Form.Item label="Item yang dipinjam" name="itemId" extra="Kosongkan bila seluruh berkas dipinjam.">
                <Select
                  allowClear
                  placeholder="Seluruh berkas"
                  options={items.map((i) => ({ value: i.id, label: `${i.nomorItem}. ${i.uraian}` }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col {...half}>
            <Form.Item
              label="Peminjam (pengguna SATU)"
              name="peminjamUserId"
              extra="Wajib untuk arsip Terbatas ke atas: izinnya diperiksa."
            >
              <PegawaiSelect placeholder="Pilih pegawai" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="Nama peminjam" name="peminjamNama" rules={wajib('Isi nama peminjam.')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="Unit peminjam" name="peminjamUnit">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="Disetujui oleh" name="disetujuiOleh" rules={wajib('Isi pejabat yang menyetujui.')}>
              <Input maxLength={200} placeholder="mis. Kepala Bagian Tata Usaha dan Umum" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label="Keperluan"
              name="keperluan"
              rules={[...wajib('Isi keperluan peminjaman.'), { min: 3, message: 'Minimal 3 karakter.' }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="Tanggal pinjam" name="tanggalPinjam" rules={[{ required: true, message: 'Isi tanggal pinjam.' }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label="Batas kembali" name="batasKembali" rules={[{ required: true, message: 'Isi batas kembali.' }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
