// Owns the disposition tree of a letter as a nested Timeline: who disposed (or the operator who recorded
// it from the paper sheet), when, instructions, note, deadline badge, recipients and what they forwarded.
import { Button, Flex, Popconfirm, Tag, Timeline, Typography } from 'antd';
import { NAMA_INSTRUKSI } from '../../../../shared/domain/naskah/surat.ts';
import { statusTenggat } from '../../../../shared/domain/naskah/tenggat.ts';
import type { Disposisi } from '../queries.ts';
import { TenggatBadge } from '../tanda.tsx';
import { waktu } from '../waktu.ts';
import { PenerimaItem } from './PenerimaItem.tsx';
import { anakDari } from './pohon.ts';
import type { Tuntas } from './pohon.ts';

export type AksiPohon = {
  userId: number;
  nama: string;
  onTeruskan: (penerimaId: number) => void;
  onLapor: (penerimaId: number) => void;
  onBatal: (disposisiId: number) => void;
  membatalkan: number | null;
};

type Props = { semua: readonly Disposisi[]; induk: number | null; tuntas: Tuntas; aksi: AksiPohon };

function warna(d: Disposisi, selesai: boolean): string {
  if (d.status === 'dibatalkan') return 'gray';
  if (selesai) return 'green';
  return statusTenggat(d.batasWaktu, new Date().toISOString(), null) === 'lewat' ? 'red' : 'blue';
}

function Kepala({ d, aksi }: { d: Disposisi; aksi: AksiPohon }) {
  // The backend lets the giver or the operator who recorded it cancel; the output carries the recorder's name only.
  const pembuat = d.dariUserId === aksi.userId || d.dicatatOlehId === aksi.userId;
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text>
        Disposisi dari <strong>{d.dari}</strong>
      </Typography.Text>
      <Typography.Text type="secondary">{waktu(d.waktu)}</Typography.Text>
      {d.dariLembar ? <Tag color="purple">dicatat oleh {d.dicatatOleh} dari lembar disposisi</Tag> : null}
      {d.status === 'dibatalkan' ? <Tag color="red">Dibatalkan</Tag> : null}
      {d.bolehDibatalkan && pembuat ? (
        <Popconfirm
          title="Batalkan disposisi ini?"
          description="Disposisi yang belum dibaca penerima dapat dibatalkan."
          okText="Batalkan Disposisi"
          cancelText="Tidak"
          okButtonProps={{ danger: true }}
          onConfirm={() => aksi.onBatal(d.id)}
        >
          <Button size="small" danger loading={aksi.membatalkan === d.id}>
            Batalkan
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}

export function PohonDisposisi({ semua, induk, tuntas, aksi }: Props) {
  const items = anakDari(semua, induk).map((d) => {
    const selesai = tuntas.disposisi.has(d.id);
    const aktif = d.status === 'aktif';
    return {
      key: d.id,
      color: warna(d, selesai),
      content: (
        <Flex vertical gap={6} style={{ opacity: aktif ? 1 : 0.6 }}>
          <Kepala d={d} aksi={aksi} />
          <Flex gap={4} wrap align="center">
            <Typography.Text type="secondary">Instruksi:</Typography.Text>
            {d.instruksi.map((i) => (
              <Tag key={i} color="geekblue">
                {NAMA_INSTRUKSI[i]}
              </Tag>
            ))}
            {d.instruksiLain ? <Tag color="geekblue">{d.instruksiLain}</Tag> : null}
            {d.instruksi.length === 0 && !d.instruksiLain ? <Typography.Text type="secondary">—</Typography.Text> : null}
          </Flex>
          {d.catatan ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>Catatan: {d.catatan}</Typography.Text> : null}
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary">Batas waktu:</Typography.Text>
            {aktif ? <TenggatBadge batas={d.batasWaktu} selesai={selesai} /> : <span>{waktu(d.batasWaktu)}</span>}
          </Flex>
          <Typography.Text type="secondary">Kepada:</Typography.Text>
          <Flex vertical gap={8}>
            {d.penerima.map((p) => (
              <PenerimaItem
                key={p.id}
                p={p}
                aktif={aktif}
                tuntas={tuntas.penerima.has(p.id)}
                milikSaya={p.kepadaUserId === aksi.userId}
                onTeruskan={() => aksi.onTeruskan(p.id)}
                onLapor={() => aksi.onLapor(p.id)}
                anak={anakDari(semua, p.id).length > 0 ? <PohonDisposisi semua={semua} induk={p.id} tuntas={tuntas} aksi={aksi} /> : null}
              />
            ))}
          </Flex>
        </Flex>
      ),
    };
  });
  return <Timeline items={items} />;
}
