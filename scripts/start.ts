// `npm start`: Electron when its binary is present; otherwise one line saying why, then browser mode.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startBrowserMode, openInBrowser } from '../electron/bridge/browser-mode.ts';
import { defaultDataDir } from '../electron/core/paths.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

function electronBinary(): string | null {
  const pathTxt = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const bin = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

function run(cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function browserMode(): Promise<void> {
  const staticDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html')) || args.has('--build'))
    run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const mode = await startBrowserMode({ dataDir: defaultDataDir(), staticDir, port: portArg ? Number(portArg.slice(7)) : 0 });
  if (mode.startupError) console.log(`SATU tidak dapat memulai basis data: ${mode.startupError.message} ${mode.startupError.nextStep}`);
  console.log(`SATU berjalan di ${mode.bridge.url}`);
  console.log(`Folder data: ${defaultDataDir()}  ·  Hentikan dengan Ctrl+C.`);
  if (!args.has('--no-open') && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY))
    openInBrowser(mode.bridge.url);
  const stop = async () => {
    await mode.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

const bin = args.has('--browser') ? null : electronBinary();
if (bin) {
  run('npx', ['electron-vite', 'build']);
  const child = spawn(bin, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!args.has('--browser'))
    console.log(
      'Electron tidak dapat dijalankan: binernya tidak terpasang di mesin ini (unduhan Electron tidak tersedia); memulai mode peramban.',
    );
  await browserMode();
}
