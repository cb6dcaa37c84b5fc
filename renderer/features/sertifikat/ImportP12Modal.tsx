// Owns "Impor Sertifikat .p12/.pfx": a BSrE (or other) container for a user (administrators: anyone;
// others: themselves), opened once with its passphrase, which SATU does not keep.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import type { NamePath } from '../../lib/form-errors.ts';
import type { Berkas } from '../../lib/read-file.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { BerkasField } from '../../ui/BerkasField.tsx';
import { useUsers } from '../beranda/queries.ts';
import { refreshSertifikat } from './queries.ts';

/** null: the administrator picks the holder; a number: the signed-in user imports their own. */
type Props = { untuk: number | null; onClose: () => void };
type Values = { userId: number; berkas: Berkas | null; passphrase: string };

const rename = (n: NamePath): NamePath => (n[0] === 'p12Base64' ? ['berkas'] : n);

export function ImportP12Modal({ untuk, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const users = useUsers(untuk === null);
  const qc = useQueryClient();
  const notify = useNotify();

  const save = async (v: Values) => {
    if (!v.berkas) return;
    setBusy(true);
    try {
      const s = await call('sertifikat.import', { userId: untuk ?? v.userId, p12Base64: v.berkas.isi, passphrase: v.passphrase });
      notify.success(`Sertifikat ${s.subjek} diimpor untuk ${s.pemegang}.`);
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
      title={untuk === null ? 'Impor Sertifikat .p12/.pfx' : 'Impor Sertifikat Saya'}
      okText="Impor"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Kata sandi hanya dipakai untuk membuka berkas dan tidak disimpan SATU."
        description="Berkas .p12/.pfx dari BSrE atau penerbit lain disimpan utuh (terenkripsi dengan kata sandinya). Kata sandi yang sama diminta setiap kali menandatangani."
      />
      <Form form={form} name="imporSertifikat" layout="vertical" onFinish={(v) => void save(v)}>
        {untuk === null ? (
          <Form.Item label="Pemegang sertifikat" name="userId" rules={[{ required: true, message: 'Pilih pengguna.' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={users.isPending}
              placeholder="Pilih pengguna"
              options={(users.data ?? []).filter((u) => u.aktif).map((u) => ({ value: u.id, label: `${u.nama} (${u.username})` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label="Berkas sertifikat" name="berkas" rules={[{ required: true, message: 'Pilih berkas .p12 atau .pfx.' }]}>
          <BerkasField accept=".p12,.pfx" mode="base64" maxBytes={1_000_000} tombol="Pilih berkas .p12/.pfx" />
        </Form.Item>
        <Form.Item
          label="Kata sandi sertifikat"
          name="passphrase"
          rules={[{ required: true, message: 'Kata sandi sertifikat wajib diisi.' }]}
        >
          <Input.Password maxLength={256} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
