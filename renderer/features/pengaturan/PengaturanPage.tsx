// Owns Pengaturan: one tab per concern, each its own hash route (#/pengaturan/<tab>). Non-administrators
// see only Akun Saya and their own certificates; the backend refuses the rest to them anyway.
import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { TAB_PENGATURAN } from '../../i18n/id.ts';
import type { TabPengaturan } from '../../i18n/id.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useSession } from '../../app/session.ts';
import { IdentitasTab } from './IdentitasTab.tsx';
import { PenggunaTab } from './PenggunaTab.tsx';
import { SatkerTab } from './SatkerTab.tsx';
import { OrganisasiTab } from './OrganisasiTab.tsx';
import { CadanganTab } from './CadanganTab.tsx';
import { AuditTab } from '../audit/AuditTab.tsx';
import { AkunSayaTab } from '../akun/AkunSayaTab.tsx';
import { SertifikatTab } from '../sertifikat/SertifikatTab.tsx';

const ADMIN_TABS: TabPengaturan[] = ['identitas', 'pengguna', 'satker', 'organisasi', 'cadangan', 'sertifikat', 'audit', 'akun'];
const USER_TABS: TabPengaturan[] = ['akun', 'sertifikat'];

const CONTENT: Record<TabPengaturan, () => ReactNode> = {
  identitas: () => <IdentitasTab />,
  pengguna: () => <PenggunaTab />,
  satker: () => <SatkerTab />,
  organisasi: () => <OrganisasiTab />,
  cadangan: () => <CadanganTab />,
  sertifikat: () => <SertifikatTab />,
  audit: () => <AuditTab />,
  akun: () => <AkunSayaTab />,
};

export function PengaturanPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { isAdmin } = useSession();
  const tabs = isAdmin ? ADMIN_TABS : USER_TABS;
  const active = tabs.find((t) => t === tab);
  if (!active) return <Navigate to={`/pengaturan/${tabs[0]}`} replace />;

  return (
    <>
      <PageHeader
        title="Pengaturan"
        subtitle={
          isAdmin
            ? 'Identitas kantor, pengguna, organisasi, cadangan, sertifikat tanda tangan dan jejak audit.'
            : 'Profil, kata sandi dan sertifikat tanda tangan Anda.'
        }
      />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(`/pengaturan/${k}`)}
        destroyOnHidden
        items={tabs.map((t) => ({ key: t, label: TAB_PENGATURAN[t], children: t === active ? CONTENT[t]() : null }))}
      />
    </>
  );
}
