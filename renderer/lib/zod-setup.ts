// Owns zod's global settings for the renderer. Imported first: the CSP forbids eval, and zod 4
// otherwise probes `new Function` for its fast path. The shared Indonesian messages come with it.
import { z } from 'zod';
import '../../shared/ipc/zod-id.ts';

z.config({ jitless: true });
