// A write loop killed with SIGKILL again and again: the database always passes `check` and every
// acknowledged write is present (WAL + synchronous=FULL + one transaction per write).
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startBackend } from '../../electron/core/backend.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { tempDir } from '../fixtures/backend.ts';
import type { CheckReport } from '../../shared/ipc/channels/sistem.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = Number(process.env.SATU_CRASH_KILLS ?? 20);

function runAndKill(dbFile: string, prefix: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'writer.ts'), dbFile, prefix], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buf = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) if (l.startsWith('ACK ')) acked.push(l.slice(4));
      if (acked.length === 1) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`penulis berhenti sendiri: ${err}`))));
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write with every acknowledged write kept`, { timeout: 600_000 }, async () => {
    const dbFile = path.join(tempDir('satu-crash-'), 'satu.sqlite');
    const all: string[] = [];
    for (let k = 0; k < KILLS; k++) all.push(...(await runAndKill(dbFile, `k${k}`, 5 + Math.floor(Math.random() * 400))));
    const b = await startBackend({ dataDir: dbFile + '.d', dbFile, log: silentLogger });
    const sys = { transport: 'cli' as const, system: { label: 'pemeriksa' } };
    const check = await b.dispatch({ channel: 'audit.check', input: {}, token: null }, sys);
    const users = await b.dispatch({ channel: 'users.list', input: {}, token: null }, sys);
    await b.close();
    expect(check.ok && (check.value as CheckReport).ok, JSON.stringify(check)).toBe(true);
    const present = new Set((users.ok ? (users.value as { username: string }[]) : []).map((u) => u.username));
    const missing = all.filter((u) => !present.has(u));
    expect(all.length).toBeGreaterThan(KILLS);
    expect(missing).toEqual([]);
  });
});
