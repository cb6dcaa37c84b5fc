// Owns berkas and items (issue #5 §2–§4): numbering per unit pengolah and year, closing with the
// retention of the JRA in force fixed on the berkas, reopening, event triggers, legal holds,
// the panitia's review of "Dinilai Kembali", items with digital copies, and access by clearance.
import fs from 'node:fs';
import path from 'node:path';
import type { Ctx, Auditor } from '../../context.ts';
import type { Trx } from '../../../../db/connection.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { bolehBuka, keamananEfektif } from '../../../../shared/domain/arsip/akses.ts';
import { cariJra } from '../../../../shared/domain/arsip/jra.ts';
import { hitungJatuhTempo } from '../../../../shared/domain/arsip/retensi.ts';
import { pastikanTransisi } from '../../../../shared/domain/arsip/transisi.ts';
import type { MediaArsip, StatusBerkas } from '../../../../shared/domain/arsip/nilai.ts';
import {
  getBerkas,
  insertBerkas,
  updateBerkas,
  nextNomorBerkas,
  itemsOf,
  insertItem,
  nextNomorItem,
  kurunOf,
  insertSalinan,
  salinanOf,
  getSalinan,
  getItem,
} from '../../../../db/arsip/berkas.ts';
import { versiBerlaku, listBaris } from '../../../../db/arsip/jra.ts';
import { indexDocument } from '../../../../db/search/queries.ts';
import { simpanBerkas } from '../berkas.ts';
import type { BerkasSiap } from '../berkas.ts';
import { berkasAda, berkasTerbuka, izinPemanggil, ringkasBerkas, penilaianOf, tersembunyi, labelBerkas } from './umum.ts';
import type { BerkasBaris } from './umum.ts';

/** The JRA row (exact code or nearest ancestor) of the version in force. */
export async function jraBerlakuUntuk(conn: Trx | Ctx['db'], kode: string) {
  const versi = await versiBerlaku(conn);
  if (!versi) return null;
  const rows = (await listBaris(conn, versi.id)).map((r) => ({ ...r, klasifikasiKode: r.klasifikasi_kode }));
  const row = cariJra(rows, kode);
  return row ? { versiId: versi.id, row } : null;
}

export async function detailBerkas(ctx: Ctx, id: number) {
  const b = await berkasTerbuka(ctx, id);
  const izin = await izinPemanggil(ctx);
  const items = await itemsOf(ctx.db, id);
  const files = await salinanOf(
    ctx.db,
    items.map((i) => i.id),
  );
  const due = hitungJatuhTempo({
    tanggalTutup: b.tanggal_tutup,
    pemicu: b.pemicu,
    tanggalPemicu: b.tanggal_pemicu,
    retensiAktif: b.retensi_aktif,
    retensiInaktif: b.retensi_inaktif,
  });
  const vital = b.vital_json
    ? (JSON.parse(b.vital_json) as { jenis?: string | null; perlindungan?: string | null; lokasiDuplikat?: string | null })
    : null;
  return {
    ...ringkasBerkas({ ...b, jumlah_item: items.length }, izin),
    media: b.media as MediaArsip,
    tanggalTutup: b.tanggal_tutup,
    retensiAktif: b.retensi_aktif,
    retensiInaktif: b.retensi_inaktif,
    pemicu: b.pemicu,
    tanggalPemicu: b.tanggal_pemicu,
    menunggu: b.status === 'aktif' ? ('tutup' as const) : due.menunggu,
    ditahanPerkara: b.ditahan_perkara === 1,
    alasanTahan: b.alasan_tahan,
    penilaian: penilaianOf(b),
    lokRuang: b.lok_ruang,
    lokLemari: b.lok_lemari,
    lokLaci: b.lok_laci,
    lokFolder: b.lok_folder,
    lokGedung: b.lok_gedung,
    lokRuangInaktif: b.lok_ruang_inaktif,
    lokRak: b.lok_rak,
    nomorFolder: b.nomor_folder,
    vital: vital
      ? { jenis: vital.jenis ?? null, perlindungan: vital.perlindungan ?? null, lokasiDuplikat: vital.lokasiDuplikat ?? null }
      : null,
    keterangan: b.keterangan,
    baMusnah: b.ba_musnah,
    baSerah: b.ba_serah,
    items: items.map((i) => {
      const keamanan = keamananEfektif(b.keamanan as Keamanan, i.keamanan as Keamanan);
      const boleh = bolehBuka(izin, keamanan);
      return {
        id: i.id,
        berkasId: i.berkas_id,
        nomorItem: i.nomor_item,
        sumber: i.sumber as 'surat_masuk' | 'naskah_keluar' | 'manual',
        sumberId: i.sumber_id,
        nomorNaskah: boleh ? i.nomor_naskah : null,
        uraian: boleh ? i.uraian : tersembunyi(keamanan),
        tanggal: i.tanggal,
        jumlah: i.jumlah,
        satuan: i.satuan,
        tingkatPerkembangan: i.tingkat_perkembangan as 'asli' | 'salinan' | 'tembusan',
        media: i.media as MediaArsip,
        kondisi: i.kondisi as 'baik' | 'rusak',
        keamanan,
        keterangan: boleh ? i.keterangan : null,
        dimusnahkanPada: i.dimusnahkan_pada,
        bolehDibuka: boleh,
        salinan: boleh
          ? files
              .filter((f) => f.item_id === i.id)
              .map((f) => ({
                id: f.id,
                nama: f.nama_asli,
                sha256: f.sha256,
                ukuran: f.ukuran,
                mime: f.mime,
                dihapus: f.dihapus_pada !== null,
              }))
          : [],
      };
    }),
  };
}

type BerkasInput = ParsedInput<'arsip.create'>;

const fieldsOf = (input: BerkasInput, keamanan: string) => ({
  unit_pengolah: input.unitPengolah,
  klasifikasi_kode: input.klasifikasiKode,
  uraian: input.uraian,
  kategori: input.kategori,
  keamanan,
  media: input.media,
  lok_ruang: input.lokRuang,
  lok_lemari: input.lokLemari,
  lok_laci: input.lokLaci,
  lok_folder: input.lokFolder,
  vital_json: input.kategori === 'vital' && input.vital ? JSON.stringify(input.vital) : null,
  keterangan: input.keterangan,
});

export async function indexBerkas(trx: Trx, b: BerkasBaris): Promise<void> {
  const rahasia = b.keamanan === 'R' || b.keamanan === 'SR';
  await indexDocument(trx, {
    domain: 'arsip',
    entity: 'berkas_arsip',
    entityId: String(b.id),
    title: `Berkas ${labelBerkas(b)}`,
    body: rahasia
      ? `Berkas berklasifikasi ${b.keamanan}`
      : [b.uraian, b.klasifikasi_kode, b.unit_pengolah, b.ba_musnah ? `dimusnahkan BA ${b.ba_musnah}` : null].filter(Boolean).join(' · '),
  });
}

export async function indexItem(
  trx: Trx,
  i: { id: number; nomor_item: number; uraian: string; nomor_naskah: string | null; keamanan: string; dimusnahkan_pada: string | null },
  b: BerkasBaris,
  teks = '',
): Promise<void> {
  const rahasia = keamananEfektif(b.keamanan as Keamanan, i.keamanan as Keamanan);
  const tertutup = rahasia === 'R' || rahasia === 'SR';
  await indexDocument(trx, {
    domain: 'arsip',
    entity: 'item_arsip',
    entityId: String(i.id),
    title: tertutup ? `Item ${i.nomor_item} berkas ${labelBerkas(b)}` : i.uraian,
    body: tertutup
      ? `Item berklasifikasi ${rahasia}`
      : [i.nomor_naskah, `Berkas ${labelBerkas(b)}`, i.dimusnahkan_pada ? `Dimusnahkan — BA ${b.ba_musnah ?? ''}` : null, teks]
          .filter(Boolean)
          .join(' · '),
  });
}

/** Creates a berkas inside an open transaction (also used when filing naskah into a new berkas). */
export async function buatBerkasIn(ctx: Ctx, trx: Trx, audit: Auditor, input: BerkasInput): Promise<number> {
  const jra = await jraBerlakuUntuk(trx, input.klasifikasiKode);
  const keamanan = input.keamanan ?? jra?.row.keamanan ?? 'B';
  const at = ctx.nowIso();
  const id = await insertBerkas(trx, {
    ...fieldsOf(input, keamanan),
    tahun: input.tahun,
    nomor_berkas: await nextNomorBerkas(trx, input.unitPengolah, input.tahun),
    status: 'aktif',
    dibuat_oleh: ctx.actor.userId,
    created_at: at,
    updated_at: at,
  });
  await audit.change('berkas_arsip', id, null, 'buat');
  await indexBerkas(trx, (await getBerkas(trx, id))!);
  return id;
}

export async function buatBerkas(ctx: Ctx, input: BerkasInput): Promise<number> {
  return ctx.write((trx, audit) => buatBerkasIn(ctx, trx, audit, input));
}

const SELESAI: readonly StatusBerkas[] = ['musnah', 'diserahkan'];

export async function ubahBerkas(ctx: Ctx, input: ParsedInput<'arsip.update'>): Promise<void> {
  const b = await berkasTerbuka(ctx, input.id);
  if (SELESAI.includes(b.status as StatusBerkas))
    throw new AppError('CONFLICT', 'Berkas yang sudah dimusnahkan atau diserahkan tidak dapat diubah.');
  if (
    b.status !== 'aktif' &&
    (input.klasifikasiKode !== b.klasifikasi_kode || input.tahun !== b.tahun || input.unitPengolah !== b.unit_pengolah)
  )
    throw new AppError('CONFLICT', 'Kode klasifikasi, tahun dan unit pengolah hanya dapat diubah selama berkas masih terbuka.', [
      { path: 'klasifikasiKode', message: 'Buka kembali berkas untuk mengubahnya.' },
    ]);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', b.id);
    const renumber = input.unitPengolah !== b.unit_pengolah || input.tahun !== b.tahun;
    await updateBerkas(trx, b.id, {
      ...fieldsOf(input, input.keamanan ?? b.keamanan),
      tahun: input.tahun,
      ...(renumber ? { nomor_berkas: await nextNomorBerkas(trx, input.unitPengolah, input.tahun) } : {}),
      updated_at: ctx.nowIso(),
    });
    await audit.change('berkas_arsip', b.id, before);
    await indexBerkas(trx, (await getBerkas(trx, b.id))!);
  });
}

/** Fixes the due dates from what the berkas holds (closing date, trigger date, retention). */
async function hitungUlang(trx: Trx, id: number, at: string): Promise<void> {
  const b = (await getBerkas(trx, id))!;
  const due = hitungJatuhTempo({
    tanggalTutup: b.tanggal_tutup,
    pemicu: b.pemicu,
    tanggalPemicu: b.tanggal_pemicu,
    retensiAktif: b.retensi_aktif,
    retensiInaktif: b.retensi_inaktif,
  });
  await updateBerkas(trx, id, { jatuh_tempo_aktif: due.aktif, jatuh_tempo_inaktif: due.inaktif, updated_at: at });
}

/** Copies the JRA row in force onto a closed berkas that has none yet (closing, or a JRA made valid later). */
export async function terapkanJra(trx: Trx, b: BerkasBaris, at: string): Promise<boolean> {
  const jra = await jraBerlakuUntuk(trx, b.klasifikasi_kode);
  if (!jra) return false;
  await updateBerkas(trx, b.id, {
    jra_versi_id: jra.versiId,
    retensi_aktif: jra.row.retensi_aktif,
    retensi_inaktif: jra.row.retensi_inaktif,
    pemicu: jra.row.pemicu,
    nasib_akhir: jra.row.nasib_akhir,
  });
  await hitungUlang(trx, b.id, at);
  return true;
}

export async function tutupBerkas(ctx: Ctx, id: number, tanggal: string | undefined, hari: string): Promise<void> {
  const b = await berkasTerbuka(ctx, id);
  pastikan(b, 'ditutup');
  const items = await itemsOf(ctx.db, id);
  if (items.length === 0) throw new AppError('CONFLICT', 'Berkas kosong tidak dapat ditutup. Tambahkan item arsip lebih dulu.');
  const tanggalTutup = tanggal ?? hari;
  const kurun = await kurunOf(ctx.db, id);
  if (kurun?.akhir && tanggalTutup < kurun.akhir)
    throw new AppError('VALIDATION', `Tanggal tutup tidak boleh sebelum item terakhir (${kurun.akhir}).`, [
      { path: 'tanggalTutup', message: 'Terlalu awal.' },
    ]);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', id);
    await updateBerkas(trx, id, { status: 'ditutup', tanggal_tutup: tanggalTutup, updated_at: ctx.nowIso() });
    await terapkanJra(trx, (await getBerkas(trx, id))!, ctx.nowIso());
    await audit.change('berkas_arsip', id, before, 'tutup');
  });
}

function pastikan(b: BerkasBaris, ke: StatusBerkas): void {
  try {
    pastikanTransisi(b.status as StatusBerkas, ke);
  } catch (e) {
    throw new AppError('CONFLICT', (e as Error).message);
  }
}

export async function bukaKembali(ctx: Ctx, id: number, alasan: string): Promise<void> {
  const b = await berkasTerbuka(ctx, id);
  pastikan(b, 'aktif');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', id);
    await updateBerkas(trx, id, {
      status: 'aktif',
      tanggal_tutup: null,
      jra_versi_id: null,
      retensi_aktif: null,
      retensi_inaktif: null,
      pemicu: null,
      nasib_akhir: null,
      jatuh_tempo_aktif: null,
      jatuh_tempo_inaktif: null,
      updated_at: ctx.nowIso(),
    });
    await audit.change('berkas_arsip', id, before, 'buka-kembali');
    await audit.event('alasan-buka-kembali', 'berkas_arsip', id, { alasan });
  });
}

export async function catatPemicu(ctx: Ctx, id: number, tanggal: string | null): Promise<void> {
  const b = await berkasTerbuka(ctx, id);
  if (!b.pemicu) throw new AppError('CONFLICT', 'Retensi berkas ini tidak bergantung pada peristiwa; tanggal pemicu tidak diperlukan.');
  if (b.status !== 'ditutup' && b.status !== 'inaktif')
    throw new AppError('CONFLICT', 'Tanggal pemicu dicatat pada berkas yang sudah ditutup.');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', id);
    await updateBerkas(trx, id, { tanggal_pemicu: tanggal });
    await hitungUlang(trx, id, ctx.nowIso());
    await audit.change('berkas_arsip', id, before, 'pemicu-retensi');
  });
}

export async function tahanPerkara(ctx: Ctx, id: number, ditahan: boolean, alasan: string | null): Promise<void> {
  const b = await berkasTerbuka(ctx, id);
  if (SELESAI.includes(b.status as StatusBerkas)) throw new AppError('CONFLICT', 'Berkas ini sudah dimusnahkan atau diserahkan.');
  if (ditahan && !alasan) throw new AppError('VALIDATION', 'Sebutkan perkara yang terkait.', [{ path: 'alasan', message: 'Wajib diisi.' }]);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', id);
    await updateBerkas(trx, id, { ditahan_perkara: ditahan ? 1 : 0, alasan_tahan: ditahan ? alasan : null, updated_at: ctx.nowIso() });
    await audit.change('berkas_arsip', id, before, ditahan ? 'tahan-perkara' : 'lepas-perkara');
  });
}

export async function catatPenilaian(ctx: Ctx, input: ParsedInput<'arsip.review'>): Promise<void> {
  const b = await berkasTerbuka(ctx, input.id);
  if (b.nasib_akhir !== 'dinilai_kembali')
    throw new AppError('CONFLICT', 'Hanya berkas bernasib akhir "Dinilai Kembali" yang dinilai ulang panitia.');
  if (b.status !== 'inaktif') throw new AppError('CONFLICT', 'Penilaian kembali dilakukan pada berkas inaktif.');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', input.id);
    const hasil = { hasil: input.hasil, nomorSk: input.nomorSk, tanggal: input.tanggal, catatan: input.catatan };
    await updateBerkas(trx, input.id, { penilaian_json: JSON.stringify(hasil), updated_at: ctx.nowIso() });
    await audit.change('berkas_arsip', input.id, before, 'penilaian-kembali');
  });
}

/** Stores an item's copies: the files already written by simpanBerkas, or the naskah module's files by reference. */
export async function simpanSalinan(trx: Trx, ctx: Ctx, audit: Auditor, itemId: number, files: readonly BerkasSiap[]): Promise<void> {
  for (const f of files) {
    const id = await insertSalinan(trx, {
      item_id: itemId,
      nama_asli: f.nama,
      path: f.path,
      sha256: f.sha256,
      ukuran: f.ukuran,
      mime: f.mime,
      halaman_teks: f.halamanTeks,
      dihapus_pada: null,
      created_by: ctx.actor.userId,
      created_at: ctx.nowIso(),
    });
    await audit.change('salinan_arsip', id, null, 'buat');
  }
}

export async function perbaruiKurun(trx: Trx, berkasId: number): Promise<void> {
  const k = await kurunOf(trx, berkasId);
  await updateBerkas(trx, berkasId, { kurun_awal: k?.awal ?? null, kurun_akhir: k?.akhir ?? null });
}

export async function tambahItem(ctx: Ctx, input: ParsedInput<'arsip.addItem'>): Promise<void> {
  const b = await berkasTerbuka(ctx, input.berkasId);
  if (b.status !== 'aktif')
    throw new AppError('CONFLICT', 'Item hanya ditambahkan ke berkas yang masih terbuka. Buka kembali berkas lebih dulu.');
  const files = await simpanBerkas(path.join(ctx.paths.berkas, 'arsip'), input.salinan, 'salinan');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('berkas_arsip', b.id);
    const id = await insertItem(trx, {
      berkas_id: b.id,
      nomor_item: await nextNomorItem(trx, b.id),
      sumber: 'manual',
      sumber_id: null,
      nomor_naskah: input.nomorNaskah,
      uraian: input.uraian,
      tanggal: input.tanggal,
      jumlah: input.jumlah,
      satuan: input.satuan,
      tingkat_perkembangan: input.tingkatPerkembangan,
      media: input.media,
      kondisi: input.kondisi,
      keamanan: input.keamanan ?? b.keamanan,
      keterangan: input.keterangan,
      dimusnahkan_pada: null,
      dibuat_oleh: ctx.actor.userId,
      created_at: ctx.nowIso(),
    });
    await audit.change('item_arsip', id, null, 'buat');
    await simpanSalinan(trx, ctx, audit, id, files);
    await perbaruiKurun(trx, b.id);
    await audit.change('berkas_arsip', b.id, before, 'tambah-item');
    await indexItem(trx, (await getItem(trx, id))!, b, files.map((f) => f.teks).join(' '));
  });
}

export async function bukaSalinan(ctx: Ctx, id: number): Promise<{ nama: string; mime: string; base64: string }> {
  const s = await getSalinan(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND', 'Salinan tidak ditemukan.');
  const item = (await getItem(ctx.db, s.item_id))!;
  const b = await berkasAda(ctx, item.berkas_id);
  const keamanan = keamananEfektif(b.keamanan as Keamanan, item.keamanan as Keamanan);
  if (!bolehBuka(await izinPemanggil(ctx), keamanan)) throw new AppError('FORBIDDEN', tersembunyi(keamanan));
  if (s.dihapus_pada || !fs.existsSync(s.path))
    throw new AppError(
      'NOT_FOUND',
      `Salinan digital ini sudah dimusnahkan${b.ba_musnah ? ` (Berita Acara ${b.ba_musnah})` : ''} dan tidak dapat dibuka lagi.`,
    );
  return { nama: s.nama_asli, mime: s.mime, base64: fs.readFileSync(s.path).toString('base64') };
}
