// Child process for the numbering race: takes N numbers from one series through the real dispatch
// and prints each one after its transaction committed.
import { startBackend } from '../../electron/core/backend.ts';
import { silentLogger } from '../../electron/core/log.ts';

const [dbFile, count, label] = process.argv.slice(2) as [string, string, string];
const b = await startBackend({ dataDir: dbFile + '.d', dbFile, log: silentLogger });
const caller = { transport: 'cli' as const, system: { label } };
for (let i = 0; i < Number(count); i++) {
  const r = await b.dispatch(
    {
      channel: 'penomoran.take',
      input: { seriId: 1, tanggal: '2026-11-23', klasifikasiKode: 'UM.01.01', naskah: `${label}-${i}` },
      token: null,
    },
    caller,
  );
  if (!r.ok) {
    console.error(JSON.stringify(r.error));
    process.exit(1);
  }
  process.stdout.write(`${(r.value as { nomor: string }).nomor}\n`);
}
await b.close();
