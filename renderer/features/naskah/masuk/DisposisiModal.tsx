// Owns the disposition form: "Beri Disposisi" (Pimpinan), "Catat Disposisi dari Lembar" (operator, with
// the Pimpinan picked) and "Teruskan Disposisi" (a recipient's own branch). The deadline is prefilled
// from disposisi.tenggat (the letter's urgency from now, skipping weekends and holidays) and editable.
import { useEffect, useState } from 'react';
import { Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { INSTRUKSI, NAMA_INSTRUKSI, NAMA_URGENSI } from '../../../../shared/domain/naskah/surat.ts';
import type { Instruksi } from '../../../../shared/domain/naskah/surat.ts';
import { call } from '../../../lib/api.ts';
import { showSubmitError } from '../../../lib/form-errors.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { PegawaiSelect } from '../PegawaiSelect.tsx';
import { UnitSelect } from '../UnitSelect.tsx';
import type { SuratDetail } from '../queries.ts';

export type ModeDisposisi = { kind: 'buat' } | { kind: 'lembar' } | { kind: 'teruskan'; penerimaId: number };
type Props = { mode: ModeDisposisi; surat: SuratDetail; userId: number; onClose: () => void; onDone: (d: SuratDetail) => void };
type Values = {
  atasNamaUserId?: number;
  kepada?: number[];
  kepadaUnit?: number[];
  instruksi?: Instruksi[];
  instruksiLain?: string;
  catatan?: string;
  batasWaktu?: Dayjs | null;
};

const JUDUL = { buat: 'Beri Disposisi', lembar: 'Catat Disposisi dari Lembar', teruskan: 'Teruskan Disposisi' } as const;
const OK = { buat: 'Kirim Disposisi', lembar: 'Catat Disposisi', teruskan: 'Teruskan' } as const;

function kirim(mode: ModeDisposisi, suratMasukId: number, v: Values): Promise<SuratDetail> {
  const isi = {
    kepada: v.kepada ?? [],
    kepadaUnit: v.kepadaUnit ?? [],
    instruksi: v.instruksi ?? [],
    instruksiLain: v.instruksiLain ?? null,
    catatan: v.catatan ?? null,
    batasWaktu: v.batasWaktu ? v.batasWaktu.second(0).millisecond(0).toDate().toISOString() : null,
  };
  if (mode.kind === 'teruskan') return call('disposisi.forward', { penerimaId: mode.penerimaId, ...isi });
  return call('disposisi.create', { suratMasukId, ...isi, atasNamaUserId: mode.kind === 'lembar' ? v.atasNamaUserId : null });
}

export function DisposisiModal({ mode, surat, userId, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const [sekarang] = useState(() => new Date().toISOString());
  const tenggat = useQuery({
    queryKey: ['disposisi.tenggat', surat.urgensi, sekarang],
    queryFn: () => call('disposisi.tenggat', { urgensi: surat.urgensi, diterimaPada: sekarang }),
  });
  const pimpinan = Form.useWatch('atasNamaUserId', form);
  useEffect(() => {
    if (tenggat.data && !form.isFieldTouched('batasWaktu')) form.setFieldValue('batasWaktu', dayjs(tenggat.data.batas));
  }, [tenggat.data, form]);

  const simpan = async (v: Values) => {
    setBusy(true);
    try {
      const d = await kirim(mode, surat.id, v);
      notify.success(mode.kind === 'teruskan' ? 'Disposisi diteruskan.' : 'Disposisi dicatat dan dikirim ke penerima.');
      onDone(d);
    } catch (e) {
      const rename = (n: (string | number)[]) => (n[0] === 'kepada' || n[0] === 'kepadaUnit' ? [n[0]] : n);
      showSubmitError(form, e, notify.error, rename);
    } finally {
      setBusy(false);
    }
  };

  const dari = mode.kind === 'lembar' ? pimpinan : userId;
  return (
    <Modal
      open
      title={JUDUL[mode.kind]}
      okText={OK[mode.kind]}
      cancelText="Batal"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Surat {surat.nomorAgenda}: {surat.hal}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="disposisi"
        layout="vertical"
        onFinish={(v) => void simpan(v)}
        initialValues={{ instruksi: [], kepada: [], kepadaUnit: [] }}
      >
        {mode.kind === 'lembar' ? (
          <Form.Item
            label="Pimpinan pemberi disposisi"
            name="atasNamaUserId"
            rules={[{ required: true, message: 'Pilih pimpinan yang menulis lembar disposisi.' }]}
            extra="Disposisi tercatat atas nama pimpinan ini, dengan keterangan dicatat oleh Anda dari lembar disposisi."
          >
            <PegawaiSelect boleh={(p) => p.roles.includes('pimpinan')} placeholder="Pilih pimpinan" />
          </Form.Item>
        ) : null}
        <Form.Item
          label="Kepada pejabat"
          name="kepada"
          dependencies={['kepadaUnit']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, v?: number[]) => {
                if ((v?.length ?? 0) + ((getFieldValue('kepadaUnit') as number[] | undefined)?.length ?? 0) === 0)
                  throw new Error('Pilih minimal satu pejabat atau unit penerima.');
              },
            }),
          ]}
        >
          <PegawaiSelect mode="multiple" boleh={(p) => p.id !== dari && p.id !== userId} placeholder="Ketik nama pejabat" />
        </Form.Item>
        <Form.Item
          label="Kepada unit"
          name="kepadaUnit"
          extra="Disposisi kepada unit diterima kepala unitnya. Unit tanpa kepala unit diatur administrator di Pengaturan → Pengguna."
        >
          <UnitSelect mode="multiple" untukDisposisi={{ kecualiUserId: dari }} placeholder="Ketik nama unit (boleh dikosongkan)" />
        </Form.Item>
        <Form.Item label="Instruksi" name="instruksi">
          <Checkbox.Group
            options={INSTRUKSI.map((i) => ({ value: i, label: NAMA_INSTRUKSI[i] }))}
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
          />
        </Form.Item>
        <Form.Item label="Instruksi lain" name="instruksiLain">
          <Input maxLength={300} placeholder="Boleh dikosongkan" />
        </Form.Item>
        <Form.Item label="Catatan" name="catatan">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="Batas waktu"
          name="batasWaktu"
          extra={
            tenggat.data
              ? `Bawaan menurut urgensi surat (${NAMA_URGENSI[surat.urgensi]}): ${tenggat.data.keterangan}. Boleh diubah.`
              : 'Bila dikosongkan, batas waktu mengikuti urgensi surat.'
          }
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: 260 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
