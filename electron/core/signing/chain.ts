// Owns deciding whether a signer certificate chains to a trusted CA (the office CA or an imported one):
// each step must be issued by (names match) and signed by the next certificate, which must be a CA;
// intermediates come from the CMS. Uses Node's X509Certificate (OpenSSL) for the maths.
import crypto from 'node:crypto';

const MAX_DEPTH = 6;

function load(src: Buffer | string): crypto.X509Certificate | null {
  try {
    return new crypto.X509Certificate(src);
  } catch {
    return null;
  }
}

const issuedBy = (cert: crypto.X509Certificate, issuer: crypto.X509Certificate): boolean => {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
};

export function chainsToTrusted(signerDer: Buffer, intermediates: Buffer[], trustedCaPems: string[]): boolean {
  const trusted = trustedCaPems.map((p) => load(p)).filter((c): c is crypto.X509Certificate => c !== null && c.ca);
  const pool = intermediates.map((d) => load(d)).filter((c): c is crypto.X509Certificate => c !== null && c.ca);
  let cert = load(signerDer);
  for (let depth = 0; cert && depth < MAX_DEPTH; depth++) {
    const current: crypto.X509Certificate = cert;
    if (trusted.some((t) => t.fingerprint256 === current.fingerprint256 || issuedBy(current, t))) return true;
    cert = pool.find((c) => c.fingerprint256 !== current.fingerprint256 && issuedBy(current, c)) ?? null;
  }
  return false;
}
