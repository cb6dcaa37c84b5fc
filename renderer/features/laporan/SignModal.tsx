// Owns the signing dialog: Pimpinan picks one of their own usable certificates and types its passphrase;
// the caller signs with them (laporan.sign, naskahKeluar.sign). Without a certificate it says how to get one.
import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatTanggal } from '../../../shared/format/index.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { bisaDipakai, useSertifikat } from '../sertifikat/queries.ts';
import type { Sertifikat } from '../sertifikat/queries.ts';
import { NAMA_SUMBER, StatusTag } from '../sertifikat/SertifikatStatus.tsx';

export type Tandatangan = { sertifikatId: number; passphrase: string };
type Props = {
  /** Modal title, e.g. "Tanda Tangani Laporan". */
  judul: string;
  /** What is signed: its kind ("Laporan", "Naskah") and name. */
  dokumen: { label: string; nama: string };
  /** Signs and reports success; a thrown ApiError is shown on the fields or as a notification. */
  onSign: (v: Tandatangan) => Promise<void>;
  onClose: () => void;
};
type Values = Tandatangan;

const sampai = (s: Sertifikat) => `berlaku s.d. ${formatTanggal(new Date(s.berlakuSampai))}`;

function OpsiSertifikat({ s }: { s: Sertifikat }) {
  return (
    <Flex vertical style={{ padding: '2px 0' }}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{s.subjek}</Typography.Text>
        <StatusTag s={s} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
        Penerbit: {s.penerbit} · {NAMA_SUMBER[s.sumber]} · {sampai(s)}
      </Typography.Text>
    </Flex>
  );
}

export function SignModal({ judul, dokumen, onSign, onClose }: Props) {
  const { session } = useSession();
  const navigate = useNavigate();
  const list = useSertifikat();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const milik = (list.data ?? []).filter((s) => s.userId === session.user.id && bisaDipakai(s));
  const siap = list.isSuccess && milik.length > 0;

  const sign = async (v: Values) => {
    setBusy(true);
    try {
      await onSign({ sertifikatId: v.sertifikatId, passphrase: v.passphrase });
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };

  const footer = siap
    ? [
        <Button key="batal" onClick={onClose}>
          Batal
        </Button>,
        <Button key="ttd" type="primary" loading={busy} onClick={() => form.submit()}>
          Tanda Tangani
        </Button>,
      ]
    : [
        <Button key="tutup" onClick={onClose}>
          Tutup
        </Button>,
      ];

  return (
    <Modal open title={judul} footer={footer} onCancel={onClose} width={640} destroyOnHidden>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'dokumen', label: dokumen.label, children: dokumen.nama },
          { key: 'ttd', label: 'Penanda tangan', children: [session.user.nama, session.user.jabatan].filter(Boolean).join(', ') },
        ]}
      />
      {list.isPending ? <BlockLoading /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && milik.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title="Anda belum memiliki sertifikat tanda tangan yang berlaku"
          description="Impor sertifikat .p12 di Pengaturan › Sertifikat, atau minta administrator menerbitkan sertifikat penanda tangan dari Otoritas Sertifikat Kantor."
          action={
            <Button size="small" onClick={() => navigate('/pengaturan/sertifikat')}>
              Buka Pengaturan › Sertifikat
            </Button>
          }
        />
      ) : null}
      {siap ? (
        <Form
          form={form}
          name="tandaTangan"
          layout="vertical"
          initialValues={{ sertifikatId: milik.length === 1 ? milik[0]?.id : undefined }}
          onFinish={(v) => void sign(v)}
        >
          <Form.Item label="Sertifikat" name="sertifikatId" rules={[{ required: true, message: 'Pilih sertifikat.' }]}>
            <Select
              options={milik.map((s) => ({ value: s.id, label: `${s.subjek} (${sampai(s)})`, sertifikat: s }))}
              optionRender={(o) => <OpsiSertifikat s={o.data.sertifikat} />}
              placeholder="Pilih sertifikat"
            />
          </Form.Item>
          <Form.Item
            label="Kata sandi sertifikat"
            name="passphrase"
            rules={[{ required: true, message: 'Kata sandi sertifikat wajib diisi.' }]}
            extra="Kata sandi hanya dipakai untuk membuka sertifikat dan tidak disimpan SATU."
          >
            <Input.Password maxLength={256} autoComplete="off" autoFocus />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
