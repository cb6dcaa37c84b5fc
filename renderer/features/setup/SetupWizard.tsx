// Owns the first-run wizard ("Penyiapan Awal SATU"): office, first administrator, sample data,
// then setup.run and an automatic sign-in with the new administrator.
import { useState } from 'react';
import { Button, Card, Flex, Form, Steps, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call, isApiError } from '../../lib/api.ts';
import { applyIssues } from '../../lib/form-errors.ts';
import type { NamePath } from '../../lib/form-errors.ts';
import { useNotify } from '../../lib/use-notify.ts';
import type { SetupInput } from '../../../shared/domain/kantor.ts';
import type { LoginResult } from '../../app/session.ts';
import { ErrorScreen } from '../../ui/ErrorScreen.tsx';
import { FullScreenLoading } from '../../ui/Loading.tsx';
import { KANTOR_FIELDS, KantorFields } from './KantorFields.tsx';
import { ADMIN_FIELDS, AdminFields } from './AdminFields.tsx';
import { RingkasanStep } from './RingkasanStep.tsx';
import { useReferensi } from './use-referensi.ts';
import { SetupFrame } from './SetupFrame.tsx';

type Props = { onSignedIn: (r: LoginResult) => Promise<void> };

const STEP_FIELDS: NamePath[][] = [KANTOR_FIELDS.map((f) => ['kantor', f]), ADMIN_FIELDS];
const STEPS = [
  { title: 'Kantor', content: 'Identitas dan kode' },
  { title: 'Administrator pertama', content: 'Akun pengelola' },
  { title: 'Data contoh', content: 'Ringkasan' },
];

type Values = SetupInput & { ulangiSandi?: string };

const stepOf = (name: NamePath) => (name[0] === 'kantor' ? 0 : name[0] === 'admin' || name[0] === 'ulangiSandi' ? 1 : 2);

export function SetupWizard({ onSignedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const referensi = useReferensi();
  const notify = useNotify();
  const qc = useQueryClient();

  if (referensi.isPending) return <FullScreenLoading tip="Memuat daftar Kantor Wilayah…" />;
  if (referensi.isError)
    return <ErrorScreen title="Penyiapan tidak dapat dimulai" error={referensi.error} onRetry={() => void referensi.refetch()} />;

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step] ?? []);
      setStep((s) => s + 1);
      window.scrollTo({ top: 0 });
    } catch (e) {
      // antd marks the fields; bring the first one into view.
      const first = (e as { errorFields?: { name: NamePath }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    }
  };

  const finish = async () => {
    const v = form.getFieldsValue(true) as Values;
    const input: SetupInput = { kantor: v.kantor, admin: v.admin, muatDataContoh: v.muatDataContoh === true };
    setBusy(true);
    setUnplaced([]);
    try {
      await call('setup.run', input);
    } catch (e) {
      setBusy(false);
      if (isApiError(e) && e.issues.length > 0) {
        const { applied, unplaced: rest } = applyIssues(form, e.issues);
        setUnplaced(rest.map((i) => `${i.path}: ${i.message}`));
        const first = applied[0];
        if (first) {
          setStep(stepOf(first));
          window.setTimeout(() => form.scrollToField(first, { block: 'center' }), 0);
        }
      }
      notify.error(e);
      return;
    }
    try {
      await onSignedIn(await call('auth.login', { username: input.admin.username, password: input.admin.password }));
    } catch (e) {
      notify.error(e);
      await qc.invalidateQueries({ queryKey: ['app.status'] });
    }
  };

  return (
    <SetupFrame>
      <Steps current={step} items={STEPS} style={{ marginBottom: 24 }} />
      <Card>
        <Form
          form={form}
          name="penyiapan"
          layout="vertical"
          requiredMark
          initialValues={{ kantor: { jenis: 'kanwil' }, muatDataContoh: false }}
          scrollToFirstError
        >
          <div hidden={step !== 0}>
            <Typography.Title level={3}>Identitas kantor</Typography.Title>
            <KantorFields form={form} prefix={['kantor']} referensi={referensi.data} />
          </div>
          <div hidden={step !== 1}>
            <Typography.Title level={3}>Administrator pertama</Typography.Title>
            <Typography.Paragraph type="secondary">
              Akun ini mengelola pengguna, identitas kantor, cadangan data dan jejak audit.
            </Typography.Paragraph>
            <AdminFields />
          </div>
          <div hidden={step !== 2}>
            <Typography.Title level={3}>Data contoh dan ringkasan</Typography.Title>
            <RingkasanStep form={form} referensi={referensi.data} unplaced={unplaced} />
          </div>
        </Form>
        <Flex justify="space-between" style={{ marginTop: 8 }}>
          <Button disabled={step === 0 || busy} onClick={() => setStep((s) => s - 1)}>
            Kembali
          </Button>
          {step < 2 ? (
            <Button type="primary" onClick={() => void next()}>
              Lanjut
            </Button>
          ) : (
            <Button type="primary" loading={busy} onClick={() => void finish()}>
              Selesai
            </Button>
          )}
        </Flex>
      </Card>
    </SetupFrame>
  );
}
