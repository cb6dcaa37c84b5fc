// Test fixture: the pengguna-hak-akses report signed once per test file, on a real database with users.
import { generateReport } from '../../electron/core/reports/engine.ts';
import { reportRegistry } from '../../electron/core/reports/registry.ts';
import { readTlv } from '../../electron/core/signing/der.ts';
import { findSignatures } from '../../electron/core/signing/pdf-signatures.ts';
import { addUser, setUpApp } from '../fixtures/backend.ts';
import { KOP, NOW } from '../reports/helpers.ts';
import { signatureFor, testPki } from './pki.ts';

export async function signedPenggunaReport(users = 45): Promise<{ pdf: Buffer; pages: number }> {
  const app = await setUpApp();
  try {
    for (let i = 0; i < users; i++)
      await addUser(app, `pengguna${String(i).padStart(2, '0')}`, i % 5 ? ['pembaca'] : ['pimpinan', 'operator_persuratan']);
    const def = reportRegistry.get('pengguna-hak-akses');
    if (!def) throw new Error('pengguna-hak-akses tidak terdaftar');
    const env = { conn: app.env.db, now: NOW, kop: KOP, timeZone: 'Asia/Makassar' };
    const r = await generateReport({ def, params: {}, env, signature: signatureFor(testPki()) });
    return { pdf: r.pdf, pages: r.pages };
  } finally {
    await app.close();
  }
}

/** The ByteRange, the bytes it covers and the CMS DER (padding cut), as an independent checker needs them. */
export function signatureParts(pdf: Buffer): { byteRange: [number, number, number, number]; signed: Buffer; cms: Buffer } {
  const sig = findSignatures(pdf)[0];
  if (!sig?.byteRange || !sig.cms) throw new Error('tanda tangan tidak ditemukan');
  const [a, b, c, d] = sig.byteRange;
  const cms = sig.cms.subarray(0, readTlv(sig.cms, 0).end);
  return { byteRange: sig.byteRange, signed: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]), cms };
}
