// The Electron main entry (bundled by electron-vite into out/main/index.js).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMain, defaultShellPaths } from './app.ts';

void startMain(defaultShellPaths(path.dirname(fileURLToPath(import.meta.url))));
