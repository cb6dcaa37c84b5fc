// Owns Arsip (#/arsip/*): one tab per register, each its own hash route, and the routes of the pages
// under them (a berkas, a pemindahan, a pemusnahan or penyerahan).
import { Tabs } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { ItemKeBerkas } from './berkas/ItemKeBerkas.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { DaftarBerkas } from './daftar/DaftarBerkas.tsx';
import { BerkasDetailPage } from './berkas/BerkasDetailPage.tsx';
import { BelumDiberkaskanTab } from './belum/BelumDiberkaskanTab.tsx';
import { RetensiTab } from './retensi/RetensiTab.tsx';
import { JraTab } from './jra/JraTab.tsx';
import { PeminjamanTab } from './pinjam/PeminjamanTab.tsx';
import { PemindahanDetailPage, PemindahanPage, PenyusutanDetailPage, PenyusutanPage } from './penyusutan/index.ts';

/** Sub-pages of Arsip (#/arsip/<tab>). */
const TAB_ARSIP = {
  berkas: 'Daftar Berkas',
  belum: 'Belum Diberkaskan',
  retensi: 'Retensi',
  jra: 'JRA',
  peminjaman: 'Peminjaman',
  pemindahan: 'Pemindahan',
  penyusutan: 'Pemusnahan & Penyerahan',
} as const;
type TabArsip = keyof typeof TAB_ARSIP;
const TABS = Object.keys(TAB_ARSIP) as TabArsip[];

export function ArsipPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => pathname.startsWith(`/arsip/${t}`)) ?? 'berkas';
  return (
    <>
      <PageHeader
        title="Arsip"
        subtitle="Pemberkasan naskah, daftar berkas aktif dan inaktif, Jadwal Retensi Arsip, peminjaman, pemindahan, pemusnahan dan penyerahan."
      />
      <Tabs
        activeKey={active}
        onTabClick={(k) => navigate(`/arsip/${k}`)}
        items={TABS.map((t) => ({ key: t, label: TAB_ARSIP[t] }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<Navigate to="berkas" replace />} />
        <Route path="berkas" element={<DaftarBerkas />} />
        <Route path="berkas/:id" element={<BerkasDetailPage />} />
        <Route path="item/:id" element={<ItemKeBerkas />} />
        <Route path="belum" element={<BelumDiberkaskanTab />} />
        <Route path="retensi" element={<RetensiTab />} />
        <Route path="jra" element={<JraTab />} />
        <Route path="peminjaman" element={<PeminjamanTab />} />
        <Route path="pemindahan" element={<PemindahanPage />} />
        <Route path="pemindahan/:id" element={<PemindahanDetailPage />} />
        <Route path="penyusutan" element={<PenyusutanPage />} />
        <Route path="penyusutan/:id" element={<PenyusutanDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
