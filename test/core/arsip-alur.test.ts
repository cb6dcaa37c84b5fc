// The archive's whole life through the contract: JRA, berkas with items, a letter filed with its scan,
// closing, retention due by an injected clock, pemindahan with signed BA, pemusnahan through all its
// signed documents; metadata stays searchable while the copies can no longer be opened; clearance.
import { describe, it, expect, afterEach } from 'vitest';
import PDFDocument from 'pdfkit';
import { setUpApp, addUser, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { freshP12, P12_PASS } from '../fixtures/pki.ts';
import { suratMasukContoh } from '../fixtures/samples.ts';
import { jraBerlaku, berkasAktif, berkasDitutup, pemindahan, panitiaContoh, tandatangani, usulMusnahTertanda } from '../fixtures/arsip.ts';
import type { Penanda } from '../fixtures/arsip.ts';
import { DOKUMEN_PENYUSUTAN } from '../../shared/domain/arsip/dokumen.ts';
import { tool, tempFile } from '../reports/helpers.ts';

let app: TestApp;
afterEach(async () => app?.close());

const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

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

async function kantor(): Promise<Penanda> {
  app = await setUpApp();
  const pimId = await addUser(app, 'kakanwil', ['pimpinan']);
  const cert = await app.sysOk('sertifikat.import', { userId: pimId, p12Base64: freshP12().toString('base64'), passphrase: P12_PASS });
  await jraBerlaku(app);
  return { token: await app.login('kakanwil', PASSWORD), sertifikatId: cert.id };
}

describe('arsip dari naskah sampai pemusnahan', () => {
  it('files a letter with its scan, closes, moves and destroys with every document signed; metadata stays, copies are gone', async () => {
    const pim = await kantor();
    const scan = await pdfWith('Laporan inventaris gudang persediaan kertas bekas triwulan.');
    const surat = await app.sysOk('suratMasuk.create', {
      ...suratMasukContoh(1),
      klasifikasiKode: 'UM.01.01',
      berkas: [{ nama: 'scan.pdf', base64: scan }],
    });
    const unfiled = await app.sysOk('arsip.unfiled', {});
    expect(unfiled.map((u) => [u.sumber, u.id])).toContainEqual(['surat_masuk', surat.id]);

    const filed = await app.sysOk('arsip.file', { naskah: [{ sumber: 'surat_masuk', id: surat.id }] });
    expect(filed.diberkaskan).toBe(1);
    const berkasId = filed.berkasIds[0]!;
    expect((await app.sysOk('arsip.unfiled', {})).some((u) => u.id === surat.id && u.sumber === 'surat_masuk')).toBe(false);
    expect(await app.sys('arsip.file', { naskah: [{ sumber: 'surat_masuk', id: surat.id }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    let b = await app.sysOk('arsip.get', { id: berkasId });
    expect(b).toMatchObject({ klasifikasiKode: 'UM.01.01', status: 'aktif', menunggu: 'tutup', jumlahItem: 1 });
    const salinanId = b.items[0]!.salinan[0]!.id;
    expect((await app.sysOk('arsip.salinan', { id: salinanId })).base64).toBe(scan);

    b = await app.sysOk('arsip.close', { id: berkasId, tanggalTutup: '2026-11-23' });
    // UM.01.01: 1 year active, 1 year inactive, musnah.
    expect(b).toMatchObject({ status: 'ditutup', jatuhTempoAktif: '2027-11-23', jatuhTempoInaktif: '2028-11-23', nasibAkhir: 'musnah' });
    expect(await app.sys('pemindahan.create', { berkasIds: [berkasId] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    app.clock.set('2027-11-25T02:00:00.000Z');
    pim.token = await app.login('kakanwil', PASSWORD);
    const due = await app.sysOk('arsip.due', {});
    expect(due.items).toContainEqual(expect.objectContaining({ berkasId, tahap: 'pindah', kelompok: 'bulan_ini' }));

    const pmId = await pemindahan(app, pim, [berkasId], 'siap');
    const pm = await app.sysOk('pemindahan.get', { id: pmId });
    expect(pm.dokumen.filter((d) => d.ditandatangani).map((d) => d.kind)).toEqual(['arsip-ba-pindah', 'arsip-daftar-pindah']);
    await app.sysOk('pemindahan.complete', { id: pmId });
    b = await app.sysOk('arsip.get', { id: berkasId });
    expect(b).toMatchObject({ status: 'inaktif', nomorBoks: 1, nomorFolder: 1, lokGedung: 'Gedung Arsip' });

    expect(await app.sys('penyusutan.create', { jenis: 'musnah', berkasIds: [berkasId] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    app.clock.set('2028-12-01T02:00:00.000Z');
    pim.token = await app.login('kakanwil', PASSWORD);
    const uId = await usulMusnahTertanda(app, pim, [berkasId]);
    // Each step waits for the previous step's document to be signed.
    await app.sysOk('penyusutan.record', { id: uId, data: panitiaContoh });
    const belum = await app.sys('penyusutan.record', {
      id: uId,
      data: { langkah: 'pertimbangan', nomor: 'PAN-01/2028', tanggal: '2028-11-20', isi: 'Arsip tidak lagi memiliki nilai guna.' },
    });
    expect(belum).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!belum.ok) expect(belum.error.message).toContain('Keputusan Pembentukan Panitia Penilai Arsip belum ditandatangani');
    const d = DOKUMEN_PENYUSUTAN.musnah;
    await tandatangani(app, pim, d.panitia, { penyusutanId: uId });
    await app.sysOk('penyusutan.record', {
      id: uId,
      data: { langkah: 'pertimbangan', nomor: 'PAN-01/2028', tanggal: '2028-11-20', isi: 'Arsip tidak lagi memiliki nilai guna.' },
    });
    await tandatangani(app, pim, d.pertimbangan, { penyusutanId: uId });
    let u = await app.sysOk('penyusutan.record', {
      id: uId,
      data: { langkah: 'permintaan', nomor: 'W.23.UM.01.01-77', tanggal: '2028-11-21' },
    });
    // Two years of retention in total: the head of office approves, not ANRI.
    expect(u.persetujuanOleh).toBe('pimpinan_pencipta');
    await tandatangani(app, pim, d.permintaan, { penyusutanId: uId });
    await app.sysOk('penyusutan.record', { id: uId, data: { langkah: 'persetujuan', nomor: 'W.23-SETUJU-3', tanggal: '2028-11-24' } });
    await app.sysOk('penyusutan.record', {
      id: uId,
      data: { langkah: 'penetapan', nomor: 'W.23-KEP-4 Tahun 2028', tanggal: '2028-11-25' },
    });
    await tandatangani(app, pim, d.penetapan, { penyusutanId: uId });
    const satuSaksi = await app.sys('penyusutan.record', {
      id: uId,
      data: {
        langkah: 'pelaksanaan',
        baNomor: 'BA-MUSNAH-1',
        tanggal: '2028-11-30',
        metode: 'cacah',
        tempat: 'Halaman belakang Kanwil',
        saksi: [{ nama: 'A', jabatan: 'Auditor', nip: null }],
      },
    });
    expect(satuSaksi).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    u = await app.sysOk('penyusutan.record', {
      id: uId,
      data: {
        langkah: 'pelaksanaan',
        baNomor: 'BA-MUSNAH-1',
        tanggal: '2028-11-30',
        metode: 'cacah',
        tempat: 'Halaman belakang Kanwil',
        saksi: [
          { nama: 'Andi Wijaya', jabatan: 'Auditor Inspektorat', nip: null },
          { nama: 'Maya Putri', jabatan: 'Analis Hukum', nip: null },
        ],
      },
    });
    expect(u.status).toBe('dilaksanakan');
    await tandatangani(app, pim, d.ba, { penyusutanId: uId });
    await tandatangani(app, pim, d.daftar, { penyusutanId: uId });
    u = await app.sysOk('penyusutan.get', { id: uId });
    expect(u.dokumen.every((x) => x.ditandatangani)).toBe(true);
    for (const x of u.dokumen) {
      const doc = await app.sysOk('dokumen.download', { id: x.dokumenId! });
      const file = tempFile(`${x.kind}.pdf`, Buffer.from(doc.pdfBase64, 'base64'));
      expect(tool('pdfsig', [file]).out, x.kind).toContain('Signature is Valid.');
    }

    b = await app.sysOk('arsip.get', { id: berkasId });
    expect(b).toMatchObject({ status: 'musnah', baMusnah: 'BA-MUSNAH-1' });
    expect(b.items[0]!.dimusnahkanPada).not.toBeNull();
    expect(b.items[0]!.salinan[0]!.dihapus).toBe(true);
    expect(await app.sys('arsip.salinan', { id: salinanId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.sys('suratMasuk.berkas', { id: surat.berkas[0]!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const hits = await app.sysOk('search.query', { q: 'BA-MUSNAH-1' });
    expect(hits.some((h) => h.entity === 'berkas_arsip' && h.entityId === String(berkasId))).toBe(true);
    const check = await app.sysOk('audit.check', {});
    expect({ broken: check.chain.firstBroken, untracked: check.untracked, fk: check.foreignKeys }).toEqual({
      broken: null,
      untracked: [],
      fk: [],
    });
    expect(check.ok).toBe(true);
  });

  it('asks Kepala ANRI when retention is 10 years or more, and refuses berkas tied to a legal case', async () => {
    const pim = await kantor();
    const id = await berkasDitutup(app, 'UM.01.01', 2020);
    await pemindahan(app, pim, [id], 'selesai');
    await app.sysOk('arsip.hold', { id, ditahan: true, alasan: 'Perkara Nomor 12/Pid.B/2026/PN Mtr' });
    const r = await app.sys('penyusutan.create', { jenis: 'musnah', berkasIds: [id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/perkara/i);
    await app.sysOk('arsip.hold', { id, ditahan: false });
    const u = await app.sysOk('penyusutan.create', { jenis: 'musnah', berkasIds: [id] });
    expect(u.persetujuanOleh).toBe('pimpinan_pencipta');
    // KP.01 keeps 2 + 8 = 10 years: Kepala ANRI approves.
    const lama = await berkasDitutup(app, 'KP.01', 2010);
    await pemindahan(app, pim, [lama], 'selesai');
    const v = await app.sysOk('penyusutan.create', { jenis: 'musnah', berkasIds: [lama] });
    expect(v.persetujuanOleh).toBe('kepala_anri');
  });
});

describe('penyerahan arsip statis', () => {
  it('hands over a Permanen berkas through its documents, the pernyataan before the penetapan', async () => {
    const pim = await kantor();
    const id = await berkasDitutup(app, 'KU.01', 2005);
    await pemindahan(app, pim, [id], 'selesai');
    const u = await app.sysOk('penyusutan.create', { jenis: 'serah', berkasIds: [id] });
    expect(u.persetujuanOleh).toBe('kepala_lembaga_kearsipan');
    const d = DOKUMEN_PENYUSUTAN.serah;
    const p = { penyusutanId: u.id };
    await tandatangani(app, pim, d.usul, p);
    await app.sysOk('penyusutan.record', { id: u.id, data: panitiaContoh });
    await tandatangani(app, pim, d.panitia, p);
    await app.sysOk('penyusutan.record', {
      id: u.id,
      data: { langkah: 'pertimbangan', nomor: 'PAN-2/2026', tanggal: '2026-11-10', isi: 'Arsip bernilai guna kesejarahan.' },
    });
    await tandatangani(app, pim, d.pertimbangan, p);
    await app.sysOk('penyusutan.record', { id: u.id, data: { langkah: 'permintaan', nomor: 'W.23.UM.01.01-88', tanggal: '2026-11-11' } });
    await tandatangani(app, pim, d.permintaan, p);
    await app.sysOk('penyusutan.record', { id: u.id, data: { langkah: 'persetujuan', nomor: 'ANRI-SETUJU-9', tanggal: '2026-11-16' } });
    const tanpaPernyataan = await app.sys('penyusutan.record', {
      id: u.id,
      data: { langkah: 'penetapan', nomor: 'KEP-SERAH-1', tanggal: '2026-11-17' },
    });
    expect(tanpaPernyataan).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!tanpaPernyataan.ok) expect(tanpaPernyataan.error.message).toContain('Surat Pernyataan');
    await tandatangani(app, pim, d.pernyataan, p);
    await app.sysOk('penyusutan.record', { id: u.id, data: { langkah: 'penetapan', nomor: 'KEP-SERAH-1', tanggal: '2026-11-17' } });
    await tandatangani(app, pim, d.penetapan, p);
    const saksi = [
      { nama: 'Andi Wijaya', jabatan: 'Auditor Inspektorat', nip: null },
      { nama: 'Maya Putri', jabatan: 'Analis Hukum', nip: null },
    ];
    const cacah = await app.sys('penyusutan.record', {
      id: u.id,
      data: { langkah: 'pelaksanaan', baNomor: 'BA-SERAH-1', tanggal: '2026-11-20', metode: 'cacah', tempat: 'ANRI', saksi },
    });
    expect(cacah).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await app.sysOk('penyusutan.record', {
      id: u.id,
      data: {
        langkah: 'pelaksanaan',
        baNomor: 'BA-SERAH-1',
        tanggal: '2026-11-20',
        metode: 'serah',
        tempat: 'Gedung ANRI, Jakarta',
        saksi,
      },
    });
    await tandatangani(app, pim, d.ba, p);
    await tandatangani(app, pim, d.daftar, p);
    const akhir = await app.sysOk('penyusutan.get', { id: u.id });
    expect(akhir.status).toBe('dilaksanakan');
    expect(akhir.dokumen.every((x) => x.ditandatangani)).toBe(true);
    expect(await app.sysOk('arsip.get', { id })).toMatchObject({ status: 'diserahkan', baSerah: 'BA-SERAH-1' });
    expect((await app.sysOk('audit.check', {})).ok).toBe(true);
  });
});

describe('izin keamanan', () => {
  it('refuses a Rahasia berkas to a user without clearance, in the list, the detail and the copy', async () => {
    await kantor();
    const rahasia = await app.sysOk('arsip.create', {
      ...(await import('../fixtures/arsip.ts')).berkasContoh('UM.01.01', 2026),
      keamanan: 'R',
      uraian: 'Pemeriksaan pegawai terlapor',
    });
    const pdf = await pdfWith('Isi rahasia.');
    const withItem = await app.sysOk('arsip.addItem', {
      berkasId: rahasia.id,
      uraian: 'Berita acara pemeriksaan',
      tanggal: '2026-11-01',
      salinan: [{ nama: 'bap.pdf', base64: pdf }],
    });
    const salinanId = withItem.items[0]!.salinan[0]!.id;
    await addUser(app, 'pembaca', ['pembaca']);
    const t = await app.login('pembaca', PASSWORD);
    const r = await app.as(t, 'arsip.get', { id: rahasia.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!r.ok) expect(r.error.message).toContain('Rahasia');
    expect(await app.as(t, 'arsip.salinan', { id: salinanId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = ok<{ items: { id: number; uraian: string; bolehDibuka: boolean }[] }>(await app.as(t, 'arsip.list', {}));
    const row = list.items.find((x) => x.id === rahasia.id)!;
    expect(row.bolehDibuka).toBe(false);
    expect(row.uraian).not.toContain('terlapor');

    const u = (await app.sysOk('users.list', {})).find((x) => x.username === 'pembaca')!;
    await app.sysOk('users.update', {
      id: u.id,
      nama: u.nama,
      nip: null,
      jabatan: null,
      roles: ['pembaca'],
      aktif: true,
      izinKeamanan: 'R',
    });
    const t2 = await app.login('pembaca', PASSWORD);
    expect(ok<{ uraian: string }>(await app.as(t2, 'arsip.get', { id: rahasia.id })).uraian).toContain('terlapor');
    expect(ok<{ base64: string }>(await app.as(t2, 'arsip.salinan', { id: salinanId })).base64).toBe(pdf);
    void berkasAktif;
  });
});
