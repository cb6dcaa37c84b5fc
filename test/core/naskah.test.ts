// The incoming-letter cycle through the contract: agenda numbers and sisipan, duplicate warning,
// scans found by search, disposition to two officials, read time, forwarding, reports, closing,
// cancellation rules and who may close which branch.
import { describe, it, expect, afterEach } from 'vitest';
import PDFDocument from 'pdfkit';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { suratMasukContoh } from '../fixtures/samples.ts';

let app: TestApp;
afterEach(async () => app?.close());

function pdfWith(text: string): Promise<string> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on('data', (c: Buffer) => parts.push(c));
    doc.on('end', () => resolve(Buffer.concat(parts).toString('base64')));
    doc.text(text);
    doc.end();
  });
}

async function office() {
  app = await setUpApp();
  const ids = {
    kakanwil: await addUser(app, 'kakanwil', ['pimpinan']),
    kabag: await addUser(app, 'kabag', ['pembaca']),
    kabid: await addUser(app, 'kabid', ['pembaca']),
    staf: await addUser(app, 'staf', ['pembaca']),
    operator: await addUser(app, 'operator', ['operator_persuratan']),
  };
  const tok = async (u: string) => app.login(u, PASSWORD);
  return { ids, tok };
}

const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

type Detail = {
  id: number;
  nomorAgenda: string;
  status: string;
  disposisi: { id: number; penerima: { id: number; kepadaUserId: number; dibacaPada: string | null }[] }[];
};

describe('surat masuk', () => {
  it('numbers the agenda per year, warns on duplicates and audits a sisipan with its reason', async () => {
    const { tok } = await office();
    const op = await tok('operator');
    const a = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(1)));
    const b = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(2)));
    expect([a.nomorAgenda, b.nomorAgenda]).toEqual(['1/2026', '2/2026']);
    expect(await app.as(op, 'suratMasuk.create', suratMasukContoh(1))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'nomorNaskah' }] },
    });
    const late = { ...suratMasukContoh(3), sisipan: { setelahNoAgenda: 1, alasan: 'Surat terselip di meja sekretariat.' } };
    expect(ok<Detail>(await app.as(op, 'suratMasuk.create', late)).nomorAgenda).toBe('1a/2026');
    expect(ok<Detail>(await app.as(op, 'suratMasuk.create', { ...late, ...suratMasukContoh(4), sisipan: late.sisipan })).nomorAgenda).toBe(
      '1b/2026',
    );
    const { entries } = await app.sysOk('audit.list', { entity: 'surat_masuk', limit: 10 });
    expect(entries.filter((e) => e.action === 'catat-sisipan')).toHaveLength(2);
  });

  it('finds a letter by a word that appears only in its born-digital scan', async () => {
    const { tok } = await office();
    const op = await tok('operator');
    const input = {
      ...suratMasukContoh(5),
      berkas: [{ nama: 'undangan.pdf', base64: await pdfWith('Rapat koordinasi pengamanan Lebaran di aula Kartanegara.') }],
    };
    const d = ok<Detail>(await app.as(op, 'suratMasuk.create', input));
    const hits = ok<{ entity: string; entityId: string }[]>(await app.as(op, 'search.query', { q: 'kartanegara' }));
    expect(hits).toContainEqual(expect.objectContaining({ entity: 'surat_masuk', entityId: String(d.id) }));
  });

  it('refuses a file that is not a PDF or an image, and stores nothing', async () => {
    const { tok } = await office();
    const op = await tok('operator');
    const bad = { ...suratMasukContoh(6), berkas: [{ nama: 'virus.exe', base64: Buffer.from('MZ bukan dokumen').toString('base64') }] };
    expect(await app.as(op, 'suratMasuk.create', bad)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'berkas.0' }] },
    });
    expect(ok<{ total: number }>(await app.as(op, 'suratMasuk.list', {})).total).toBe(0);
  });
});

describe('disposisi', () => {
  it('runs the whole cycle: dispose to two, read time, forward, reports, closed', async () => {
    const { ids, tok } = await office();
    const op = await tok('operator');
    const surat = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(7)));
    const pim = await tok('kakanwil');
    const d1 = ok<Detail>(
      await app.as(pim, 'disposisi.create', {
        suratMasukId: surat.id,
        kepada: [ids.kabag, ids.kabid],
        instruksi: ['proses_lanjut', 'koordinasikan'],
        catatan: 'Harap segera.',
      }),
    );
    expect(d1.status).toBe('didisposisi');
    const [pKabag, pKabid] = d1.disposisi[0]!.penerima;
    const kabag = await tok('kabag');
    const opened = ok<Detail>(await app.as(kabag, 'disposisi.open', { penerimaId: pKabag!.id }));
    const readAt = opened.disposisi[0]!.penerima.find((p) => p.kepadaUserId === ids.kabag)!.dibacaPada;
    expect(readAt).toBe('2026-11-23T03:00:00.000Z');
    expect(await app.as(pim, 'disposisi.cancel', { disposisiId: d1.disposisi[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const fwd = ok<Detail>(
      await app.as(kabag, 'disposisi.forward', { penerimaId: pKabag!.id, kepada: [ids.staf], instruksi: ['siapkan_jawaban'] }),
    );
    const pStaf = fwd.disposisi[1]!.penerima[0]!;
    const kabid = await tok('kabid');
    expect(await app.as(kabid, 'disposisi.report', { penerimaId: pStaf.id, laporan: 'Bukan milik saya.' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    ok(await app.as(kabid, 'disposisi.report', { penerimaId: pKabid!.id, laporan: 'Sudah dikoordinasikan dengan Bidang Pelayanan.' }));
    const staf = await tok('staf');
    const done = ok<Detail>(
      await app.as(staf, 'disposisi.report', {
        penerimaId: pStaf.id,
        laporan: 'Jawaban sudah disiapkan.',
        berkas: [{ nama: 'jawaban.pdf', base64: await pdfWith('Konsep jawaban') }],
      }),
    );
    expect(done.status).toBe('selesai');
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });

  it('lets the operator record a disposition from the paper sheet, marked as such', async () => {
    const { ids, tok } = await office();
    const op = await tok('operator');
    const surat = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(8)));
    expect(await app.as(op, 'disposisi.create', { suratMasukId: surat.id, kepada: [ids.kabag] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const r = ok<{ disposisi: { dari: string; dicatatOleh: string; dariLembar: boolean }[] }>(
      await app.as(op, 'disposisi.create', {
        suratMasukId: surat.id,
        kepada: [ids.kabag],
        instruksi: ['untuk_diketahui'],
        atasNamaUserId: ids.kakanwil,
      }),
    );
    expect(r.disposisi[0]).toMatchObject({ dari: 'Pengguna kakanwil', dicatatOleh: 'Pengguna operator', dariLembar: true });
    const { entries } = await app.sysOk('audit.list', { entity: 'disposisi', limit: 1 });
    expect(entries[0]).toMatchObject({ action: 'catat-dari-lembar', actor: 'operator' });
  });

  it('can be cancelled while unread; defaults the deadline from urgency; lists overdue ones', async () => {
    const { ids, tok } = await office();
    const op = await tok('operator');
    const surat = ok<Detail>(await app.as(op, 'suratMasuk.create', { ...suratMasukContoh(9), urgensi: 'segera' }));
    const pim = await tok('kakanwil');
    const d = ok<{ disposisi: { id: number; batasWaktu: string; bolehDibatalkan: boolean }[] }>(
      await app.as(pim, 'disposisi.create', { suratMasukId: surat.id, kepada: [ids.kabag] }),
    );
    expect(d.disposisi[0]!.batasWaktu).toBe('2026-11-24T03:00:00.000Z');
    expect(d.disposisi[0]!.bolehDibatalkan).toBe(true);
    app.clock.advance(25 * 3600_000);
    const pim2 = await tok('kakanwil');
    const overdue = ok<{ kepada: string }[]>(await app.as(pim2, 'disposisi.overdue', {}));
    expect(overdue).toEqual([expect.objectContaining({ kepada: 'Pengguna kabag' })]);
    const c = ok<Detail>(await app.as(pim2, 'disposisi.cancel', { disposisiId: d.disposisi[0]!.id }));
    expect(c.status).toBe('diterima');
  });
});

describe('register', () => {
  it('exports the Buku Agenda Surat Masuk and the rekap disposisi as xlsx from the same model as the PDF', async () => {
    const { ids, tok } = await office();
    const op = await tok('operator');
    const s1 = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(11)));
    ok(await app.as(op, 'suratMasuk.create', suratMasukContoh(12)));
    const pim = await tok('kakanwil');
    ok(await app.as(pim, 'disposisi.create', { suratMasukId: s1.id, kepada: [ids.kabag, ids.kabid], instruksi: ['proses_lanjut'] }));
    const periode = { dari: '2026-11-01', sampai: '2026-11-30' };
    const ExcelJS = (await import('exceljs')).default;
    const x = ok<{ xlsxBase64: string }>(await app.as(op, 'laporan.xlsx', { kind: 'agenda-surat-masuk', params: periode }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(5).getCell(1).value).toBe('No. Agenda');
    expect([ws.getRow(6).getCell(1).value, ws.getRow(7).getCell(1).value]).toEqual(['1/2026', '2/2026']);
    const pdf = ok<{ pdfBase64: string }>(await app.as(op, 'laporan.generate', { kind: 'agenda-surat-masuk', params: periode }));
    const { pdfText, tempFile } = await import('../reports/helpers.ts');
    expect(pdfText(Buffer.from(pdf.pdfBase64, 'base64'))).toContain('BUKU AGENDA SURAT MASUK');
    void tempFile;
    const r = ok<{ xlsxBase64: string }>(await app.as(pim, 'laporan.xlsx', { kind: 'rekap-disposisi', params: periode }));
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(r.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const rows = wb2.worksheets[0]!.getSheetValues().slice(6, 8) as unknown[][];
    expect(rows.map((row) => [row[1], row[2], row[4], row[5]])).toEqual([
      ['Tanpa unit', 'Pengguna kabag', '1', '1'],
      ['Tanpa unit', 'Pengguna kabid', '1', '1'],
    ]);
  });
});

describe('lembar disposisi', () => {
  it('prints nomor agenda, hal, sender, the chosen instructions and the deadline on half folio', async () => {
    const { ids, tok } = await office();
    const op = await tok('operator');
    const s = ok<Detail>(await app.as(op, 'suratMasuk.create', { ...suratMasukContoh(21), urgensi: 'segera' }));
    const pim = await tok('kakanwil');
    ok(
      await app.as(pim, 'disposisi.create', {
        suratMasukId: s.id,
        kepada: [ids.kabag, ids.kabid],
        instruksi: ['proses_lanjut', 'koordinasikan'],
        catatan: 'Segera.',
      }),
    );
    const r = ok<{ pdfBase64: string }>(await app.as(op, 'laporan.generate', { kind: 'lembar-disposisi', params: { suratMasukId: s.id } }));
    const { pdfText } = await import('../reports/helpers.ts');
    const text = pdfText(Buffer.from(r.pdfBase64, 'base64'));
    for (const t of [
      'LEMBAR DISPOSISI',
      '1/2026',
      'Permohonan data pegawai 21',
      'Lapas Kelas IIA Lombok Barat',
      '☑ Proses lebih lanjut',
      '☑ Koordinasikan',
      '☐ Arsipkan',
      'Batas waktu: 24 November 2026',
      'Pengguna kabag',
      'Pengguna kabid',
    ])
      expect(text).toContain(t);
    const info = (await import('node:child_process'))
      .spawnSync('pdfinfo', ['-'], { input: Buffer.from(r.pdfBase64, 'base64') })
      .stdout.toString();
    expect(info).toMatch(/Page size:\s+609\.4\d* x 467\.7\d* pts/);
  });
});
