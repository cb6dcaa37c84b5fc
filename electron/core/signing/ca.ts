// Owns the office certificate authority inside SATU and the signer certificates it issues for internal
// documents (issue #3 §2b), reading a .p12 for display, and the passphrase-encrypted PKCS#8 PEM in which the
// CA key is stored. Keys come from Node's crypto (fast RSA generation); certificates are built and signed
// with node-forge (SHA-256). Signer certificates carry keyUsage digitalSignature + nonRepudiation and
// extKeyUsage emailProtection (what NSS, and so pdfsig, checks for a signer) + Microsoft document signing.
import crypto from 'node:crypto';
import forge from 'node-forge';
import { CertificateError } from './errors.ts';
import { openP12 } from './p12.ts';
import { certParts, derToPem, fingerprintOf, pemToDer } from './x509.ts';

type Attr = { type: string; value: string; valueTagClass?: number };

const UTF8 = forge.asn1.Type.UTF8;
const OID = { cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6', serialNumber: '2.5.4.5', title: '2.5.4.12' } as const;
const DOCUMENT_SIGNING = '1.3.6.1.4.1.311.10.3.12';

function newKeyPair(bits: number): { keyPem: string; forgeKey: forge.pki.rsa.PrivateKey; forgePub: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: bits });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const pubPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { keyPem, forgeKey: forge.pki.privateKeyFromPem(keyPem), forgePub: forge.pki.publicKeyFromPem(pubPem) };
}

/** 16 random bytes, positive and without a leading zero byte (RFC 5280 §4.1.2.2). */
function serialHex(): string {
  const b = crypto.randomBytes(16);
  b[0] = ((b[0] ?? 1) & 0x7f) | 0x10;
  return b.toString('hex');
}

function baseCert(pub: forge.pki.rsa.PublicKey, now: Date, validYears: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = serialHex();
  cert.validity.notBefore = new Date(now.getTime());
  const end = new Date(now.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + validYears);
  cert.validity.notAfter = end;
  return cert;
}

const certPemOf = (cert: forge.pki.Certificate): string => forge.pki.certificateToPem(cert);

export type OfficeCaInput = { commonName: string; organization: string; validYears: number; now: Date };

/** A self-signed RSA-3072 root for the office: basicConstraints CA (critical), keyCertSign + cRLSign. */
export function createOfficeCa(input: OfficeCaInput): { certPem: string; keyPem: string } {
  const { keyPem, forgeKey, forgePub } = newKeyPair(3072);
  const cert = baseCert(forgePub, input.now, input.validYears);
  const name: Attr[] = [
    { type: OID.c, value: 'ID' },
    { type: OID.o, value: input.organization, valueTagClass: UTF8 },
    { type: OID.cn, value: input.commonName, valueTagClass: UTF8 },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forgeKey, forge.md.sha256.create());
  return { certPem: certPemOf(cert), keyPem };
}

export type SignerSubject = { nama: string; nip: string | null; jabatan: string | null; organization: string };

export type IssueSignerInput = {
  caCertPem: string;
  caKeyPem: string;
  subject: SignerSubject;
  validYears: number;
  now: Date;
  p12Passphrase: string;
};

function signerName(s: SignerSubject): Attr[] {
  const name: Attr[] = [
    { type: OID.c, value: 'ID' },
    { type: OID.o, value: s.organization, valueTagClass: UTF8 },
    { type: OID.cn, value: s.nama, valueTagClass: UTF8 },
  ];
  if (s.jabatan) name.push({ type: OID.title, value: s.jabatan, valueTagClass: UTF8 });
  if (s.nip) name.push({ type: OID.serialNumber, value: `NIP ${s.nip.replace(/\s+/g, '')}` });
  return name;
}

function loadCa(certPem: string, keyPem: string): { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } {
  try {
    return { cert: forge.pki.certificateFromPem(certPem), key: forge.pki.privateKeyFromPem(keyPem) };
  } catch {
    throw new CertificateError('pem-tidak-valid');
  }
}

/** An RSA-2048 signer certificate from the office CA, packed with its key and the CA into a .p12 (AES-256). */
export function issueSignerCertificate(input: IssueSignerInput): { p12: Buffer; certPem: string; fingerprint: string } {
  const ca = loadCa(input.caCertPem, input.caKeyPem);
  const { forgeKey, forgePub } = newKeyPair(2048);
  const cert = baseCert(forgePub, input.now, input.validYears);
  cert.setSubject(signerName(input.subject));
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true, [DOCUMENT_SIGNING]: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  const asn = forge.pkcs12.toPkcs12Asn1(forgeKey, [cert, ca.cert], input.p12Passphrase, {
    algorithm: 'aes256',
    friendlyName: input.subject.nama,
  });
  const p12 = Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
  const certPem = certPemOf(cert);
  return { p12, certPem, fingerprint: fingerprintOf(pemToDer(certPem)) };
}

export type P12Info = {
  certPem: string;
  chainPems: string[];
  subject: { cn: string | null; o: string | null; serialNumber: string | null };
  issuerCn: string | null;
  /** ISO 8601 instants. */
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the certificate DER, 64 uppercase hex digits. */
  fingerprint: string;
};

/** What SATU shows about a .p12 before storing it; throws CertificateError (Indonesian) when unusable. */
export function readP12(p12: Buffer, passphrase: string): P12Info {
  const { certDer, chainDers } = openP12(p12, passphrase);
  const x = new crypto.X509Certificate(certDer);
  const { subject, issuer } = certParts(certDer);
  return {
    certPem: derToPem(certDer),
    chainPems: chainDers.map((d) => derToPem(d)),
    subject: { cn: subject.cn, o: subject.o, serialNumber: subject.serialNumber },
    issuerCn: issuer.cn,
    notBefore: x.validFromDate.toISOString(),
    notAfter: x.validToDate.toISOString(),
    fingerprint: fingerprintOf(certDer),
  };
}

/** PKCS#8 PEM encrypted with AES-256-CBC under a PBKDF2 key from `passphrase` (for storing the CA key). */
export function encryptPrivateKey(keyPem: string, passphrase: string): string {
  const key = crypto.createPrivateKey(keyPem);
  return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
}

/** The plain PKCS#8 PEM back; a wrong passphrase gives "Kata sandi sertifikat salah.". */
export function decryptPrivateKey(encryptedPem: string, passphrase: string): string {
  try {
    return crypto.createPrivateKey({ key: encryptedPem, passphrase }).export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch (e) {
    const code = String((e as { code?: string }).code ?? '');
    throw new CertificateError(/BAD_DECRYPT|DECRYPT/i.test(code) ? 'kata-sandi-salah' : 'pem-tidak-valid');
  }
}
