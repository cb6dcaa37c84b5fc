// Owns the step "Pembentukan Panitia Penilai Arsip": the SK's nomor and tanggal and the members
// (at least three: a ketua, a sekretaris and anggota; A.14).
import { Button, Card, Form, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { AnggotaPanitia } from '../../../../../shared/domain/arsip/dokumen.ts';
import { NomorTanggal, PejabatFields, kePejabat, keIso } from '../fields.tsx';
import type { PejabatNilai } from '../fields.tsx';
import { NAMA_PERAN_PANITIA } from '../nama.ts';
import { useRekam } from './rekam.ts';
import type { LangkahProps } from './rekam.ts';

type Anggota = PejabatNilai & { peran: AnggotaPanitia['peran'] };
type Values = { nomor: string; tanggal: Dayjs; anggota: Anggota[] };

const PERAN = (['ketua', 'sekretaris', 'anggota'] as const).map((v) => ({ value: v, label: NAMA_PERAN_PANITIA[v] }));

async function cekAnggota(_r: unknown, list: Anggota[] | undefined) {
  const a = list ?? [];
  if (a.length < 3) throw new Error('Panitia penilai minimal tiga orang (ketua, sekretaris, anggota).');
  if (a.length > 15) throw new Error('Panitia penilai paling banyak 15 orang.');
  if (a.filter((x) => x?.peran === 'ketua').length !== 1) throw new Error('Tetapkan tepat satu ketua.');
  if (!a.some((x) => x?.peran === 'sekretaris')) throw new Error('Tetapkan seorang sekretaris.');
}

export function PanitiaForm({ p, terkunci, onDone }: LangkahProps) {
  const [form] = Form.useForm<Values>();
  const { busy, rekam } = useRekam(p, onDone);
  const kirim = (v: Values) =>
    void rekam(
      form,
      {
        langkah: 'panitia',
        nomor: v.nomor.trim(),
        tanggal: keIso(v.tanggal),
        anggota: v.anggota.map((a) => ({ ...kePejabat(a), peran: a.peran })),
      },
      'Panitia Penilai Arsip dicatat. Keputusannya siap ditandatangani Pimpinan.',
    );
  return (
    <Form<Values>
      form={form}
      name="panitiaPenilai"
      layout="vertical"
      disabled={terkunci}
      initialValues={{
        tanggal: dayjs(),
        anggota: [{ peran: 'ketua' }, { peran: 'sekretaris' }, { peran: 'anggota' }] as Anggota[],
      }}
      onFinish={kirim}
    >
      <NomorTanggal nomor="Nomor Keputusan (SK) panitia" tanggal="Tanggal Keputusan" />
      <Typography.Paragraph type="secondary">
        Ketua dan sekretaris dari unit pengolah atau unit kearsipan; anggota dari unit hukum, pengawasan, kepegawaian atau keuangan sesuai
        arsip yang dinilai.
      </Typography.Paragraph>
      <Form.List name="anggota" rules={[{ validator: cekAnggota }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                type="inner"
                style={{ marginBottom: 12 }}
                title={
                  <Form.Item name={[f.name, 'peran']} noStyle>
                    <Select options={PERAN} style={{ width: 150 }} aria-label={`Peran anggota ${i + 1}`} />
                  </Form.Item>
                }
                extra={
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                    Hapus
                  </Button>
                }
              >
                <PejabatFields name={[f.name]} full={['anggota', f.name]} label={`Anggota panitia ${i + 1}`} />
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ peran: 'anggota' })} disabled={terkunci || fields.length >= 15}>
              Tambah anggota
            </Button>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={busy} icon={<SaveOutlined />}>
          Simpan Panitia Penilai
        </Button>
      </div>
    </Form>
  );
}
