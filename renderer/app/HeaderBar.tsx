// Owns the header: office name, the global search box, the user's name and roles, and the user menu.
import { useState } from 'react';
import { Button, Dropdown, Flex, Input, Layout, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { NAMA_PERAN } from '../../shared/domain/roles.ts';
import { TEKS } from '../i18n/id.ts';
import { useSession } from './session.ts';
import { ChangePasswordModal } from '../features/akun/ChangePasswordModal.tsx';

export function HeaderBar() {
  const { session, namaKantor, signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [changing, setChanging] = useState(false);
  const { user } = session;

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 20, borderBottom: '1px solid #e5e9f0', position: 'sticky', top: 0, zIndex: 10 }}
    >
      <Typography.Paragraph
        strong
        ellipsis={{ rows: 2, tooltip: namaKantor }}
        style={{ flex: '1 1 0', minWidth: 120, fontSize: 15, lineHeight: 1.35, margin: 0 }}
      >
        {namaKantor ?? TEKS.aplikasi}
      </Typography.Paragraph>
      <div role="search" style={{ flex: '0 1 320px' }}>
        <Input.Search
          key={params.get('q') ?? ''}
          defaultValue={params.get('q') ?? ''}
          aria-label="Cari di seluruh SATU"
          placeholder={TEKS.cariPlaceholder}
          allowClear
          maxLength={200}
          onSearch={(q) => {
            const t = q.trim();
            if (t) navigate(`/cari?q=${encodeURIComponent(t)}`);
          }}
        />
      </div>
      <Flex align="center" gap={6} style={{ flex: 'none' }}>
        {user.roles.map((r) => (
          <Tag key={r} color={r === 'administrator' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
            {NAMA_PERAN[r]}
          </Tag>
        ))}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'sandi', icon: <KeyOutlined />, label: 'Ganti kata sandi' },
              { type: 'divider' },
              { key: 'keluar', icon: <LogoutOutlined />, label: 'Keluar', danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'sandi') setChanging(true);
              else void signOut();
            },
          }}
        >
          <Button type="text" icon={<UserOutlined />}>
            {user.nama} <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      </Flex>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} onChanged={() => setChanging(false)} />
    </Layout.Header>
  );
}
