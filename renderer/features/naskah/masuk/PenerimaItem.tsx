// Owns one recipient of a disposition: read time or "Belum dibaca", the report of tindak lanjut with
// its files, the user's own actions ("Teruskan", "Laporkan Tindak Lanjut") and what they forwarded.
import type { ReactNode } from 'react';
import { Button, Flex, Tag, Typography } from 'antd';
import { CheckCircleOutlined, EyeOutlined, ForwardOutlined, SendOutlined } from '@ant-design/icons';
import { BerkasUnduh } from '../BerkasUnduh.tsx';
import type { Penerima } from '../queries.ts';
import { waktu } from '../waktu.ts';

type Props = {
  p: Penerima;
  tuntas: boolean;
  milikSaya: boolean;
  aktif: boolean;
  onTeruskan: () => void;
  onLapor: () => void;
  anak: ReactNode;
};

export function PenerimaItem({ p, tuntas, milikSaya, aktif, onTeruskan, onLapor, anak }: Props) {
  const bolehAksi = milikSaya && aktif && p.selesaiPada === null;
  return (
    <div
      style={{ border: '1px solid #e5e9f0', borderRadius: 6, padding: '10px 12px', background: milikSaya ? '#f5f9ff' : '#fff' }}
      aria-label={`Penerima ${p.kepada}`}
    >
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{p.kepada}</Typography.Text>
        {p.kepadaUnit ? <Tag>untuk {p.kepadaUnit}</Tag> : null}
        {milikSaya ? <Tag color="blue">Anda</Tag> : null}
        {p.dibacaPada ? (
          <Typography.Text type="secondary">
            <EyeOutlined aria-hidden /> Dibaca: {waktu(p.dibacaPada)}
          </Typography.Text>
        ) : aktif ? (
          <Tag color="orange">Belum dibaca</Tag>
        ) : null}
        {p.selesaiPada ? (
          <Typography.Text type="success">
            <CheckCircleOutlined aria-hidden /> Selesai: {waktu(p.selesaiPada)}
          </Typography.Text>
        ) : tuntas ? (
          <Tag color="green">Tuntas melalui penerusan</Tag>
        ) : aktif ? (
          <Tag>Belum selesai</Tag>
        ) : null}
      </Flex>
      {p.laporan ? (
        <div style={{ marginTop: 6 }}>
          <Typography.Text type="secondary">Laporan tindak lanjut: </Typography.Text>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.laporan}</Typography.Text>
          {p.berkas.length > 0 ? (
            <div style={{ marginTop: 4 }}>
              <BerkasUnduh berkas={p.berkas} />
            </div>
          ) : null}
        </div>
      ) : null}
      {bolehAksi ? (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Button size="small" icon={<ForwardOutlined />} onClick={onTeruskan}>
            Teruskan
          </Button>
          <Button size="small" type="primary" icon={<SendOutlined />} onClick={onLapor}>
            Laporkan Tindak Lanjut
          </Button>
        </Flex>
      ) : null}
      {anak ? <div style={{ marginTop: 10 }}>{anak}</div> : null}
    </div>
  );
}
