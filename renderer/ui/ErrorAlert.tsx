// Owns the inline error box for a part of a page that failed to load, with a retry button.
import { Alert, Button } from 'antd';
import { describeError } from '../lib/errors.ts';
import { TEKS } from '../i18n/id.ts';

type Props = { error: unknown; onRetry?: () => void };

export function ErrorAlert({ error, onRetry }: Props) {
  const t = describeError(error);
  return (
    <Alert
      type="error"
      showIcon
      title={t.title}
      description={t.message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {TEKS.cobaLagi}
          </Button>
        ) : undefined
      }
    />
  );
}
