// Owns "Terbitkan Sertifikat Penanda Tangan" (sertifikat.caIssue): the office CA signs a two-year
// certificate for a user (Pimpinan first), protected by a new passphrase the holder receives.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../shared/domain/akun.ts';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { aturanUlangi } from '../akun/akun-rules.ts';
import { useUsers } from '../beranda/queries.ts';
import { refreshSertifikat } from './queries.ts';

type Props = { onClose: () => void };
type Values = { userId: number; caPassphrase: string; p12Passphrase: string; ulangi: string };

export const SANDI_SERTIFIKAT_MIN = 8;

const opsi = (u: User) => ({ value: u.id, label: u.jabatan ? `${u.nama} — ${u.jabatan}` : u.nama });

/** Active users, Pimpinan in their own group first. */
function pilihanPengguna(users: User[]) {
  const aktif = users.filter((u) => u.aktif);
  const pimpinan = aktif.filter((u) => u.roles.includes('pimpinan'));
  const lain = aktif.filter((u) => !u.roles.includes('pimpinan'));
  return [
    ...(pimpinan.length > 0 ? [{ label: 'Pimpinan', title: 'Pimpinan', options: pimpinan.map(opsi) }] : []),
    ...(lain.length > 0 ? [{ label: 'Pengguna lain', title: 'Pengguna lain', options: lain.map(opsi) }] : []),
  ];
}

export function CaIssueModal({ onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const users = useUsers();
  const qc = useQueryClient();
  const notify = useNotify();

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const s = await call('sertifikat.caIssue', { userId: v.userId, caPassphrase: v.caPassphrase, p12Passphrase: v.p12Passphrase });
      notify.success(`Sertifikat penanda tangan untuk ${s.pemegang} diterbitkan.`);
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
      title="Terbitkan Sertifikat Penanda Tangan"
      okText="Terbitkan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Sertifikat berlaku 2 tahun dan memuat nama, NIP dan jabatan pengguna. Hanya pemegangnya yang dapat menandatangani dengannya."
      />
      <Form form={form} name="terbitkanSertifikat" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item label="Pengguna" name="userId" rules={[{ required: true, message: 'Pilih pengguna.' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            placeholder="Pilih pengguna"
            options={pilihanPengguna(users.data ?? [])}
          />
        </Form.Item>
        <Form.Item
          label="Kata sandi otoritas"
          name="caPassphrase"
          rules={[{ required: true, message: 'Kata sandi otoritas wajib diisi.' }]}
          extra="Kata sandi yang dibuat bersama Otoritas Sertifikat Kantor."
        >
          <Input.Password maxLength={256} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Kata sandi sertifikat baru"
          name="p12Passphrase"
          rules={[
            { required: true, message: 'Kata sandi sertifikat wajib diisi.' },
            { min: SANDI_SERTIFIKAT_MIN, message: `Kata sandi sertifikat minimal ${SANDI_SERTIFIKAT_MIN} karakter.` },
          ]}
          extra={`Minimal ${SANDI_SERTIFIKAT_MIN} karakter. Berikan kata sandi ini kepada pemegang sertifikat; ia memasukkannya setiap kali menandatangani. SATU tidak menyimpannya.`}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Ulangi kata sandi sertifikat baru"
          name="ulangi"
          dependencies={['p12Passphrase']}
          rules={aturanUlangi(['p12Passphrase'])}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
