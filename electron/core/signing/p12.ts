// Owns opening a PKCS#12 container (.p12/.pfx, as BSrE issues or SATU's office CA makes): the private key
// whose certificate it holds, that certificate and the rest of the chain. OpenSSL 3's default PKCS#12
// (PBES2/AES-256, SHA-256 MAC) and -legacy both open with node-forge 1.4.3 (tech-spikes §1 pitfall 7).
// The passphrase is used here and not kept anywhere.
import crypto from 'node:crypto';
import forge from 'node-forge';
import { CertificateError } from './errors.ts';

export type P12Contents = { key: crypto.KeyObject; certDer: Buffer; chainDers: Buffer[] };

const toBuf = (bytes: string): Buffer => Buffer.from(bytes, 'binary');
const certDer = (c: forge.pki.Certificate): Buffer => toBuf(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes());

function parse(p12: Buffer, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  let asn: forge.asn1.Asn1;
  try {
    asn = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch {
    throw new CertificateError('bukan-p12');
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn, true, passphrase);
  } catch (e) {
    // node-forge reports a failed MAC only by message; every other failure means the file is not usable.
    if (/MAC could not be verified|Invalid password/i.test(String((e as Error).message))) throw new CertificateError('kata-sandi-salah');
    if (/private key|OID/i.test(String((e as Error).message))) throw new CertificateError('kunci-tidak-didukung');
    throw new CertificateError('bukan-p12');
  }
}

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, type: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType: type })[type] ?? [];
}

export function openP12(p12: Buffer, passphrase: string): P12Contents {
  const pfx = parse(p12, passphrase);
  const keyBag = [...bagsOf(pfx, forge.pki.oids.pkcs8ShroudedKeyBag ?? ''), ...bagsOf(pfx, forge.pki.oids.keyBag ?? '')][0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  const certs = bagsOf(pfx, forge.pki.oids.certBag ?? '')
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  if (!key) throw new CertificateError('tanpa-kunci');
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!own) throw new CertificateError('tanpa-kunci');
  return {
    key: crypto.createPrivateKey(forge.pki.privateKeyToPem(key)),
    certDer: certDer(own),
    chainDers: certs.filter((c) => c !== own).map(certDer),
  };
}
