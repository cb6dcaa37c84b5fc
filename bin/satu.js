#!/usr/bin/env node
// The `satu` command: runs the TypeScript CLI directly under Node's type stripping (Node >= 24).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `SATU membutuhkan Node 24 (terpasang: ${process.versions.node}). Jalankan lewat "npx satu" di folder proyek agar Node lokal proyek dipakai.`,
  );
  process.exit(2);
}
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
