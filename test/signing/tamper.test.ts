// Tampering: one byte flipped at each of 50 seeded-random positions inside the signed ranges (never in
// the /Contents gap), one file per position. pdfsig and verifyPdf must both reject every one.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPdf } from '../../electron/core/signing/verify.ts';
import { NOW, tempFile, tool } from '../reports/helpers.ts';
import { testPki } from './pki.ts';
import { signatureParts, signedPenggunaReport } from './signed-report.ts';

/** mulberry32: a small seeded PRNG, so a failure names a position that can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let pdf: Buffer;
let positions: number[];

beforeAll(async () => {
  ({ pdf } = await signedPenggunaReport(20));
  const [, b, c, d] = signatureParts(pdf).byteRange;
  const rand = prng(20261123);
  const unique = new Set<number>();
  while (unique.size < 50) {
    const k = Math.floor(rand() * (b + d)); // an index into the signed bytes, mapped around the gap
    unique.add(k < b ? k : c + (k - b));
  }
  positions = [...unique];
}, 60_000);

describe('one flipped byte inside the signed ranges', () => {
  it('uses 50 positions, none in the /Contents gap', () => {
    const [, b, c] = signatureParts(pdf).byteRange;
    expect(new Set(positions).size).toBe(50);
    expect(positions.every((p) => p < b || p >= c)).toBe(true);
  });

  it('is rejected by pdfsig and by verifyPdf at every position', () => {
    const accepted: string[] = [];
    for (const at of positions) {
      const bad = Buffer.from(pdf);
      bad[at] = (bad[at] ?? 0) ^ 0xff;
      const { out } = tool('pdfsig', [tempFile(`ubah-${at}.pdf`, bad)]);
      const pdfsigRejects = !out.includes('Signature is Valid.') || out.includes('Digest Mismatch');
      const r = verifyPdf(bad, { trustedCaPems: [testPki().caCertPem], now: NOW });
      const oursRejects = !r.signatures.some((s) => s.valid);
      if (!pdfsigRejects || !oursRejects)
        accepted.push(`posisi ${at}: pdfsig ${pdfsigRejects ? 'menolak' : 'MENERIMA'}, verifyPdf "${r.summary}"`);
    }
    expect(accepted).toEqual([]);
  }, 120_000);
});
