// verifyPdf never throws: random bytes, truncated and damaged signed PDFs all give a report and a summary.
import fs from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../electron/core/reports/engine.ts';
import { BUKAN_PDF, TANPA_TANDA_TANGAN, verifyPdf } from '../../electron/core/signing/verify.ts';
import { NOW, envWithoutDb, tableReport, tempFile, tool } from '../reports/helpers.ts';
import { P12_PASSPHRASE, signatureFor, testPki } from './pki.ts';
import { signatureParts } from './signed-report.ts';

const opts = () => ({ trustedCaPems: [testPki().caCertPem], now: NOW });
let signed: Buffer;

beforeAll(async () => {
  signed = (await generateReport({ def: tableReport(30), params: {}, env: envWithoutDb(), signature: signatureFor(testPki()) })).pdf;
}, 60_000);

describe('verifyPdf on signatures SATU did not make', () => {
  it('accepts a CMS made by OpenSSL (signingTime, no signingCertificateV2) over the same ByteRange', () => {
    const { byteRange, signed: content } = signatureParts(signed);
    const p12 = tempFile('s.p12', testPki().p12);
    const pem = tempFile('s.pem', Buffer.alloc(0));
    tool('openssl', ['pkcs12', '-in', p12, '-nodes', '-passin', `pass:${P12_PASSPHRASE}`, '-out', pem]);
    const der = tempFile('s.der', Buffer.alloc(0));
    const r = tool('openssl', [
      'cms',
      '-sign',
      '-binary',
      '-md',
      'sha256',
      '-outform',
      'DER',
      '-in',
      tempFile('c.bin', content),
      '-signer',
      pem,
      '-out',
      der,
    ]);
    expect(r.code).toBe(0);
    const hex = fs.readFileSync(der).toString('hex');
    const pdf = Buffer.from(signed);
    pdf.fill('0', byteRange[1] + 1, byteRange[2] - 1);
    pdf.write(hex, byteRange[1] + 1, 'latin1');
    const report = verifyPdf(pdf, opts());
    expect(report.signatures[0]).toMatchObject({
      valid: true,
      coversWholeDocument: true,
      trusted: true,
      signerName: 'Budi Santoso, S.Kom.',
    });
  });
});

describe('verifyPdf on bad input', () => {
  it('says "Bukan PDF." for anything that is not a PDF', () => {
    expect(verifyPdf(Buffer.alloc(0), opts())).toEqual({ signed: false, signatures: [], summary: BUKAN_PDF });
    expect(verifyPdf(Buffer.from('PK\x03\x04 sebuah zip'), opts()).summary).toBe(BUKAN_PDF);
  });

  it('says "Tidak ada tanda tangan." for an unsigned PDF', async () => {
    const r = await generateReport({ def: tableReport(5), params: {}, env: envWithoutDb() });
    expect(verifyPdf(r.pdf, opts())).toEqual({ signed: false, signatures: [], summary: TANPA_TANDA_TANGAN });
  });

  it('never throws on random bytes, with or without a PDF header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, header) => {
        const input = Buffer.concat([Buffer.from(header ? '%PDF-1.7\n/ByteRange [0 10 20 30] /Contents <3082>' : ''), Buffer.from(bytes)]);
        const r = verifyPdf(input, opts());
        return typeof r.summary === 'string' && r.signatures.every((s) => !s.valid);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a signed PDF cut short or with random bytes overwritten', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: signed.length }),
        fc.nat({ max: signed.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        (cut, at, junk) => {
          const cutShort = verifyPdf(signed.subarray(0, cut), opts());
          const damaged = Buffer.from(signed);
          damaged.set(junk.subarray(0, damaged.length - at), at);
          const r = verifyPdf(damaged, opts());
          return typeof cutShort.summary === 'string' && typeof r.summary === 'string';
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a zeroed signature value as broken signature data', () => {
    const { byteRange } = signatureParts(signed);
    const bad = Buffer.from(signed);
    bad.fill('0', byteRange[1] + 1, byteRange[2] - 1);
    const r = verifyPdf(bad, opts());
    expect(r.signed).toBe(true);
    expect(r.signatures[0]?.valid).toBe(false);
    expect(r.summary).toBe('Tanda tangan TIDAK sah: data tanda tangan rusak atau tidak dapat dibaca.');
  });

  it('reports a changed signature value (one hex digit) as not valid', () => {
    const { byteRange } = signatureParts(signed);
    const bad = Buffer.from(signed);
    const at = byteRange[1] + 1 + 800; // inside the CMS, in the certificates or the RSA value
    bad[at] = bad[at] === 0x30 ? 0x31 : 0x30;
    expect(verifyPdf(bad, opts()).signatures[0]?.valid).toBe(false);
  });
});
