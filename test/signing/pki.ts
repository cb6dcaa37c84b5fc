// Test fixtures: one office CA and one signer .p12 per test file (key generation is the slow part), and an
// NSS database that trusts the CA, for pdfsig's "Certificate is Trusted.".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOfficeCa, issueSignerCertificate } from '../../electron/core/signing/ca.ts';
import type { SignatureRequest } from '../../electron/core/reports/engine.ts';
import { tool } from '../reports/helpers.ts';

export const P12_PASSPHRASE = 'Sandi-Uji-p12-7Qx!';
const CERT_NOW = new Date('2026-01-01T00:00:00.000Z');

export type TestPki = { caCertPem: string; caKeyPem: string; p12: Buffer; certPem: string; fingerprint: string };

let cached: TestPki | null = null;

export function testPki(): TestPki {
  if (cached) return cached;
  const ca = createOfficeCa({
    commonName: 'CA Uji Kanwil Ditjenpas NTB',
    organization: 'Kanwil Ditjenpas NTB',
    validYears: 10,
    now: CERT_NOW,
  });
  const signer = issueSignerCertificate({
    caCertPem: ca.certPem,
    caKeyPem: ca.keyPem,
    subject: {
      nama: 'Budi Santoso, S.Kom.',
      nip: '198001012005011001',
      jabatan: 'Kepala Kantor Wilayah',
      organization: 'Kanwil Ditjenpas NTB',
    },
    validYears: 5,
    now: CERT_NOW,
    p12Passphrase: P12_PASSPHRASE,
  });
  cached = { caCertPem: ca.certPem, caKeyPem: ca.keyPem, ...signer };
  return cached;
}

export function signatureFor(pki: TestPki): SignatureRequest {
  return {
    p12: pki.p12,
    passphrase: P12_PASSPHRASE,
    signer: {
      nama: 'Budi Santoso, S.Kom.',
      jabatan: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat',
      nip: '198001012005011001',
    },
    qrPayload: `SATU|W.23|DOK-2026-000123|${pki.fingerprint}`,
  };
}

/** `sql:DIR` for pdfsig -nssdir, with the CA imported as a trusted issuer (CT,C,C). */
export function nssDbTrusting(caCertPem: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satu-nss-'));
  const ca = path.join(dir, 'ca.crt');
  fs.writeFileSync(ca, caCertPem);
  for (const args of [
    ['-N', '-d', `sql:${dir}`, '--empty-password'],
    ['-A', '-d', `sql:${dir}`, '-n', 'CA Uji', '-t', 'CT,C,C', '-i', ca],
  ]) {
    const r = tool('certutil', args);
    if (r.code !== 0) throw new Error(`certutil ${args.join(' ')}: ${r.out}`);
  }
  return `sql:${dir}`;
}
