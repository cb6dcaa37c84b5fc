// Fails early when a script runs under anything but the project's Node 24 (better-sqlite3 13 crashes on 20).
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `SATU membutuhkan Node 24 dari devDependencies (sekarang ${process.versions.node}). Jalankan perintah lewat "npm run" atau "npx".`,
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node} (lokal proyek) — baik.`);
