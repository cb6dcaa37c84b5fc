// Before the browser journeys: find Debian's Chromium, install it when we are root on Debian, or
// say exactly what to install.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM } from './harness.ts';

export default function setup(): void {
  if (fs.existsSync(CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Chromium belum terpasang: memasang paket Debian "chromium"…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: sudo apt-get install chromium (atau atur SATU_CHROMIUM ke berkas Chromium lain).`,
    );
}
