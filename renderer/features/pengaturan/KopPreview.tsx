// Owns the kop surat preview: the lines come from shared/domain/kantor.ts kopBaris, as reports use them.
import { Typography } from 'antd';
import { kopBaris } from '../../../shared/domain/kantor.ts';
import type { JenisSatker } from '../../../shared/domain/kantor.ts';

type Props = {
  nama: string;
  jenis: JenisSatker;
  provinsi: string;
  logo: string | null;
  alamatBaris: string;
};

export function KopPreview({ nama, jenis, provinsi, logo, alamatBaris }: Props) {
  const baris = kopBaris(nama, jenis, provinsi);
  return (
    <div
      aria-label="Pratinjau kop surat"
      style={{
        background: '#fff',
        border: '1px solid #e5e9f0',
        padding: '16px 24px',
        fontFamily: "'Times New Roman', serif",
        maxWidth: 760,
        margin: '0 auto',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '4px double #000', paddingBottom: 8 }}>
        <div style={{ width: 72, flex: 'none', display: 'grid', placeItems: 'center' }}>
          {logo ? <img src={logo} alt="Logo pada kop" style={{ maxWidth: 72, maxHeight: 72 }} /> : null}
        </div>
        <div style={{ flex: 1, textAlign: 'center', lineHeight: 1.3 }}>
          {baris.map((b, i) => (
            <div key={b} style={{ fontWeight: 700, fontSize: i === baris.length - 1 ? 16 : 13 }}>
              {b}
            </div>
          ))}
          <div style={{ fontSize: 12, marginTop: 4 }}>{alamatBaris}</div>
        </div>
        <div style={{ width: 72, flex: 'none' }} />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12, fontFamily: 'inherit' }}>
        Kop ini dipakai pada naskah dinas dan laporan yang dicetak SATU.
      </Typography.Text>
    </div>
  );
}

/** "Jalan …, Kota · Telepon … · Laman … · Pos-el …" from whatever is filled in. */
export function alamatKop(v: {
  alamat?: string | null;
  kota?: string | null;
  telepon?: string | null;
  laman?: string | null;
  email?: string | null;
}): string {
  const parts = [
    [v.alamat, v.kota].filter(Boolean).join(', '),
    v.telepon ? `Telepon ${v.telepon}` : '',
    v.laman ? `Laman ${v.laman}` : '',
    v.email ? `Pos-el ${v.email}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
