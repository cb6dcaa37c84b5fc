// Owns "Buat Berkas" (arsip.create) and "Ubah Berkas" (arsip.update): one form, the berkas's number
// given by SATU per unit pengolah and year.
import { useState } from 'react';
import { Form, Modal } from 'antd';
import type { ChannelInput } from '../../../../shared/ipc/contract.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import type { BerkasDetail } from '../queries.ts';
import { nomorBerkas } from '../tanda.tsx';
import { BerkasFields } from './BerkasFields.tsx';

type Input = ChannelInput<'arsip.create'>;
type Values = Omit<Input, 'vital'> & { vital?: { jenis?: string | null; perlindungan?: string | null; lokasiDuplikat?: string | null } };
type Props = { berkas: BerkasDetail | null; onClose: () => void; onDone: (b: BerkasDetail) => void };

const kosong = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

function keInput(v: Values): Input {
  return {
    unitPengolah: v.unitPengolah.trim(),
    tahun: v.tahun,
    klasifikasiKode: v.klasifikasiKode,
    uraian: v.uraian,
    kategori: v.kategori,
    keamanan: v.keamanan ?? null,
    media: v.media,
    lokRuang: kosong(v.lokRuang),
    lokLemari: kosong(v.lokLemari),
    lokLaci: kosong(v.lokLaci),
    lokFolder: kosong(v.lokFolder),
    vital:
      v.kategori === 'vital'
        ? { jenis: kosong(v.vital?.jenis), perlindungan: kosong(v.vital?.perlindungan), lokasiDuplikat: kosong(v.vital?.lokasiDuplikat) }
        : null,
    keterangan: kosong(v.keterangan),
  };
}

const awalDari = (b: BerkasDetail): Partial<Values> => ({
  unitPengolah: b.unitPengolah,
  tahun: b.tahun,
  klasifikasiKode: b.klasifikasiKode,
  uraian: b.uraian,
  kategori: b.kategori,
  keamanan: b.keamanan,
  media: b.media,
  lokRuang: b.lokRuang,
  lokLemari: b.lokLemari,
  lokLaci: b.lokLaci,
  lokFolder: b.lokFolder,
  vital: b.vital ?? undefined,
  keterangan: b.keterangan,
});

export function BerkasFormModal({ berkas, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      const d = berkas ? await call('arsip.update', { id: berkas.id, ...keInput(v) }) : await call('arsip.create', keInput(v));
      notify.success(berkas ? `Berkas ${nomorBerkas(d)} disimpan.` : `Berkas ${nomorBerkas(d)} dibuat.`);
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
      title={berkas ? `Ubah Berkas ${nomorBerkas(berkas)}` : 'Buat Berkas'}
      okText={berkas ? 'Simpan' : 'Buat Berkas'}
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={820}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="berkasArsip"
        layout="vertical"
        initialValues={berkas ? awalDari(berkas) : { tahun: new Date().getFullYear(), kategori: 'umum', media: 'tekstual' }}
        onFinish={(v) => void simpan(v)}
        scrollToFirstError
      >
        <BerkasFields identitasTetap={berkas !== null && berkas.status !== 'aktif'} />
      </Form>
    </Modal>
  );
}
