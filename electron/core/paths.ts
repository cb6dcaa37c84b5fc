// Owns where SATU keeps its data: one folder per user (SATU_DATA_DIR overrides), same for Electron,
// browser mode and the CLI, so all three see the same database.
import os from 'node:os';
import path from 'node:path';

export type DataPaths = {
  dir: string;
  db: string;
  backups: string;
  logs: string;
  berkas: string;
  /** Issued PDFs, by year (the document registry points here). */
  dokumen: string;
};

/** The folder Electron calls userData for an app named SATU, computed without Electron. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SATU_DATA_DIR) return path.resolve(env.SATU_DATA_DIR);
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'SATU');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'SATU');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'SATU');
  }
}

export function dataPaths(dir: string, dbFile?: string): DataPaths {
  return {
    dir,
    db: dbFile ? path.resolve(dbFile) : path.join(dir, 'satu.sqlite'),
    backups: path.join(dir, 'cadangan'),
    logs: path.join(dir, 'log'),
    berkas: path.join(dir, 'berkas'),
    dokumen: path.join(dir, 'dokumen'),
  };
}
