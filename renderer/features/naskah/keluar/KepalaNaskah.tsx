// Owns the head of the naskah editor: kind, subject and status, the number once signed (shown large),
// the returned note or the reason of cancellation, and the paraf chain.
import { Alert, Flex, Typography } from 'antd';
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import type { NaskahDetail } from '../queries.ts';
import { StatusNaskahTag } from '../tanda.tsx';
import { tanggal } from '../waktu.ts';
import { ParafSteps } from './ParafSteps.tsx';

export function KepalaNaskah({ n }: { n: NaskahDetail }) {
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <StatusNaskahTag status={n.status} />
        <Typography.Text type="secondary">
          Konseptor: {n.konseptor} · Penanda tangan: {n.penandatangan}
        </Typography.Text>
      </Flex>
      {n.nomor ? (
        <div style={{ background: '#f6ffed', border: '1px solid #b7eb8f', borderRadius: 8, padding: '12px 16px' }}>
          <Typography.Text type="secondary">Nomor {NAMA_JENIS_NASKAH[n.jenis]}</Typography.Text>
          <Typography.Title level={3} style={{ margin: '2px 0' }} copyable={{ text: n.nomor, tooltips: ['Salin nomor', 'Tersalin'] }}>
            {n.nomor}
          </Typography.Title>
          <Typography.Text>
            Tanggal {tanggal(n.tanggal)} · ditandatangani secara elektronik oleh {n.penandatangan}
          </Typography.Text>
        </div>
      ) : null}
      {n.status === 'konsep' && n.catatanKembali ? (
        <Alert
          type="warning"
          showIcon
          title="Konsep dikembalikan untuk diperbaiki"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{n.catatanKembali}</span>}
        />
      ) : null}
      {n.status === 'batal' ? <Alert type="error" showIcon title="Naskah dibatalkan" description={n.alasanBatal ?? undefined} /> : null}
      {n.paraf.length > 0 || n.status === 'siap_ttd' || n.status === 'ditandatangani' ? <ParafSteps n={n} /> : null}
    </Flex>
  );
}
