// Owns Pengaturan › Akun Saya: one's own profile (auth.me) and the password change form.
import { Card, Col, Descriptions, Flex, Row, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { NAMA_PERAN } from '../../../shared/domain/roles.ts';
import { formatNip } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { TEKS } from '../../i18n/id.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

export function AkunSayaTab() {
  const { setUser } = useSession();
  const me = useQuery({ queryKey: ['auth.me'], queryFn: () => call('auth.me', {}), staleTime: 0 });
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Card title="Profil">
          {me.isPending ? (
            <BlockLoading />
          ) : me.isError ? (
            <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
          ) : (
            <Descriptions
              column={1}
              size="small"
              styles={{ label: { width: 140 } }}
              items={[
                { key: 'nama', label: 'Nama', children: me.data.nama },
                { key: 'username', label: 'Nama pengguna', children: me.data.username },
                { key: 'nip', label: 'NIP', children: me.data.nip ? formatNip(me.data.nip) : TEKS.kosong },
                { key: 'jabatan', label: 'Jabatan', children: me.data.jabatan ?? TEKS.kosong },
                {
                  key: 'peran',
                  label: 'Peran',
                  children: (
                    <Flex gap={4} wrap>
                      {me.data.roles.map((r) => (
                        <Tag key={r}>{NAMA_PERAN[r]}</Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="Ganti kata sandi">
          <ChangePasswordForm formName="gantiSandi" onChanged={() => me.data && setUser({ ...me.data, mustChangePassword: false })} />
        </Card>
      </Col>
    </Row>
  );
}
