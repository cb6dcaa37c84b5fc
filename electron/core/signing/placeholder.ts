// Owns the signature placeholder written into the pdfkit document before it ends: the signature
// dictionary (Type Sig, Filter Adobe.PPKLite, SubFilter ETSI.CAdES.detached, ByteRange and a zero-filled
// Contents for @signpdf/signpdf to fill, M = the injected time, Name, Reason, Location), the widget
// annotation that shows it (/AP /N = the visible block, /F 4 = print) and the AcroForm with SigFlags 3
// (signatures exist, append only); pdfkit's initForm() creates the AcroForm and ends it with the document. Our own ~40 lines instead of @signpdf/placeholder-pdfkit, which pins
// pdfkit 0.11 and writes no /AP (tech-spikes §1, pitfall 1).
import { catalog, endRef } from '../reports/layout/pdfkit-internals.ts';
import type { Doc } from '../reports/layout/pdfkit-internals.ts';

/** Bytes reserved for the CMS (hex-encoded twice as long): room for longer chains and, later, timestamps. */
export const SIGNATURE_LENGTH = 16384;
const BYTE_RANGE_PLACEHOLDER = '**********';
const SIG_FLAGS = 3;
const PRINT = 4;

export type PlaceholderInput = {
  /** Top-left corner and size in pdfkit's page coordinates (y from the top). */
  rect: { x: number; y: number; width: number; height: number };
  appearance: PDFKit.PDFKitReference;
  now: Date;
  name: string;
  reason: string;
  location: string;
  fieldName?: string;
};

/** Non-ASCII text must be a String object so pdfkit writes a UTF-16BE literal, not a name (pitfall 9). */
const text = (s: string): string => new String(s) as unknown as string;

/** Adds the placeholder on the document's current page. Call once, just before `doc.end()`. */
export function addSignaturePlaceholder(doc: Doc, input: PlaceholderInput): void {
  const page = doc.page;
  const { x, y, width, height } = input.rect;
  const sig = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: Buffer.alloc(SIGNATURE_LENGTH),
    M: input.now,
    Name: text(input.name),
    Reason: text(input.reason),
    Location: text(input.location),
  });
  const bottom = page.height - y - height;
  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [x, bottom, x + width, bottom + height],
    V: sig,
    T: text(input.fieldName ?? 'TandaTangan1'),
    F: PRINT,
    P: page.dictionary,
    AP: { N: input.appearance },
  });
  (page.annotations as PDFKit.PDFKitReference[]).push(widget);
  endRef(sig);
  endRef(widget);
  // pdfkit owns the AcroForm object and writes it in doc.end(); a signature field needs no
  // NeedAppearances (its /AP is final) but SigFlags.
  doc.initForm();
  const form = catalog(doc).data.AcroForm as PDFKit.PDFKitReference & { data: { Fields: unknown[]; [k: string]: unknown } };
  delete form.data.NeedAppearances;
  form.data.SigFlags = SIG_FLAGS;
  form.data.Fields.push(widget);
}
