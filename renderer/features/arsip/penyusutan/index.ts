// Owns the public surface of the pemindahan and penyusutan pages (routes are wired by the Arsip page).
export { PemindahanPage } from './PemindahanPage.tsx';
export { PenyusutanPage } from './PenyusutanPage.tsx';
export { PemindahanDetailPage } from './pemindahan/PemindahanDetailPage.tsx';
export { PenyusutanDetailPage } from './penyusutan/PenyusutanDetailPage.tsx';
