// Owns Pengaturan › Identitas Kantor: kantor.get into the form, kantor.update out, and a live kop preview.
import { useState } from 'react';
import { Button, Card, Flex, Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { showSubmitError } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import type { KantorInput, JenisSatker } from '../../../shared/domain/kantor.ts';
import { KANTOR_FIELDS, KantorFields } from '../setup/KantorFields.tsx';
import { useReferensi } from '../setup/use-referensi.ts';
import { useKantor } from '../beranda/queries.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { KopPreview, alamatKop } from './KopPreview.tsx';

export function IdentitasTab() {
  const [form] = Form.useForm<KantorInput>();
  const kantor = useKantor();
  const referensi = useReferensi();
  const qc = useQueryClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const values = (Form.useWatch([], { form, preserve: true }) ?? {}) as Partial<KantorInput>;

  if (kantor.isPending || referensi.isPending) return <BlockLoading />;
  if (kantor.isError) return <ErrorAlert error={kantor.error} onRetry={() => void kantor.refetch()} />;
  if (referensi.isError) return <ErrorAlert error={referensi.error} onRetry={() => void referensi.refetch()} />;

  const save = async (v: KantorInput) => {
    setBusy(true);
    try {
      // Only the form's own fields: the stored record also carries satkerId and kopBaris.
      const input = Object.fromEntries(KANTOR_FIELDS.map((f) => [f, v[f] ?? null])) as KantorInput;
      const saved = await call('kantor.update', input);
      qc.setQueryData(['kantor.get'], saved);
      await qc.invalidateQueries({ predicate: (q) => ['app.status', 'satker.list'].includes(String(q.queryKey[0])) });
      notify.success('Identitas kantor tersimpan.');
    } catch (e) {
      showSubmitError(form, e, notify.error);
    } finally {
      setBusy(false);
    }
  };

  const provinsi = referensi.data.kanwil.find((k) => k.no === values.kanwilNo)?.provinsi ?? '';
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
      <Card title="Pratinjau kop surat" size="small">
        <KopPreview
          nama={values.nama ?? ''}
          jenis={(values.jenis ?? kantor.data.jenis) as JenisSatker}
          provinsi={provinsi}
          logo={values.logo ?? null}
          alamatBaris={alamatKop(values)}
        />
      </Card>
      <Card title="Data identitas">
        <Form form={form} name="identitas" layout="vertical" initialValues={kantor.data} onFinish={(v) => void save(v)}>
          <KantorFields form={form} prefix={[]} referensi={referensi.data} />
          <Button type="primary" htmlType="submit" loading={busy}>
            Simpan perubahan
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
