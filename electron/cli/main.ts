// Owns the `satu` command line: the same handler map as the UI, called as the trusted local
// operator (whoever can run this can already read the database file).
import os from 'node:os';
import path from 'node:path';
import { parseCli, HELP } from './args.ts';
import type { CliArgs } from './args.ts';
import { startBackend, StartupError } from '../core/backend.ts';
import type { Backend } from '../core/backend.ts';
import { defaultDataDir } from '../core/paths.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { commands } from './commands.ts';

export type Out = { json: boolean; print: (human: string, data?: unknown) => void };

export type CliContext = {
  args: CliArgs;
  out: Out;
  dataDir: string;
  dbFile: string | undefined;
  backend: () => Promise<Backend>;
  /** How the CLI appears in the audit trail: cli:<OS user>. */
  systemLabel: string;
  call: (channel: string, input?: unknown) => Promise<Result<unknown>>;
};

function makeOut(json: boolean): Out {
  return {
    json,
    print: (human, data) => {
      if (json) console.log(JSON.stringify(data ?? { pesan: human }, null, 2));
      else console.log(human);
    },
  };
}

export async function runCli(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help || args.command.length === 0) {
    console.log(HELP);
    return args.help ? 0 : 2;
  }
  const dbFile = args.db ? path.resolve(args.db) : undefined;
  const dataDir = args.data ? path.resolve(args.data) : dbFile ? path.dirname(dbFile) : defaultDataDir();
  let backend: Backend | null = null;
  const label = `cli:${os.userInfo().username}`;
  const ctx: CliContext = {
    args,
    out: makeOut(args.json),
    dataDir,
    dbFile,
    backend: async () => (backend ??= await startBackend({ dataDir, dbFile })),
    systemLabel: label,
    call: async (channel, input) =>
      (await ctx.backend()).dispatch({ channel, input: input ?? {}, token: null }, { transport: 'cli', system: { label } }),
  };
  try {
    const [name = '', ...rest] = args.command;
    const cmd = commands[name];
    if (!cmd) {
      console.error(`Perintah tidak dikenal: ${name}\n\n${HELP}`);
      return 2;
    }
    return await cmd(rest, ctx);
  } catch (e) {
    const msg = e instanceof StartupError ? `${e.message} ${e.nextStep}` : (e as Error).message;
    const issues = e instanceof AppError ? e.issues : [];
    if (args.json) console.log(JSON.stringify({ ok: false, error: msg, issues }));
    else {
      console.error(`Gagal: ${msg}`);
      for (const i of issues) console.error(`  - ${i.path || '(isian)'}: ${i.message}`);
    }
    return 1;
  } finally {
    await (backend as Backend | null)?.close();
  }
}
