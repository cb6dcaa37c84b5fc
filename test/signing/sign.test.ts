// A signed "Daftar Pengguna dan Hak Akses" checked by independent tools: pdfsig (poppler + NSS), qpdf and
// openssl cms, and by SATU's own verifyPdf; the visible block; a wrong passphrase; the passphrase leaking.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../electron/core/reports/engine.ts';
import { CertificateError } from '../../electron/core/signing/errors.ts';
import { verifyPdf } from '../../electron/core/signing/verify.ts';
import { NOW, envWithoutDb, savePng, tableReport, tempFile, tool } from '../reports/helpers.ts';
import { P12_PASSPHRASE, nssDbTrusting, signatureFor, testPki } from './pki.ts';
import { signatureParts, signedPenggunaReport } from './signed-report.ts';

let pdf: Buffer;
let pages: number;
let file: string;

beforeAll(async () => {
  ({ pdf, pages } = await signedPenggunaReport());
  file = tempFile('ditandatangani.pdf', pdf);
  savePng(pdf, 'pengguna-hak-akses-ttd', [...new Set([1, 2, pages])]);
}, 60_000);

describe('signed report, checked by other tools', () => {
  it('pdfsig: PAdES signature valid over the whole document', () => {
    const { out } = tool('pdfsig', [file]);
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: Budi Santoso, S.Kom.');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
  });

  it('pdfsig: "Certificate is Trusted." once the office CA is in the NSS database', () => {
    const { out } = tool('pdfsig', ['-nssdir', nssDbTrusting(testPki().caCertPem), file]);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Certificate Validation: Certificate is Trusted.');
  });

  it('qpdf --check finds no syntax or stream errors', () => {
    const r = tool('qpdf', ['--check', file]);
    expect(r.out).toContain('No syntax or stream encoding errors found');
    expect(r.code).toBe(0);
  });

  it('openssl cms: verifies with the CA; signed attributes are PAdES-B-B (no signingTime)', () => {
    const { signed, cms } = signatureParts(pdf);
    const content = tempFile('signed.bin', signed);
    const p7s = tempFile('sig.p7s', cms);
    const ca = tempFile('ca.crt', Buffer.from(testPki().caCertPem));
    const v = tool('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      p7s,
      '-content',
      content,
      '-CAfile',
      ca,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    expect(v.out).toContain('CMS Verification successful');
    const printed = tool('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', p7s]).out;
    const objects = [...printed.matchAll(/object: (\S+)/g)].map((m) => m[1]);
    expect(objects).toEqual(expect.arrayContaining(['contentType', 'messageDigest', 'id-smime-aa-signingCertificateV2']));
    expect(objects).not.toContain('signingTime');
  });

  it('has a printable widget with its own appearance, and an AcroForm with SigFlags 3', () => {
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/Subtype \/Widget\s*\/FT \/Sig/);
    expect(text).toMatch(/\/F 4\s/);
    expect(text).toMatch(/\/AP <<\s*\/N \d+ 0 R/);
    expect(text).toMatch(/\/SigFlags 3/);
    expect(text).not.toContain('/NeedAppearances');
    expect(text).toContain('/M (D:20261123060500Z)');
  });
});

const hasZbar = spawnSync('zbarimg', ['--version']).status === 0;

describe('the visible block', () => {
  // zbar-tools is optional on developer machines; without it this check is skipped and says so.
  it.skipIf(!hasZbar)('carries the QR payload (decoded with zbarimg; skipped when zbarimg is missing)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satu-qr-'));
    tool('pdftoppm', ['-r', '200', '-png', '-f', String(pages), '-l', String(pages), '-singlefile', file, path.join(dir, 'hal')]);
    const { out } = tool('zbarimg', ['-q', '--raw', path.join(dir, 'hal.png')]);
    expect(out).toContain(`SATU|W.23|DOK-2026-000123|${testPki().fingerprint}`);
  });
});

describe('verifyPdf', () => {
  it('says valid, whole document, trusted, with the signer and the time', () => {
    const r = verifyPdf(pdf, { trustedCaPems: [testPki().caCertPem], now: NOW });
    expect(r.signed).toBe(true);
    expect(r.signatures).toHaveLength(1);
    expect(r.signatures[0]).toMatchObject({
      valid: true,
      coversWholeDocument: true,
      modifiedAfterSigning: false,
      subFilter: 'ETSI.CAdES.detached',
      signerName: 'Budi Santoso, S.Kom.',
      signerCertFingerprint: testPki().fingerprint,
      issuerName: 'CA Uji Kanwil Ditjenpas NTB',
      certValidAt: true,
      trusted: true,
      signedAt: NOW.toISOString(),
      reason: 'Pengesahan Daftar Pengguna dan Hak Akses',
      location: 'Mataram',
    });
    expect(r.summary).toBe('Tanda tangan sah; seluruh dokumen tercakup; penerbit sertifikat dipercaya.');
  });

  it('does not trust an unknown CA, and notes an expired certificate', () => {
    const r = verifyPdf(pdf, { trustedCaPems: [], now: new Date('2040-01-01T00:00:00Z') });
    expect(r.signatures[0]).toMatchObject({ valid: true, trusted: false, certValidAt: false });
    expect(r.summary).toContain('TIDAK termasuk yang dipercaya');
    expect(r.summary).toContain('sertifikat tidak berlaku pada tanggal pemeriksaan');
  });

  it('reports bytes appended after %%EOF as a modified document (pdfsig: not total)', () => {
    const appended = Buffer.concat([pdf, Buffer.from('\n% data tambahan\n')]);
    const r = verifyPdf(appended, { trustedCaPems: [testPki().caCertPem], now: NOW });
    expect(r.signatures[0]).toMatchObject({ valid: true, modifiedAfterSigning: true, coversWholeDocument: false });
    expect(r.summary).toBe('Dokumen diubah setelah ditandatangani (ada tambahan data).');
    expect(tool('pdfsig', [tempFile('tambah.pdf', appended)]).out).toContain('Not total document signed');
  });
});

describe('passphrase', () => {
  it('a wrong passphrase stops signing with an Indonesian message', async () => {
    const signature = { ...signatureFor(testPki()), passphrase: 'bukan-ini' };
    const run = generateReport({ def: tableReport(10), params: {}, env: envWithoutDb(), signature });
    await expect(run).rejects.toThrow(CertificateError);
    await expect(run).rejects.toThrow('Kata sandi sertifikat salah.');
  });

  it('never appears in the signed PDF, in any encoding', () => {
    const plain = Buffer.from(P12_PASSPHRASE, 'utf8');
    const utf16le = Buffer.from(P12_PASSPHRASE, 'utf16le');
    const forms = [
      plain,
      utf16le,
      Buffer.from(utf16le).swap16(),
      Buffer.from(plain.toString('hex')),
      Buffer.from(plain.toString('hex').toUpperCase()),
      Buffer.from(plain.toString('base64')),
    ];
    for (const form of forms) expect(pdf.includes(form)).toBe(false);
    expect(pdf.includes(Buffer.from('Budi Santoso, S.Kom.'))).toBe(true); // the search does find what is there
  });
});
