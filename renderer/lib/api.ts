// Owns the renderer's only door to the backend: `window.api` (Electron preload or the browser-mode
// bridge script), the session token, and turning `{ ok: false }` results into ApiError.
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/ipc/contract.ts';
import type { SatuApi } from '../../shared/ipc/api.ts';
import type { AppErrorData, ErrorCode, FieldIssue, Result } from '../../shared/ipc/result.ts';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues;
  }
}

const TOKEN_KEY = 'satu.token';
const IDLE_KEY = 'satu.idleMinutes';

export const getToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);

export function saveSession(token: string, idleMinutes: number): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(IDLE_KEY, String(idleMinutes));
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(IDLE_KEY);
}

/** idleMinutes as the last login reported it (auth.me does not carry it). */
export function storedIdleMinutes(): number | null {
  const n = Number(sessionStorage.getItem(IDLE_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

type Listener = (message: string) => void;
const sessionEndedListeners = new Set<Listener>();

/** Called when the backend says the session is gone; returns the unsubscribe function. */
export function onSessionEnded(fn: Listener): () => void {
  sessionEndedListeners.add(fn);
  return () => sessionEndedListeners.delete(fn);
}

export function endSessionLocally(message: string): void {
  clearSession();
  for (const fn of sessionEndedListeners) fn(message);
}

const PUBLIC_CHANNELS: ReadonlySet<ChannelName> = new Set(['app.status', 'setup.referensi', 'setup.run', 'auth.login']);

const NO_BRIDGE: AppErrorData = {
  code: 'IO',
  message: 'Antarmuka tidak terhubung ke layanan SATU. Buka SATU dari aplikasinya atau dari tautan yang dicetak saat SATU dimulai.',
  issues: [],
};

const BROKEN_TRANSPORT: AppErrorData = {
  code: 'IO',
  message: 'Tidak terhubung ke layanan SATU. Pastikan SATU masih berjalan, lalu muat ulang halaman.',
  issues: [],
};

/** Set by electron/preload or the bridge's /satu-bridge.js before any module script runs. */
const bridgeApi = (): SatuApi | undefined => (window as unknown as { api?: SatuApi }).api;

async function invoke(envelope: Envelope): Promise<Result<unknown>> {
  const api = bridgeApi();
  if (!api) return { ok: false, error: NO_BRIDGE };
  try {
    return await api.invoke(envelope);
  } catch {
    return { ok: false, error: BROKEN_TRANSPORT };
  }
}

/** Calls one channel; resolves with its value or throws ApiError with the backend's Indonesian message. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke({ channel, input, token: getToken() });
  if (result.ok) return result.value as ChannelOutput<C>;
  const error = new ApiError(result.error);
  if (error.code === 'UNAUTHENTICATED' && !PUBLIC_CHANNELS.has(channel) && channel !== 'auth.logout') endSessionLocally(error.message);
  throw error;
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The transport carrying the calls, for the About line in Pengaturan. */
export const transport = (): SatuApi['transport'] | null => bridgeApi()?.transport ?? null;
