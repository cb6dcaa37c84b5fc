// Owns the audit filter bar: date range, user, channel and entity.
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { contract, channelNames } from '../../../shared/ipc/contract.ts';
import { NAMA_ENTITAS } from '../../i18n/id.ts';

export type AuditFilter = { dari?: string; sampai?: string; actor?: string; channel?: string; entity?: string };
type Values = { dari?: Dayjs | null; sampai?: Dayjs | null; actor?: string; channel?: string; entity?: string };

const channelOptions = channelNames
  .filter((c) => contract[c].kind === 'write')
  .map((c) => ({ value: c, label: `${contract[c].title} (${c})` }));
const entityOptions = Object.entries(NAMA_ENTITAS).map(([value, label]) => ({ value, label }));

/** The audit stores UTC instants: a local day runs from its local midnight to the next one. */
const dayStart = (d: Dayjs | null | undefined) => (d ? d.startOf('day').toISOString() : undefined);
const dayEnd = (d: Dayjs | null | undefined) => (d ? d.add(1, 'day').startOf('day').toISOString() : undefined);
const text = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

export function AuditFilters({ onApply }: { onApply: (f: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) =>
    onApply({ dari: dayStart(v.dari), sampai: dayEnd(v.sampai), actor: text(v.actor), channel: v.channel, entity: v.entity });
  return (
    <Form form={form} name="saringAudit" layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
      <Form.Item label="Dari tanggal" name="dari">
        <DatePicker format="DD/MM/YYYY" placeholder="Pilih tanggal" />
      </Form.Item>
      <Form.Item label="Sampai tanggal" name="sampai">
        <DatePicker format="DD/MM/YYYY" placeholder="Pilih tanggal" />
      </Form.Item>
      <Form.Item label="Pengguna" name="actor">
        <Input placeholder="Nama pengguna" maxLength={64} style={{ width: 150 }} allowClear />
      </Form.Item>
      <Form.Item label="Kanal" name="channel">
        <Select options={channelOptions} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="Semua" style={{ width: 260 }} />
      </Form.Item>
      <Form.Item label="Entitas" name="entity">
        <Select options={entityOptions} allowClear placeholder="Semua" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          Terapkan
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          Atur ulang
        </Button>
      </Form.Item>
    </Form>
  );
}
