// Owns the paraf chain of an outgoing naskah as Steps: each verifier in order (waiting, agreed, returned
// with the note and time), then the signer.
import { Steps, Typography } from 'antd';
import type { StepsProps } from 'antd';
import type { NaskahDetail } from '../queries.ts';
import { tanggal, waktu } from '../waktu.ts';

const STATUS = { setuju: 'Paraf (setuju)', kembali: 'Dikembalikan', menunggu: 'Menunggu' } as const;

export function ParafSteps({ n }: { n: NaskahDetail }) {
  const giliran = n.status === 'paraf' ? n.paraf.find((p) => p.status === 'menunggu')?.id : undefined;
  const items: StepsProps['items'] = n.paraf.map((p) => ({
    title: p.nama,
    status: p.status === 'setuju' ? 'finish' : p.status === 'kembali' ? 'error' : p.id === giliran ? 'process' : 'wait',
    content: (
      <>
        <div>{p.id === giliran ? 'Giliran memaraf' : STATUS[p.status]}</div>
        {p.waktu ? <Typography.Text type="secondary">{waktu(p.waktu)}</Typography.Text> : null}
        {p.catatan ? <div style={{ whiteSpace: 'pre-wrap' }}>“{p.catatan}”</div> : null}
      </>
    ),
  }));
  items.push({
    title: n.penandatangan,
    status: n.status === 'ditandatangani' ? 'finish' : n.status === 'siap_ttd' ? 'process' : 'wait',
    content:
      n.status === 'ditandatangani'
        ? `Ditandatangani ${tanggal(n.tanggal)}`
        : n.status === 'siap_ttd'
          ? 'Giliran menandatangani'
          : 'Penanda tangan',
  });
  return <Steps size="small" items={items} />;
}
