// Owns "Catat Surat Masuk" (#/naskah/masuk/baru): the agenda entry with scans (suratMasuk.create). A
// letter already registered (same sender, number and date) is refused with CONFLICT; the operator may
// then tick "Tetap catat (surat berbeda)" and save again (abaikanDuplikat).
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract.ts';
import { call, isApiError } from '../../../lib/api.ts';
import { applyIssues } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { kirimBerkas } from '../BerkasListField.tsx';
import type { BerkasBaru } from '../BerkasListField.tsx';
import { useHak } from '../peran.ts';
import { refreshNaskah } from '../queries.ts';
import { SuratMasukFields } from './SuratMasukFields.tsx';

type Input = ChannelInput<'suratMasuk.create'>;
type Values = Omit<Input, 'diterimaPada' | 'tanggalNaskah' | 'berkas' | 'sisipan'> & {
  diterimaPada: Dayjs;
  tanggalNaskah: Dayjs;
  berkas?: BerkasBaru[];
  sisipanAktif?: boolean;
  sisipan?: { setelahNoAgenda: number; alasan: string };
};

const AWAL: Partial<Values> = { jenisNaskah: 'surat_dinas', media: 'fisik', urgensi: 'biasa', keamanan: 'B', berkas: [] };

/** Form values → the channel's input (the channel is strict: no form-only keys). */
const keInput = ({ sisipanAktif, sisipan, diterimaPada, tanggalNaskah, berkas, ...v }: Values): Input => ({
  ...v,
  diterimaPada: diterimaPada.second(0).millisecond(0).format(),
  tanggalNaskah: tanggalNaskah.format('YYYY-MM-DD'),
  klasifikasiKode: v.klasifikasiKode ?? null,
  berkas: kirimBerkas(berkas),
  sisipan: sisipanAktif && sisipan ? sisipan : null,
  abaikanDuplikat: v.abaikanDuplikat ?? false,
});

export function CatatSuratMasuk() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notify = useNotify();
  const { operator } = useHak();
  const [busy, setBusy] = useState(false);
  const [duplikat, setDuplikat] = useState<string | null>(null);

  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      const d = await call('suratMasuk.create', keInput(v));
      notify.success(`Surat masuk dicatat dengan nomor agenda ${d.nomorAgenda}.`);
      void refreshNaskah(qc);
      navigate(`/naskah/masuk/${d.id}`, { replace: true });
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT' && e.issues.some((i) => i.path === 'nomorNaskah')) {
        setDuplikat(e.message);
        applyIssues(form, e.issues);
      } else if (!(isApiError(e) && e.code === 'VALIDATION' && applyIssues(form, e.issues).unplaced.length === 0)) notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  if (!operator) return <Alert type="warning" showIcon title="Hanya Operator Persuratan dan Administrator yang mencatat surat masuk." />;

  return (
    <Card
      title="Catat Surat Masuk"
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/naskah/masuk')}>
          Kembali ke agenda
        </Button>
      }
    >
      <Form<Values>
        form={form}
        name="suratMasuk"
        layout="vertical"
        initialValues={{ ...AWAL, diterimaPada: dayjs() }}
        onFinish={(v) => void simpan(v)}
        onValuesChange={(c: Partial<Values>) => {
          if ('abaikanDuplikat' in c && c.abaikanDuplikat) form.setFields([{ name: 'nomorNaskah', errors: [] }]);
        }}
        scrollToFirstError
      >
        <SuratMasukFields />
        {duplikat ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="Surat ini tampaknya sudah tercatat"
            description={
              <>
                <div style={{ marginBottom: 8 }}>{duplikat}</div>
                <Form.Item name="abaikanDuplikat" valuePropName="checked" style={{ margin: 0 }}>
                  <Checkbox>Tetap catat (surat berbeda)</Checkbox>
                </Form.Item>
              </>
            }
          />
        ) : null}
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => navigate('/naskah/masuk')}>Batal</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            Catat Surat Masuk
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
