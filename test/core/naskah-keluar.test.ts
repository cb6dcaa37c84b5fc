// Outgoing naskah: a nota dinas and a surat keputusan go konsep → paraf (one return with notes) →
// signed by their named signer; the number is given at signing in the ministry's patterns; pdfsig
// validates both PDFs; an operator cannot sign; a wrong passphrase uses up no number.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { freshP12, P12_PASS } from '../fixtures/pki.ts';
import { notaDinasContoh } from '../fixtures/samples.ts';
import { tool, tempFile, pdfText } from '../reports/helpers.ts';

let app: TestApp;
afterEach(async () => app?.close());

type Detail = { id: number; status: string; nomor: string | null; dokumenId: number | null; catatanKembali: string | null };
const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

const keputusan = (penandatanganId: number, seriId: number) => ({
  jenis: 'surat_keputusan' as const,
  hal: 'Standar Operasional Prosedur Layanan Persuratan',
  keamanan: 'B' as const,
  urgensi: 'biasa' as const,
  klasifikasiKode: 'OT.02.02',
  isi: {
    blok: [],
    keputusan: {
      jabatanPenetap: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat',
      tentang: 'Standar Operasional Prosedur Layanan Persuratan',
      menimbang: ['bahwa untuk tertib administrasi persuratan perlu ditetapkan standar operasional prosedur;'],
      mengingat: ['Peraturan Menteri Imigrasi dan Pemasyarakatan Nomor 4 Tahun 2024;'],
      menetapkan: 'Keputusan Kepala Kantor Wilayah tentang Standar Operasional Prosedur Layanan Persuratan.',
      diktum: [
        'Menetapkan SOP layanan persuratan sebagaimana tercantum dalam lampiran.',
        'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ],
    },
  },
  penandatanganId,
  jabatanTtd: 'Kepala Kantor Wilayah',
  kodeJabatan: 'W13.PAS.PAS.49',
  seriId,
});

async function office() {
  app = await setUpApp();
  const kakanwil = await addUser(app, 'kakanwil', ['pimpinan']);
  await app.sysOk('users.update', {
    id: kakanwil,
    nama: 'Dr. Harun Sulianto',
    nip: '197001011995031001',
    jabatan: 'Kepala Kantor Wilayah',
    roles: ['pimpinan'],
    aktif: true,
  });
  const kabag = await addUser(app, 'kabag', ['operator_persuratan']);
  await addUser(app, 'operator', ['operator_persuratan']);
  const cert = await app.sysOk('sertifikat.import', {
    userId: kakanwil,
    p12Base64: freshP12('Dr. Harun Sulianto').toString('base64'),
    passphrase: P12_PASS,
  });
  const series = await app.sysOk('penomoran.seriList', {});
  return { kakanwil, kabag, certId: cert.id, korespondensi: series[0]!.id, sk: series[1]!.id };
}

async function throughParaf(input: object, kabag: number): Promise<number> {
  const op = await app.login('operator', PASSWORD);
  const d = ok<Detail>(await app.as(op, 'naskahKeluar.save', input));
  ok(await app.as(op, 'naskahKeluar.submit', { id: d.id, pemaraf: [kabag] }));
  const kb = await app.login('kabag', PASSWORD);
  const back = ok<Detail>(await app.as(kb, 'naskahKeluar.paraf', { id: d.id, setuju: false, catatan: 'Perbaiki kalimat pembuka.' }));
  expect(back).toMatchObject({ status: 'konsep', catatanKembali: 'Perbaiki kalimat pembuka.' });
  ok(await app.as(op, 'naskahKeluar.save', { ...input, id: d.id }));
  ok(await app.as(op, 'naskahKeluar.submit', { id: d.id, pemaraf: [kabag] }));
  expect(ok<Detail>(await app.as(kb, 'naskahKeluar.paraf', { id: d.id, setuju: true })).status).toBe('siap_ttd');
  return d.id;
}

async function signedPdf(id: number): Promise<Buffer> {
  const dok = await app.sysOk('naskahKeluar.get', { id });
  const file = await app.sysOk('dokumen.download', { id: dok.dokumenId! });
  return Buffer.from(file.pdfBase64, 'base64');
}

describe('naskah keluar', () => {
  it('signs a nota dinas and a keputusan with numbers in the ministry patterns, valid in pdfsig', async () => {
    const o = await office();
    const nota = await throughParaf(notaDinasContoh(o.kakanwil, o.korespondensi), o.kabag);
    const sk = await throughParaf(keputusan(o.kakanwil, o.sk), o.kabag);
    const pim = await app.login('kakanwil', PASSWORD);
    const op = await app.login('operator', PASSWORD);
    expect(await app.as(op, 'naskahKeluar.sign', { id: nota, sertifikatId: o.certId, passphrase: P12_PASS })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await app.as(pim, 'naskahKeluar.sign', { id: nota, sertifikatId: o.certId, passphrase: 'salah' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const a = ok<Detail>(await app.as(pim, 'naskahKeluar.sign', { id: nota, sertifikatId: o.certId, passphrase: P12_PASS }));
    const b = ok<Detail>(await app.as(pim, 'naskahKeluar.sign', { id: sk, sertifikatId: o.certId, passphrase: P12_PASS }));
    expect(a).toMatchObject({ status: 'ditandatangani', nomor: 'W.23.UM.03.03-1' });
    expect(b).toMatchObject({ status: 'ditandatangani', nomor: 'W13.PAS.PAS.49-1.OT.02.02 Tahun 2026' });
    for (const [id, name] of [
      [nota, 'nota-dinas.pdf'],
      [sk, 'keputusan.pdf'],
    ] as const) {
      const pdf = await signedPdf(id);
      const file = tempFile(name, pdf);
      fs.mkdirSync('test-results/naskah', { recursive: true });
      fs.copyFileSync(file, `test-results/naskah/${name}`);
      const sig = tool('pdfsig', [file]);
      expect(sig.out).toContain('Signature is Valid.');
      expect(sig.out).toContain('Total document signed');
    }
    const skText = pdfText(await signedPdf(sk));
    for (const s of [
      'KEPUTUSAN',
      'NOMOR W13.PAS.PAS.49-1.OT.02.02 Tahun 2026',
      'Menimbang',
      'Mengingat',
      'MEMUTUSKAN',
      'Menetapkan',
      'KESATU',
      'KEDUA',
      'Ditetapkan di',
    ])
      expect(skText).toContain(s);
    const reg = await app.sysOk('penomoran.register', { seriId: o.korespondensi, tahun: 2026 });
    expect(reg.celah).toEqual([]);
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });

  it('lets only the verifier whose turn it is paraf, and refuses a signer without the Pimpinan role', async () => {
    const o = await office();
    const op = await app.login('operator', PASSWORD);
    expect(await app.as(op, 'naskahKeluar.save', notaDinasContoh(o.kabag, o.korespondensi))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'penandatanganId' }] },
    });
    const d = ok<Detail>(await app.as(op, 'naskahKeluar.save', notaDinasContoh(o.kakanwil, o.korespondensi)));
    ok(await app.as(op, 'naskahKeluar.submit', { id: d.id, pemaraf: [o.kabag] }));
    expect(await app.as(op, 'naskahKeluar.paraf', { id: d.id, setuju: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('naskah keluar list', () => {
  it('filters by words in hal or nomor and by year', async () => {
    const o = await office();
    const op = await app.login('operator', PASSWORD);
    ok(await app.as(op, 'naskahKeluar.save', notaDinasContoh(o.kakanwil, o.korespondensi, 1)));
    ok(await app.as(op, 'naskahKeluar.save', { ...notaDinasContoh(o.kakanwil, o.korespondensi, 2), hal: 'Undangan rapat koordinasi' }));
    const r = ok<{ total: number; items: { hal: string }[] }>(await app.as(op, 'naskahKeluar.list', { q: 'rapat', tahun: 2026 }));
    expect(r.items.map((i) => i.hal)).toEqual(['Undangan rapat koordinasi']);
    expect(ok<{ total: number }>(await app.as(op, 'naskahKeluar.list', { tahun: 2025 })).total).toBe(0);
  });
});
