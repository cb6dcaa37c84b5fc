// Owns the certificate warning on Beranda: any certificate the user can see (administrators: all; others:
// their own) that is ending soon or has expired, with the way to Pengaturan › Sertifikat. Silent otherwise.
import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatAngka, formatTanggal } from '../../../shared/format/index.ts';
import { useSession } from '../../app/session.ts';
import { useSertifikat } from '../sertifikat/queries.ts';
import type { Sertifikat } from '../sertifikat/queries.ts';

function kalimat(s: Sertifikat, milikSendiri: boolean): string {
  const siapa = `${milikSendiri ? 'Anda' : `milik ${s.pemegang}`} “${s.subjek}”`;
  if (s.status === 'kedaluwarsa')
    return `Sertifikat tanda tangan ${siapa} telah kedaluwarsa sejak ${formatTanggal(new Date(s.berlakuSampai))}.`;
  const kapan = s.sisaHari <= 0 ? 'hari ini' : `dalam ${formatAngka(s.sisaHari)} hari`;
  return `Sertifikat tanda tangan ${siapa} berakhir ${kapan}, pada ${formatTanggal(new Date(s.berlakuSampai))}.`;
}

export function SertifikatAlert() {
  const { session } = useSession();
  const navigate = useNavigate();
  const list = useSertifikat();
  const perlu = (list.data ?? [])
    .filter((s) => s.status === 'segera-berakhir' || s.status === 'kedaluwarsa')
    .sort((a, b) => a.sisaHari - b.sisaHari);
  if (perlu.length === 0) return null;
  const lewat = perlu.some((s) => s.status === 'kedaluwarsa');
  const baris = perlu.map((s) => kalimat(s, s.userId === session.user.id));
  return (
    <Alert
      type={lewat ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={baris.length === 1 ? baris[0] : `${formatAngka(baris.length)} sertifikat tanda tangan perlu diperbarui`}
      description={
        baris.length === 1 ? (
          'Perbarui sertifikat sebelum berakhir agar laporan tetap dapat ditandatangani.'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {baris.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )
      }
      action={
        <Button size="small" onClick={() => navigate('/pengaturan/sertifikat')}>
          Buka Pengaturan › Sertifikat
        </Button>
      }
    />
  );
}
