// Owns the steps that record one letter or decision: the panel's pertimbangan (with its text), the
// permintaan persetujuan (addressed by the backend: Kepala ANRI when any berkas is kept 10 years or
// more, else the head of office; for penyerahan the Kepala Lembaga Kearsipan), the persetujuan
// received, and the keputusan penetapan.
import { Alert, Button, Form, Input } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { NAMA_PERSETUJUAN_OLEH } from '../../../../../shared/domain/arsip/nilai.ts';
import { NomorTanggal, keIso, wajib } from '../fields.tsx';
import { useRekam } from './rekam.ts';
import type { LangkahProps } from './rekam.ts';

type Langkah = 'pertimbangan' | 'permintaan' | 'persetujuan' | 'penetapan';
type Values = { nomor: string; tanggal: Dayjs; isi?: string };

const LABEL: Record<Langkah, { nomor: string; tanggal: string; simpan: string }> = {
  pertimbangan: { nomor: 'Nomor surat pertimbangan', tanggal: 'Tanggal surat', simpan: 'Simpan Pertimbangan' },
  permintaan: { nomor: 'Nomor surat permintaan persetujuan', tanggal: 'Tanggal surat', simpan: 'Simpan Permintaan' },
  persetujuan: { nomor: 'Nomor surat persetujuan yang diterima', tanggal: 'Tanggal surat persetujuan', simpan: 'Catat Persetujuan' },
  penetapan: { nomor: 'Nomor Keputusan penetapan', tanggal: 'Tanggal Keputusan', simpan: 'Simpan Penetapan' },
};

function Keterangan({ langkah, p }: { langkah: Langkah } & Pick<LangkahProps, 'p'>) {
  const oleh = NAMA_PERSETUJUAN_OLEH[p.persetujuanOleh];
  const musnah = p.jenis === 'musnah';
  switch (langkah) {
    case 'pertimbangan':
      return null;
    case 'permintaan':
      return (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Surat ditujukan kepada ${oleh}.`}
          description={
            !musnah
              ? 'Penyerahan arsip statis memerlukan persetujuan Kepala Lembaga Kearsipan.'
              : p.persetujuanOleh === 'kepala_anri'
                ? 'Ada berkas dengan retensi 10 tahun atau lebih: pemusnahan memerlukan persetujuan Kepala ANRI.'
                : 'Semua berkas bernilai retensi kurang dari 10 tahun: persetujuan cukup dari pimpinan pencipta arsip.'
          }
        />
      );
    case 'persetujuan':
      return (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Catat surat persetujuan dari ${oleh}.`}
          description={
            musnah
              ? 'Catat setelah surat persetujuan diterima.'
              : 'Setelah dicatat, Surat Pernyataan keautentikan arsip dapat dibuat dan harus ditandatangani sebelum penetapan.'
          }
        />
      );
    case 'penetapan':
      return null;
  }
}

export function SuratForm({ langkah, p, terkunci, onDone }: LangkahProps & { langkah: Langkah }) {
  const [form] = Form.useForm<Values>();
  const { busy, rekam } = useRekam(p, onDone);
  const label = LABEL[langkah];
  const kirim = (v: Values) => {
    const dasar = { nomor: v.nomor.trim(), tanggal: keIso(v.tanggal) };
    switch (langkah) {
      case 'pertimbangan':
        return void rekam(form, { langkah, ...dasar, isi: (v.isi ?? '').trim() }, 'Pertimbangan panitia dicatat.');
      case 'permintaan':
        return void rekam(form, { langkah, ...dasar }, 'Permintaan persetujuan dicatat.');
      case 'persetujuan':
        return void rekam(form, { langkah, ...dasar }, 'Persetujuan dicatat.');
      case 'penetapan':
        return void rekam(form, { langkah, ...dasar }, 'Penetapan dicatat. Keputusannya siap ditandatangani Pimpinan.');
    }
  };
  return (
    <Form<Values>
      form={form}
      name={`langkah-${langkah}`}
      layout="vertical"
      disabled={terkunci}
      initialValues={{ tanggal: dayjs() }}
      onFinish={kirim}
    >
      <Keterangan langkah={langkah} p={p} />
      <NomorTanggal nomor={label.nomor} tanggal={label.tanggal} />
      {langkah === 'pertimbangan' ? (
        <Form.Item
          label="Isi pertimbangan panitia"
          name="isi"
          rules={[
            ...wajib('Isi pertimbangan'),
            { min: 10, message: 'Isi pertimbangan minimal 10 karakter.' },
            { max: 4000, message: 'Isi pertimbangan maksimal 4.000 karakter.' },
          ]}
          extra={
            p.jenis === 'musnah'
              ? 'Hasil penilaian panitia: arsip telah habis retensinya, tidak memiliki nilai guna, dan tidak berkaitan dengan perkara.'
              : 'Hasil penilaian panitia: arsip telah habis retensinya, berketerangan permanen, dan bernilai guna kesejarahan.'
          }
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} icon={<SaveOutlined />}>
        {label.simpan}
      </Button>
    </Form>
  );
}
