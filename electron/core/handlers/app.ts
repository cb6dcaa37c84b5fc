// Owns application status, the first-run setup (office, its units, first administrator) and demo data.
import type { DomainHandlers, Ctx, Auditor } from '../context.ts';
import type { Trx } from '../../../db/connection.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { countUsers, getUser } from '../../../db/akun/queries.ts';
import { insertUnit, unitKodes, getSatker } from '../../../db/organisasi/queries.ts';
import { schemaVersion } from '../../../db/migrator.ts';
import { daftarKanwil, satkerNtb, satkerMalut, unitOrganisasi } from '../../../shared/data/index.ts';
import { readKantor, saveKantor, kanwilByNo } from '../services/kantor.ts';
import { loadDemo } from '../services/demo.ts';
import { muatKlasifikasi, seriBawaan } from '../services/klasifikasi.ts';
import { hashPassword } from '../services/password.ts';
import { indexSatker } from '../services/search-feed.ts';
import { createUserIn } from './users.ts';
import { toSessionUser } from './auth.ts';

function uptReferensi() {
  const ntb = daftarKanwil.find((k) => k.provinsi === 'Nusa Tenggara Barat');
  const malut = daftarKanwil.find((k) => k.provinsi === 'Maluku Utara');
  const of = (no: number | undefined, list: typeof satkerNtb | typeof satkerMalut) =>
    no === undefined
      ? []
      : list.filter((s) => s.jenis !== 'kanwil').map((s) => ({ kanwilNo: no, nama: s.nama, jenis: s.jenis, alamat: s.alamat }));
  return [...of(ntb?.no, satkerNtb), ...of(malut?.no, satkerMalut)];
}

/** A Kanwil's organisation units (Pasal 8 and 21) for its type, audited; skips units already there. */
async function addUnits(trx: Trx, audit: Auditor, satkerId: number, tipe: 'A' | 'B'): Promise<number> {
  const have = await unitKodes(trx, satkerId);
  let n = 0;
  for (const [i, u] of unitOrganisasi.entries()) {
    if ((u.tipeKanwil !== 'semua' && u.tipeKanwil !== tipe) || have.has(u.kode)) continue;
    const id = await insertUnit(trx, {
      satker_id: satkerId,
      kode: u.kode,
      nama: u.nama,
      jenis: u.jenis,
      induk_kode: u.induk,
      dasar: u.dasar,
      urutan: i,
    });
    await audit.change('unit_organisasi', id, null);
    n++;
  }
  return n;
}

async function setupRun(input: Parameters<DomainHandlers<'setup'>['setup.run']>[0], ctx: Ctx) {
  if ((await countUsers(ctx.db)) > 0)
    throw new AppError('CONFLICT', 'SATU sudah disiapkan di komputer ini. Masuk dengan akun yang ada atau hubungi administrator.');
  const hash = await hashPassword(input.admin.password);
  const adminId = await ctx.write(
    async (trx, audit) => {
      const at = ctx.nowIso();
      const satkerId = await saveKantor(trx, audit, input.kantor, at);
      const row = await getSatker(trx, satkerId);
      if (row) await indexSatker(trx, row);
      if (input.kantor.jenis === 'kanwil') await addUnits(trx, audit, satkerId, kanwilByNo(input.kantor.kanwilNo).tipe);
      await muatKlasifikasi(trx, audit, at);
      await seriBawaan(trx, audit, input.kantor.kodeSurat, at);
      if (input.muatDataContoh) await loadDemo(trx, audit, at);
      return createUserIn(trx, audit, { ...input.admin, roles: ['administrator'] }, hash, at, false);
      // Recorded under the first administrator's name: nobody is signed in yet.
    },
    { userId: null, label: `${input.admin.username} (penyiapan awal)` },
  );
  const kantor = await readKantor(ctx.db);
  const admin = await getUser(ctx.db, adminId);
  if (!kantor || !admin) throw new AppError('INTERNAL', 'Penyiapan tidak tersimpan.');
  return { kantor, admin: toSessionUser(admin) };
}

export const appHandlers: DomainHandlers<'app' | 'setup' | 'demo'> = {
  'app.status': async (_i, ctx) => {
    const kantor = await readKantor(ctx.db);
    return {
      versi: ctx.version,
      perluSetup: (await countUsers(ctx.db)) === 0,
      namaKantor: kantor?.nama ?? null,
      dataDir: ctx.paths.dir,
      versiSkema: schemaVersion(ctx.raw),
    };
  },
  'setup.referensi': async () => ({
    kanwil: daftarKanwil.map((k) => ({
      no: k.no,
      nama: k.nama,
      provinsi: k.provinsi,
      kedudukan: k.kedudukan,
      tipe: k.tipe,
      eselon: k.eselon,
    })),
    upt: uptReferensi(),
  }),
  'setup.run': setupRun,
  'demo.load': async (_i, ctx) => {
    const kantor = await readKantor(ctx.db);
    return ctx.write(async (trx, audit) => {
      const r = await loadDemo(trx, audit, ctx.nowIso());
      const unit = kantor?.jenis === 'kanwil' ? await addUnits(trx, audit, kantor.satkerId, kanwilByNo(kantor.kanwilNo).tipe) : 0;
      return { satker: r.satker, unit };
    });
  },
};
