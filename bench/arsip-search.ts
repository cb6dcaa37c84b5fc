// `npm run bench:arsip`: search over 100,000 archive items (issue #5 acceptance) on a real backend in a
// temp data folder. Berkas go in through insertBerkas + the service's indexBerkas; items through
// insertItem plus the index row indexItem would write, in transactions of 1,000. indexItem itself is
// not used for the bulk: its indexDocument first deletes by entity/entity_id, unindexed FTS5 columns,
// so every call scans the whole index (quadratic over 100k); a sample is re-indexed through it to
// prove the rows are the same. Then median and p95 over 50 calls per case: search.query (FTS5)
// through the dispatch, a LIKE scan of item_arsip.uraian with the same words, arsip.list page 1 with
// q or a status filter, and one arsip.addItem at that size. Prints the machine, insert time, DB size.
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import { setUpApp, PASSWORD } from '../test/fixtures/backend.ts';
import { insertBerkas, insertItem, getBerkas, getItem } from '../db/arsip/berkas.ts';
import type { BerkasArsipTable, ItemArsipTable } from '../db/schema-arsip.ts';
import { toFtsQuery } from '../db/search/queries.ts';
import { indexBerkas, indexItem } from '../electron/core/services/arsip/berkas.ts';
import { labelBerkas } from '../electron/core/services/arsip/umum.ts';
import type { BerkasBaris } from '../electron/core/services/arsip/umum.ts';
import { keamananEfektif } from '../shared/domain/arsip/akses.ts';
import { hitungJatuhTempo } from '../shared/domain/arsip/retensi.ts';
import type { Keamanan } from '../shared/domain/naskah/surat.ts';

const N_ITEM = Number(process.env.SATU_BENCH_ITEMS ?? 100_000);
const RUNS = 50;
const BATCH = 1000;
const AT = '2026-11-23T03:00:00.000Z';

/** mulberry32: a small seeded PRNG, so every run builds the same archive. */
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
const rnd = prng(20261123);
/** Skewed towards the head of the list: a few words are common, most are rare. */
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() ** 2 * xs.length)]!;
const antara = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pad2 = (n: number) => String(n).padStart(2, '0');
const words = (s: string) => s.split(/,\s*/);

const JENIS = words(`Surat undangan, Nota dinas, Laporan, Surat edaran, Surat tugas, Berita acara, Notulen, Surat keputusan,
  Surat permohonan, Daftar hadir, Surat pemberitahuan, Telaahan staf`);
const PERIHAL = words(`rapat koordinasi, pengadaan barang, pembinaan narapidana, kunjungan kerja, usulan kenaikan pangkat pegawai,
  anggaran belanja, cuti tahunan pegawai, remisi narapidana, pembebasan bersyarat, monitoring dan evaluasi,
  bimbingan teknis, pengamanan hari raya, penyusunan laporan kinerja, sosialisasi integritas,
  pemeliharaan gedung kantor, kesehatan warga binaan, pelatihan kemandirian, mutasi pegawai,
  inventarisasi barang milik negara, razia kamar hunian`);
const OBJEK = words(`alat tulis kantor, bahan makanan, pegawai, warga binaan, keamanan dan ketertiban, tahun anggaran berjalan,
  petugas pengamanan, sarana prasarana, kendaraan dinas, layanan kunjungan, program kerja,
  sistem database pemasyarakatan`);
const UPT = words(`Lapas Kelas IIA Mataram, Rutan Kelas IIB Praya, Lapas Kelas IIB Sumbawa Besar, Bapas Kelas II Mataram,
  Lapas Kelas IIB Selong, LPKA Kelas II Lombok Tengah, Lapas Perempuan Kelas III Mataram, Rutan Kelas IIB Dompu,
  Lapas Kelas IIB Bima, Rupbasan Kelas I Mataram`);
const BULAN = 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' ');
const UNIT = words(`Subbagian Umum, Subbagian Kepegawaian, Subbagian Keuangan, Bidang Pembinaan, Bidang Keamanan,
  Bidang Pelayanan Tahanan, Bidang Perawatan, Subbagian Perencanaan`);
const KODE = 'UM.01.01 KP.02.03 KU.01.01 PK.01.01 PK.02.02 HM.02.01 PL.01.01 OT.02.01 KS.01.01 UM.04.02'.split(' ');

type Draft = { berkas: Insertable<BerkasArsipTable>; items: Omit<Insertable<ItemArsipTable>, 'berkas_id'>[] };

const keamanan = (): Keamanan => {
  const r = rnd();
  return r < 0.9 ? 'B' : r < 0.98 ? 'T' : r < 0.995 ? 'R' : 'SR';
};

function uraianItem(tahun: number, bulan: number): string {
  const teks = `${pick(JENIS)} ${pick(PERIHAL)} ${pick(OBJEK)}`;
  const tempat = rnd() < 0.7 ? ` ${pick(UPT)}` : '';
  return `${teks}${tempat} bulan ${BULAN[bulan - 1]} ${tahun}`;
}

/** Open this year; closed last year; older ones inactive, a few of the oldest proposed or destroyed. */
function statusOf(tahun: number): string {
  const r = rnd();
  if (tahun === 2026) return 'aktif';
  if (tahun === 2025) return r < 0.3 ? 'aktif' : 'ditutup';
  if (tahun >= 2022) return 'ditutup';
  return tahun <= 2018 && r < 0.1 ? (r < 0.05 ? 'musnah' : 'usul_musnah') : 'inaktif';
}

function draftBerkas(nomor: Map<string, number>, maks: number): Draft {
  const unit = pick(UNIT);
  const tahun = antara(2016, 2026);
  const key = `${unit}|${tahun}`;
  nomor.set(key, (nomor.get(key) ?? 0) + 1);
  const status = statusOf(tahun);
  const tutup = status === 'aktif' ? null : `${tahun}-12-31`;
  const [ra, ri] = [antara(1, 3), antara(2, 5)];
  const due = hitungJatuhTempo({ tanggalTutup: tutup, pemicu: null, tanggalPemicu: null, retensiAktif: ra, retensiInaktif: ri });
  const musnah = status === 'musnah' ? `BA-MUSNAH/${tahun + ra + ri}/${nomor.get(key)}` : null;
  const kunci = rnd() < 0.97 ? 'B' : 'T';
  const n = Math.min(maks, antara(10, 30));
  const items = Array.from({ length: n }, (_, i) => {
    const bulan = 1 + Math.floor((i * 12) / n);
    const tanggal = `${tahun}-${pad2(bulan)}-${pad2(antara(1, 28))}`;
    return {
      nomor_item: i + 1,
      sumber: 'manual',
      sumber_id: null,
      nomor_naskah: rnd() < 0.8 ? `W.23.PAS.${antara(1, 9)}-${pick(KODE)}-${antara(1, 4999)}` : null,
      uraian: uraianItem(tahun, bulan),
      tanggal,
      tingkat_perkembangan: rnd() < 0.85 ? 'asli' : 'salinan',
      media: 'tekstual',
      kondisi: rnd() < 0.98 ? 'baik' : 'rusak',
      keamanan: kunci === 'T' ? 'T' : keamanan(),
      keterangan: null,
      dimusnahkan_pada: musnah ? `${tahun + ra + ri + 1}-03-15` : null,
      dibuat_oleh: null,
      created_at: AT,
    };
  });
  const tanggal = items.map((i) => i.tanggal).sort();
  const berkas: Insertable<BerkasArsipTable> = {
    unit_pengolah: unit,
    tahun,
    nomor_berkas: nomor.get(key)!,
    klasifikasi_kode: pick(KODE),
    uraian: `${pick(PERIHAL)} ${pick(OBJEK)} ${unit} tahun ${tahun}`.replace(/^./, (c) => c.toUpperCase()),
    kurun_awal: tanggal[0]!,
    kurun_akhir: tanggal[n - 1]!,
    kategori: rnd() < 0.9 ? 'umum' : rnd() < 0.7 ? 'vital' : 'terjaga',
    keamanan: kunci,
    media: 'tekstual',
    status,
    tanggal_tutup: tutup,
    ...(tutup ? { retensi_aktif: ra, retensi_inaktif: ri, nasib_akhir: rnd() < 0.85 ? 'musnah' : 'permanen' } : {}),
    jatuh_tempo_aktif: due.aktif,
    jatuh_tempo_inaktif: due.inaktif,
    lok_ruang: 'Ruang Arsip Aktif',
    lok_lemari: `L-${antara(1, 12)}`,
    ba_musnah: musnah,
    created_at: AT,
    updated_at: AT,
  };
  return { berkas, items };
}

function draftArchive(total: number): Draft[] {
  const nomor = new Map<string, number>();
  const out: Draft[] = [];
  for (let left = total; left > 0;) {
    const d = draftBerkas(nomor, left);
    left -= d.items.length;
    out.push(d);
  }
  return out;
}

/** The index row indexItem writes (same title and body), inserted without its delete-first scan. */
function itemDoc(i: Insertable<ItemArsipTable> & { id: number }, b: BerkasBaris): { title: string; body: string } {
  const rahasia = keamananEfektif(b.keamanan as Keamanan, i.keamanan as Keamanan);
  if (rahasia === 'R' || rahasia === 'SR')
    return { title: `Item ${i.nomor_item} berkas ${labelBerkas(b)}`, body: `Item berklasifikasi ${rahasia}` };
  const musnah = i.dimusnahkan_pada ? `Dimusnahkan — BA ${b.ba_musnah ?? ''}` : null;
  return { title: i.uraian, body: [i.nomor_naskah, `Berkas ${labelBerkas(b)}`, musnah].filter(Boolean).join(' · ') };
}

type App = Awaited<ReturnType<typeof setUpApp>>;

async function load(app: App, drafts: Draft[]): Promise<{ berkasMs: number; itemMs: number; sample: number[] }> {
  const t0 = performance.now();
  const rows: BerkasBaris[] = [];
  for (let s = 0; s < drafts.length; s += BATCH)
    await app.env.db.transaction().execute(async (trx) => {
      for (const d of drafts.slice(s, s + BATCH)) {
        const b = (await getBerkas(trx, await insertBerkas(trx, d.berkas)))!;
        await indexBerkas(trx, b);
        rows.push(b);
      }
    });
  const t1 = performance.now();
  const flat = drafts.flatMap((d, k) => d.items.map((i) => ({ item: { ...i, berkas_id: rows[k]!.id }, b: rows[k]! })));
  const sample: number[][] = [[], [], []]; // plain, destroyed, SR
  for (let s = 0; s < flat.length; s += BATCH)
    await app.env.db.transaction().execute(async (trx) => {
      for (const { item, b } of flat.slice(s, s + BATCH)) {
        const id = await insertItem(trx, item);
        const doc = itemDoc({ ...item, id }, b);
        await sql`insert into search_index (domain, entity, entity_id, title, body)
                  values ('arsip', 'item_arsip', ${String(id)}, ${doc.title}, ${doc.body})`.execute(trx);
        const jenis = item.keamanan === 'SR' ? 2 : b.ba_musnah ? 1 : id % 1999 === 0 ? 0 : -1;
        if (jenis >= 0 && sample[jenis]!.length < 20) sample[jenis]!.push(id);
      }
    });
  return { berkasMs: t1 - t0, itemMs: performance.now() - t1, sample: sample.flat() };
}

/** Re-indexes a sample through the real indexItem: the index row must come out unchanged. */
async function checkIndex(app: App, ids: number[]): Promise<void> {
  const row = app.env.raw.prepare("select title, body from search_index where entity = 'item_arsip' and entity_id = ?");
  for (const id of ids) {
    const before = JSON.stringify(row.get(String(id)));
    await app.env.db.transaction().execute(async (trx) => {
      const i = (await getItem(trx, id))!;
      await indexItem(trx, i, (await getBerkas(trx, i.berkas_id))!);
    });
    const after = JSON.stringify(row.get(String(id)));
    if (before !== after) throw new Error(`indeks item ${id} berbeda dari indexItem:\n${before}\n${after}`);
  }
}

type Case = { median: number; p95: number; rows: number; total: number };

function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
}

/** One untimed pass to warm the cache, then RUNS timed calls cycling through the inputs. */
async function measure<T>(inputs: readonly T[], fn: (x: T) => Promise<{ rows: number; total: number }>): Promise<Case> {
  for (const x of inputs) await fn(x);
  const ms: number[] = [];
  let rows = 0;
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await fn(inputs[i % inputs.length]!);
    ms.push(performance.now() - t);
    rows += r.rows;
    total += r.total;
  }
  return { ...stats(ms), rows: Math.round(rows / RUNS), total: Math.round(total / RUNS) };
}

const SATU = `surat laporan rapat pegawai anggaran pengadaan narapidana kunjungan pembinaan remisi koordinasi mataram
  dompu rupbasan kendaraan integritas razia notulen telaahan kebakaran makanan bima edaran mutasi kemandirian`.split(/\s+/);
const DUA = words(`rapat koordinasi, pembinaan narapidana, laporan kinerja, pengadaan barang, kunjungan kerja, remisi narapidana,
  surat tugas, cuti pegawai, anggaran belanja, nota dinas, kendaraan dinas, bahan makanan, warga binaan,
  alat tulis, pembebasan bersyarat, sosialisasi integritas, berita acara, razia hunian, layanan kunjungan,
  mutasi pegawai, pelatihan kemandirian, gedung kantor, lapas mataram, rutan dompu, laporan kebakaran`);
const STATUS = ['aktif', 'ditutup', 'inaktif', 'usul_musnah,musnah'];

type Call = (channel: string, input: unknown) => Promise<unknown>;

/** The read cases: the same words through the FTS index (dispatch), a LIKE scan, and the berkas list. */
async function readCases(app: App, call: Call): Promise<[string, Case][]> {
  const raw = app.env.raw;
  const cocok = raw.prepare('select count(*) as n from search_index where search_index match ?');
  const fts = async (q: string) => {
    const hits = (await call('search.query', { q })) as unknown[];
    return { rows: hits.length, total: (cocok.get(toFtsQuery(q)) as { n: number }).n };
  };
  const like1 = raw.prepare('select count(*) as n from item_arsip where uraian like ?');
  const like2 = raw.prepare('select count(*) as n from item_arsip where uraian like ? and uraian like ?');
  const like = async (q: string) => {
    const w = q.split(' ').map((x) => `%${x}%`);
    const n = (w.length === 1 ? like1.get(w[0]) : like2.get(w[0], w[1])) as { n: number };
    return { rows: n.n, total: n.n };
  };
  const list = (filter: (x: string) => object) => async (x: string) => {
    const r = (await call('arsip.list', { halaman: 1, perHalaman: 50, ...filter(x) })) as { total: number; items: unknown[] };
    return { rows: r.items.length, total: r.total };
  };
  const byQ = list((q) => ({ q }));
  const byStatus = list((s) => ({ status: s.split(',') }));
  const all = list(() => ({}));
  return [
    ['search.query FTS5, 1 kata (dispatch)', await measure(SATU, fts)],
    ['search.query FTS5, 2 kata (dispatch)', await measure(DUA, fts)],
    ["LIKE '%kata%' item_arsip.uraian, 1 kata", await measure(SATU, like)],
    ["LIKE '%kata%' item_arsip.uraian, 2 kata", await measure(DUA, like)],
    ['arsip.list hlm 1/50, q 1 kata', await measure(SATU, byQ)],
    ['arsip.list hlm 1/50, filter status', await measure(STATUS, byStatus)],
    ['arsip.list hlm 1/50, tanpa filter', await measure([''], all)],
  ];
}

async function run(): Promise<void> {
  const app = await setUpApp();
  const token = await app.login('admin', PASSWORD);
  const call: Call = async (channel, input) => {
    const r = await app.as(token, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  const drafts = draftArchive(N_ITEM);
  const { berkasMs, itemMs, sample } = await load(app, drafts);
  await checkIndex(app, sample);
  const raw = app.env.raw;
  const cases = await readCases(app, call);
  const data = ['item_arsip', 'search_index'].map((t) => (raw.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n);
  const terbuka = (raw.prepare("select id from berkas_arsip where status = 'aktif' order by id limit 1").get() as { id: number }).id;
  const tambah = await measure([terbuka], async (berkasId) => {
    const item = { berkasId, uraian: uraianItem(2026, 11), tanggal: '2026-11-20', nomorNaskah: 'W.23.PAS.6-UM.01.01-5000' };
    await call('arsip.addItem', item);
    return { rows: 1, total: 1 };
  });
  raw.pragma('wal_checkpoint(TRUNCATE)');
  report(app, [drafts.length, ...data], berkasMs, itemMs, sample.length, cases, tambah);
  await app.close();
  fs.rmSync(app.dir, { recursive: true, force: true });
}

function report(
  app: App,
  [nBerkas, nItem, nDoc]: number[],
  berkasMs: number,
  itemMs: number,
  checked: number,
  cases: [string, Case][],
  tambah: Case,
) {
  const raw = app.env.raw;
  const count = (sqlText: string) => (raw.prepare(sqlText).get() as { n: number }).n;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  let fts = '';
  try {
    fts = `, indeks FTS5 ${mb(count("select sum(pgsize) as n from dbstat where name like 'search_index%'"))}`;
  } catch {
    // dbstat is a compile-time option of SQLite; without it only the file size is shown.
  }
  const cpu = os.cpus();
  console.log(
    `SATU arsip-search bench — ${new Date().toISOString()} — ${cpu[0]?.model ?? '?'} ×${cpu.length}, RAM ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `Node ${process.versions.node}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `data: ${nItem} item dalam ${nBerkas} berkas, ${nDoc} dokumen di indeks; ` +
      `basis data ${mb(fs.statSync(app.env.paths.db).size)}${fts}`,
  );
  console.log(
    `isi: berkas ${(berkasMs / 1000).toFixed(1)} s (insertBerkas + indexBerkas), item ${(itemMs / 1000).toFixed(1)} s ` +
      `(insertItem + baris indeks), total ${((berkasMs + itemMs) / 1000).toFixed(1)} s, transaksi per ${BATCH}; ${checked} item dicek ulang lewat indexItem`,
  );
  console.log(`| operasi (${RUNS} kueri) | median ms | p95 ms | baris/kueri | cocok/kueri |\n|---|---|---|---|---|`);
  for (const [name, c] of cases) console.log(`| ${name} | ${c.median.toFixed(2)} | ${c.p95.toFixed(2)} | ${c.rows} | ${c.total} |`);
  console.log(
    `| arsip.addItem pada ${N_ITEM} item (tulis + audit + indeks) | ${tambah.median.toFixed(2)} | ${tambah.p95.toFixed(2)} | 1 | — |`,
  );
}

await run();
