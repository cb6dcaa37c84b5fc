// Owns the last step: the Berita Acara of the destruction (cacah, pulping, bakar or another total
// method; witnessed by at least two officials, A.14) or of the hand-over, after a warning and a
// confirmation: recording it marks every berkas musnah (its digital copies are deleted) or diserahkan.
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row } from 'antd';
import { DeleteOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { METODE_PEMUSNAHAN } from '../../../../../shared/domain/arsip/nilai.ts';
import type { MetodePemusnahan } from '../../../../../shared/domain/arsip/nilai.ts';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { NomorItem, PejabatFields, TanggalItem, kePejabat, keIso, wajib } from '../fields.tsx';
import type { PejabatNilai } from '../fields.tsx';
import { NAMA_METODE } from '../nama.ts';
import { useRekam } from './rekam.ts';
import type { LangkahProps } from './rekam.ts';

type Values = { baNomor: string; tanggal: Dayjs; metode?: MetodePemusnahan; tempat: string; saksi: PejabatNilai[] };

async function cekSaksi(_r: unknown, list: PejabatNilai[] | undefined) {
  if ((list ?? []).length < 2) throw new Error('Disaksikan minimal dua pejabat (unit hukum dan/atau pengawasan).');
  if ((list ?? []).length > 10) throw new Error('Paling banyak 10 saksi.');
}

export function PeringatanPemusnahan() {
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      style={{ marginBottom: 16 }}
      title="Pemusnahan arsip di luar prosedur dapat dipidana (UU 43/2009 tentang Kearsipan)."
      description="Ancaman pidana penjara paling lama 10 tahun dan/atau denda paling banyak Rp500 juta. Catat pelaksanaan hanya setelah arsip benar-benar dimusnahkan secara total (fisik dan informasinya tidak dapat dikenali lagi), disaksikan minimal dua pejabat, sesuai Keputusan penetapan yang telah ditandatangani."
    />
  );
}

export function PelaksanaanForm({ p, terkunci, onDone }: LangkahProps) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const { busy, rekam } = useRekam(p, onDone);
  const musnah = p.jenis === 'musnah';
  const n = formatAngka(p.berkas.length);

  const kirim = (v: Values) =>
    rekam(
      form,
      {
        langkah: 'pelaksanaan',
        baNomor: v.baNomor.trim(),
        tanggal: keIso(v.tanggal),
        metode: musnah ? (v.metode ?? 'cacah') : 'serah',
        tempat: v.tempat.trim(),
        saksi: v.saksi.map(kePejabat),
      },
      musnah ? `Pemusnahan dicatat: ${n} berkas kini berstatus musnah.` : `Penyerahan dicatat: ${n} berkas kini berstatus diserahkan.`,
    );
  const konfirmasi = (v: Values) =>
    modal.confirm({
      title: musnah ? 'Catat pemusnahan arsip?' : 'Catat penyerahan arsip statis?',
      content: musnah
        ? `${n} berkas akan ditandai musnah dan salinan digitalnya dihapus permanen. Metadata dan Berita Acara disimpan selamanya. Langkah ini tidak dapat dibatalkan.`
        : `${n} berkas akan ditandai telah diserahkan ke lembaga kearsipan. Langkah ini tidak dapat dibatalkan.`,
      okText: musnah ? 'Ya, catat pemusnahan' : 'Ya, catat penyerahan',
      okButtonProps: { danger: musnah },
      cancelText: 'Periksa lagi',
      onOk: () => kirim(v),
    });

  return (
    <Form<Values>
      form={form}
      name="pelaksanaan"
      layout="vertical"
      disabled={terkunci}
      initialValues={{ tanggal: dayjs(), metode: musnah ? 'cacah' : undefined, saksi: [{}, {}] as PejabatNilai[] }}
      onFinish={konfirmasi}
    >
      {musnah ? (
        <PeringatanPemusnahan />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Penyerahan arsip statis kepada lembaga kearsipan."
          description="Setelah diserahkan, pengelolaan arsip statis menjadi tanggung jawab lembaga kearsipan; kantor menyimpan Berita Acara dan Daftar Arsip yang Diserahkan."
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <NomorItem name={['baNomor']} label={musnah ? 'Nomor Berita Acara Pemusnahan' : 'Nomor Berita Acara Penyerahan'} />
        </Col>
        <Col xs={24} md={10}>
          <TanggalItem label={musnah ? 'Tanggal pemusnahan' : 'Tanggal penyerahan'} />
        </Col>
      </Row>
      {musnah ? (
        <Form.Item label="Cara pemusnahan" name="metode" rules={[{ required: true, message: 'Pilih cara pemusnahan.' }]}>
          <Radio.Group options={METODE_PEMUSNAHAN.map((m) => ({ value: m, label: NAMA_METODE[m] }))} />
        </Form.Item>
      ) : null}
      <Form.Item
        label="Tempat"
        name="tempat"
        rules={[...wajib('Tempat'), { min: 3, message: 'Tempat minimal 3 karakter.' }, { max: 200, message: 'Maksimal 200 karakter.' }]}
      >
        <Input
          maxLength={200}
          placeholder={musnah ? 'mis. Halaman belakang Kantor Wilayah' : 'mis. Arsip Nasional Republik Indonesia, Jakarta'}
        />
      </Form.Item>
      <Form.List name="saksi" rules={[{ validator: cekSaksi }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                type="inner"
                title={`Saksi ${i + 1}`}
                style={{ marginBottom: 12 }}
                extra={
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                    Hapus
                  </Button>
                }
              >
                <PejabatFields name={[f.name]} full={['saksi', f.name]} label={`Saksi ${i + 1}`} />
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={terkunci || fields.length >= 10}>
              Tambah saksi
            </Button>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 16 }}>
        <Button type="primary" danger={musnah} htmlType="submit" loading={busy}>
          {musnah ? 'Catat Pelaksanaan Pemusnahan…' : 'Catat Pelaksanaan Penyerahan…'}
        </Button>
      </div>
    </Form>
  );
}
