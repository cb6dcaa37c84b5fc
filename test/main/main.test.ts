// electron/main against a fake `electron`: secure window options, CSP on app://, every channel
// registered, untrusted senders refused, navigation, new windows and permissions denied.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../fixtures/backend.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const { calls } = await import('./fake-electron.ts');
const { startMain, guardContents } = await import('../../electron/main/app.ts');
const { channelNames } = await import('../../shared/ipc/contract.ts');
const { isTrustedSender } = await import('../../electron/main/policy.ts');

const ui = tempDir();
beforeAll(async () => {
  process.env.SATU_TEST_USERDATA = tempDir();
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>SATU</title>');
  await startMain({ preload: '/app/out/preload/index.cjs', renderer: ui });
});

const trusted = { senderFrame: { url: 'app://satu/index.html', parent: null } };

describe('electron main', () => {
  it('opens one window with secure web preferences on app://', () => {
    expect(calls.windows).toHaveLength(1);
    const w = calls.windows[0]!;
    expect(w.url).toBe('app://satu/index.html');
    expect(w.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('registers app:// as a secure standard scheme and serves the UI with a strict CSP', async () => {
    expect(calls.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }),
    ]);
    const res = (await calls.protocolHandlers.get('app')!({ url: 'app://satu/index.html' })) as Response;
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    const escape = (await calls.protocolHandlers.get('app')!({ url: 'app://satu/../../../etc/passwd' })) as Response;
    expect(escape.status).toBe(404);
  });

  it('registers an IPC handler for every channel of the contract', () => {
    expect([...calls.ipc.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers a trusted sender and refuses others', async () => {
    const handler = calls.ipc.get('app.status')!;
    expect(await handler(trusted, { input: {}, token: null })).toMatchObject({ ok: true });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://satu/index.html', parent: {} },
      { url: 'file:///etc/passwd', parent: null },
      null,
    ])
      expect(await handler({ senderFrame: frame }, { input: {}, token: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('denies every permission request', () => {
    let granted: boolean | null = null;
    calls.permissionRequest!(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(calls.permissionCheck!()).toBe(false);
  });

  it('blocks navigation, webviews and new windows', () => {
    const handlers = new Map<string, (e: { preventDefault: () => void }) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    guardContents({
      on: (ev: string, fn: (e: { preventDefault: () => void }) => void) => handlers.set(ev, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn),
    } as never);
    for (const ev of ['will-navigate', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      handlers.get(ev)!(e);
      expect(e.preventDefault).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://jdih.example.go.id' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  });

  it('takes the single-instance lock', () => {
    expect(calls.appOn.has('second-instance')).toBe(true);
  });

  it('trusts only the top frame of app://satu', () => {
    expect(isTrustedSender({ url: 'app://satu/#/beranda', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://lain/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'bukan url', parent: null })).toBe(false);
  });
});
