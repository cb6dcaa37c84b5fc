// Owns the card of a pemindahan's current step: the verification, the Berita Acara, waiting for the
// Pimpinan's signatures, "Selesaikan Pemindahan", or the outcome. Only the unit kearsipan's operators
// (administrator, operator persuratan dan arsip) act; everyone else reads.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { call } from '../../../../lib/api.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import type { PemindahanDetail } from '../queries.ts';
import { useHakArsip } from '../queries.ts';
import { BaForm } from './BaForm.tsx';
import { dokumenAkhir } from './pejabat.ts';
import { VerifikasiForm } from './VerifikasiForm.tsx';

type Props = { p: PemindahanDetail; onDone: (p: PemindahanDetail, pesan: string) => void };

const HANYA_OPERATOR = 'Langkah ini dicatat oleh operator persuratan dan arsip atau administrator.';

function Selesaikan({ p, onDone }: Props) {
  const notify = useNotify();
  const { modal } = App.useApp();
  const belum = dokumenAkhir(p).filter((d) => !d.ditandatangani);
  const selesai = useMutation({
    mutationFn: () => call('pemindahan.complete', { id: p.id }),
    onSuccess: (d) => onDone(d, `Pemindahan selesai: ${formatAngka(d.berkas.length)} berkas kini arsip inaktif.`),
    onError: (e) => notify.error(e),
  });
  const tanya = () =>
    modal.confirm({
      title: 'Selesaikan pemindahan?',
      content: `${formatAngka(p.berkas.length)} berkas akan tercatat sebagai arsip inaktif di unit kearsipan, pada lokasi dan nomor boks yang dicatat di Berita Acara.`,
      okText: 'Selesaikan',
      cancelText: 'Batal',
      onOk: () => selesai.mutateAsync().catch(() => undefined),
    });
  const tombol = (
    <Button type="primary" icon={<CheckCircleOutlined />} disabled={belum.length > 0} loading={selesai.isPending} onClick={tanya}>
      Selesaikan Pemindahan
    </Button>
  );
  return belum.length ? (
    <Tooltip title={`${belum.map((d) => d.judul).join(' dan ')} belum ditandatangani Pimpinan.`}>
      <span>{tombol}</span>
    </Tooltip>
  ) : (
    tombol
  );
}

function MenungguTtd({ p, onDone, onUbah }: Props & { onUbah: () => void }) {
  const hak = useHakArsip();
  const akhir = dokumenAkhir(p);
  const belum = akhir.filter((d) => !d.ditandatangani);
  return (
    <Flex vertical gap={12}>
      {belum.length ? (
        <Alert
          type="info"
          showIcon
          title={`Menunggu tanda tangan Pimpinan: ${belum.map((d) => d.judul).join(' dan ')}.`}
          description={
            hak.pimpinan
              ? 'Periksa pratinjaunya, lalu tanda tangani dari daftar Dokumen.'
              : 'Pimpinan menandatanganinya secara elektronik dari daftar Dokumen di halaman ini. Setelah keduanya ditandatangani, pemindahan dapat diselesaikan.'
          }
        />
      ) : (
        <Alert type="success" showIcon title="Berita Acara dan Daftar Arsip yang Dipindahkan sudah ditandatangani." />
      )}
      {hak.kelola ? (
        <Flex gap={8} wrap>
          <Selesaikan p={p} onDone={onDone} />
          {akhir.every((d) => !d.ditandatangani) ? (
            <Button icon={<EditOutlined />} onClick={onUbah}>
              Ubah Berita Acara
            </Button>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}

function Isi({ p, onDone }: Props) {
  const hak = useHakArsip();
  const [ubah, setUbah] = useState(false);
  const done = (d: PemindahanDetail, pesan: string) => {
    setUbah(false);
    onDone(d, pesan);
  };
  switch (p.status) {
    case 'usul':
      return hak.kelola ? <VerifikasiForm p={p} onDone={done} /> : <Typography.Text type="secondary">{HANYA_OPERATOR}</Typography.Text>;
    case 'diverifikasi':
      if (!p.baNomor || ubah)
        return hak.kelola ? (
          <BaForm p={p} onDone={done} onBatal={ubah ? () => setUbah(false) : undefined} />
        ) : (
          <Typography.Text type="secondary">{HANYA_OPERATOR}</Typography.Text>
        );
      return <MenungguTtd p={p} onDone={done} onUbah={() => setUbah(true)} />;
    case 'ditolak':
      return (
        <Alert
          type="error"
          showIcon
          title="Usulan ditolak pada verifikasi fisik."
          description="Berkas yang tidak sesuai dikembalikan ke unit pengolah untuk diperbaiki; setelah itu ajukan usulan pemindahan baru."
        />
      );
    case 'selesai':
      return (
        <Alert
          type="success"
          showIcon
          title="Pemindahan selesai."
          description={`${formatAngka(p.berkas.length)} berkas tercatat sebagai arsip inaktif di unit kearsipan.`}
        />
      );
    case 'batal':
      return <Alert type="warning" showIcon title="Pemindahan dibatalkan." description={p.catatanVerifikasi ?? undefined} />;
  }
}

const JUDUL: Record<PemindahanDetail['status'], string> = {
  usul: 'Langkah sekarang: verifikasi fisik',
  diverifikasi: 'Langkah sekarang: Berita Acara dan lokasi simpan',
  ditolak: 'Hasil verifikasi',
  selesai: 'Hasil',
  batal: 'Hasil',
};

export function LangkahPemindahan({ p, onDone }: Props) {
  const judul = p.status === 'diverifikasi' && p.baNomor ? 'Langkah sekarang: tanda tangan dan penyelesaian' : JUDUL[p.status];
  return (
    <Card title={judul} size="small">
      <Isi p={p} onDone={onDone} />
    </Card>
  );
}
