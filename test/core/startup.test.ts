// Startup failures become designed errors with a next step, never a crash.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startBackend, StartupError, failedDispatch } from '../../electron/core/backend.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { openRaw } from '../../db/sqlite.ts';
import { tempDir } from '../fixtures/backend.ts';

async function startupProblem(dataDir: string): Promise<StartupError> {
  try {
    const b = await startBackend({ dataDir, log: silentLogger });
    await b.close();
  } catch (e) {
    if (e instanceof StartupError) return e;
    throw e;
  }
  throw new Error('backend started');
}

describe('startup', () => {
  it('explains a data folder that cannot be created', async () => {
    const file = path.join(tempDir(), 'berkas-biasa');
    fs.writeFileSync(file, 'x');
    const e = await startupProblem(path.join(file, 'data'));
    expect(e.problem).toBe('folder-tidak-dapat-ditulis');
    expect(e.nextStep).toContain('SATU_DATA_DIR');
  });

  it('refuses a database from a newer SATU without touching it', async () => {
    const dir = tempDir();
    const raw = openRaw(path.join(dir, 'satu.sqlite'));
    raw.pragma('user_version = 42');
    raw.close();
    const e = await startupProblem(dir);
    expect(e.problem).toBe('skema-lebih-baru');
    expect(e.nextStep).toContain('versi terbaru');
  });

  it('explains a file that is not a database', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'satu.sqlite'), 'bukan basis data '.repeat(500));
    const e = await startupProblem(dir);
    expect(['basis-data-rusak', 'migrasi-gagal']).toContain(e.problem);
  });

  it('answers every call of a failed backend with the problem and its next step', async () => {
    const d = failedDispatch(new StartupError('migrasi-gagal', 'Pembaruan gagal.', 'Lihat log.'));
    expect(await d({ channel: 'app.status', input: {}, token: null }, { transport: 'test' })).toEqual({
      ok: false,
      error: { code: 'IO', message: 'Pembaruan gagal. Lihat log.', issues: [] },
    });
  });
});
