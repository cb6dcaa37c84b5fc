// Owns choosing roles: one checkbox per role with its description (KETERANGAN_PERAN).
import { Checkbox, Flex, Typography } from 'antd';
import { KETERANGAN_PERAN, NAMA_PERAN, ROLES } from '../../../shared/domain/roles.ts';
import type { Role } from '../../../shared/domain/roles.ts';

type Props = { id?: string; value?: Role[]; onChange?: (v: Role[]) => void };

export function PeranField({ id, value, onChange }: Props) {
  return (
    <div id={id} role="group" aria-label="Peran">
      <Checkbox.Group value={value} onChange={(v) => onChange?.(v as Role[])} style={{ width: '100%' }}>
        <Flex vertical gap={6}>
          {ROLES.map((r) => (
            <Checkbox key={r} value={r}>
              <Typography.Text strong>{NAMA_PERAN[r]}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {KETERANGAN_PERAN[r]}
              </Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </div>
  );
}
