// Owns the last step of a signed PDF: @signpdf/signpdf computes the ByteRange around the placeholder,
// asks the PAdES signer for the CMS over those bytes and writes it into /Contents. Nothing may change the
// file afterwards (tech-spikes §1 pitfall 6).
import { SignPdf } from '@signpdf/signpdf';
import type { PadesSigner } from './pades-signer.ts';

export async function signPdf(unsigned: Buffer, signer: PadesSigner): Promise<Buffer> {
  return new SignPdf().sign(unsigned, signer);
}
