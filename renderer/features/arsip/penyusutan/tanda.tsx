// Owns the coloured tags of these pages: the status of a pemindahan and of a penyusutan, its kind,
// and the state of one of its documents.
import { Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import type { JenisPenyusutan, StatusPemindahan, StatusPenyusutan } from '../../../../shared/domain/arsip/nilai.ts';
import {
  NAMA_JENIS_PENYUSUTAN,
  NAMA_STATUS_PEMINDAHAN,
  NAMA_STATUS_PENYUSUTAN,
  WARNA_STATUS_PEMINDAHAN,
  WARNA_STATUS_PENYUSUTAN,
} from './nama.ts';
import type { DokumenLangkah } from './queries.ts';

export const StatusPemindahanTag = ({ status }: { status: StatusPemindahan }) => (
  <Tag color={WARNA_STATUS_PEMINDAHAN[status]}>{NAMA_STATUS_PEMINDAHAN[status]}</Tag>
);

export const StatusPenyusutanTag = ({ status }: { status: StatusPenyusutan }) => (
  <Tag color={WARNA_STATUS_PENYUSUTAN[status]}>{NAMA_STATUS_PENYUSUTAN[status]}</Tag>
);

export const JenisPenyusutanTag = ({ jenis }: { jenis: JenisPenyusutan }) => (
  <Tag color={jenis === 'musnah' ? 'volcano' : 'geekblue'}>{NAMA_JENIS_PENYUSUTAN[jenis]}</Tag>
);

/** `perlu`: the next step waits for this signature. */
export function StatusDokumenTag({ d, perlu }: { d: DokumenLangkah; perlu: boolean }) {
  if (d.ditandatangani)
    return (
      <Tag color="green" icon={<CheckCircleOutlined />}>
        Ditandatangani
      </Tag>
    );
  if (d.siap)
    return (
      <Tag color={perlu ? 'gold' : undefined} icon={<ClockCircleOutlined />}>
        {perlu ? 'Menunggu tanda tangan' : 'Belum ditandatangani'}
      </Tag>
    );
  return (
    <Tooltip title="Dokumen dapat dibuat setelah data langkahnya dicatat.">
      <Tag icon={<MinusCircleOutlined />}>Belum dapat dibuat</Tag>
    </Tooltip>
  );
}
