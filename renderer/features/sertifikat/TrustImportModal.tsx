// Owns "Impor Otoritas Tepercaya" (sertifikat.trustImport): a name and the CA certificate as PEM text.
import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import type { NamePath } from '../../lib/form-errors.ts';
import type { Berkas } from '../../lib/read-file.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { BerkasField } from '../../ui/BerkasField.tsx';
import { refreshSertifikat } from './queries.ts';

type Props = { onClose: () => void };
type Values = { nama: string; berkas: Berkas | null };

const rename = (n: NamePath): NamePath => (n[0] === 'pem' ? ['berkas'] : n);

/** The contract takes PEM text of at most 20 000 characters; binary DER files are refused here, plainly. */
const periksaPem = (b: Berkas) =>
  b.isi.includes('-----BEGIN CERTIFICATE-----')
    ? null
    : 'Berkas harus berupa sertifikat PEM (teks yang diawali -----BEGIN CERTIFICATE-----). Sertifikat biner (DER) perlu diubah ke PEM terlebih dahulu.';

export function TrustImportModal({ onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const notify = useNotify();

  const save = async (v: Values) => {
    if (!v.berkas) return;
    setBusy(true);
    try {
      const o = await call('sertifikat.trustImport', { nama: v.nama.trim(), pem: v.berkas.isi });
      notify.success(`Otoritas "${o.nama}" ditambahkan ke daftar tepercaya.`);
      void refreshSertifikat(qc);
      onClose();
    } catch (e) {
      showSubmitError(form, e, notify.error, rename);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="Impor Otoritas Tepercaya"
      okText="Impor"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="imporOtoritas" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item
          label="Nama otoritas"
          name="nama"
          rules={[
            { required: true, whitespace: true, message: 'Nama otoritas wajib diisi.' },
            { min: 3, max: 120, message: 'Nama otoritas 3–120 karakter.' },
          ]}
          extra="Misalnya: Otoritas Sertifikat Kanwil Ditjenpas Bali."
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label="Berkas sertifikat otoritas"
          name="berkas"
          rules={[{ required: true, message: 'Pilih berkas .pem atau .crt.' }]}
          extra="Sertifikat otoritas (CA) berformat PEM, maksimal 20 KB."
        >
          <BerkasField accept=".pem,.crt,.cer" mode="text" maxBytes={20_000} tombol="Pilih berkas .pem/.crt" periksa={periksaPem} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
