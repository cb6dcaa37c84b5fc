// Owns "Berkaskan" on the page of an incoming letter or a signed outgoing naskah: while the naskah is on
// the unfiled list (arsip.unfiled), one click files it (arsip.file) into the suggested open berkas of its
// classification and year, or one made for it, and links to the berkas it went to.
import { useState } from 'react';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { FolderAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { BerkasLink } from './BerkasLink.tsx';
import { useHakArsip } from './peran.ts';
import { refreshArsip, useBelumDiberkaskan } from './queries.ts';

type Props = { sumber: 'surat_masuk' | 'naskah_keluar'; id: number; tanggal: string | null };

export function BerkaskanNaskah({ sumber, id, tanggal }: Props) {
  const { kelola } = useHakArsip();
  const qc = useQueryClient();
  const notify = useNotify();
  const [berkasId, setBerkasId] = useState<number | null>(null);
  const tahun = tanggal ? Number(tanggal.slice(0, 4)) : undefined;
  const belum = useBelumDiberkaskan(tahun);
  const ini = belum.data?.find((n) => n.sumber === sumber && n.id === id);
  const file = useMutation({
    mutationFn: () => call('arsip.file', { naskah: [{ sumber, id }], berkasId: ini?.saranBerkas?.id ?? null }),
    onSuccess: (r) => {
      setBerkasId(r.berkasIds[0] ?? null);
      notify.success('Naskah diberkaskan.');
      void refreshArsip(qc);
    },
    onError: (e) => notify.error(e),
  });
  if (berkasId !== null)
    return (
      <Flex gap={6} align="center">
        <FolderOpenOutlined aria-hidden />
        <Typography.Text>
          Diberkaskan ke <BerkasLink id={berkasId} />
        </Typography.Text>
      </Flex>
    );
  if (!kelola || !belum.isSuccess) return null;
  if (!ini) return <Tag icon={<FolderOpenOutlined />}>Sudah diberkaskan</Tag>;
  const tujuan = ini.saranBerkas
    ? `Masuk ke berkas ${ini.saranBerkas.label}.`
    : ini.klasifikasiKode
      ? `Dibuatkan berkas baru ${ini.klasifikasiKode} tahun ${ini.tahun}.`
      : 'Naskah ini belum berkode klasifikasi: pilih berkasnya di Arsip › Belum Diberkaskan.';
  return (
    <Tooltip title={tujuan}>
      <Button icon={<FolderAddOutlined />} loading={file.isPending} disabled={!ini.klasifikasiKode} onClick={() => file.mutate()}>
        Berkaskan
      </Button>
    </Tooltip>
  );
}
