// Owns the application log: JSON lines in the data folder's log/ (never passwords or tokens).
import fs from 'node:fs';
import path from 'node:path';

export type Logger = {
  info: (msg: string, data?: Record<string, unknown>) => void;
  error: (msg: string, data?: Record<string, unknown>) => void;
};

export function fileLogger(dir: string, echo = false): Logger {
  const file = path.join(dir, 'satu.log');
  const write = (level: string, msg: string, data?: Record<string, unknown>) => {
    const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...data });
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.appendFileSync(file, line + '\n');
    } catch {
      // A log that cannot be written must not stop the office's work.
    }
    if (echo) console.error(line);
  };
  return { info: (m, d) => write('info', m, d), error: (m, d) => write('error', m, d) };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
