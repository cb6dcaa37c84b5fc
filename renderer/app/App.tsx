// Owns booting: app status first, then the setup wizard, the login screen or the shell.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { call, clearSession, getToken, onSessionEnded, saveSession, storedIdleMinutes } from '../lib/api.ts';
import { IDLE_MINUTES } from '../../shared/domain/akun.ts';
import { ErrorScreen } from '../ui/ErrorScreen.tsx';
import { FullScreenLoading } from '../ui/Loading.tsx';
import { SetupWizard } from '../features/setup/SetupWizard.tsx';
import { LoginPage } from '../features/akun/LoginPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { SessionContext } from './session.ts';
import type { LoginResult, Session, SessionApi } from './session.ts';

export const STATUS_KEY = ['app.status'] as const;
const START_PATH = '/beranda';

/** Everything cached for a user goes when the session ends; the app status stays. */
function dropUserData(qc: QueryClient): void {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
}

function useRestoredSession(ready: boolean, setSession: (s: Session) => void): boolean {
  const [restoring, setRestoring] = useState(() => getToken() !== null);
  useEffect(() => {
    if (!restoring || !ready) return;
    let live = true;
    call('auth.me', {})
      .then((user) => live && setSession({ user, idleMinutes: storedIdleMinutes() ?? IDLE_MINUTES }))
      .catch(() => clearSession())
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
    };
  }, [restoring, ready, setSession]);
  return restoring;
}

export function App() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => call('app.status', {}) });
  const [session, setSession] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ready = status.data !== undefined && !status.data.perluSetup;
  const navigate = useNavigate();
  const { pathname } = useLocation();
  /**
   * The router applies navigations as transitions, so right after a sign-in the shell could first render
   * the previous user's page (and its redirects); it waits until the router has arrived at the start page.
   */
  const [pendingPath, setPendingPath] = useState<string | null>(null);
  const arrived = pendingPath === null || pendingPath === pathname;
  useEffect(() => {
    if (pendingPath !== null && pendingPath === pathname) setPendingPath(null);
  }, [pendingPath, pathname]);
  /** Who was signed in last: the same user coming back (after idle) stays on the page, anyone else starts at Beranda. */
  const lastUserId = useRef<number | null>(null);
  const restore = useCallback((s: Session) => {
    lastUserId.current = s.user.id;
    setSession(s);
  }, []);
  const restoring = useRestoredSession(ready, restore);

  useEffect(
    () =>
      onSessionEnded((message) => {
        setSession(null);
        setNotice(message);
        dropUserData(qc);
      }),
    [qc],
  );

  const signIn = useCallback(
    async (r: LoginResult) => {
      saveSession(r.token, r.idleMinutes);
      setNotice(null);
      setSession({ user: r.user, idleMinutes: r.idleMinutes });
      if (lastUserId.current !== r.user.id) {
        setPendingPath(START_PATH);
        navigate(START_PATH, { replace: true });
      }
      lastUserId.current = r.user.id;
      await qc.invalidateQueries({ queryKey: STATUS_KEY });
    },
    [qc, navigate],
  );

  const api = useMemo<SessionApi | null>(() => {
    if (!session) return null;
    return {
      session,
      isAdmin: session.user.roles.includes('administrator'),
      namaKantor: status.data?.namaKantor ?? null,
      setUser: (user) => setSession((s) => (s ? { ...s, user } : s)),
      signOut: async (message) => {
        await call('auth.logout', {}).catch(() => undefined);
        clearSession();
        setSession(null);
        setNotice(message ?? null);
        dropUserData(qc);
      },
    };
  }, [session, status.data?.namaKantor, qc]);

  if (status.data === undefined) {
    if (!status.isError) return <FullScreenLoading tip="Memuat SATU…" />;
    return (
      <ErrorScreen
        title="SATU tidak dapat dimulai"
        error={status.error}
        onRetry={() => void status.refetch()}
        retrying={status.isFetching}
      />
    );
  }
  if (status.data.perluSetup) return <SetupWizard onSignedIn={signIn} />;
  if (restoring) return <FullScreenLoading tip="Memulihkan sesi…" />;
  if (!arrived) return <FullScreenLoading tip="Membuka Beranda…" />;
  if (!api) return <LoginPage namaKantor={status.data.namaKantor} notice={notice} onSignedIn={signIn} />;
  return (
    <SessionContext.Provider value={api}>
      <AppLayout />
    </SessionContext.Provider>
  );
}
