// Owns the coloured tags of Naskah Dinas: letter status, urgency, security class, naskah status and
// the deadline badge (statusTenggat: Aman / Mendekati / Lewat tenggat / Selesai).
import { Flex, Tag, Typography } from 'antd';
import { NAMA_KEAMANAN, NAMA_URGENSI } from '../../../shared/domain/naskah/surat.ts';
import type { Keamanan } from '../../../shared/domain/naskah/surat.ts';
import { NAMA_STATUS_NASKAH } from '../../../shared/domain/naskah/keluar.ts';
import type { StatusNaskahKeluar } from '../../../shared/domain/naskah/keluar.ts';
import { sisaWaktuTeks, statusTenggat } from '../../../shared/domain/naskah/tenggat.ts';
import type { StatusTenggat, Urgensi } from '../../../shared/domain/naskah/tenggat.ts';
import { NAMA_STATUS_SURAT } from '../../i18n/id.ts';
import { waktu } from './waktu.ts';

type StatusSurat = keyof typeof NAMA_STATUS_SURAT;

const WARNA_SURAT: Record<StatusSurat, string> = { diterima: 'blue', didisposisi: 'gold', selesai: 'green' };
const WARNA_URGENSI: Record<Urgensi, string | undefined> = { sangat_segera: 'red', segera: 'orange', biasa: undefined };
const WARNA_AMAN: Record<Keamanan, string | undefined> = { B: undefined, T: 'purple', R: 'magenta', SR: 'red' };
const WARNA_NASKAH: Record<StatusNaskahKeluar, string | undefined> = {
  konsep: undefined,
  paraf: 'blue',
  siap_ttd: 'gold',
  ditandatangani: 'green',
  batal: 'red',
};

export const StatusSuratTag = ({ status }: { status: StatusSurat }) => <Tag color={WARNA_SURAT[status]}>{NAMA_STATUS_SURAT[status]}</Tag>;
export const UrgensiTag = ({ urgensi }: { urgensi: Urgensi }) => <Tag color={WARNA_URGENSI[urgensi]}>{NAMA_URGENSI[urgensi]}</Tag>;
export const KeamananTag = ({ keamanan }: { keamanan: Keamanan }) => <Tag color={WARNA_AMAN[keamanan]}>{NAMA_KEAMANAN[keamanan]}</Tag>;
export const StatusNaskahTag = ({ status }: { status: StatusNaskahKeluar }) => (
  <Tag color={WARNA_NASKAH[status]}>{NAMA_STATUS_NASKAH[status]}</Tag>
);

const TENGGAT: Record<StatusTenggat, { warna: string; label: string }> = {
  aman: { warna: 'blue', label: 'Aman' },
  mendekati: { warna: 'orange', label: 'Mendekati' },
  lewat: { warna: 'red', label: 'Lewat tenggat' },
  selesai: { warna: 'green', label: 'Selesai' },
};

type Props = { batas: string; selesai: boolean; ringkas?: boolean };

/** "6 Maret 2026 16.00 · Aman · 2 hari 3 jam lagi"; a finished item shows only the date and "Selesai". */
export function TenggatBadge({ batas, selesai, ringkas }: Props) {
  const now = new Date().toISOString();
  const s = statusTenggat(batas, now, selesai ? now : null);
  const t = TENGGAT[s];
  return (
    <Flex gap={6} align="center" wrap>
      <span>{waktu(batas)}</span>
      <Tag color={t.warna} style={{ marginInlineEnd: 0 }}>
        {t.label}
      </Tag>
      {!ringkas && s !== 'selesai' ? (
        <Typography.Text type={s === 'lewat' ? 'danger' : 'secondary'}>{sisaWaktuTeks(batas, now)}</Typography.Text>
      ) : null}
    </Flex>
  );
}
