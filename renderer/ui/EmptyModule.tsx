// Owns the honest empty state of a module that is not built yet: what it will offer, nothing faked.
import { Card, Result, Typography } from 'antd';
import { CheckCircleOutlined, ToolOutlined } from '@ant-design/icons';
import { TEKS } from '../i18n/id.ts';

type Props = { rencana: string[] };

export function EmptyModule({ rencana }: Props) {
  return (
    <Card>
      <Result
        icon={<ToolOutlined style={{ color: '#8c9bb0' }} />}
        title={TEKS.sedangDikembangkan}
        subTitle="Belum ada data yang dapat dikelola di sini. Fitur berikut sedang disiapkan dan akan hadir pada versi berikutnya."
        style={{ paddingBottom: 8 }}
      >
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          Yang akan tersedia
        </Typography.Title>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, columns: rencana.length > 5 ? 2 : 1, columnGap: 32 }}>
          {rencana.map((r) => (
            <li key={r} style={{ padding: '4px 0', breakInside: 'avoid' }}>
              <CheckCircleOutlined style={{ color: '#8c9bb0', marginInlineEnd: 8 }} aria-hidden />
              {r}
            </li>
          ))}
        </ul>
      </Result>
    </Card>
  );
}
