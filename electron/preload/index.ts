// The preload: exposes `window.api.invoke` over IPC and nothing else (no ipcRenderer, no Node).
import { contextBridge, ipcRenderer } from 'electron';
import type { SatuApi } from '../../shared/ipc/api.ts';
import { CHANNEL_NAME } from '../../shared/ipc/channel.ts';

const api: SatuApi = {
  transport: 'electron',
  invoke: async (envelope) => {
    if (!CHANNEL_NAME.test(envelope.channel))
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Kanal tidak dikenal.', issues: [] } };
    return ipcRenderer.invoke(envelope.channel, { input: envelope.input, token: envelope.token });
  },
};

contextBridge.exposeInMainWorld('api', api);
