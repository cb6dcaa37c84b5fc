// Owns the idle timeout: after idleMinutes without mouse or keyboard the session ends locally (and on
// the server), with a warning one minute before. While the user is active, a light auth.me call at
// most once a minute keeps the server session (same limit) from expiring under an active user.
import { useEffect, useRef, useState } from 'react';
import { Button, Modal, Typography } from 'antd';
import { call } from '../lib/api.ts';
import { TEKS } from '../i18n/id.ts';
import { useSession } from './session.ts';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const KEEPALIVE_MS = 60_000;
const TICK_MS = 1_000;

export function IdleGuard() {
  const { session, signOut } = useSession();
  const limitMs = session.idleMinutes * 60_000;
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const [remaining, setRemaining] = useState<number | null>(null);

  useEffect(() => {
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastPing.current > KEEPALIVE_MS) {
        lastPing.current = now;
        void call('auth.me', {}).catch(() => undefined);
      }
    };
    for (const e of EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const left = limitMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        window.clearInterval(timer);
        void signOut(TEKS.sesiMenganggur);
      } else setRemaining(left <= 60_000 ? Math.ceil(left / 1000) : null);
    }, TICK_MS);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [limitMs, signOut]);

  return (
    <Modal
      open={remaining !== null}
      title="Sesi akan segera berakhir"
      closable={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={() => (lastActivity.current = Date.now())}>
          Tetap masuk
        </Button>
      }
    >
      <Typography.Paragraph>
        Tidak ada aktivitas selama beberapa waktu. Demi keamanan, sesi akan berakhir dalam <strong>{remaining ?? 0} detik</strong>.
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Gerakkan tetikus, tekan tombol apa saja, atau pilih “Tetap masuk” untuk melanjutkan.
      </Typography.Paragraph>
    </Modal>
  );
}
