// Owns app://satu/…: serves the built UI from disk with the CSP header, refusing paths that escape it.
import fs from 'node:fs';
import path from 'node:path';
import { CSP, CONTENT_TYPES, safeJoin } from '../core/web-policy.ts';
import { APP_HOST } from './policy.ts';

export function serveApp(rendererDir: string, requestUrl: string): Response {
  const u = new URL(requestUrl);
  if (u.host !== APP_HOST) return new Response('Tidak ditemukan', { status: 404 });
  const file = safeJoin(rendererDir, u.pathname === '/' ? '/index.html' : u.pathname);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('Tidak ditemukan', { status: 404 });
  return new Response(fs.readFileSync(file), {
    headers: {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}
