// Owns the page frame of the setup wizard: the title band and a centred column.
import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { BIRU_TUA } from '../../app/theme.ts';

export function SetupFrame({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f3f5f8' }}>
      <header style={{ background: BIRU_TUA, color: '#fff', padding: '20px 32px' }}>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 26 }}>
          Penyiapan Awal SATU
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.8)' }}>
          Sistem Administrasi Tata Usaha — isi identitas kantor dan akun administrator pertama.
        </Typography.Text>
      </header>
      <main style={{ maxWidth: 980, margin: '0 auto', padding: '24px 24px 48px' }}>{children}</main>
    </div>
  );
}
