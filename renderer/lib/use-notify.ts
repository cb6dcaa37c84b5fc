// Owns the app-wide way to tell the user that something worked or failed (antd App context).
import { App } from 'antd';
import { describeError } from './errors.ts';

export function useNotify() {
  const { notification, message } = App.useApp();
  return {
    error: (e: unknown) => {
      const t = describeError(e);
      notification.error({ title: t.title, description: t.message, placement: 'topRight' });
    },
    success: (text: string) => void message.success(text),
  };
}
