// The office CA and its signer certificates, read back by SATU and by OpenSSL; .p12 files made by OpenSSL
// (as BSrE and other CAs issue them) open too; wrong passphrases and non-p12 files give Indonesian errors.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptPrivateKey, encryptPrivateKey, readP12 } from '../../electron/core/signing/ca.ts';
import { CertificateError } from '../../electron/core/signing/errors.ts';
import { PadesSigner } from '../../electron/core/signing/pades-signer.ts';
import { formatFingerprint } from '../../electron/core/signing/x509.ts';
import { tempFile, tool } from '../reports/helpers.ts';
import { P12_PASSPHRASE, testPki } from './pki.ts';

const problemOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof CertificateError ? `${e.problem}: ${e.message}` : `lain: ${String(e)}`;
  }
};

describe('office CA and signer certificate', () => {
  it('reads back subject, issuer, validity and the SHA-256 fingerprint', () => {
    const pki = testPki();
    const info = readP12(pki.p12, P12_PASSPHRASE);
    expect(info.subject).toEqual({ cn: 'Budi Santoso, S.Kom.', o: 'Kanwil Ditjenpas NTB', serialNumber: 'NIP 198001012005011001' });
    expect(info.issuerCn).toBe('CA Uji Kanwil Ditjenpas NTB');
    expect(info.notBefore).toBe('2026-01-01T00:00:00.000Z');
    expect(info.notAfter).toBe('2031-01-01T00:00:00.000Z');
    expect(info.fingerprint).toMatch(/^[0-9A-F]{64}$/);
    expect(info.fingerprint).toBe(pki.fingerprint);
    expect(formatFingerprint(info.fingerprint)).toBe(new crypto.X509Certificate(info.certPem).fingerprint256);
    expect(info.chainPems).toHaveLength(1);
  });

  it('is what OpenSSL expects of a CA and a document signer', () => {
    const pki = testPki();
    const ca = tempFile('ca.crt', Buffer.from(pki.caCertPem));
    const cert = tempFile('signer.crt', Buffer.from(pki.certPem));
    expect(tool('openssl', ['verify', '-CAfile', ca, cert]).out).toContain(': OK');
    const caText = tool('openssl', ['x509', '-in', ca, '-noout', '-text']).out;
    expect(caText).toMatch(/Basic Constraints: critical\s+CA:TRUE/);
    expect(caText).toMatch(/Key Usage: critical\s+Certificate Sign, CRL Sign/);
    expect(caText).toContain('Public-Key: (3072 bit)');
    const text = tool('openssl', ['x509', '-in', cert, '-noout', '-text']).out;
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text).toMatch(/Extended Key Usage:\s+E-mail Protection, 1\.3\.6\.1\.4\.1\.311\.10\.3\.12/);
    expect(text).toContain('title = Kepala Kantor Wilayah');
    const p12 = tempFile('signer.p12', pki.p12);
    expect(tool('openssl', ['pkcs12', '-in', p12, '-info', '-noout', '-passin', `pass:${P12_PASSPHRASE}`]).out).toContain('AES-256-CBC');
  });

  it('gives "Kata sandi sertifikat salah." for a wrong passphrase and a plain message for a non-p12', () => {
    const { p12 } = testPki();
    expect(problemOf(() => readP12(p12, 'salah'))).toBe('kata-sandi-salah: Kata sandi sertifikat salah.');
    expect(problemOf(() => new PadesSigner(p12, ''))).toBe('kata-sandi-salah: Kata sandi sertifikat salah.');
    expect(problemOf(() => readP12(Buffer.from('bukan sertifikat'), 'x'))).toMatch(/^bukan-p12: Berkas bukan sertifikat PKCS#12/);
    expect(problemOf(() => readP12(Buffer.from(testPki().certPem), 'x'))).toMatch(/^bukan-p12:/);
  });

  it('stores the CA key encrypted (PKCS#8, AES-256) and needs the passphrase to read it', () => {
    const { caKeyPem } = testPki();
    const enc = encryptPrivateKey(caKeyPem, 'kunci-kantor');
    expect(enc).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    expect(enc).not.toContain(caKeyPem.split('\n')[1]);
    expect(decryptPrivateKey(enc, 'kunci-kantor')).toBe(caKeyPem);
    expect(problemOf(() => decryptPrivateKey(enc, 'salah'))).toBe('kata-sandi-salah: Kata sandi sertifikat salah.');
  });
});

describe('a .p12 made by OpenSSL 3', () => {
  function opensslP12(extra: string[]): Buffer {
    const dir = path.dirname(tempFile('x', Buffer.alloc(0)));
    const [key, crt, p12] = ['k.pem', 'c.pem', 'o.p12'].map((f) => path.join(dir, f)) as [string, string, string];
    const subj = '/C=ID/O=Balai Sertifikasi Elektronik Uji/CN=Ni Luh Ayu Pratiwi/serialNumber=NIP 199001012015032001';
    tool('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '365', '-subj', subj]);
    const r = tool('openssl', ['pkcs12', '-export', ...extra, '-inkey', key, '-in', crt, '-out', p12, '-passout', 'pass:rahasia']);
    if (r.code !== 0) throw new Error(r.out);
    return fs.readFileSync(p12);
  }

  it('opens with the default PBES2/AES-256 protection', () => {
    expect(readP12(opensslP12([]), 'rahasia').subject.cn).toBe('Ni Luh Ayu Pratiwi');
  });

  it('opens with the -legacy protection (RC2/3DES, SHA-1 MAC)', () => {
    expect(readP12(opensslP12(['-legacy']), 'rahasia').subject.serialNumber).toBe('NIP 199001012015032001');
  });
});
