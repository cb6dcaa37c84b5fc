// `node_modules/.bin/node bench/report-sign.ts`: generate and sign a 30-page F4 table report (5 columns,
// kop surat, page numbers, visible PAdES signature with QR), N times in one process; prints the first
// (cold) run, the median and p95, and the machine. Issue #3 acceptance: note the figure on the issue.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { generateReport } from '../electron/core/reports/engine.ts';
import type { ReportDefinition } from '../electron/core/reports/engine.ts';
import { drawKop } from '../electron/core/reports/layout/kop.ts';
import { drawTable } from '../electron/core/reports/layout/table.ts';
import { drawTitle } from '../electron/core/reports/layout/title.ts';
import { createOfficeCa, issueSignerCertificate } from '../electron/core/signing/ca.ts';

const N = Number(process.env.SATU_BENCH_RUNS ?? 11);
const ROWS = 1250; // 30 F4 pages
const now = new Date('2026-11-23T06:05:00.000Z');

const register: ReportDefinition<Record<string, never>, string[][]> = {
  kind: 'bench-register',
  title: 'Register Bench',
  paper: 'F4',
  orientation: 'portrait',
  params: z.object({}).strict(),
  buildModel: async () =>
    Array.from({ length: ROWS }, (_, i) => [
      String(i + 1),
      `W.23.UM.01.01-${1000 + i}`,
      `Uraian baris ${i + 1} — capaian ≥ 95%`,
      'Rp 1.250.000',
      'Baik',
    ]),
  render: (doc, rows, layout) => {
    drawKop(doc, layout);
    drawTitle(doc, layout, 'Register Bench', ['Tahun Anggaran 2026']);
    const columns = ['No', 'Nomor', 'Uraian', 'Nilai', 'Kondisi'].map((header, i) => ({ header, weight: [6, 26, 38, 16, 14][i] ?? 10 }));
    drawTable(doc, layout, { columns, rows, zebra: true });
  },
};

const kop = {
  baris: [
    'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
    'DIREKTORAT JENDERAL PEMASYARAKATAN',
    'KANTOR WILAYAH NUSA TENGGARA BARAT',
  ],
  alamat: 'Jalan Majapahit Nomor 25, Mataram 83127',
  kontak: 'Telepon (0370) 123456',
  kota: 'Mataram',
  logo: null,
};
const ca = createOfficeCa({ commonName: 'CA Bench', organization: 'SATU', validYears: 5, now });
const passphrase = 'bench-p12';
const { p12, fingerprint } = issueSignerCertificate({
  caCertPem: ca.certPem,
  caKeyPem: ca.keyPem,
  subject: { nama: 'Budi Santoso', nip: '198001012005011001', jabatan: 'Kepala Kantor Wilayah', organization: 'SATU' },
  validYears: 2,
  now,
  p12Passphrase: passphrase,
});
const signature = {
  p12,
  passphrase,
  signer: { nama: 'Budi Santoso', jabatan: 'Kepala Kantor Wilayah', nip: '198001012005011001' },
  qrPayload: `SATU|W.23|BENCH|${fingerprint}`,
};
const env = { conn: null as never, now, kop, timeZone: 'Asia/Makassar' };

async function timed(signed: boolean): Promise<{ ms: number; bytes: number; pages: number }> {
  const t = performance.now();
  const r = await generateReport({ def: register, params: {}, env, ...(signed ? { signature } : {}) });
  return { ms: performance.now() - t, bytes: r.pdf.length, pages: r.pages };
}

function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
}

const runs: { ms: number; bytes: number; pages: number }[] = [];
for (let i = 0; i < N; i++) runs.push(await timed(true));
const unsigned: number[] = [];
for (let i = 0; i < N; i++) unsigned.push((await timed(false)).ms);
const first = runs[0];
const all = stats(runs.map((r) => r.ms));
const gen = stats(unsigned);
console.log(
  `SATU report-sign bench — ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}, Node ${process.versions.node}, ${os.platform()} ${os.release()}`,
);
console.log(`laporan: ${first?.pages} halaman F4, ${ROWS} baris × 5 kolom, ${first?.bytes} byte bertanda tangan`);
console.log(`run pertama (dingin): ${first?.ms.toFixed(1)} ms`);
console.log('| operasi | median ms | p95 ms |\n|---|---|---|');
console.log(`| buat + tanda tangani (${N} run) | ${all.median.toFixed(1)} | ${all.p95.toFixed(1)} |`);
console.log(`| buat saja, tanpa tanda tangan (${N} run) | ${gen.median.toFixed(1)} | ${gen.p95.toFixed(1)} |`);
console.log(`semua run (ms): ${runs.map((r) => r.ms.toFixed(0)).join(' ')}`);
