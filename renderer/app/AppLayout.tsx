// Owns the shell: sidebar menu, header, the routed page, the idle guard and the forced password change.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { MENU, TEKS } from '../i18n/id.ts';
import { HeaderBar } from './HeaderBar.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { IdleGuard } from './IdleGuard.tsx';
import { useSession } from './session.ts';
import { ChangePasswordModal } from '../features/akun/ChangePasswordModal.tsx';

const ITEMS: { key: string; label: string; icon: ReactNode }[] = [
  { key: '/beranda', label: MENU.beranda, icon: <HomeOutlined /> },
  { key: '/naskah', label: MENU.naskah, icon: <FileTextOutlined /> },
  { key: '/arsip', label: MENU.arsip, icon: <FolderOpenOutlined /> },
  { key: '/bmn', label: MENU.bmn, icon: <AppstoreOutlined /> },
  { key: '/kinerja', label: MENU.kinerja, icon: <BarChartOutlined /> },
  { key: '/laporan', label: MENU.laporan, icon: <AuditOutlined /> },
  { key: '/verifikasi', label: MENU.verifikasi, icon: <SafetyCertificateOutlined /> },
  { key: '/pengaturan', label: MENU.pengaturan, icon: <SettingOutlined /> },
];

export function AppLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { session, setUser } = useSession();
  const qc = useQueryClient();
  const selected = useMemo(() => ITEMS.find((i) => pathname.startsWith(i.key))?.key ?? '', [pathname]);
  const items: MenuProps['items'] = ITEMS.map((i) => ({ key: i.key, icon: i.icon, label: i.label }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={232} breakpoint="lg" collapsedWidth={64} style={{ position: 'sticky', top: 0, height: '100vh' }}>
        <div style={{ padding: '18px 20px 14px', borderBottom: '1px solid rgba(255,255,255,0.12)', marginBottom: 8 }}>
          <Typography.Text style={{ color: '#fff', fontSize: 22, fontWeight: 700, letterSpacing: 3, display: 'block' }}>
            {TEKS.aplikasi}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.72)', fontSize: 12 }}>{TEKS.kepanjangan}</Typography.Text>
        </div>
        <nav aria-label="Menu utama">
          <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} onClick={(e) => navigate(e.key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar />
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <AppRoutes />
          </main>
        </Layout.Content>
      </Layout>
      <IdleGuard />
      {session.user.mustChangePassword ? (
        <ChangePasswordModal
          open
          forced
          onClose={() => undefined}
          onChanged={() => {
            setUser({ ...session.user, mustChangePassword: false });
            // Pages behind the forced change were refused (FORBIDDEN) until now: load them again.
            void qc.invalidateQueries();
          }}
        />
      ) : null}
    </Layout>
  );
}
