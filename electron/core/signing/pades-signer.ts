// Owns the PAdES baseline B-B CMS signature (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached): a detached
// SignedData over the PDF's ByteRange with exactly the signed attributes contentType, messageDigest and
// signingCertificateV2 (SHA-256 hash of the signer certificate + issuerSerial), and no signingTime (the
// claimed time is the signature dictionary's /M). SHA-256 with RSA PKCS#1 v1.5. Plugs into
// @signpdf/signpdf's SignPdf.sign (tech-spikes §1 and its Appendix). Formal B-B conformance is not proven
// offline (no EU DSS here); pdfsig and `openssl cms -verify` accept it.
import crypto from 'node:crypto';
import { Signer } from '@signpdf/utils';
import { ctxTag, integer, nullDer, octets, oid, seq, setOf, tlv } from './der.ts';
import { certParts } from './x509.ts';
import { openP12 } from './p12.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const sha256 = (b: Buffer): Buffer => crypto.createHash('sha256').update(b).digest();
const attribute = (type: string, value: Buffer): Buffer => seq(oid(type), setOf(value));

/** The signer of SATU's PDFs. Throws CertificateError ("Kata sandi sertifikat salah.") from the constructor. */
export class PadesSigner extends Signer {
  readonly #key: crypto.KeyObject;
  readonly #certDer: Buffer;
  readonly #chainDers: Buffer[];

  constructor(p12: Buffer, passphrase: string) {
    super();
    const { key, certDer, chainDers } = openP12(p12, passphrase);
    this.#key = key;
    this.#certDer = certDer;
    this.#chainDers = chainDers;
  }

  /** The signer certificate (DER), e.g. for its fingerprint in the QR payload. */
  get certificateDer(): Buffer {
    return this.#certDer;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const { issuerDer, serialDer } = certParts(this.#certDer);
    const issuerAndSerial = seq(issuerDer, serialDer);
    const essCertIdV2 = seq(octets(sha256(this.#certDer)), seq(seq(tlv(ctxTag(4), issuerDer)), serialDer));
    const attrs = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(sha256(pdfBuffer))),
      attribute(OID.signingCertificateV2, seq(seq(essCertIdV2))),
    ];
    const signedAttrs = setOf(...attrs);
    const signature = crypto.sign('sha256', signedAttrs, this.#key);
    const sha256Alg = seq(oid(OID.sha256), nullDer());
    const signerInfo = seq(
      integer(1),
      issuerAndSerial,
      sha256Alg,
      Buffer.concat([Buffer.from([ctxTag(0)]), signedAttrs.subarray(1)]), // [0] IMPLICIT SET OF Attribute
      seq(oid(OID.rsaEncryption), nullDer()),
      octets(signature),
    );
    const signedData = seq(
      integer(1),
      setOf(sha256Alg),
      seq(oid(OID.data)),
      tlv(ctxTag(0), Buffer.concat([this.#certDer, ...this.#chainDers])),
      setOf(signerInfo),
    );
    return seq(oid(OID.signedData), tlv(ctxTag(0), signedData));
  }
}
