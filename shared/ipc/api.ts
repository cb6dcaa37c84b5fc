// Owns the type of `window.api`, the renderer's only door to the backend (same in Electron and browser mode).
import type { Result } from './result.ts';
import type { Envelope } from './contract.ts';

export type SatuApi = {
  invoke: (envelope: Envelope) => Promise<Result<unknown>>;
  /** Which transport carries the calls: shown in the About box and used by e2e tests. */
  transport: 'electron' | 'bridge';
};
