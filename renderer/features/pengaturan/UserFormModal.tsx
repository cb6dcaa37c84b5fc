// Owns the account dialog: "Tambah Pengguna" (users.create) and "Ubah Pengguna" (users.update), with the
// unit, its headship and the archive clearance (izinKeamanan, SKKAAD).
import { useState } from 'react';
import { Alert, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import type { User } from '../../../shared/domain/akun.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { KEAMANAN, NAMA_KEAMANAN } from '../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../shared/domain/naskah/surat.ts';
import { call, isApiError } from '../../lib/api.ts';
import { applyIssues } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import {
  PETUNJUK_NAMA_PENGGUNA,
  PETUNJUK_SANDI,
  aturanKataSandi,
  aturanNama,
  aturanNamaPengguna,
  aturanNip,
  aturanUlangi,
} from '../akun/akun-rules.ts';
import { PeranField } from './PeranField.tsx';
import { UnitSelect } from '../naskah/UnitSelect.tsx';

export type UserFormMode = { kind: 'buat' } | { kind: 'ubah'; user: User };
type Props = { mode: UserFormMode; onClose: () => void; onSaved: () => void };
type Values = {
  nama: string;
  username: string;
  nip?: string;
  jabatan?: string;
  password: string;
  ulangi: string;
  roles: Role[];
  aktif: boolean;
  unitId?: number | null;
  kepalaUnit?: boolean;
  izinKeamanan?: Keamanan | null;
};

export function UserFormModal({ mode, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const editing = mode.kind === 'ubah' ? mode.user : null;

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const common = {
        nama: v.nama,
        nip: v.nip ?? null,
        jabatan: v.jabatan ?? null,
        roles: v.roles,
        unitId: v.unitId ?? null,
        kepalaUnit: v.kepalaUnit ?? false,
        izinKeamanan: v.izinKeamanan ?? null,
      };
      const u = editing
        ? await call('users.update', { id: editing.id, ...common, aktif: v.aktif })
        : await call('users.create', { ...common, username: v.username, password: v.password });
      notify.success(editing ? `Data ${u.nama} tersimpan.` : `Pengguna ${u.username} ditambahkan.`);
      onSaved();
    } catch (e) {
      const placed = isApiError(e) && e.issues.length > 0 && applyIssues(form, e.issues).applied.length > 0;
      if (!placed || (isApiError(e) && e.code !== 'VALIDATION')) notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  const initial: Partial<Values> = editing
    ? {
        nama: editing.nama,
        nip: editing.nip ?? '',
        jabatan: editing.jabatan ?? '',
        roles: editing.roles,
        aktif: editing.aktif,
        unitId: editing.unitId,
        kepalaUnit: editing.kepalaUnit,
        izinKeamanan: editing.izinKeamanan,
      }
    : { roles: [], aktif: true, unitId: null, kepalaUnit: false, izinKeamanan: null };

  return (
    <Modal
      open
      title={editing ? `Ubah Pengguna: ${editing.username}` : 'Tambah Pengguna'}
      okText="Simpan"
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        name={editing ? 'ubahPengguna' : 'tambahPengguna'}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void save(v)}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Nama lengkap" name="nama" rules={aturanNama}>
              <Input maxLength={120} />
            </Form.Item>
            {editing ? null : (
              <Form.Item label="Nama pengguna" name="username" rules={aturanNamaPengguna} extra={PETUNJUK_NAMA_PENGGUNA}>
                <Input maxLength={32} autoComplete="off" />
              </Form.Item>
            )}
            <Form.Item label="NIP" name="nip" rules={aturanNip} extra="18 digit; boleh dikosongkan.">
              <Input maxLength={21} inputMode="numeric" />
            </Form.Item>
            <Form.Item label="Jabatan" name="jabatan">
              <Input maxLength={160} />
            </Form.Item>
            {editing ? (
              <Form.Item label="Akun aktif" name="aktif" valuePropName="checked" extra="Akun nonaktif tidak dapat masuk; sesinya diakhiri.">
                <Switch />
              </Form.Item>
            ) : (
              <>
                <Form.Item
                  label="Kata sandi awal"
                  name="password"
                  rules={aturanKataSandi}
                  extra={`${PETUNJUK_SANDI} Pengguna wajib menggantinya saat pertama masuk.`}
                >
                  <Input.Password maxLength={128} autoComplete="new-password" />
                </Form.Item>
                <Form.Item label="Ulangi kata sandi awal" name="ulangi" dependencies={['password']} rules={aturanUlangi(['password'])}>
                  <Input.Password maxLength={128} autoComplete="new-password" />
                </Form.Item>
              </>
            )}
          </Col>
          <Col span={12}>
            <Form.Item label="Peran" name="roles" rules={[{ required: true, type: 'array', min: 1, message: 'Pilih minimal satu peran.' }]}>
              <PeranField />
            </Form.Item>
            <Form.Item label="Unit kerja" name="unitId" extra="Unit organisasi tempat pengguna bekerja; boleh dikosongkan.">
              <UnitSelect placeholder="Pilih unit kerja" />
            </Form.Item>
            <Form.Item
              label="Kepala unit"
              name="kepalaUnit"
              valuePropName="checked"
              extra="Kepala unit menerima disposisi yang ditujukan kepada unitnya. Satu unit satu kepala."
            >
              <Switch />
            </Form.Item>
            <Form.Item
              label="Izin keamanan arsip"
              name="izinKeamanan"
              extra="Klasifikasi arsip tertinggi yang boleh dibuka pengguna ini; tingkat di bawahnya ikut terbuka. Kosong: hanya arsip Biasa."
            >
              <Select allowClear placeholder="Biasa (bawaan)" options={KEAMANAN.map((k) => ({ value: k, label: NAMA_KEAMANAN[k] }))} />
            </Form.Item>
          </Col>
        </Row>
        {editing?.roles.includes('administrator') ? (
          <Alert type="info" showIcon title="Harus selalu ada minimal satu administrator aktif." />
        ) : null}
      </Form>
    </Modal>
  );
}
