// Browser journeys: the real backend and the built UI through the loopback bridge, driven in
// Debian's Chromium by playwright-core; each journey gets its own data folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { startBrowserMode } from '../../electron/bridge/browser-mode.ts';
import type { BrowserMode } from '../../electron/bridge/browser-mode.ts';
import type { Clock } from '../../electron/core/clock.ts';
import { tempDir } from '../fixtures/backend.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.SATU_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

export type Journey = { mode: BrowserMode; browser: Browser; page: Page; errors: string[]; dataDir: string; close: () => Promise<void> };

/** `clock`: the backend's time (e.g. `fixedClock`), for journeys that wait out retention periods. */
export async function startJourney(opts: { dataDir?: string; clock?: Clock } = {}): Promise<Journey> {
  const dataDir = opts.dataDir ?? tempDir('satu-e2e-');
  const mode = await startBrowserMode({ dataDir, staticDir: path.join(ROOT, 'out', 'renderer'), autoBackup: true, clock: opts.clock });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The office PCs run on local time; the test offices are in NTB (WITA).
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(mode.bridge.url);
  return {
    mode,
    browser,
    page,
    errors,
    dataDir,
    close: async () => {
      await browser.close();
      await mode.close();
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
