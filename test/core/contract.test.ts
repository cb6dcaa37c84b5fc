// Contract tests: every channel has a handler, every (role, channel) pair is allowed or refused as
// declared, malformed input gives VALIDATION in Indonesian and changes nothing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { channelNames, contract } from '../../shared/ipc/contract.ts';
import type { ChannelName } from '../../shared/ipc/contract.ts';
import { CHANNEL_NAME } from '../../shared/ipc/channel.ts';
import { ROLES } from '../../shared/domain/roles.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { handlers } from '../../electron/core/handlers/index.ts';
import { allowed } from '../../electron/core/dispatch.ts';
import { setUpApp, addUser, dumpDb, PASSWORD } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { validInput, malformedInputs, suratMasukContoh, notaDinasContoh } from '../fixtures/samples.ts';
import type { SampleState } from '../fixtures/samples.ts';
import { freshP12, P12_PASS, CA_PASS } from '../fixtures/pki.ts';
import { createOfficeCa } from '../../electron/core/signing/ca.ts';
import { agendaXlsx, barisContoh } from '../fixtures/xlsx.ts';
import { jraBerlaku, berkasAktif, berkasDitutup, berkasInaktif, pemindahan, usulMusnahTertanda } from '../fixtures/arsip.ts';
import type { Penanda } from '../fixtures/arsip.ts';
import { daftarXlsx, barisDaftar } from '../fixtures/xlsx.ts';
import type { ArsipState } from '../fixtures/samples.ts';

let app: TestApp;
let state: SampleState;
let pim: Penanda;
let jraUtama = 0;
let putaranArsip = 0;

beforeAll(async () => {
  app = await setUpApp();
  const kantor = await app.sysOk('kantor.get', {});
  const targetUserId = await addUser(app, 'sasaran', ['pembaca']);
  await app.sysOk('sertifikat.caCreate', { nama: 'Otoritas Sertifikat Kanwil Uji', passphrase: CA_PASS });
  const target = await app.sysOk('sertifikat.caIssue', { userId: targetUserId, caPassphrase: CA_PASS, p12Passphrase: P12_PASS });
  const doc = await app.sysOk('laporan.generate', { kind: 'pengguna-hak-akses', params: {} });
  const other = createOfficeCa({ commonName: 'CA Lain', organization: 'Instansi Lain', validYears: 5, now: new Date('2026-01-01') });
  state = {
    targetUserId,
    kanwilNo: kantor.kanwilNo,
    n: 0,
    callerId: 0,
    sertifikatId: 0,
    targetSertifikatId: target.id,
    dokumenId: doc.dokumenId,
    pdfBase64: doc.pdfBase64,
    caPem: other.certPem,
    role: '',
    suratMasukId: 0,
    berkasId: 0,
    pimpinanId: await addUser(app, 'pimpinan-uji', ['pimpinan']),
    penerimaId: 0,
    disposisiBatalId: 0,
    seriId: (await app.sysOk('penomoran.seriList', {}))[0]!.id,
    registerId: 0,
    naskahId: 0,
    naskahSayaId: 0,
    parafNaskahId: 0,
    signNaskahId: 0,
    signedNaskahId: 0,
    batalNaskahId: 0,
    xlsxBase64: await agendaXlsx([barisContoh(1)]),
    arsip: {} as ArsipState,
  };
  state.naskahId = (await app.sysOk('naskahKeluar.save', notaDinasContoh(state.pimpinanId, state.seriId))).id;
  state.signedNaskahId = await signedNaskah();
  const surat = await app.sysOk('suratMasuk.create', suratMasukContoh(0));
  state.suratMasukId = surat.id;
  state.berkasId = surat.berkas[0]!.id;
  await app.sysOk('penomoran.take', { seriId: state.seriId, tanggal: '2026-11-23', klasifikasiKode: 'UM.01.01' });
  jraUtama = await jraBerlaku(app);
  await arsipFixtures();
  // Signing the archive fixtures' documents takes a few seconds on a busy 2-core CI machine.
}, 120_000);

/** Archive records in the state each archive channel needs; fresh for every role that manages archives. */
async function arsipFixtures(): Promise<void> {
  putaranArsip++;
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('JRA');
  ws.addRow(['Kode Klasifikasi', 'Retensi Aktif', 'Retensi Inaktif', 'Pemicu', 'Nasib Akhir', 'Keamanan', 'Keterangan']);
  ws.addRow(['UM.03', 2, 3, '', 'Musnah', 'B', '']);
  const draf = await app.sysOk('jra.createVersi', { nama: `Draf ${putaranArsip}`, salinDari: jraUtama });
  const aktifkan = await app.sysOk('jra.createVersi', { nama: `Pengganti ${putaranArsip}`, salinDari: jraUtama });
  const baris = await app.sysOk('jra.save', {
    versiId: draf.id,
    klasifikasiKode: 'UM.04',
    retensiAktif: 1,
    retensiInaktif: 1,
    nasibAkhir: 'musnah',
  });
  const pdf = state.pdfBase64;
  const berkasId = await berkasAktif(app);
  const withCopy = await app.sysOk('arsip.addItem', {
    berkasId,
    uraian: 'Salinan laporan',
    tanggal: '2020-06-01',
    salinan: [{ nama: 'laporan.pdf', base64: pdf }],
  });
  const surat = await app.sysOk('suratMasuk.create', { ...suratMasukContoh(500 + putaranArsip), klasifikasiKode: 'UM.01.01' });
  const pindahUsul = await berkasDitutup(app);
  const pindahVerif = await berkasDitutup(app);
  const pindahSiap = await berkasDitutup(app);
  const pindahBatal = await berkasDitutup(app);
  const musnah1 = await berkasInaktif(app, pim);
  const musnah2 = await berkasInaktif(app, pim);
  const musnah3 = await berkasInaktif(app, pim);
  const pinjam = await app.sysOk('peminjaman.create', {
    berkasId: await berkasAktif(app),
    peminjamNama: 'Maria Ulfa',
    keperluan: 'Pemeriksaan',
    disetujuiOleh: 'Kepala Bagian',
    tanggalPinjam: '2026-11-20',
    batasKembali: '2026-11-27',
  });
  state.arsip = {
    jraDrafId: draf.id,
    jraAktifkanId: aktifkan.id,
    jraBarisId: baris.id,
    jraXlsx: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    daftarXlsx: await daftarXlsx([barisDaftar(1)]),
    berkasId,
    berkasTutupId: await berkasAktif(app),
    berkasDitutupId: await berkasDitutup(app),
    berkasPemicuId: await berkasDitutup(app, 'HH.01'),
    berkasReviewId: await berkasInaktif(app, pim, 'OT.01', 2010),
    berkasPindahId: await berkasDitutup(app),
    berkasMusnahId: musnah1,
    salinanId: withCopy.items.at(-1)!.salinan[0]!.id,
    itemId: withCopy.items.at(-1)!.id,
    suratId: surat.id,
    pemindahanUsulId: await pemindahan(app, pim, [pindahUsul], 'usul'),
    berkasUsulId: pindahUsul,
    pemindahanVerifId: await pemindahan(app, pim, [pindahVerif], 'diverifikasi'),
    pemindahanSiapId: await pemindahan(app, pim, [pindahSiap], 'siap'),
    pemindahanBatalId: await pemindahan(app, pim, [pindahBatal], 'usul'),
    penyusutanId: await usulMusnahTertanda(app, pim, [musnah2]),
    penyusutanBatalId: (await app.sysOk('penyusutan.create', { jenis: 'musnah', berkasIds: [musnah3] })).id,
    pinjamId: pinjam.id,
  };
}

/** A nota dinas signed by the fixture Pimpinan with an imported certificate. */
async function signedNaskah(): Promise<number> {
  const token = await app.login('pimpinan-uji', PASSWORD);
  const cert = await app.sysOk('sertifikat.import', {
    userId: state.pimpinanId,
    p12Base64: freshP12().toString('base64'),
    passphrase: P12_PASS,
  });
  pim = { token, sertifikatId: cert.id };
  const id = (await app.sysOk('naskahKeluar.save', notaDinasContoh(state.pimpinanId, state.seriId))).id;
  await app.sysOk('naskahKeluar.submit', { id, pemaraf: [] });
  const r = await app.as(token, 'naskahKeluar.sign', { id, sertifikatId: cert.id, passphrase: P12_PASS });
  if (!r.ok) throw new Error(r.error.message);
  return id;
}

/** Per role: naskah awaiting the caller's paraf, for the caller to sign (Pimpinan only), and to cancel. */
async function naskahKeluarFixtures(callerId: number, role: Role): Promise<void> {
  const signer = role === 'pimpinan' ? callerId : state.pimpinanId;
  const a = await app.sysOk('naskahKeluar.save', notaDinasContoh(state.pimpinanId, state.seriId));
  await app.sysOk('naskahKeluar.submit', { id: a.id, pemaraf: [callerId] });
  state.parafNaskahId = a.id;
  const b = await app.sysOk('naskahKeluar.save', notaDinasContoh(signer, state.seriId));
  await app.sysOk('naskahKeluar.submit', { id: b.id, pemaraf: [] });
  state.signNaskahId = b.id;
  state.batalNaskahId = (await app.sysOk('naskahKeluar.save', notaDinasContoh(state.pimpinanId, state.seriId))).id;
  state.naskahSayaId = state.batalNaskahId;
}

/** Per role: a branch addressed to the caller, and a number the caller may cancel. */
async function naskahFixtures(callerId: number): Promise<void> {
  const d = await app.sysOk('disposisi.create', {
    suratMasukId: state.suratMasukId,
    kepada: [callerId],
    instruksi: ['proses_lanjut'],
    atasNamaUserId: state.pimpinanId,
  });
  state.penerimaId = d.disposisi.flatMap((x) => x.penerima).find((p) => p.kepadaUserId === callerId && p.dibacaPada === null)!.id;
  state.registerId = (
    await app.sysOk('penomoran.take', { seriId: state.seriId, tanggal: '2026-11-23', klasifikasiKode: 'UM.01.01' })
  ).registerId;
}

/** After a call that returns a letter, remember a disposition the caller made that nobody opened yet. */
function rememberCancellable(value: unknown): void {
  const n = value as { konseptorId?: number; status?: string; id?: number } | null;
  if (n?.konseptorId === state.callerId && n.status === 'konsep' && n.id) state.naskahSayaId = n.id;
  const d = (value as { disposisi?: { id: number; dariUserId: number; bolehDibatalkan: boolean }[] } | null)?.disposisi;
  const mine = d?.filter((x) => x.bolehDibatalkan && (x.dariUserId === state.callerId || state.role === 'operator_persuratan')).at(-1);
  if (mine) state.disposisiBatalId = mine.id;
}
afterAll(async () => app.close());

describe('contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('names channels <domain>.<verb>', () => {
    for (const c of channelNames) expect(c).toMatch(CHANNEL_NAME);
  });
});

/** Channels that end the caller's session or change its password run last for each role. */
const LAST: ChannelName[] = ['auth.changePassword', 'auth.logout'];
const ordered = [...channelNames.filter((c) => !LAST.includes(c)), ...LAST];

describe.each(ROLES.map((r) => [r]))('role %s', (role: Role) => {
  it('is allowed exactly the channels declared for it', async () => {
    const username = `peran-${role.replace(/_/g, '-')}`;
    state.callerId = await addUser(app, username, [role]);
    const own = await app.sysOk('sertifikat.import', {
      userId: state.callerId,
      p12Base64: freshP12().toString('base64'),
      passphrase: P12_PASS,
    });
    state.sertifikatId = own.id;
    state.role = role;
    await naskahFixtures(state.callerId);
    await naskahKeluarFixtures(state.callerId, role);
    if (allowed(contract['arsip.create'].access, [role])) await arsipFixtures();
    const token = await app.login(username, PASSWORD);
    for (const channel of ordered) {
      state.n++;
      const input = channel === 'auth.login' ? { username, password: PASSWORD } : validInput[channel](state);
      const r = await app.as(token, channel, input);
      if (r.ok) rememberCancellable(r.value);
      const access = contract[channel].access;
      if (!allowed(access, [role])) {
        expect(r, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      } else if (channel === 'setup.run') {
        // Allowed to anyone, but SATU is already set up: refused for that reason, not for the role.
        expect(r, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      } else {
        expect(r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`, `${role} → ${channel}`).toBe('ok');
      }
    }
  }, 120_000);
});

describe('malformed input', () => {
  it('returns VALIDATION with Indonesian field messages and leaves the database unchanged', async () => {
    const token = await app.login('admin', PASSWORD);
    const before = dumpDb(app);
    for (const channel of channelNames) {
      for (const bad of malformedInputs(channel, state)) {
        const r = await app.as(token, channel, bad);
        expect(r.ok, `${channel} ${JSON.stringify(bad)}`).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, `${channel} ${JSON.stringify(bad)}`).toBe('VALIDATION');
        expect(r.error.issues.length).toBeGreaterThan(0);
        for (const i of r.error.issues) expect(i.message).not.toMatch(/expected|invalid|required|received|must/i);
      }
    }
    expect(dumpDb(app)).toBe(before);
  });

  it('names the field in the issue path', async () => {
    const r = await app.sys('users.create', { ...validInput['users.create'](state), username: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'username', message: 'Minimal 3 karakter.' }] } });
  });

  it('refuses an unknown channel', async () => {
    const r = await app.sys('tidak.ada', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
