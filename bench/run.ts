// `npm run bench`: foundation figures on this machine — backend start, a read call through the
// dispatch, an audited write, the integrity check over the audit chain, and a full-text search.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startBackend } from '../electron/core/backend.ts';
import { silentLogger } from '../electron/core/log.ts';
import type { Backend } from '../electron/core/backend.ts';

const N = Number(process.env.SATU_BENCH_WRITES ?? 2000);
const sys = { transport: 'cli' as const, system: { label: 'bench' } };

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
}

async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

const call = (b: Backend, channel: string, input: unknown = {}) => b.dispatch({ channel, input, token: null }, sys);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satu-bench-'));
const b = await startBackend({ dataDir: dir, log: silentLogger });
await call(b, 'demo.load');
const t0 = performance.now();
const created = await call(b, 'users.create', { username: 'bench', nama: 'Pengguna Bench', password: 'rahasia123', roles: ['pembaca'] });
const userId = created.ok ? (created.value as { id: number }).id : 0;
// Grow the audit chain with cheap audited writes so the check has something to walk.
for (let i = 0; i < N; i++) await call(b, 'users.unlock', { id: userId });
const writes = await timeIt(200, () => call(b, 'users.unlock', { id: userId }));
const reads = await timeIt(500, () => call(b, 'satker.list', {}));
const search = await timeIt(500, () => call(b, 'search.query', { q: 'lapas mataram' }));
const check = await timeIt(5, () => call(b, 'audit.check'));
await b.close();
const start = await timeIt(10, async () => (await startBackend({ dataDir: dir, log: silentLogger })).close());
const row = (name: string, r: { median: number; p95: number }) => `| ${name} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} |`;
console.log(`SATU bench — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}, Node ${process.versions.node}`);
console.log(`(setup ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log('| operasi | median ms | p95 ms |\n|---|---|---|');
console.log(row('backend siap (buka + cek migrasi)', start));
console.log(row('satker.list (baca lewat dispatch)', reads));
console.log(row('users.unlock (tulis + entri audit)', writes));
console.log(row('search.query FTS5', search));
console.log(row(`audit.check (${N + 60} entri audit)`, check));
