// Owns creating the office CA (sertifikat.caCreate): its name and the passphrase that protects its key.
// A new CA replaces the old one for issuing; the old one stays trusted for verification.
import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { useSession } from '../../app/session.ts';
import { aturanUlangi } from '../akun/akun-rules.ts';
import { refreshSertifikat } from './queries.ts';

type Props = { mengganti: boolean; onClose: () => void };
type Values = { nama: string; passphrase: string; ulangi: string };

export const SANDI_OTORITAS_MIN = 10;

export function CaCreateModal({ mengganti, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { namaKantor } = useSession();
  const qc = useQueryClient();
  const notify = useNotify();

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const ca = await call('sertifikat.caCreate', { nama: v.nama.trim(), passphrase: v.passphrase });
      notify.success(`Otoritas sertifikat "${ca.nama}" dibuat.`);
      void refreshSertifikat(qc);
      onClose();
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={mengganti ? 'Buat Otoritas Baru' : 'Buat Otoritas Sertifikat'}
      okText="Buat otoritas"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      {mengganti ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Otoritas baru menggantikan yang lama untuk menerbitkan sertifikat. Otoritas lama tetap dipercaya, sehingga dokumen yang sudah ditandatangani tetap terverifikasi."
        />
      ) : null}
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Simpan kata sandi otoritas di tempat aman"
        description="Kata sandi ini diminta setiap kali menerbitkan sertifikat penanda tangan dan tidak dapat dipulihkan. Bila hilang, sertifikat baru tidak dapat diterbitkan dan otoritas harus dibuat ulang."
      />
      <Form
        form={form}
        name="buatOtoritas"
        layout="vertical"
        initialValues={{ nama: `Otoritas Sertifikat ${namaKantor ?? 'Kantor'}`.slice(0, 120) }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          label="Nama otoritas"
          name="nama"
          rules={[
            { required: true, whitespace: true, message: 'Nama otoritas wajib diisi.' },
            { min: 3, max: 120, message: 'Nama otoritas 3–120 karakter.' },
          ]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label="Kata sandi otoritas"
          name="passphrase"
          rules={[
            { required: true, message: 'Kata sandi otoritas wajib diisi.' },
            { min: SANDI_OTORITAS_MIN, message: `Kata sandi otoritas minimal ${SANDI_OTORITAS_MIN} karakter.` },
          ]}
          extra={`Minimal ${SANDI_OTORITAS_MIN} karakter.`}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="Ulangi kata sandi otoritas" name="ulangi" dependencies={['passphrase']} rules={aturanUlangi(['passphrase'])}>
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
