// Owns the full-page error shown when SATU cannot start or a whole page cannot load.
import { Button, Result, Typography } from 'antd';
import { describeError } from '../lib/errors.ts';
import { TEKS } from '../i18n/id.ts';

type Props = { title: string; error: unknown; onRetry?: () => void; retrying?: boolean };

export function ErrorScreen({ title, error, onRetry, retrying }: Props) {
  const t = describeError(error);
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5', padding: 24 }}>
      <Result
        status={t.code === 'DB_CORRUPT' || t.code === 'INTERNAL' ? 'error' : 'warning'}
        title={title}
        subTitle={t.title}
        style={{ background: '#fff', borderRadius: 8, maxWidth: 640, boxShadow: '0 1px 4px rgba(0,0,0,0.08)' }}
        extra={
          onRetry ? (
            <Button type="primary" onClick={onRetry} loading={retrying}>
              {TEKS.cobaLagi}
            </Button>
          ) : undefined
        }
      >
        <Typography.Paragraph style={{ fontSize: 15, marginBottom: 0 }}>{t.message}</Typography.Paragraph>
      </Result>
    </div>
  );
}
