// Owns the hash routes of the shell (HashRouter works under app:// and http alike).
import { Navigate, Route, Routes } from 'react-router-dom';
import { BerandaPage } from '../features/beranda/BerandaPage.tsx';
import { ModulPage } from '../features/modul/ModulPage.tsx';
import { PengaturanPage } from '../features/pengaturan/PengaturanPage.tsx';
import { SearchPage } from '../features/pencarian/SearchPage.tsx';
import { LaporanPage } from '../features/laporan/LaporanPage.tsx';
import { VerifikasiPage } from '../features/verifikasi/VerifikasiPage.tsx';
import { NaskahPage } from '../features/naskah/NaskahPage.tsx';
import { ArsipPage } from '../features/arsip/ArsipPage.tsx';
import { NotFoundPage } from '../ui/NotFoundPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/beranda" replace />} />
      <Route path="/beranda" element={<BerandaPage />} />
      <Route path="/naskah/*" element={<NaskahPage />} />
      <Route path="/arsip/*" element={<ArsipPage />} />
      <Route path="/bmn" element={<ModulPage modul="bmn" />} />
      <Route path="/kinerja" element={<ModulPage modul="kinerja" />} />
      <Route path="/laporan" element={<LaporanPage />} />
      <Route path="/verifikasi" element={<VerifikasiPage />} />
      <Route path="/pengaturan" element={<PengaturanPage />} />
      <Route path="/pengaturan/:tab" element={<PengaturanPage />} />
      <Route path="/cari" element={<SearchPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
