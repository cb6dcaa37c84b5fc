// 200 number allocations from two processes at once on one database: no duplicate, no hole; after
// cancellations and a booking, the gap report explains every gap.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeApp, kantorInput, PASSWORD } from '../fixtures/backend.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

function run(dbFile: string, count: number, label: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'nomor-writer.ts'), dbFile, String(count), label]);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(err))));
  });
}

describe('numbering under concurrency', () => {
  it('gives 200 distinct consecutive numbers to two processes and explains every gap', { timeout: 120_000 }, async () => {
    const app = await makeApp();
    await app.sysOk('setup.run', {
      kantor: { ...kantorInput, kanwilNo: 22, kodeSurat: 'W.32' },
      admin: { username: 'admin', nama: 'Admin', password: PASSWORD },
      muatDataContoh: false,
    });
    await app.close();
    const dbFile = app.env.paths.db;
    const [a, b] = await Promise.all([run(dbFile, 100, 'A'), run(dbFile, 100, 'B')]);
    const all = [...a, ...b];
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    const seq = all.map((n) => Number(/-(\d+)$/.exec(n)![1])).sort((x, y) => x - y);
    expect(seq).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(all).toContain('W.32.UM.01.01-1');

    const again = await makeApp({ dir: app.dir });
    const reg = await again.sysOk('penomoran.register', { seriId: 1, tahun: 2026 });
    for (const urut of [17, 99]) {
      const entry = reg.nomor.find((n) => n.urut === urut)!;
      await again.sysOk('penomoran.cancel', { registerId: entry.id, alasan: `Konsep nomor ${urut} dibatalkan pimpinan.` });
    }
    await again.sysOk('penomoran.take', { seriId: 1, tanggal: '2026-11-24', klasifikasiKode: 'UM.01.01', pesan: true });
    const after = await again.sysOk('penomoran.register', { seriId: 1, tahun: 2026 });
    expect(after.celah).toEqual([
      { urut: 17, status: 'batal', keterangan: expect.stringContaining('Konsep nomor 17 dibatalkan') },
      { urut: 99, status: 'batal', keterangan: expect.stringContaining('Konsep nomor 99 dibatalkan') },
      { urut: 201, status: 'dipesan', keterangan: expect.stringContaining('dipesan') },
    ]);
    expect((await again.sysOk('audit.check', {})).ok).toBe(true);
    await again.close();
  });
});
