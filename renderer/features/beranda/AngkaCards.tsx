// Owns the counts on Beranda; every figure comes from the database (satker.list, users.list).
import { Card, Flex, Statistic, Typography } from 'antd';
import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import { KETERANGAN_PERAN, NAMA_PERAN } from '../../../shared/domain/roles.ts';
import { formatAngka } from '../../../shared/format/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useSession } from '../../app/session.ts';
import { useSatker, useUsers } from './queries.ts';

export function AngkaCards() {
  const { isAdmin, session } = useSession();
  const satker = useSatker();
  const users = useUsers(isAdmin);
  const contoh = satker.data?.filter((s) => s.contoh).length ?? 0;
  const aktif = users.data?.filter((u) => u.aktif).length ?? 0;
  return (
    <Flex vertical gap={16} style={{ height: '100%' }}>
      <Card>
        {satker.isError ? (
          <ErrorAlert error={satker.error} onRetry={() => void satker.refetch()} />
        ) : (
          <Statistic
            title="Satuan kerja terdaftar"
            loading={satker.isPending}
            value={satker.data?.length ?? 0}
            formatter={(v) => formatAngka(Number(v))}
            prefix={<ApartmentOutlined />}
          />
        )}
        {contoh > 0 ? <Typography.Text type="secondary">Termasuk {formatAngka(contoh)} data contoh.</Typography.Text> : null}
      </Card>
      {isAdmin ? (
        <Card>
          {users.isError ? (
            <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
          ) : (
            <Statistic
              title="Pengguna SATU"
              loading={users.isPending}
              value={users.data?.length ?? 0}
              formatter={(v) => formatAngka(Number(v))}
              prefix={<TeamOutlined />}
            />
          )}
          {users.data ? <Typography.Text type="secondary">{formatAngka(aktif)} akun aktif.</Typography.Text> : null}
        </Card>
      ) : (
        <Card title="Peran Anda" size="small">
          {session.user.roles.map((r) => (
            <div key={r} style={{ marginBottom: 6 }}>
              <Typography.Text strong>{NAMA_PERAN[r]}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {KETERANGAN_PERAN[r]}
              </Typography.Text>
            </div>
          ))}
        </Card>
      )}
    </Flex>
  );
}
