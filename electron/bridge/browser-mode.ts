// Owns browser mode: the backend and the built UI served on 127.0.0.1 through the bridge, the URL
// (with the per-launch secret) printed and opened in the default browser when there is one.
import { spawn } from 'node:child_process';
import { startBackend, failedDispatch, StartupError } from '../core/backend.ts';
import type { Backend } from '../core/backend.ts';
import { startBridge } from './server.ts';
import type { Bridge } from './server.ts';
import type { Clock } from '../core/clock.ts';

export type BrowserModeOptions = { dataDir: string; staticDir: string; port?: number; clock?: Clock; autoBackup?: boolean };
export type BrowserMode = { bridge: Bridge; backend: Backend | null; startupError: StartupError | null; close: () => Promise<void> };

export async function startBrowserMode(opts: BrowserModeOptions): Promise<BrowserMode> {
  let backend: Backend | null = null;
  let startupError: StartupError | null = null;
  try {
    backend = await startBackend({ dataDir: opts.dataDir, clock: opts.clock, autoBackup: opts.autoBackup ?? true });
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    startupError = e;
  }
  const dispatch = backend ? backend.dispatch : failedDispatch(startupError!);
  const bridge = await startBridge({ dispatch, staticDir: opts.staticDir, port: opts.port });
  return {
    bridge,
    backend,
    startupError,
    close: async () => {
      await bridge.close();
      await backend?.close();
    },
  };
}

/** Opens the URL in the desktop's default browser; quietly does nothing where there is none. */
export function openInBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}
