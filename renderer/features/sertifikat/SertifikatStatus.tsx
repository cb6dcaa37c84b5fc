// Owns how a certificate's state and fingerprint look everywhere: the coloured Tag and the hex groups.
import { Tag, Tooltip, Typography } from 'antd';
import { formatAngka } from '../../../shared/format/index.ts';
import type { Sertifikat } from './queries.ts';

export const NAMA_SUMBER: Record<Sertifikat['sumber'], string> = {
  impor: 'Impor BSrE/.p12',
  kantor: 'Otoritas kantor',
};

export function StatusTag({ s }: { s: Pick<Sertifikat, 'status' | 'sisaHari'> }) {
  switch (s.status) {
    case 'berlaku':
      return <Tag color="green">Berlaku</Tag>;
    case 'segera-berakhir':
      return <Tag color="orange">Segera berakhir ({formatAngka(s.sisaHari)} hari)</Tag>;
    case 'kedaluwarsa':
      return <Tag color="red">Kedaluwarsa</Tag>;
    case 'belum-berlaku':
      return <Tag color="blue">Belum berlaku</Tag>;
    case 'nonaktif':
      return <Tag>Nonaktif</Tag>;
  }
}

/** "ABCD1234…" → "ABCD 1234 …": groups of four, easy to read aloud and compare. */
export const kelompokEmpat = (hex: string) => (hex.match(/.{1,4}/g) ?? []).join(' ');

/** The first 8 hex digits in groups, the whole value in a Tooltip. */
export function SidikJariPendek({ hex }: { hex: string }) {
  return (
    <Tooltip title={<span style={{ fontFamily: 'monospace' }}>{kelompokEmpat(hex)}</span>}>
      <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' }}>
        {kelompokEmpat(hex.slice(0, 8))} …
      </Typography.Text>
    </Tooltip>
  );
}

export function SidikJari({ hex }: { hex: string }) {
  return (
    <Typography.Text copyable={{ text: hex, tooltips: ['Salin', 'Tersalin'] }} style={{ fontFamily: 'monospace', fontSize: 13 }}>
      {kelompokEmpat(hex)}
    </Typography.Text>
  );
}
