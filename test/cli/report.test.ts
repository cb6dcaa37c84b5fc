// `satu report` and `satu verify` end to end: every registered report kind signed through the CLI and
// validated by pdfsig; 50 single-byte changes inside the signed ranges and appended bytes are all
// reported by both pdfsig and `satu verify`.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { satu } from './run.ts';
import { tempDir } from '../fixtures/backend.ts';
import { freshP12, P12_PASS } from '../fixtures/pki.ts';
import { tool } from '../reports/helpers.ts';
import { suratMasukContoh } from '../fixtures/samples.ts';

const dir = tempDir('satu-report-');
const db = path.join(dir, 'kantor.sqlite');
const p12 = path.join(dir, 'pimpinan.p12');
const pass = path.join(dir, 'sandi-p12.txt');
const pw = path.join(dir, 'sandi.txt');

beforeAll(() => {
  fs.writeFileSync(p12, freshP12('Dr. Harun Sulianto', '197001011995031001'));
  fs.writeFileSync(pass, `${P12_PASS}\n`);
  fs.writeFileSync(pw, 'rahasia123\n');
  const setup = {
    kantor: {
      nama: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat',
      jenis: 'kanwil',
      kanwilNo: 22,
      kodeSatker: '411868',
      kodeUakpb: '013010199411868000KD',
      kodeSurat: 'W.23',
      alamat: 'Jalan Majapahit 44 Kota Mataram',
      kota: 'Mataram',
    },
    admin: { username: 'admin', nama: 'Admin', password: 'rahasia123' },
    muatDataContoh: false,
  };
  expect(satu(['--db', db, 'call', 'setup.run', '--input', JSON.stringify(setup)]).code).toBe(0);
  expect(
    satu(['--db', db, 'users', 'add', 'kakanwil', '--nama', 'Dr. Harun Sulianto', '--role', 'pimpinan', '--password-file', pw]).code,
  ).toBe(0);
  expect(
    satu(['--db', db, 'users', 'add', 'operator', '--nama', 'Operator', '--role', 'operator_persuratan', '--password-file', pw]).code,
  ).toBe(0);
  const surat = { ...suratMasukContoh(1), berkas: [] };
  expect(satu(['--db', db, 'call', 'suratMasuk.create', '--input', JSON.stringify(surat)]).code).toBe(0);
});

/** Parameters for each report kind that needs some; a new kind with parameters must be added here. */
const PERIODE = ['dari=2026-01-01', 'sampai=2026-12-31'];
const PARAMS: Record<string, string[]> = {
  'lembar-disposisi': ['suratMasukId=1'],
  'agenda-surat-masuk': PERIODE,
  'agenda-surat-keluar': PERIODE,
  'rekap-disposisi': PERIODE,
};

function signed(kind: string): string {
  const out = path.join(dir, `${kind}.pdf`);
  const params = (PARAMS[kind] ?? []).flatMap((p) => ['--param', p]);
  const r = satu([
    '--db',
    db,
    '--json',
    'report',
    kind,
    ...params,
    '--out',
    out,
    '--sign-as',
    'kakanwil',
    '--p12',
    p12,
    '--passphrase-file',
    pass,
  ]);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return out;
}

describe('satu report', () => {
  it('lists the report kinds and signs one of each, each valid in pdfsig', () => {
    const list = JSON.parse(satu(['--json', '--db', db, 'report', 'list']).stdout) as { kind: string; parameter: string }[];
    expect(list.map((r) => r.kind)).toContain('pengguna-hak-akses');
    // The documents of one pemindahan or penyusutan are signed along their flow in test/core/arsip-alur.test.ts.
    const berdiri = list.filter((r) => r.parameter !== 'pemindahan' && r.parameter !== 'penyusutan');
    expect(berdiri.length).toBeLessThan(list.length);
    for (const { kind } of berdiri) {
      const sig = tool('pdfsig', [signed(kind)]);
      expect(sig.out, kind).toContain('Signature is Valid.');
      expect(sig.out, kind).toContain('Total document signed');
    }
  });

  it('refuses a signer without the Pimpinan role', () => {
    const r = satu([
      '--db',
      db,
      'report',
      'pengguna-hak-akses',
      '--out',
      path.join(dir, 'x.pdf'),
      '--sign-as',
      'operator',
      '--p12',
      p12,
      '--passphrase-file',
      pass,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak berhak menandatangani');
  });
});

describe('satu verify', () => {
  it('accepts the signed file and names the registry entry', () => {
    const file = signed('pengguna-hak-akses');
    const r = satu(['--db', db, '--json', 'verify', file]);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, registri: { cocok: true }, tandaTangan: [{ sah: true, seluruhDokumen: true }] });
  });

  it('reports every one of 50 single-byte changes inside the signed ranges, as pdfsig does', () => {
    const file = signed('pengguna-hak-akses');
    const pdf = fs.readFileSync(file);
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'))!;
    const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
    let seed = 20261123;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const files: string[] = [];
    for (let i = 0; i < 50; i++) {
      const inFirst = rnd() < b / (b + d);
      const pos = inFirst ? a + Math.floor(rnd() * b) : c + Math.floor(rnd() * d);
      const copy = Buffer.from(pdf);
      copy[pos] = copy[pos]! ^ (1 + Math.floor(rnd() * 254));
      const f = path.join(dir, `ubah-${i}.pdf`);
      fs.writeFileSync(f, copy);
      files.push(f);
      expect(tool('pdfsig', [f]).out, `pdfsig pos ${pos}`).not.toContain('Signature is Valid.');
    }
    const r = satu(['--db', db, '--json', 'verify', ...files]);
    expect(r.code).toBe(1);
    const items = JSON.parse(r.stdout) as { ok: boolean }[];
    expect(items).toHaveLength(50);
    expect(items.filter((x) => x.ok)).toEqual([]);
  });

  it('reports bytes appended after signing as a modified document', () => {
    const file = signed('pengguna-hak-akses');
    const f = path.join(dir, 'tambah.pdf');
    fs.writeFileSync(f, Buffer.concat([fs.readFileSync(file), Buffer.from('\n1 0 obj\n(tambahan)\nendobj\n')]));
    const r = satu(['--db', db, 'verify', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/diubah setelah ditandatangani/i);
  });
});

describe('satu verify, the unsigned gap', () => {
  it('reports data hidden in the zero padding of /Contents', () => {
    const file = signed('pengguna-hak-akses');
    const pdf = fs.readFileSync(file);
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'))!;
    const gapEnd = Number(m[3]);
    const copy = Buffer.from(pdf);
    copy[gapEnd - 10] = 0x37; // a hex digit near the end of the padding: '0' → '7'
    const f = path.join(dir, 'celah.pdf');
    fs.writeFileSync(f, copy);
    const r = satu(['--db', db, '--json', 'verify', f]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, tandaTangan: [{ seluruhDokumen: false }] });
  });
});
