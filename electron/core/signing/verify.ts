// Owns verifying a signed PDF offline and saying the result in plain Indonesian (issue #3 §5): for each
// signature, whether the CMS maths holds over the ByteRange bytes, whether the range covers the whole
// file (nothing added after signing), who signed, whether the certificate was valid and chains to a
// trusted CA. Never throws: garbage in gives `signed: false` and a summary.
import crypto from 'node:crypto';
import { checkCms } from './cms-check.ts';
import { readTlv } from './der.ts';
import type { CmsCheck } from './cms-check.ts';
import { chainsToTrusted } from './chain.ts';
import { findSignatures } from './pdf-signatures.ts';
import type { RawSignature } from './pdf-signatures.ts';
import { certParts, fingerprintOf } from './x509.ts';
import { summarize } from './verify-summary.ts';

export type SignatureCheck = {
  /** CMS signature maths holds and messageDigest equals the hash of the ByteRange bytes. */
  valid: boolean;
  digestMatches: boolean;
  signatureMatches: boolean;
  /** ByteRange starts at 0, ends at EOF, and its gap is exactly the /Contents hex string. */
  coversWholeDocument: boolean;
  /** Bytes exist after the signed range (an incremental update or appended data). */
  modifiedAfterSigning: boolean;
  subFilter: string | null;
  signerName: string | null;
  /** SHA-256 of the signer certificate DER, 64 uppercase hex digits. */
  signerCertFingerprint: string | null;
  issuerName: string | null;
  certValidAt: boolean;
  trusted: boolean;
  /** ISO instant from the signature dictionary's /M (claimed by the signer, not a timestamp). */
  signedAt: string | null;
  reason: string | null;
  location: string | null;
};

export type VerifyReport = { signed: boolean; signatures: SignatureCheck[]; summary: string };
export type VerifyOptions = { trustedCaPems: string[]; now: Date };

export const BUKAN_PDF = 'Bukan PDF.';
export const TANPA_TANDA_TANGAN = 'Tidak ada tanda tangan.';

function signedBytes(pdf: Buffer, br: [number, number, number, number]): Buffer | null {
  const [a, b, c, d] = br;
  if (a + b > pdf.length || c + d > pdf.length || c < a + b) return null;
  return Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
}

function safeCms(raw: RawSignature, data: Buffer | null): CmsCheck | null {
  try {
    return raw.cms && data ? checkCms(raw.cms, data) : null;
  } catch {
    return null;
  }
}

function certFacts(cms: CmsCheck | null, opts: VerifyOptions) {
  const der = cms?.signerCertDer ?? null;
  if (!der) return { signerName: null, signerCertFingerprint: null, issuerName: null, certValidAt: false, trusted: false };
  try {
    const x = new crypto.X509Certificate(der);
    const { subject, issuer } = certParts(der);
    const t = opts.now.getTime();
    return {
      signerName: subject.cn,
      signerCertFingerprint: fingerprintOf(der),
      issuerName: issuer.cn ?? issuer.o,
      certValidAt: x.validFromDate.getTime() <= t && t <= x.validToDate.getTime(),
      trusted: chainsToTrusted(der, cms?.certDers ?? [], opts.trustedCaPems),
    };
  } catch {
    return { signerName: null, signerCertFingerprint: fingerprintOf(der), issuerName: null, certValidAt: false, trusted: false };
  }
}

/**
 * The /Contents gap is not covered by the signature: after the CMS it must hold only zero padding,
 * or someone has hidden data there (a byte changed in the gap leaves the signature maths valid).
 */
function gapClean(cms: Buffer | null): boolean {
  if (!cms) return false;
  try {
    const end = readTlv(cms, 0).end;
    return cms.subarray(end).every((b) => b === 0);
  } catch {
    return false;
  }
}

function checkOne(pdf: Buffer, raw: RawSignature, opts: VerifyOptions): SignatureCheck {
  const br = raw.byteRange;
  const data = br ? signedBytes(pdf, br) : null;
  const cms = safeCms(raw, data);
  const end = br ? br[2] + br[3] : 0;
  const digestMatches = cms?.digestMatches ?? false;
  const signatureMatches = cms?.signatureMatches ?? false;
  return {
    valid: digestMatches && signatureMatches,
    digestMatches,
    signatureMatches,
    coversWholeDocument: !!br && br[0] === 0 && end === pdf.length && raw.gapIsContents && gapClean(raw.cms),
    modifiedAfterSigning: !br || end < pdf.length,
    subFilter: raw.subFilter,
    ...certFacts(cms, opts),
    signedAt: raw.signedAt,
    reason: raw.reason,
    location: raw.location,
  };
}

export function verifyPdf(bytes: Buffer, opts: VerifyOptions): VerifyReport {
  try {
    if (!bytes.subarray(0, 1024).includes('%PDF-')) return { signed: false, signatures: [], summary: BUKAN_PDF };
    const found = findSignatures(bytes);
    if (found.length === 0) return { signed: false, signatures: [], summary: TANPA_TANDA_TANGAN };
    const signatures = found.map((raw) => checkOne(bytes, raw, opts));
    return { signed: true, signatures, summary: summarize(signatures) };
  } catch {
    return { signed: false, signatures: [], summary: 'Berkas tidak dapat diperiksa.' };
  }
}
