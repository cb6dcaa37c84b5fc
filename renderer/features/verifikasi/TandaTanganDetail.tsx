// Owns one signature's facts in plain Indonesian: valid, coverage, later changes, signer, issuer and
// trust, certificate validity, time, fingerprint and kind.
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatTanggalJam } from '../../../shared/format/index.ts';
import { TEKS } from '../../i18n/id.ts';
import { kelompokEmpat } from '../sertifikat/SertifikatStatus.tsx';
import { namaJenis } from './verdict.ts';
import type { TandaTangan } from './verdict.ts';

const baik = (text: string) => <Typography.Text type="success">{text}</Typography.Text>;
const buruk = (text: string) => (
  <Typography.Text type="danger" strong>
    {text}
  </Typography.Text>
);
const ya = (ok: boolean, bagus: string, jelek: string): ReactNode => (ok ? baik(bagus) : buruk(jelek));

export function TandaTanganDetail({ s, judul }: { s: TandaTangan; judul: string }) {
  const waktu = s.waktu ? new Date(s.waktu) : null;
  return (
    <Card title={judul} size="small">
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 230 } }}
        items={[
          { key: 'sah', label: 'Tanda tangan', children: ya(s.sah, 'Sah', 'TIDAK sah') },
          { key: 'cakupan', label: 'Cakupan', children: ya(s.seluruhDokumen, 'Seluruh dokumen', 'Ada bagian yang tidak tercakup') },
          { key: 'ubah', label: 'Perubahan setelah ditandatangani', children: ya(!s.diubahSetelahTtd, 'Tidak ada', 'ADA') },
          { key: 'ttd', label: 'Penanda tangan', children: s.penandatangan ?? TEKS.kosong },
          {
            key: 'penerbit',
            label: 'Penerbit sertifikat',
            children: (
              <Flex gap={8} wrap align="center">
                <span>{s.penerbit ?? TEKS.kosong}</span>
                <Tag color={s.tepercaya ? 'green' : 'red'}>{s.tepercaya ? 'Dipercaya' : 'Tidak dipercaya'}</Tag>
              </Flex>
            ),
          },
          { key: 'berlaku', label: 'Masa berlaku sertifikat saat ini', children: ya(s.sertifikatBerlaku, 'Berlaku', 'Tidak berlaku') },
          {
            key: 'waktu',
            label: 'Waktu penandatanganan',
            children:
              waktu && !Number.isNaN(waktu.getTime()) ? (
                <>
                  {formatTanggalJam(waktu)}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    (menurut komputer penanda tangan, bukan stempel waktu)
                  </Typography.Text>
                </>
              ) : (
                TEKS.kosong
              ),
          },
          {
            key: 'sidik',
            label: 'Sidik jari sertifikat',
            children: s.fingerprint ? (
              <Typography.Text style={{ fontFamily: 'monospace', fontSize: 13 }}>{kelompokEmpat(s.fingerprint)}</Typography.Text>
            ) : (
              TEKS.kosong
            ),
          },
          { key: 'jenis', label: 'Jenis', children: namaJenis(s.jenis) ?? TEKS.kosong },
        ]}
      />
    </Card>
  );
}
