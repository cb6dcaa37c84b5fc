// Owns Pengaturan › Pengguna dan Peran: the account table and its actions (create, edit, reset, unlock).
import { useState } from 'react';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NAMA_PERAN } from '../../../shared/domain/roles.ts';
import { isLocked } from '../../../shared/domain/akun.ts';
import type { User } from '../../../shared/domain/akun.ts';
import { formatNip, formatTanggalJam } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { TEKS } from '../../i18n/id.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useUsers } from '../beranda/queries.ts';
import { KeamananTag } from '../naskah/tanda.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';

type Dialog = { kind: 'buat' } | { kind: 'ubah'; user: User } | { kind: 'sandi'; user: User } | null;

function StatusTags({ u }: { u: User }) {
  const locked = isLocked(u.lockedUntil, new Date());
  return (
    <Flex gap={4} wrap>
      {u.aktif ? <Tag color="green">Aktif</Tag> : <Tag>Nonaktif</Tag>}
      {locked ? <Tag color="red">Terkunci</Tag> : null}
      {u.mustChangePassword ? <Tag color="orange">Wajib ganti sandi</Tag> : null}
    </Flex>
  );
}

export function PenggunaTab() {
  const users = useUsers();
  const qc = useQueryClient();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const unlock = useMutation({
    mutationFn: (id: number) => call('users.unlock', { id }),
    onSuccess: (u) => {
      notify.success(`Akun ${u.username} dibuka kuncinya.`);
      void qc.invalidateQueries({ queryKey: ['users.list'] });
    },
    onError: (e) => notify.error(e),
  });

  const columns: TableColumnsType<User> = [
    {
      title: 'Nama',
      key: 'nama',
      render: (_, u) => (
        <>
          <Typography.Text strong>{u.nama}</Typography.Text>
          {u.jabatan ? <div style={{ color: '#667085', fontSize: 12 }}>{u.jabatan}</div> : null}
          {u.unit ? (
            <div style={{ color: '#667085', fontSize: 12 }}>
              {u.kepalaUnit ? 'Kepala ' : ''}
              {u.unit}
            </div>
          ) : null}
        </>
      ),
    },
    { title: 'Nama pengguna', dataIndex: 'username', key: 'username' },
    { title: 'NIP', key: 'nip', render: (_, u) => (u.nip ? formatNip(u.nip) : TEKS.kosong), width: 190 },
    {
      title: 'Peran',
      key: 'roles',
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.roles.map((r) => (
            <Tag key={r} color={r === 'administrator' ? 'blue' : 'default'}>
              {NAMA_PERAN[r]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Izin arsip',
      key: 'izin',
      width: 130,
      render: (_, u) =>
        u.izinKeamanan && u.izinKeamanan !== 'B' ? (
          <KeamananTag keamanan={u.izinKeamanan} />
        ) : (
          <Typography.Text type="secondary">Biasa</Typography.Text>
        ),
    },
    { title: 'Status', key: 'status', render: (_, u) => <StatusTags u={u} /> },
    {
      title: 'Terakhir masuk',
      key: 'login',
      render: (_, u) => (u.lastLoginAt ? formatTanggalJam(new Date(u.lastLoginAt)) : 'Belum pernah'),
    },
    {
      title: 'Aksi',
      key: 'aksi',
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => setDialog({ kind: 'ubah', user: u })}>
            Ubah
          </Button>
          <Button size="small" onClick={() => setDialog({ kind: 'sandi', user: u })}>
            Atur Ulang Kata Sandi
          </Button>
          {isLocked(u.lockedUntil, new Date()) ? (
            <Button size="small" danger loading={unlock.isPending && unlock.variables === u.id} onClick={() => unlock.mutate(u.id)}>
              Buka Kunci
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const done = () => {
    setDialog(null);
    void qc.invalidateQueries({ queryKey: ['users.list'] });
    void qc.invalidateQueries({ queryKey: ['users.directory'] });
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">Setiap pengguna dapat memegang lebih dari satu peran.</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'buat' })}>
          Tambah Pengguna
        </Button>
      </Flex>
      {users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<User> rowKey="id" columns={columns} dataSource={users.data} loading={users.isPending} pagination={false} size="middle" />
      )}
      {dialog?.kind === 'buat' ? <UserFormModal mode={{ kind: 'buat' }} onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'ubah' ? (
        <UserFormModal mode={{ kind: 'ubah', user: dialog.user }} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
      {dialog?.kind === 'sandi' ? <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} onSaved={done} /> : null}
    </>
  );
}
