// Dispositions addressed to organisation units: the unit's head receives for the unit, a unit without
// a head is refused with a clear message, one head per unit, and the sheet and rekap name the unit.
import { describe, it, expect, afterEach } from 'vitest';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { suratMasukContoh } from '../fixtures/samples.ts';
import { pdfText } from '../reports/helpers.ts';

let app: TestApp;
afterEach(async () => app?.close());

const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

type Unit = { id: number; kode: string; nama: string };
type Detail = {
  id: number;
  status: string;
  disposisi: { id: number; penerima: { id: number; kepadaUserId: number; kepadaUnitId: number | null; kepadaUnit: string | null }[] }[];
};

async function office() {
  app = await setUpApp();
  const units = await app.sysOk('organisasi.list', {});
  const umum = units.find((u) => u.nama === 'Bagian Tata Usaha dan Umum') as Unit;
  const kepeg = units.find((u) => u.nama === 'Bidang Pelayanan dan Pembinaan') as Unit;
  const ids = {
    kakanwil: await addUser(app, 'kakanwil', ['pimpinan']),
    kasub: await addUser(app, 'kasub', ['pembaca']),
    staf: await addUser(app, 'staf', ['pembaca']),
    operator: await addUser(app, 'operator', ['operator_persuratan']),
  };
  const admin = await app.login('admin', PASSWORD);
  const place = (id: number, unitId: number | null, kepalaUnit: boolean) =>
    app.as(admin, 'users.update', {
      id,
      nama: `Pengguna ${id}`,
      nip: null,
      jabatan: null,
      roles: ['pembaca'],
      aktif: true,
      unitId,
      kepalaUnit,
    });
  return { ids, umum, kepeg, place, tok: (u: string) => app.login(u, PASSWORD) };
}

describe('disposisi kepada unit', () => {
  it("reaches the unit's head, names the unit on the record, the sheet and the rekap", async () => {
    const { ids, umum, place, tok } = await office();
    ok(await place(ids.kasub, umum.id, true));
    ok(await place(ids.staf, umum.id, false));
    const op = await tok('operator');
    const s = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(41)));
    const pim = await tok('kakanwil');
    const d = ok<Detail>(
      await app.as(pim, 'disposisi.create', { suratMasukId: s.id, kepadaUnit: [umum.id], instruksi: ['proses_lanjut'] }),
    );
    expect(d.disposisi[0]!.penerima).toMatchObject([{ kepadaUserId: ids.kasub, kepadaUnitId: umum.id, kepadaUnit: umum.nama }]);

    const mine = ok<{ penerimaId: number }[]>(await app.as(await tok('kasub'), 'disposisi.mine', { status: 'semua' }));
    expect(mine).toHaveLength(1);
    expect(ok<unknown[]>(await app.as(await tok('staf'), 'disposisi.mine', { status: 'semua' }))).toHaveLength(0);

    const pdf = ok<{ pdfBase64: string }>(
      await app.as(op, 'laporan.generate', { kind: 'lembar-disposisi', params: { suratMasukId: s.id } }),
    );
    expect(pdfText(Buffer.from(pdf.pdfBase64, 'base64')).replace(/\s+/g, ' ')).toContain(`${umum.nama} (Pengguna ${ids.kasub})`);

    const ExcelJS = (await import('exceljs')).default;
    const x = ok<{ xlsxBase64: string }>(
      await app.as(pim, 'laporan.xlsx', { kind: 'rekap-disposisi', params: { dari: '2026-11-01', sampai: '2026-11-30' } }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const row = (wb.worksheets[0]!.getSheetValues()[6] ?? []) as unknown[];
    expect([row[1], row[2], row[4]]).toEqual([umum.nama, `Pengguna ${ids.kasub}`, '1']);
  });

  it('refuses a unit without a head, naming the unit and where to fix it, and changes nothing', async () => {
    const { kepeg, tok } = await office();
    const op = await tok('operator');
    const s = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(42)));
    const r = await app.as(await tok('kakanwil'), 'disposisi.create', { suratMasukId: s.id, kepadaUnit: [kepeg.id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'kepadaUnit.0' }] } });
    if (!r.ok) expect(r.error.message).toContain(kepeg.nama);
    const again = ok<Detail>(await app.as(op, 'suratMasuk.get', { id: s.id }));
    expect([again.status, again.disposisi.length]).toEqual(['diterima', 0]);
  });

  it('requires at least one official or unit', async () => {
    const { tok } = await office();
    const op = await tok('operator');
    const s = ok<Detail>(await app.as(op, 'suratMasuk.create', suratMasukContoh(43)));
    const r = await app.as(await tok('kakanwil'), 'disposisi.create', { suratMasukId: s.id, kepada: [], kepadaUnit: [] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'kepada', message: 'Pilih minimal satu pejabat atau unit penerima.' }] },
    });
  });

  it('keeps one active head per unit and a head needs a unit', async () => {
    const { ids, umum, place } = await office();
    ok(await place(ids.kasub, umum.id, true));
    expect(await place(ids.staf, umum.id, true)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'kepalaUnit' }] },
    });
    expect(await place(ids.staf, null, true)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'unitId' }] } });
    // The head may be re-saved, and a second head is accepted once the first lets go.
    ok(await place(ids.kasub, umum.id, true));
    ok(await place(ids.kasub, umum.id, false));
    ok(await place(ids.staf, umum.id, true));
    const check = await app.sysOk('audit.check', {});
    expect(check.ok).toBe(true);
  });
});
