// Owns the loopback HTTP transport (browser mode and e2e): 127.0.0.1 only, a random secret per
// launch (handed over once in the URL, then kept in an HttpOnly cookie), same handler map as IPC.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch.ts';
import type { Envelope } from '../../shared/ipc/contract.ts';
import { BRIDGE_CLIENT_JS } from './client-script.ts';
import { COOKIE, hostAllowed, originAllowed, readCookie, sameSecret } from './security.ts';
import { CSP, CONTENT_TYPES as TYPES, safeJoin } from '../core/web-policy.ts';

export type BridgeOptions = { dispatch: Dispatch; staticDir: string; port?: number; secret?: string };
export type Bridge = { url: string; origin: string; port: number; secret: string; close: () => Promise<void> };

const MAX_BODY = 30 * 1024 * 1024;

const REFUSED_HTML = `<!doctype html><html lang="id"><meta charset="utf-8"><title>SATU</title>
<body style="font-family:sans-serif;max-width:36em;margin:4em auto"><h1>Akses ditolak</h1>
<p>Halaman ini hanya dapat dibuka dari tautan yang dicetak SATU saat dimulai (berisi kunci sekali pakai).</p>
<p>Tutup tab ini, lalu buka tautan dari jendela terminal tempat <code>npm start</code> dijalankan.</p></body></html>`;

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CSP,
    ...extra,
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

async function rpc(req: http.IncomingMessage, res: http.ServerResponse, dispatch: Dispatch) {
  const body = await readBody(req);
  if (body === null)
    return send(
      res,
      413,
      'application/json',
      JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Permintaan terlalu besar.', issues: [] } }),
    );
  let envelope: Envelope;
  try {
    const v = JSON.parse(body) as Partial<Envelope>;
    envelope = { channel: String(v.channel ?? ''), input: v.input ?? {}, token: typeof v.token === 'string' ? v.token : null };
  } catch {
    return send(
      res,
      400,
      'application/json',
      JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Permintaan bukan JSON yang sah.', issues: [] } }),
    );
  }
  const result = await dispatch(envelope, { transport: 'bridge' });
  send(res, 200, 'application/json', JSON.stringify(result));
}

function serveStatic(res: http.ServerResponse, staticDir: string, urlPath: string) {
  if (urlPath === '/satu-bridge.js') return send(res, 200, TYPES['.js']!, BRIDGE_CLIENT_JS);
  const wanted = urlPath === '/' ? '/index.html' : urlPath;
  const file = safeJoin(staticDir, wanted);
  const target = file && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(staticDir, 'index.html');
  if (!fs.existsSync(target))
    return send(res, 500, 'text/plain; charset=utf-8', 'Antarmuka belum dibangun: jalankan npm run build:renderer.');
  const ext = path.extname(target);
  let body: Buffer | string = fs.readFileSync(target);
  if (ext === '.html') body = body.toString('utf8').replace('<head>', '<head><script src="/satu-bridge.js"></script>');
  send(res, 200, TYPES[ext] ?? 'application/octet-stream', body);
}

export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const secret = opts.secret ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port))
      return send(res, 403, 'text/html; charset=utf-8', REFUSED_HTML);
    if (req.method === 'GET' && sameSecret(url.searchParams.get('k'), secret)) {
      const cookie = `${COOKIE}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/`;
      return send(res, 302, 'text/plain; charset=utf-8', '', { location: '/', 'set-cookie': cookie });
    }
    if (!sameSecret(readCookie(req.headers.cookie, COOKIE), secret)) return send(res, 403, 'text/html; charset=utf-8', REFUSED_HTML);
    if (req.method === 'POST' && url.pathname === '/rpc') return void rpc(req, res, opts.dispatch);
    if (req.method === 'GET') return serveStatic(res, opts.staticDir, url.pathname);
    send(res, 405, 'text/plain; charset=utf-8', 'Metode tidak diizinkan.');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?k=${encodeURIComponent(secret)}`,
        origin,
        port,
        secret,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
