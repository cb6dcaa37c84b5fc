// `npm start` on a machine without Electron's binary: one line saying why, then browser mode on
// 127.0.0.1 with the secret in the URL.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT } from './harness.ts';
import { tempDir } from '../fixtures/backend.ts';

const hasElectron = fs.existsSync(path.join(ROOT, 'node_modules/electron/path.txt'));

describe('npm start', () => {
  // Where Electron's binary exists, npm start opens the real window instead (not testable headless).
  it.skipIf(hasElectron)('explains that Electron cannot start and serves the app on 127.0.0.1', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.ts'), '--no-open'], {
      cwd: ROOT,
      env: { ...process.env, SATU_DATA_DIR: tempDir('satu-start-') },
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tidak ada URL: ${out}`)), 60_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        const m = /SATU berjalan di (http:\/\/127\.0\.0\.1:\d+\/\?k=\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    try {
      expect(out.split('\n')[0]).toMatch(/^Electron tidak dapat dijalankan: .*memulai mode peramban\.$/);
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(302);
      const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect((await fetch(new URL('/', url))).status).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
