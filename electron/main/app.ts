// Owns the Electron shell: single instance, app:// protocol, a secure window, one IPC handler per
// contract channel with a sender check, and guards against navigation, new windows and permissions.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell, dialog } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { startBackend, failedDispatch, StartupError } from '../core/backend.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { defaultDataDir } from '../core/paths.ts';
import { APP_SCHEME, START_URL, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from './policy.ts';
import { serveApp } from './protocol.ts';

export type ShellPaths = { preload: string; renderer: string };

const REFUSED: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Pengirim tidak dipercaya.', issues: [] } };

export function registerChannels(dispatch: () => Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return REFUSED;
      const p = (payload ?? {}) as { input?: unknown; token?: unknown };
      return dispatch()({ channel, input: p.input ?? {}, token: typeof p.token === 'string' ? p.token : null }, { transport: 'ipc' });
    });
  }
}

export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function createWindow(paths: ShellPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'SATU',
    show: false,
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(START_URL);
  return win;
}

export async function startMain(paths: ShellPaths): Promise<void> {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let dispatch: Dispatch = failedDispatch(new StartupError('migrasi-gagal', 'SATU belum siap.', 'Tunggu sebentar.'));
  registerChannels(() => dispatch);
  app.on('web-contents-created', (_e, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, (req) => serveApp(paths.renderer, req.url));
  try {
    const backend = await startBackend({
      dataDir: process.env.SATU_DATA_DIR ? defaultDataDir() : app.getPath('userData'),
      autoBackup: true,
    });
    dispatch = backend.dispatch;
    app.on('before-quit', () => void backend.close());
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    dispatch = failedDispatch(e);
    dialog.showErrorBox('SATU tidak dapat dimulai', `${e.message}\n\n${e.nextStep}`);
  }
  const win = createWindow(paths);
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
}

export const defaultShellPaths = (dir: string): ShellPaths => ({
  preload: path.join(dir, '../preload/index.cjs'),
  renderer: path.join(dir, '../renderer'),
});
