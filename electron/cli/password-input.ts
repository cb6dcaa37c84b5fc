// Owns reading a password for the CLI without putting it on the command line.
import fs from 'node:fs';
import readline from 'node:readline';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(question);
    out._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

export async function readPassword(opts: Record<string, string | boolean | string[] | undefined>): Promise<string> {
  const file = opts['password-file'];
  if (typeof file === 'string') return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (opts['password-stdin']) return (await readStdin()).replace(/\r?\n$/, '');
  if (process.stdin.isTTY) return prompt('Kata sandi: ');
  throw new Error('Kata sandi tidak diberikan: pakai --password-file BERKAS atau --password-stdin.');
}
