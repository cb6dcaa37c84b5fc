// Owns checking a detached CMS SignedData against the bytes it claims to sign (RFC 5652 §5.4, §5.6): the
// messageDigest attribute must equal the hash of the ByteRange bytes, the signature must verify over the
// DER of the signed attributes with the signer certificate's public key, and a signingCertificateV2
// attribute, when present, must name that certificate (ETSI EN 319 122-1). Throws on malformed DER.
import crypto from 'node:crypto';
import { TAG, child, children, content, decodeOid, raw, readTlv } from './der.ts';
import type { Tlv } from './der.ts';
import { certParts } from './x509.ts';

/** `signerCertDer`: the certificate the signature verifies with, else the one the SignerInfo names. */
export type CmsCheck = { digestMatches: boolean; signatureMatches: boolean; signerCertDer: Buffer | null; certDers: Buffer[] };

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  rsaPss: '1.2.840.113549.1.1.10',
};

function hashName(alg: Tlv): string {
  const name = HASHES[decodeOid(child(alg, 0, TAG.OID))];
  if (!name) throw new Error('Algoritme hash tidak dikenal');
  return name;
}

function attributeValue(attrs: Tlv[], oid: string): Tlv | null {
  const a = attrs.find((x) => decodeOid(child(x, 0, TAG.OID)) === oid);
  return a ? child(child(a, 1, TAG.SET), 0) : null;
}

/** Does signingCertificateV2, if present, carry the hash of this certificate? */
function essMatches(attrs: Tlv[], certDer: Buffer): boolean {
  const v = attributeValue(attrs, OID.signingCertificateV2);
  if (!v) return true;
  const first = child(child(v, 0, TAG.SEQUENCE), 0, TAG.SEQUENCE);
  const parts = children(first);
  const alg = parts[0]?.tag === TAG.SEQUENCE ? hashName(parts[0]) : 'sha256';
  const hash = parts.find((p) => p.tag === TAG.OCTET_STRING);
  return !!hash && content(hash).equals(crypto.createHash(alg).update(certDer).digest());
}

function verifyWith(certDer: Buffer, hash: string, data: Buffer, signature: Buffer, pss: boolean): boolean {
  try {
    const key = new crypto.X509Certificate(certDer).publicKey;
    const opts = pss ? { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_AUTO } : key;
    return crypto.verify(hash, data, opts, signature);
  } catch {
    return false;
  }
}

function signerCandidates(sid: Tlv, certDers: Buffer[]): Buffer[] {
  if (sid.tag !== TAG.SEQUENCE) return certDers;
  const issuer = raw(child(sid, 0));
  const serial = raw(child(sid, 1, TAG.INTEGER));
  const named = certDers.filter((d) => {
    const p = certParts(d);
    return p.issuerDer.equals(issuer) && p.serialDer.equals(serial);
  });
  return named.length ? named : certDers;
}

export function checkCms(cms: Buffer, signedBytes: Buffer): CmsCheck {
  const ci = readTlv(cms, 0);
  if (decodeOid(child(ci, 0, TAG.OID)) !== OID.signedData) throw new Error('Bukan SignedData');
  const sd = children(child(child(ci, 1, 0xa0), 0, TAG.SEQUENCE));
  const certSet = sd.find((t) => t.tag === 0xa0);
  const certDers = certSet ? children(certSet).map(raw) : [];
  const signerInfos = sd.at(-1);
  if (signerInfos?.tag !== TAG.SET) throw new Error('SignerInfos tidak ada');
  const si = child(signerInfos, 0, TAG.SEQUENCE);
  const [, sid, digestAlg, ...rest] = children(si);
  if (!sid || !digestAlg) throw new Error('SignerInfo tidak lengkap');
  const signedAttrs = rest[0]?.tag === 0xa0 ? rest.shift() : undefined;
  const [sigAlg, sigValue] = rest;
  if (!sigAlg || sigValue?.tag !== TAG.OCTET_STRING) throw new Error('SignerInfo tidak lengkap');
  const hash = hashName(digestAlg);
  const digest = crypto.createHash(hash).update(signedBytes).digest();
  const attrs = signedAttrs ? children(signedAttrs) : [];
  const md = signedAttrs ? attributeValue(attrs, OID.messageDigest) : null;
  // Signed attributes are signed as a DER SET OF (tag 0x31), not as the [0] they are stored under.
  const toVerify = signedAttrs ? Buffer.concat([Buffer.from([TAG.SET]), raw(signedAttrs).subarray(1)]) : signedBytes;
  const pss = decodeOid(child(sigAlg, 0, TAG.OID)) === OID.rsaPss;
  const candidates = signerCandidates(sid, certDers);
  const verified = candidates.find((d) => verifyWith(d, hash, toVerify, content(sigValue), pss) && essMatches(attrs, d));
  const digestMatches = signedAttrs ? !!md && content(md).equals(digest) : verified !== undefined;
  return { digestMatches, signatureMatches: verified !== undefined, signerCertDer: verified ?? candidates[0] ?? null, certDers };
}
