// Owns reading the parts of an X.509 certificate that signing and verification need, from its DER:
// the raw issuer and serial (to name the signer in CMS exactly as the certificate does), names decoded
// by their ASN.1 string type, and the SHA-256 fingerprint SATU shows and puts in QR codes.
import crypto from 'node:crypto';
import { TAG, child, children, content, decodeOid, raw, readTlv } from './der.ts';
import type { Tlv } from './der.ts';

export type CertName = { cn: string | null; o: string | null; serialNumber: string | null; title: string | null };

export type CertParts = { issuerDer: Buffer; serialDer: Buffer; subject: CertName; issuer: CertName };

const OID_NAME: Record<string, keyof CertName> = {
  '2.5.4.3': 'cn',
  '2.5.4.10': 'o',
  '2.5.4.5': 'serialNumber',
  '2.5.4.12': 'title',
};

function decodeString(t: Tlv): string {
  const b = content(t);
  if (t.tag === 0x1e)
    return Buffer.from(b.subarray(0, b.length & ~1))
      .swap16()
      .toString('utf16le'); // BMPString
  return t.tag === TAG.UTF8 ? b.toString('utf8') : b.toString('latin1');
}

/** CN, O, serialNumber and title of an X.501 Name (last value wins when repeated). */
export function decodeName(name: Tlv): CertName {
  const out: CertName = { cn: null, o: null, serialNumber: null, title: null };
  for (const rdn of children(name))
    for (const atv of children(rdn)) {
      const key = OID_NAME[decodeOid(child(atv, 0, TAG.OID))];
      if (key) out[key] = decodeString(child(atv, 1));
    }
  return out;
}

/** The TBSCertificate fields, skipping the optional [0] version. */
function tbsFields(certDer: Buffer): Tlv[] {
  const cert = readTlv(certDer, 0);
  const fields = children(child(cert, 0, TAG.SEQUENCE));
  return fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
}

export function certParts(certDer: Buffer): CertParts {
  const [serial, , issuer, , subject] = tbsFields(certDer);
  if (!serial || !issuer || !subject) throw new Error('Sertifikat tidak lengkap');
  return { serialDer: raw(serial), issuerDer: raw(issuer), subject: decodeName(subject), issuer: decodeName(issuer) };
}

/** SHA-256 of the certificate DER as 64 uppercase hex digits, no separators (SATU's chosen form). */
export const fingerprintOf = (certDer: Buffer): string => crypto.createHash('sha256').update(certDer).digest('hex').toUpperCase();

/** "AB:CD:…" for display next to a certificate, as certificate viewers show it. */
export const formatFingerprint = (hex: string): string => hex.match(/.{1,2}/g)?.join(':') ?? hex;

export function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

export function derToPem(der: Buffer, label = 'CERTIFICATE'): string {
  const b64 =
    der
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? '';
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}
