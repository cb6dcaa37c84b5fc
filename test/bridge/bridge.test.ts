// The loopback bridge: refuses requests without the secret, from other origins and hosts, and
// paths outside the UI folder; with the secret it carries calls to the same dispatch.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { startBridge } from '../../electron/bridge/server.ts';
import type { Bridge } from '../../electron/bridge/server.ts';
import { setUpApp, tempDir } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { safeJoin } from '../../electron/core/web-policy.ts';

let app: TestApp;
let bridge: Bridge;
let cookie = '';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Raw HTTP so the test controls Host, Origin and Cookie exactly. */
function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: p, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const rpcBody = JSON.stringify({ channel: 'app.status', input: {}, token: null });

beforeAll(async () => {
  app = await setUpApp();
  const ui = tempDir();
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><html><head></head><body>SATU</body></html>');
  bridge = await startBridge({ dispatch: app.dispatch, staticDir: ui });
  const first = await request(`/?k=${encodeURIComponent(bridge.secret)}`);
  cookie = String(first.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await bridge.close();
  await app.close();
});

describe('bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('trades the secret in the URL for an HttpOnly SameSite cookie', async () => {
    const r = await request(`/?k=${encodeURIComponent(bridge.secret)}`);
    expect(r.status).toBe(302);
    expect(r.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses a call without the secret', async () => {
    const r = await request('/rpc', { method: 'POST', body: rpcBody, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(403);
    expect((await request('/')).status).toBe(403);
    expect((await request('/?k=salah')).status).toBe(403);
  });

  it('refuses a call from another origin even with the secret', async () => {
    const r = await request('/rpc', { method: 'POST', body: rpcBody, headers: { cookie, origin: 'http://evil.example' } });
    expect(r.status).toBe(403);
    const r2 = await request('/rpc', { method: 'POST', body: rpcBody, headers: { cookie, origin: 'http://192.168.1.5:8080' } });
    expect(r2.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await request('/rpc', { method: 'POST', body: rpcBody, headers: { cookie, host: 'evil.example' } });
    expect(r.status).toBe(403);
  });

  it('carries a call with the secret from its own origin', async () => {
    const r = await request('/rpc', { method: 'POST', body: rpcBody, headers: { cookie, origin: bridge.origin } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { perluSetup: false } });
  });

  it('serves the UI with the CSP and the bridge script', async () => {
    const r = await request('/', { headers: { cookie } });
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.body).toContain('<script src="/satu-bridge.js"></script>');
  });

  it('keeps paths inside the UI folder', () => {
    expect(safeJoin('/srv/ui', '/../../etc/passwd')).toBe('/srv/ui/etc/passwd');
    expect(safeJoin('/srv/ui', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/ui/etc/passwd');
    expect(safeJoin('/srv/ui', '/%ZZ')).toBeNull();
    expect(safeJoin('/srv/ui', '/a\0b')).toBeNull();
  });
});
