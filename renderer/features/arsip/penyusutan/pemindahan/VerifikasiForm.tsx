// Owns the physical check of a proposed pemindahan by the unit kearsipan (B.6 step 3): every berkas
// Sesuai or Tidak with a note for each Tidak; all Sesuai → diverifikasi, otherwise ditolak.
import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Switch, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { formatAngka } from '../../../../../shared/format/index.ts';
import { call } from '../../../../lib/api.ts';
import { showSubmitError } from '../../../../lib/form-errors.ts';
import { useNotify } from '../../../../lib/use-notify.ts';
import { BerkasTable } from '../BerkasTable.tsx';
import type { BerkasPindah, PemindahanDetail } from '../queries.ts';

type Hasil = { berkasId: number; sesuai: boolean; catatan?: string };
type Values = { hasil: Hasil[]; catatan?: string };
type Props = { p: PemindahanDetail; onDone: (p: PemindahanDetail, pesan: string) => void };

export function VerifikasiForm({ p, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const { modal } = App.useApp();
  const hasil = Form.useWatch('hasil', form) ?? [];
  const tidak = hasil.filter((h) => h && !h.sesuai).length;
  const indexOf = (b: BerkasPindah) => p.berkas.findIndex((x) => x.id === b.id);

  const kirim = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('pemindahan.verify', {
        id: p.id,
        hasil: p.berkas.map((b, i) => {
          const h = v.hasil[i];
          const sesuai = h?.sesuai !== false;
          return { berkasId: b.id, sesuai, catatan: sesuai ? null : h?.catatan?.trim() || null };
        }),
        catatan: v.catatan?.trim() || null,
      });
      onDone(d, d.status === 'diverifikasi' ? 'Semua berkas sesuai; pemindahan diverifikasi.' : 'Usulan pemindahan ditolak.');
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };
  const konfirmasi = (v: Values) => {
    if (v.hasil.every((h) => h.sesuai)) return void kirim(v);
    modal.confirm({
      title: 'Tolak usulan pemindahan?',
      content: `${formatAngka(tidak)} berkas tidak sesuai dengan fisiknya. Usulan akan ditolak dan unit pengolah perlu mengajukan usulan baru setelah memperbaikinya.`,
      okText: 'Ya, simpan dan tolak',
      okButtonProps: { danger: true },
      cancelText: 'Periksa lagi',
      onOk: () => kirim(v),
    });
  };

  const ekstra: TableColumnsType<BerkasPindah> = [
    {
      title: 'Fisik',
      key: 'sesuai',
      width: 110,
      render: (_, b) => (
        <Form.Item name={['hasil', indexOf(b), 'sesuai']} valuePropName="checked" style={{ margin: 0 }}>
          <Switch checkedChildren="Sesuai" unCheckedChildren="Tidak" aria-label={`Fisik berkas ${b.nomorBerkas} sesuai`} />
        </Form.Item>
      ),
    },
    {
      title: 'Catatan',
      key: 'catatan',
      width: 220,
      render: (_, b) => (
        <Form.Item
          name={['hasil', indexOf(b), 'catatan']}
          dependencies={[['hasil', indexOf(b), 'sesuai']]}
          style={{ margin: 0 }}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, v: unknown) => {
                if (getFieldValue(['hasil', indexOf(b), 'sesuai']) !== false) return;
                if (typeof v !== 'string' || !v.trim()) throw new Error('Tulis apa yang tidak sesuai.');
              },
            }),
          ]}
        >
          <Input maxLength={500} placeholder="Wajib bila tidak sesuai" aria-label={`Catatan berkas ${b.nomorBerkas}`} />
        </Form.Item>
      ),
    },
  ];

  return (
    <Form<Values>
      form={form}
      name="verifikasiPemindahan"
      layout="vertical"
      initialValues={{
        hasil: p.berkas.map((b) => ({ berkasId: b.id, sesuai: b.sesuai ?? true, catatan: b.catatanVerifikasi ?? '' })),
      }}
      onFinish={() => konfirmasi(form.getFieldsValue(true) as Values)}
    >
      <Typography.Paragraph type="secondary">
        Periksa setiap berkas di boks terhadap daftar usul pindah: kelengkapan item, uraian, kurun waktu dan kondisi fisik. Berkas yang
        tidak sesuai dikembalikan ke unit pengolah.
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} wrap gap={8}>
        <Typography.Text>
          {formatAngka(hasil.length - tidak)} sesuai · {formatAngka(tidak)} tidak sesuai
        </Typography.Text>
        <Button
          size="small"
          icon={<CheckOutlined />}
          onClick={() =>
            form.setFieldValue(
              'hasil',
              p.berkas.map((b) => ({ berkasId: b.id, sesuai: true, catatan: '' })),
            )
          }
        >
          Tandai semua sesuai
        </Button>
      </Flex>
      <BerkasTable berkas={p.berkas} ekstra={ekstra} semua tanpaBoks />
      <Form.Item label="Catatan verifikasi (boleh dikosongkan)" name="catatan" style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {tidak > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${formatAngka(tidak)} berkas tidak sesuai: usulan akan ditolak.`}
          description="Pemindahan hanya diterima bila semua berkas sesuai dengan fisiknya."
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} icon={<SafetyCertificateOutlined />}>
        Simpan Hasil Verifikasi
      </Button>
    </Form>
  );
}
