// Owns the result of one verification: the big verdict, the checked file with its registry match, and
// one block per signature.
import { useEffect, useRef } from 'react';
import { Card, Descriptions, Flex, Result, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import type { Verifikasi } from '../../../shared/ipc/channels/laporan.ts';
import { formatUkuran } from '../../lib/read-file.ts';
import type { Berkas } from '../../lib/read-file.ts';
import { putusan } from './verdict.ts';
import { TandaTanganDetail } from './TandaTanganDetail.tsx';

type Props = { berkas: Berkas; hasil: Verifikasi };

function Registri({ r }: { r: Verifikasi['registri'] }) {
  if (!r)
    return (
      <Typography.Text type="secondary">
        <QuestionCircleFilled aria-hidden /> Tidak tercatat di registri kantor ini
      </Typography.Text>
    );
  if (r.cocok)
    return (
      <Typography.Text type="success">
        <CheckCircleFilled aria-hidden /> Cocok dengan dokumen nomor {r.dokumenId} ({r.judul})
      </Typography.Text>
    );
  return (
    <Typography.Text type="danger" strong>
      <CloseCircleFilled aria-hidden /> Berkas BERBEDA dari dokumen nomor {r.dokumenId} ({r.judul})
    </Typography.Text>
  );
}

export function HasilVerifikasi({ berkas, hasil }: Props) {
  const p = putusan(hasil);
  const banyak = hasil.tandaTangan.length > 1;
  const awal = useRef<HTMLDivElement>(null);
  // The verdict appears below the drop zone: bring it into view once per result.
  // (A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.)
  useEffect(() => {
    awal.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [hasil]);
  return (
    <Flex vertical gap={16} aria-live="polite" ref={awal} style={{ scrollMarginTop: 80 }}>
      <Card>
        <Result status={p.nada} title={p.judul} subTitle={hasil.ringkasan} style={{ padding: '16px 0' }} />
      </Card>
      <Card title="Berkas yang diperiksa" size="small">
        <Descriptions
          column={1}
          size="small"
          styles={{ label: { width: 230 } }}
          items={[
            { key: 'nama', label: 'Nama berkas', children: `${berkas.nama} (${formatUkuran(berkas.ukuran)})` },
            { key: 'registri', label: 'Registri SATU', children: <Registri r={hasil.registri} /> },
            {
              key: 'sha',
              label: 'SHA-256 berkas',
              children: (
                <Typography.Text
                  copyable={{ text: hasil.sha256, tooltips: ['Salin', 'Tersalin'] }}
                  style={{ fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' }}
                >
                  {hasil.sha256}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      {hasil.tandaTangan.map((s, i) => (
        <TandaTanganDetail key={i} s={s} judul={banyak ? `Tanda tangan ${i + 1} dari ${hasil.tandaTangan.length}` : 'Tanda tangan'} />
      ))}
    </Flex>
  );
}
