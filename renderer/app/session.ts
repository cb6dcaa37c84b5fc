// Owns what the shell knows about the signed-in user, shared through React context.
import { createContext, useContext } from 'react';
import type { SessionUser } from '../../shared/domain/akun.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';

export type LoginResult = ChannelOutput<'auth.login'>;

export type Session = { user: SessionUser; idleMinutes: number };

export type SessionApi = {
  session: Session;
  isAdmin: boolean;
  namaKantor: string | null;
  /** Ends the session on the server (best effort) and shows the login screen with `notice`. */
  signOut: (notice?: string) => Promise<void>;
  /** Replaces the signed-in user (after a password change or profile edit). */
  setUser: (user: SessionUser) => void;
};

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession dipakai di luar SessionContext.');
  return s;
}
