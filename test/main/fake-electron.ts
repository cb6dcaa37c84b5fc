// A fake `electron` module recording what the shell registers, for unit tests of electron/main.
type Listener = (...args: unknown[]) => unknown;

export const calls = {
  windows: [] as { options: Record<string, unknown>; url: string | null }[],
  ipc: new Map<string, Listener>(),
  appOn: new Map<string, Listener>(),
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  lockGranted: true,
  quit: 0,
};

export class BrowserWindow {
  options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    this.options = options;
    calls.windows.push({ options, url: null });
  }
  once() {}
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  async loadURL(url: string) {
    calls.windows[calls.windows.length - 1]!.url = url;
  }
}

export const app = {
  requestSingleInstanceLock: () => calls.lockGranted,
  quit: () => void calls.quit++,
  on: (ev: string, fn: Listener) => void calls.appOn.set(ev, fn),
  whenReady: async () => {},
  getPath: () => process.env.SATU_TEST_USERDATA ?? '/tmp/satu-fake-userdata',
};

export const ipcMain = { handle: (ch: string, fn: Listener) => void calls.ipc.set(ch, fn) };

export const protocol = {
  registerSchemesAsPrivileged: (s: unknown[]) => void calls.schemes.push(...s),
  handle: (scheme: string, fn: Listener) => void calls.protocolHandlers.set(scheme, fn),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn: Listener) => void (calls.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => void (calls.permissionCheck = fn),
  },
};

export const shell = { openExternal: async () => {} };
export const dialog = { showErrorBox: () => {} };
export const contextBridge = { exposeInMainWorld: () => {} };
export const ipcRenderer = { invoke: async () => null };
