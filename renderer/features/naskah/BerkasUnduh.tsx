// Owns the list of files attached to a letter or a report of tindak lanjut, each with "Unduh"
// (suratMasuk.berkas); the bytes are saved as they were received, under their original name. A file
// destroyed with its archive shows as such instead.
import { Button, Flex, Tag, Typography } from 'antd';
import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { base64ToBytes, saveBlob } from '../../lib/download.ts';
import { formatUkuran } from '../../lib/read-file.ts';
import { formatTanggal } from '../../../shared/format/index.ts';
import { useNotify } from '../../lib/use-notify.ts';
import type { BerkasInfo } from './queries.ts';

export function BerkasUnduh({ berkas, kosong }: { berkas: BerkasInfo[]; kosong?: string }) {
  const notify = useNotify();
  const unduh = useMutation({
    mutationFn: (id: number) => call('suratMasuk.berkas', { id }),
    onSuccess: (b) => saveBlob(b.nama, new Blob([base64ToBytes(b.base64)], { type: b.mime })),
    onError: (e) => notify.error(e),
  });
  if (berkas.length === 0) return kosong ? <Typography.Text type="secondary">{kosong}</Typography.Text> : null;
  return (
    <Flex vertical gap={4} align="flex-start">
      {berkas.map((b) => (
        <Flex key={b.id} gap={8} align="center" wrap>
          <Typography.Text>
            <PaperClipOutlined aria-hidden /> {b.nama} ({formatUkuran(b.ukuran)})
          </Typography.Text>
          {b.dimusnahkanPada ? (
            <Tag title="Berkas ini dimusnahkan bersama arsipnya dan tidak dapat dibuka lagi.">
              Dimusnahkan {formatTanggal(new Date(b.dimusnahkanPada))}
            </Tag>
          ) : (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={unduh.isPending && unduh.variables === b.id}
              onClick={() => unduh.mutate(b.id)}
              aria-label={`Unduh ${b.nama}`}
            >
              Unduh
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
