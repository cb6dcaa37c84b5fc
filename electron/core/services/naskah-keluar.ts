// Owns the outgoing-naskah workflow (issue #4 §4, reference B.2–B.4): konsep by the drafter, paraf
// by verifiers in order (each may return it with notes), signature by the named signer only, the
// number allocated in the same transaction that marks it signed (never before), then the signed PDF.
import type { Ctx } from '../context.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc/contract.ts';
import {
  getNaskah,
  insertNaskah,
  updateNaskah,
  parafOf,
  replaceParaf,
  setParaf,
  ekspedisiOf,
  insertEkspedisi,
} from '../../../db/naskah/naskah-keluar.ts';
import type { NaskahKeluarRow } from '../../../db/naskah/naskah-keluar.ts';
import { getUser } from '../../../db/akun/queries.ts';
import { indexDocument } from '../../../db/search/queries.ts';
import { isiNaskahSchema } from '../../../shared/domain/naskah/keluar.ts';
import type { IsiNaskah, ModeTtd, StatusNaskahKeluar } from '../../../shared/domain/naskah/keluar.ts';
import type { JenisNaskah, Keamanan } from '../../../shared/domain/naskah/surat.ts';
import type { Urgensi } from '../../../shared/domain/naskah/tenggat.ts';

type Detail = ChannelOutput<'naskahKeluar.get'>;

export async function naskahDetail(ctx: Pick<Ctx, 'db'>, id: number): Promise<Detail> {
  const n = await getNaskah(ctx.db, id);
  if (!n) throw new AppError('NOT_FOUND', 'Naskah tidak ditemukan.');
  const [signer, konseptor] = [await getUser(ctx.db, n.penandatangan_id), await getUser(ctx.db, n.konseptor_id)];
  return {
    id: n.id,
    jenis: n.jenis as JenisNaskah,
    status: n.status as StatusNaskahKeluar,
    hal: n.hal,
    keamanan: n.keamanan as Keamanan,
    urgensi: n.urgensi as Urgensi,
    lampiran: n.lampiran,
    klasifikasiKode: n.klasifikasi_kode,
    tujuan: JSON.parse(n.tujuan_json) as Detail['tujuan'],
    tembusan: JSON.parse(n.tembusan_json) as string[],
    isi: isiNaskahSchema.parse(JSON.parse(n.isi_json)),
    kertas: n.kertas === 'A4' ? 'A4' : 'F4',
    penandatanganId: n.penandatangan_id,
    penandatangan: signer?.nama ?? '',
    modeTtd: n.mode_ttd as ModeTtd,
    jabatanTtd: n.jabatan_ttd,
    atasNama: n.atas_nama,
    untukBeliau: n.untuk_beliau,
    kodeJabatan: n.kode_jabatan,
    seriId: n.seri_id,
    nomor: n.nomor,
    tanggal: n.tanggal,
    dokumenId: n.dokumen_id,
    konseptor: konseptor?.nama ?? '',
    konseptorId: n.konseptor_id,
    catatanKembali: n.catatan_kembali,
    alasanBatal: n.alasan_batal,
    paraf: (await parafOf(ctx.db, id)).map((p) => ({
      id: p.id,
      urutan: p.urutan,
      userId: p.user_id,
      nama: p.nama,
      status: p.status as 'menunggu' | 'setuju' | 'kembali',
      catatan: p.catatan,
      waktu: p.waktu,
    })),
    ekspedisi: (await ekspedisiOf(ctx.db, id)).map((e) => ({
      id: e.id,
      cara: e.cara,
      dikirimPada: e.dikirim_pada,
      tujuan: e.tujuan,
      penerimaNama: e.penerima_nama,
      diterimaPada: e.diterima_pada,
      catatan: e.catatan,
    })),
    balasanSuratMasukId: n.balasan_surat_masuk_id,
  };
}

async function mustNaskah(ctx: Ctx, id: number): Promise<NaskahKeluarRow> {
  const n = await getNaskah(ctx.db, id);
  if (!n) throw new AppError('NOT_FOUND', 'Naskah tidak ditemukan.');
  return n;
}

async function cekPenandatangan(ctx: Ctx, id: number): Promise<void> {
  const u = await getUser(ctx.db, id);
  if (!u || !u.aktif || !u.roles.includes('pimpinan'))
    throw new AppError('VALIDATION', 'Penanda tangan harus pengguna aktif berperan Pimpinan.', [
      { path: 'penandatanganId', message: 'Pilih pimpinan.' },
    ]);
}

function cekIsi(jenis: JenisNaskah, isi: IsiNaskah, tujuan: readonly unknown[]): void {
  if (jenis === 'surat_keputusan' && !isi.keputusan)
    throw new AppError('VALIDATION', 'Surat keputusan memerlukan Menimbang, Mengingat, Menetapkan dan diktum.', [
      { path: 'isi.keputusan', message: 'Lengkapi bagian keputusan.' },
    ]);
  if (jenis !== 'surat_keputusan' && isi.blok.length === 0)
    throw new AppError('VALIDATION', 'Isi naskah masih kosong.', [{ path: 'isi.blok', message: 'Tulis isi naskah.' }]);
  if ((jenis === 'surat_dinas' || jenis === 'surat_undangan' || jenis === 'nota_dinas' || jenis === 'memorandum') && tujuan.length === 0)
    throw new AppError('VALIDATION', 'Tujuan (Yth.) wajib diisi untuk jenis naskah ini.', [
      { path: 'tujuan', message: 'Isi minimal satu tujuan.' },
    ]);
}

const kolom = (i: ParsedInput<'naskahKeluar.save'>, at: string) => ({
  jenis: i.jenis,
  hal: i.hal,
  keamanan: i.keamanan,
  urgensi: i.urgensi,
  lampiran: i.lampiran,
  klasifikasi_kode: i.klasifikasiKode,
  tujuan_json: JSON.stringify(i.tujuan),
  tembusan_json: JSON.stringify(i.tembusan),
  isi_json: JSON.stringify(i.isi),
  kertas: i.kertas,
  penandatangan_id: i.penandatanganId,
  mode_ttd: i.modeTtd,
  jabatan_ttd: i.jabatanTtd,
  atas_nama: i.atasNama,
  untuk_beliau: i.untukBeliau,
  kode_jabatan: i.kodeJabatan,
  seri_id: i.seriId,
  balasan_surat_masuk_id: i.balasanSuratMasukId ?? null,
  updated_at: at,
});

export async function simpanKonsep(ctx: Ctx, input: ParsedInput<'naskahKeluar.save'>): Promise<number> {
  await cekPenandatangan(ctx, input.penandatanganId);
  cekIsi(input.jenis, input.isi, input.tujuan);
  const at = ctx.nowIso();
  return ctx.write(async (trx, audit) => {
    if (input.id) {
      const n = await getNaskah(trx, input.id);
      if (!n) throw new AppError('NOT_FOUND', 'Naskah tidak ditemukan.');
      if (n.status !== 'konsep')
        throw new AppError('CONFLICT', 'Hanya konsep yang dapat diubah; naskah ini sedang diparaf atau sudah ditandatangani.');
      if (n.konseptor_id !== ctx.actor.userId && ctx.actor.userId !== null)
        throw new AppError('FORBIDDEN', 'Hanya penyusun konsep yang dapat mengubahnya.');
      const before = await audit.before('naskah_keluar', n.id);
      await updateNaskah(trx, n.id, kolom(input, at));
      await audit.change('naskah_keluar', n.id, before);
      return n.id;
    }
    const id = await insertNaskah(trx, {
      ...kolom(input, at),
      status: 'konsep',
      konseptor_id: ctx.actor.userId ?? input.penandatanganId,
      created_at: at,
    });
    await audit.change('naskah_keluar', id, null, 'buat-konsep');
    return id;
  });
}

export async function ajukan(ctx: Ctx, id: number, pemaraf: readonly number[]): Promise<void> {
  const n = await mustNaskah(ctx, id);
  if (n.status !== 'konsep') throw new AppError('CONFLICT', 'Hanya konsep yang dapat diajukan.');
  if (n.konseptor_id !== ctx.actor.userId && ctx.actor.userId !== null)
    throw new AppError('FORBIDDEN', 'Hanya penyusun konsep yang dapat mengajukannya.');
  for (const [i, u] of pemaraf.entries())
    if (!(await getUser(ctx.db, u))?.aktif)
      throw new AppError('VALIDATION', 'Pemaraf tidak dikenal.', [{ path: `pemaraf.${i}`, message: 'Pengguna tidak dikenal.' }]);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('naskah_keluar', id);
    await replaceParaf(trx, id, pemaraf);
    await updateNaskah(trx, id, { status: pemaraf.length ? 'paraf' : 'siap_ttd', catatan_kembali: null, updated_at: ctx.nowIso() });
    await audit.change('naskah_keluar', id, before, 'ajukan');
  });
}

export async function paraf(ctx: Ctx, input: ParsedInput<'naskahKeluar.paraf'>): Promise<void> {
  const n = await mustNaskah(ctx, input.id);
  if (n.status !== 'paraf') throw new AppError('CONFLICT', 'Naskah ini tidak sedang menunggu paraf.');
  const giliran = (await parafOf(ctx.db, n.id)).find((p) => p.status === 'menunggu');
  if (!giliran || giliran.user_id !== ctx.actor.userId) throw new AppError('FORBIDDEN', 'Belum giliran Anda memaraf naskah ini.');
  await ctx.write(async (trx, audit) => {
    const at = ctx.nowIso();
    const before = await audit.before('naskah_keluar', n.id);
    await setParaf(trx, giliran.id, input.setuju ? 'setuju' : 'kembali', input.catatan, at);
    const sisa = (await parafOf(trx, n.id)).some((p) => p.status === 'menunggu');
    const status = !input.setuju ? 'konsep' : sisa ? 'paraf' : 'siap_ttd';
    await updateNaskah(trx, n.id, { status, catatan_kembali: input.setuju ? null : input.catatan, updated_at: at });
    await audit.change('naskah_keluar', n.id, before, input.setuju ? 'paraf' : 'kembalikan');
  });
}

export async function batalkan(ctx: Ctx, id: number, alasan: string): Promise<void> {
  const n = await mustNaskah(ctx, id);
  if (n.status === 'ditandatangani' || n.status === 'batal')
    throw new AppError('CONFLICT', 'Naskah yang sudah ditandatangani tidak dapat dibatalkan; buat naskah ralat.');
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('naskah_keluar', id);
    await updateNaskah(trx, id, { status: 'batal', alasan_batal: alasan, updated_at: ctx.nowIso() });
    await audit.change('naskah_keluar', id, before, 'batal');
  });
}

export async function catatEkspedisi(ctx: Ctx, input: ParsedInput<'naskahKeluar.dispatch'>): Promise<void> {
  const n = await mustNaskah(ctx, input.id);
  if (n.status !== 'ditandatangani') throw new AppError('CONFLICT', 'Hanya naskah yang sudah ditandatangani yang dikirim.');
  await ctx.write(async (trx, audit) => {
    const eid = await insertEkspedisi(trx, {
      naskah_id: n.id,
      cara: input.cara,
      dikirim_pada: input.dikirimPada,
      tujuan: input.tujuan,
      penerima_nama: input.penerimaNama,
      diterima_pada: input.diterimaPada ?? null,
      catatan: input.catatan,
    });
    await audit.event('ekspedisi', 'naskah_keluar', n.id, { ekspedisiId: eid, cara: input.cara, tujuan: input.tujuan });
  });
}

export async function indexNaskah(ctx: Ctx, id: number): Promise<void> {
  const d = await naskahDetail(ctx, id);
  const body = [
    d.nomor,
    d.klasifikasiKode,
    ...d.tujuan.map((t) => t.yth),
    ...d.isi.blok.map((b) => (b.jenis === 'paragraf' ? b.teks : b.jenis === 'daftar' ? b.butir.join(' ') : b.baris.flat().join(' '))),
  ]
    .filter(Boolean)
    .join(' · ');
  await ctx.write((trx) => indexDocument(trx, { domain: 'naskah', entity: 'naskah_keluar', entityId: String(id), title: d.hal, body }));
}
