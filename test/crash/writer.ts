// Child process for the crash test: writes through the real dispatch forever, printing each
// username only after its transaction has committed.
import { startBackend } from '../../electron/core/backend.ts';
import { silentLogger } from '../../electron/core/log.ts';

const [dbFile, prefix] = process.argv.slice(2) as [string, string];
const b = await startBackend({ dataDir: dbFile + '.d', dbFile, log: silentLogger });
for (let i = 0; ; i++) {
  const username = `${prefix}-${i}`;
  const r = await b.dispatch(
    { channel: 'users.create', input: { username, nama: `Uji Tabrakan ${i}`, password: 'rahasia123', roles: ['pembaca'] }, token: null },
    { transport: 'cli', system: { label: 'uji-tabrakan' } },
  );
  if (!r.ok) {
    console.error(JSON.stringify(r.error));
    process.exit(1);
  }
  process.stdout.write(`ACK ${username}\n`);
}
