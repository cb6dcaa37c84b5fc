// Owns Naskah Dinas (#/naskah/*): one tab per register, each its own hash route, and the routes of the
// pages under them (a letter's rincian, the naskah editor, a series' register).
import { Tabs } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { TAB_NASKAH } from '../../i18n/id.ts';
import type { TabNaskah } from '../../i18n/id.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { AgendaMasuk } from './masuk/AgendaMasuk.tsx';
import { CatatSuratMasuk } from './masuk/CatatSuratMasuk.tsx';
import { RincianSurat } from './masuk/RincianSurat.tsx';
import { DisposisiSaya } from './disposisi/DisposisiSaya.tsx';
import { NaskahKeluarList } from './keluar/NaskahKeluarList.tsx';
import { NaskahEditor } from './keluar/NaskahEditor.tsx';
import { PenomoranTab } from './penomoran/PenomoranTab.tsx';
import { RegisterNomor } from './penomoran/RegisterNomor.tsx';

const TABS = Object.keys(TAB_NASKAH) as TabNaskah[];

export function NaskahPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => pathname.startsWith(`/naskah/${t}`)) ?? 'masuk';
  return (
    <>
      <PageHeader
        title="Naskah Dinas"
        subtitle="Agenda surat masuk, disposisi dengan tenggat, naskah keluar dengan paraf dan tanda tangan elektronik, serta penomoran."
      />
      <Tabs
        activeKey={active}
        onTabClick={(k) => navigate(`/naskah/${k}`)}
        items={TABS.map((t) => ({ key: t, label: TAB_NASKAH[t] }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<Navigate to="masuk" replace />} />
        <Route path="masuk" element={<AgendaMasuk />} />
        <Route path="masuk/baru" element={<CatatSuratMasuk />} />
        <Route path="masuk/:id" element={<RincianSurat />} />
        <Route path="disposisi" element={<DisposisiSaya />} />
        <Route path="keluar" element={<NaskahKeluarList />} />
        <Route path="keluar/baru" element={<NaskahEditor />} />
        <Route path="keluar/:id" element={<NaskahEditor />} />
        <Route path="penomoran" element={<PenomoranTab />} />
        <Route path="penomoran/:seriId" element={<RegisterNomor />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
