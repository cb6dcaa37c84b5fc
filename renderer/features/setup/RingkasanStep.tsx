// Owns the last wizard step: what will be saved, and whether to load the sample data.
import { Alert, Checkbox, Descriptions, Form, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { NAMA_JENIS_SATKER } from '../../../shared/domain/kantor.ts';
import type { JenisSatker } from '../../../shared/domain/kantor.ts';
import { formatNip } from '../../../shared/format/index.ts';
import { TEKS } from '../../i18n/id.ts';
import type { Referensi } from './use-referensi.ts';

type Props = { form: FormInstance; referensi: Referensi; unplaced: string[] };

type KantorDraft = Partial<Record<'nama' | 'kodeSatker' | 'kodeUakpb' | 'kodeSurat' | 'alamat' | 'kota', string>> & {
  jenis?: JenisSatker;
  kanwilNo?: number;
};
type AdminDraft = Partial<Record<'nama' | 'nip' | 'username' | 'jabatan', string>>;

const or = (s: string | undefined) => (s && s.trim() ? s : TEKS.kosong);

export function RingkasanStep({ form, referensi, unplaced }: Props) {
  const kantor = (Form.useWatch('kantor', { form, preserve: true }) ?? {}) as KantorDraft;
  const admin = (Form.useWatch('admin', { form, preserve: true }) ?? {}) as AdminDraft;
  const kanwil = referensi.kanwil.find((k) => k.no === kantor.kanwilNo);
  return (
    <>
      <Typography.Paragraph>Periksa kembali isian berikut. Semua data kantor dapat diubah nanti di Pengaturan.</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          { key: 'nama', label: 'Nama kantor', children: or(kantor.nama) },
          { key: 'jenis', label: 'Jenis kantor', children: kantor.jenis ? NAMA_JENIS_SATKER[kantor.jenis] : TEKS.kosong },
          { key: 'kanwil', label: 'Kanwil', children: kanwil ? kanwil.nama : TEKS.kosong },
          { key: 'kode', label: 'Kode satker / UAKPB', children: `${or(kantor.kodeSatker)} / ${or(kantor.kodeUakpb)}` },
          { key: 'surat', label: 'Kode surat', children: or(kantor.kodeSurat) },
          { key: 'alamat', label: 'Alamat', children: `${or(kantor.alamat)}, ${or(kantor.kota)}` },
          {
            key: 'admin',
            label: 'Administrator',
            children: `${or(admin.nama)}${admin.nip ? ` (NIP ${formatNip(admin.nip)})` : ''} — nama pengguna ${or(admin.username)}`,
          },
        ]}
      />
      <Form.Item name="muatDataContoh" valuePropName="checked" style={{ marginTop: 20, marginBottom: 8 }}>
        <Checkbox>Muat data contoh (33 Kanwil, satker NTB dan Maluku Utara dari dokumen Renstra)</Checkbox>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Data contoh ditandai “contoh” dan dapat dimuat kemudian dari Pengaturan › Satuan Kerja.
      </Typography.Paragraph>
      {unplaced.length > 0 ? (
        <Alert style={{ marginTop: 16 }} type="error" showIcon title="Isian belum benar" description={unplaced.join(' ')} />
      ) : null}
    </>
  );
}
