// Owns the few pdfkit 0.20 internals the engine relies on that @types/pdfkit 0.17 does not declare:
// the current embedded font (to encode text for a signature appearance), the catalog, and images.
// Kept in one file so a pdfkit upgrade has one place to check (pins: tech-spikes §1).
import type PDFDocument from 'pdfkit';

/** A pdfkit document instance (the default export of @types/pdfkit is typed as an instance). */
export type Doc = typeof PDFDocument;

/** An embedded TrueType font as pdfkit holds it. */
export type PdfFont = {
  encode: (text: string) => [string[], unknown[]];
  widthOfString: (text: string, size: number) => number;
  lineHeight: (size: number, includeGap?: boolean) => number;
  ref: () => PDFKit.PDFKitReference;
  ascender: number;
  descender: number;
};

type DocInternals = {
  _font: PdfFont;
  _fontSource: unknown;
  _fontFamily: unknown;
  _fontSize: number;
  _root: PDFKit.PDFKitReference & { data: Record<string, unknown> };
};

const internals = (doc: Doc): DocInternals => doc as unknown as DocInternals;

/**
 * The font object for a TTF selected BY PATH (pdfkit caches it under the path; selecting by alias
 * makes tables 25–50× slower, tech-spikes §1 pitfall 2). The document's current font is restored.
 */
export function fontObject(doc: Doc, file: string): PdfFont {
  const d = internals(doc);
  const prev = { src: d._fontSource, family: d._fontFamily, size: d._fontSize };
  doc.font(file);
  const font = d._font;
  (doc.font as (src: unknown, family: unknown, size: number) => Doc)(prev.src, prev.family, prev.size);
  return font;
}

/** The document catalog, to attach the AcroForm of a signature field. */
export function catalog(doc: Doc): PDFKit.PDFKitReference & { data: Record<string, unknown> } {
  return internals(doc)._root;
}

/** Text as the hex glyph string for a `Tj` operator in the given embedded font (adds the glyphs to the subset). */
export function encodeText(font: PdfFont, text: string): string {
  return font.encode(text)[0].join('');
}

/** Writes an object that has no stream (@types/pdfkit 0.17 requires a chunk argument). */
export function endRef(ref: PDFKit.PDFKitReference): void {
  (ref.end as (chunk?: unknown) => void).call(ref);
}
