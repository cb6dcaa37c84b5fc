// Owns the one entry point every transport calls: find the channel, parse the input, resolve the
// caller, check the roles, run the handler, check the output, and return a value-shaped result.
import { contract, isChannelName } from '../../shared/ipc/contract.ts';
import type { ChannelName, Envelope } from '../../shared/ipc/contract.ts';
import type { Access } from '../../shared/ipc/channel.ts';
import type { Result, AppErrorData } from '../../shared/ipc/result.ts';
import { ALL_ROLES } from '../../shared/domain/roles.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { makeCtx } from './context.ts';
import type { Actor, Env, HandlerMap, Transport } from './context.ts';
import { resolveSession } from './services/session.ts';
import { toErrorData, validationError } from './errors.ts';

/** Who is calling: a transport, and for the CLI only, the trusted local operator. */
export type Caller = { transport: Transport; system?: { label: string } };

export type Dispatch = (env: Envelope, caller: Caller) => Promise<Result<unknown>>;

const err = (code: AppErrorData['code'], message: string): Result<never> => ({ ok: false, error: { code, message, issues: [] } });

/** What a user whose password was reset may still do before choosing a new one. */
const WHILE_MUST_CHANGE = new Set<ChannelName>(['app.status', 'auth.me', 'auth.changePassword', 'auth.logout', 'kantor.get']);

const ANONYMOUS: Actor = { userId: null, label: 'anonim', roles: [], sessionId: null };

export function allowed(access: Access, roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return roles.some((r) => access.includes(r));
}

async function resolveActor(env: Env, access: Access, envelope: Envelope, caller: Caller): Promise<Actor | Result<never>> {
  if (caller.system) return { userId: null, label: caller.system.label, roles: ALL_ROLES, sessionId: null };
  // A public channel answers anyone the same way and leaves the session alone: it neither keeps an idle
  // session alive nor ends it, so the next signed-in call still says why the session ended.
  if (access === 'public') return ANONYMOUS;
  if (!envelope.token) return err('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  const a = await resolveSession(env, envelope.token);
  if (typeof a !== 'string') return a;
  return err(
    'UNAUTHENTICATED',
    a === 'menganggur' ? 'Sesi berakhir karena tidak ada aktivitas. Silakan masuk kembali.' : 'Sesi tidak berlaku. Silakan masuk kembali.',
  );
}

export function createDispatch(env: Env, handlers: HandlerMap): Dispatch {
  return async (envelope, caller) => {
    if (typeof envelope?.channel !== 'string' || !isChannelName(envelope.channel))
      return err('NOT_FOUND', `Kanal tidak dikenal: ${String(envelope?.channel).slice(0, 60)}`);
    const channel: ChannelName = envelope.channel;
    const def = contract[channel];
    const parsed = def.input.safeParse(envelope.input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const actor = await resolveActor(env, def.access, envelope, caller);
      if ('ok' in actor) return actor;
      if (!allowed(def.access, actor.roles)) return err('FORBIDDEN', `Anda tidak memiliki hak untuk: ${def.title}.`);
      if (actor.mustChangePassword && !WHILE_MUST_CHANGE.has(channel))
        return err('FORBIDDEN', 'Kata sandi Anda diatur ulang oleh administrator. Ganti kata sandi terlebih dahulu.');
      const ctx = makeCtx(env, actor, caller.transport, channel);
      const handler = handlers[channel] as (i: unknown, c: typeof ctx) => Promise<unknown>;
      const value = await handler(parsed.data, ctx);
      const out = def.output.safeParse(value);
      if (!out.success) {
        env.log.error('output tidak sesuai kontrak', { channel, issues: out.error.issues.slice(0, 5) });
        return err('INTERNAL', 'Terjadi kesalahan tak terduga. Rincian dicatat di log aplikasi.');
      }
      return { ok: true, value: out.data };
    } catch (e) {
      const { data, unexpected } = toErrorData(e);
      if (unexpected) env.log.error('kesalahan handler', { channel, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return { ok: false, error: data };
    }
  };
}
