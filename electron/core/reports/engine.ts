// Owns the report engine: a report is a definition (params schema, a model built from the database as plain
// data, and a render step drawing that model with the shared layout pieces) turned into PDF bytes, unsigned
// or signed with a visible PAdES signature on the last page (STYLE.md "Reports"; issue #3). Nothing here
// reads the wall clock: `env.now` is the time printed, the PDF dates and the signature's /M.
import crypto from 'node:crypto';
import type { z } from 'zod';
import type { Conn } from '../../../db/connection.ts';
import { fontFiles } from './assets.ts';
import type { FontFiles } from './assets.ts';
import { createDocument, makeLayout } from './layout/document.ts';
import type { ReportLayout } from './layout/document.ts';
import { drawPageNumbers } from './layout/footer.ts';
import type { KopSurat } from './layout/kop.ts';
import type { Orientation, Paper } from './layout/paper.ts';
import { pageGeometry } from './layout/paper.ts';
import { fontObject } from './layout/pdfkit-internals.ts';
import type { Doc } from './layout/pdfkit-internals.ts';
import { placeSignatureSlot } from './layout/signature-slot.ts';
import { DEFAULT_TIME_ZONE, tanggalJamDi } from './layout/waktu.ts';
import { appearanceXObject, layoutBlock } from '../signing/appearance.ts';
import { PadesSigner } from '../signing/pades-signer.ts';
import { addSignaturePlaceholder } from '../signing/placeholder.ts';
import { signPdf } from '../signing/sign.ts';

export type { KopSurat, ReportLayout, Doc };

export type ReportEnv = {
  conn: Conn;
  now: Date;
  kop: KopSurat;
  /** IANA zone of the office for printed dates; default 'Asia/Jakarta' (WIB). NTB is 'Asia/Makassar' (WITA). */
  timeZone?: string;
  /** Folder with fonts/; default assetsDir(). */
  assetsDir?: string;
};

export type ParameterLaporan = 'tanpa' | 'periode' | 'surat-masuk' | 'pemindahan' | 'penyusutan';

export type ReportDefinition<P = any, M = any> = {
  kind: string;
  title: string;
  paper: Paper;
  orientation: Orientation;
  params: z.ZodType<P>;
  buildModel: (env: ReportEnv, params: P) => Promise<M>;
  render: (doc: Doc, model: M, layout: ReportLayout) => void;
  /**
   * What the report asks for: nothing, a period (dari/sampai), or one record it is printed from (an
   * incoming letter, a pemindahan, a pemusnahan/penyerahan) on that record's page.
   */
  parameter?: ParameterLaporan;
  /** Lines above the signature block (default: "<kota>, <tanggal>"); a naskah puts the signer's jabatan here. */
  signatureHeading?: (model: M, layout: ReportLayout) => string[];
  /** Drawn after the signature block (e.g. tembusan), signed or not. */
  renderAfterSignature?: (doc: Doc, model: M, layout: ReportLayout) => void;
};

export type SignatureRequest = {
  p12: Buffer;
  passphrase: string;
  signer: { nama: string; jabatan: string; nip: string | null };
  /** Verification string for the QR code (office code, registry number, certificate fingerprint). */
  qrPayload: string;
  reason?: string;
  location?: string;
};

export type GeneratedReport = { pdf: Buffer; sha256: string; pages: number };

export type GenerateInput = { def: ReportDefinition; params: unknown; env: ReportEnv; signature?: SignatureRequest };

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function addVisibleSignature(
  doc: Doc,
  layout: ReportLayout,
  fonts: FontFiles,
  sig: SignatureRequest,
  title: string,
  heading: string[] | undefined,
): () => void {
  const blockFonts = { regular: fontObject(doc, fonts.sans), bold: fontObject(doc, fonts.sansBold) };
  const text = { ...sig.signer, tanggal: tanggalJamDi(layout.now, layout.timeZone) };
  const block = layoutBlock(blockFonts, text);
  const rect = placeSignatureSlot(doc, layout, block, heading);
  const page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  return () => {
    doc.switchToPage(page);
    addSignaturePlaceholder(doc, {
      rect,
      appearance: appearanceXObject(doc, blockFonts, block, sig.qrPayload),
      now: layout.now,
      name: sig.signer.nama,
      reason: sig.reason ?? `Pengesahan ${title}`,
      location: sig.location ?? layout.kop.kota,
    });
  };
}

/** Builds the model, renders it, and (with `signature`) signs. Throws a ZodError for bad params. */
export async function generateReport(input: GenerateInput): Promise<GeneratedReport> {
  const { def, env, signature } = input;
  const params = def.params.parse(input.params);
  // Open the .p12 first: a wrong passphrase fails before any work ("Kata sandi sertifikat salah.").
  const signer = signature ? new PadesSigner(signature.p12, signature.passphrase) : null;
  const model = await def.buildModel(env, params);
  const fonts = fontFiles(env.assetsDir);
  const layout = makeLayout({
    page: pageGeometry(def.paper, def.orientation),
    fonts,
    kop: env.kop,
    now: env.now,
    timeZone: env.timeZone ?? DEFAULT_TIME_ZONE,
  });
  const doc = createDocument(layout, { title: def.title, subject: def.kind });
  const bytes = collect(doc);
  def.render(doc, model, layout);
  const heading = def.signatureHeading?.(model, layout);
  const placeSignature = signature ? addVisibleSignature(doc, layout, fonts, signature, def.title, heading) : null;
  def.renderAfterSignature?.(doc, model, layout);
  const pages = drawPageNumbers(doc, layout);
  placeSignature?.();
  doc.end();
  const unsigned = await bytes;
  const pdf = signer ? await signPdf(unsigned, signer) : unsigned;
  return { pdf, sha256: crypto.createHash('sha256').update(pdf).digest('hex'), pages };
}
