// Smoke test of the real Electron app with Playwright's _electron: runs only where Electron's
// binary exists (never on this project's build machines, which cannot download it).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binaryPresent = fs.existsSync(path.join(ROOT, 'node_modules/electron/path.txt'));
const built = fs.existsSync(path.join(ROOT, 'out/main/index.js'));

if (!binaryPresent) console.log('Uji asap Electron dilewati: biner Electron tidak terpasang di mesin ini (unduhan tidak tersedia).');

describe('Electron app', () => {
  it.skipIf(!binaryPresent || !built)('opens a window that shows SATU', async () => {
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ args: [ROOT], env: { ...process.env, SATU_DATA_DIR: fs.mkdtempSync('/tmp/satu-electron-') } });
    const win = await app.firstWindow();
    await win.waitForSelector('text=SATU');
    expect(await win.title()).toBe('SATU');
    await app.close();
  });
});
