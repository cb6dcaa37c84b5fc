// Owns starting the backend: data folder, database, migration (with a backup first), the daily
// backup, and the dispatch every transport uses. Startup failures become designed errors.
import fs from 'node:fs';
import { openDatabase } from '../../db/connection.ts';
import type { OpenedDb } from '../../db/connection.ts';
import { migrate, NewerSchemaError } from '../../db/migrator.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch } from './dispatch.ts';
import { handlers } from './handlers/index.ts';
import { dataPaths } from './paths.ts';
import type { DataPaths } from './paths.ts';
import { systemClock } from './clock.ts';
import type { Clock } from './clock.ts';
import type { Env } from './context.ts';
import { fileLogger } from './log.ts';
import type { Logger } from './log.ts';
import { autoBackup, createBackup } from './services/backup.ts';
import { pasangOcr } from './services/ocr.ts';
import { VERSION } from './version.ts';
import type { AppErrorData } from '../../shared/ipc/result.ts';

export type BackendOptions = {
  dataDir: string;
  dbFile?: string;
  clock?: Clock;
  log?: Logger;
  /** Daily/weekly backup at start; off for the CLI and tests that do not want it. */
  autoBackup?: boolean;
};

export type Backend = { env: Env; dispatch: Dispatch; close: () => Promise<void>; db: OpenedDb };

export type StartupProblem = 'folder-tidak-dapat-ditulis' | 'migrasi-gagal' | 'skema-lebih-baru' | 'basis-data-rusak';

export class StartupError extends Error {
  readonly problem: StartupProblem;
  readonly nextStep: string;
  constructor(problem: StartupProblem, message: string, nextStep: string) {
    super(message);
    this.problem = problem;
    this.nextStep = nextStep;
  }
  toData(): AppErrorData {
    return { code: this.problem === 'basis-data-rusak' ? 'DB_CORRUPT' : 'IO', message: `${this.message} ${this.nextStep}`, issues: [] };
  }
}

function prepareFolders(paths: DataPaths): void {
  try {
    for (const d of [paths.dir, paths.backups, paths.logs, paths.berkas]) fs.mkdirSync(d, { recursive: true });
    fs.accessSync(paths.dir, fs.constants.W_OK);
  } catch {
    throw new StartupError(
      'folder-tidak-dapat-ditulis',
      `Folder data SATU tidak dapat ditulis: ${paths.dir}.`,
      'Pastikan folder itu ada dan akun Windows/Linux Anda berhak menulis di sana, atau atur SATU_DATA_DIR ke folder lain.',
    );
  }
}

function openOrFail(paths: DataPaths): OpenedDb {
  try {
    return openDatabase(paths.db);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new StartupError('basis-data-rusak', 'Berkas basis data rusak.', 'Pulihkan dari cadangan: npx satu restore <berkas cadangan>.');
    throw new StartupError('folder-tidak-dapat-ditulis', `Basis data tidak dapat dibuka: ${paths.db}.`, 'Periksa izin folder data.');
  }
}

async function migrateOrFail(opened: OpenedDb, paths: DataPaths, clock: Clock): Promise<void> {
  try {
    await migrate(opened.db, opened.raw, {
      backupBefore: async () => {
        await createBackup(opened.raw, paths.backups, 'pra-migrasi', clock.now());
      },
    });
  } catch (e) {
    await opened.close();
    if (e instanceof NewerSchemaError)
      throw new StartupError('skema-lebih-baru', e.message, 'Pasang SATU versi terbaru untuk membuka data ini.');
    throw new StartupError(
      'migrasi-gagal',
      'Pembaruan struktur basis data gagal; data lama tidak berubah.',
      `Salinan sebelum pembaruan ada di ${paths.backups}. Laporkan berkas log di ${paths.logs} kepada pengelola TI.`,
    );
  }
}

export async function startBackend(opts: BackendOptions): Promise<Backend> {
  const paths = dataPaths(opts.dataDir, opts.dbFile);
  prepareFolders(paths);
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? fileLogger(paths.logs);
  const opened = openOrFail(paths);
  await migrateOrFail(opened, paths, clock);
  if (opts.autoBackup) {
    try {
      await autoBackup(opened.raw, paths.backups, clock.now());
    } catch (e) {
      log.error('cadangan otomatis gagal', { error: String(e) });
    }
  }
  const env: Env = { db: opened.db, raw: opened.raw, clock, paths, version: VERSION, log };
  const lepasOcr = pasangOcr({ dataDir: paths.dir, log });
  const close = async () => {
    await lepasOcr();
    await opened.close();
  };
  return { env, db: opened, dispatch: createDispatch(env, handlers), close };
}

/** A dispatch for a backend that could not start: every call answers with the startup problem. */
export function failedDispatch(e: StartupError): Dispatch {
  return async () => ({ ok: false, error: e.toData() });
}
