// Owns loans (issue #5 §9): who borrowed which berkas or item, when, until when, the return and its
// condition; overdue loans; the borrower's clearance is checked against the archive's class.
import type { Ctx } from '../../context.ts';
import type { ParsedInput } from '../../../../shared/ipc/contract.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Keamanan } from '../../../../shared/domain/naskah/surat.ts';
import { bolehBuka, keamananEfektif, pesanTolakAkses } from '../../../../shared/domain/arsip/akses.ts';
import { getItem } from '../../../../db/arsip/berkas.ts';
import { getUser } from '../../../../db/akun/queries.ts';
import { insertPeminjaman, getPeminjaman, listPeminjaman, pinjamanTerbuka, catatKembali } from '../../../../db/arsip/penyusutan.ts';
import { berkasTerbuka, hariIni, labelBerkas } from './umum.ts';

type Row = NonNullable<Awaited<ReturnType<typeof getPeminjaman>>>;
const info = (r: Row, hari: string) => ({
  id: r.id,
  berkasId: r.berkas_id,
  berkasLabel: labelBerkas(r),
  itemId: r.item_id,
  peminjamNama: r.peminjam_nama,
  peminjamUnit: r.peminjam_unit,
  keperluan: r.keperluan,
  disetujuiOleh: r.disetujui_oleh,
  tanggalPinjam: r.tanggal_pinjam,
  batasKembali: r.batas_kembali,
  tanggalKembali: r.tanggal_kembali,
  kondisiKembali: r.kondisi_kembali,
  terlambat: r.tanggal_kembali === null && r.batas_kembali < hari,
});

export async function daftarPinjam(ctx: Ctx, status: ParsedInput<'peminjaman.list'>['status']) {
  const hari = await hariIni(ctx);
  return (await listPeminjaman(ctx.db, status, hari)).map((r) => info(r, hari));
}

export async function pinjam(ctx: Ctx, input: ParsedInput<'peminjaman.create'>) {
  const b = await berkasTerbuka(ctx, input.berkasId);
  if (b.status === 'musnah' || b.status === 'diserahkan')
    throw new AppError('CONFLICT', 'Berkas yang sudah dimusnahkan atau diserahkan tidak dapat dipinjam.');
  let keamanan = b.keamanan as Keamanan;
  if (input.itemId) {
    const item = await getItem(ctx.db, input.itemId);
    if (!item || item.berkas_id !== b.id)
      throw new AppError('VALIDATION', 'Item bukan bagian dari berkas ini.', [{ path: 'itemId', message: 'Item tidak dikenal.' }]);
    keamanan = keamananEfektif(keamanan, item.keamanan as Keamanan);
  }
  if (input.peminjamUserId) {
    const u = await getUser(ctx.db, input.peminjamUserId);
    if (!u) throw new AppError('VALIDATION', 'Peminjam tidak ditemukan.', [{ path: 'peminjamUserId', message: 'Pengguna tidak dikenal.' }]);
    if (!bolehBuka(u.izinKeamanan, keamanan))
      throw new AppError('FORBIDDEN', `${u.nama} tidak memiliki izin untuk arsip ini. ${pesanTolakAkses(keamanan)}`);
  } else if (keamanan !== 'B') {
    throw new AppError('VALIDATION', 'Arsip berklasifikasi di atas Biasa hanya dipinjamkan kepada pengguna SATU yang izinnya diperiksa.', [
      { path: 'peminjamUserId', message: 'Pilih peminjam dari daftar pengguna.' },
    ]);
  }
  if ((await pinjamanTerbuka(ctx.db, b.id)).length > 0 && !input.itemId)
    throw new AppError('CONFLICT', 'Berkas ini sedang dipinjam dan belum dikembalikan.');
  const id = await ctx.write(async (_trx, audit) => {
    const id = await insertPeminjaman(_trx, {
      berkas_id: b.id,
      item_id: input.itemId ?? null,
      peminjam_user_id: input.peminjamUserId ?? null,
      peminjam_nama: input.peminjamNama,
      peminjam_unit: input.peminjamUnit,
      keperluan: input.keperluan,
      disetujui_oleh: input.disetujuiOleh,
      tanggal_pinjam: input.tanggalPinjam,
      batas_kembali: input.batasKembali,
      tanggal_kembali: null,
      kondisi_kembali: null,
      catatan: null,
      dicatat_oleh: ctx.actor.userId,
      created_at: ctx.nowIso(),
    });
    await audit.change('peminjaman_arsip', id, null, 'pinjam');
    return id;
  });
  return info((await getPeminjaman(ctx.db, id))!, await hariIni(ctx));
}

export async function kembalikan(ctx: Ctx, input: ParsedInput<'peminjaman.return'>) {
  const r = await getPeminjaman(ctx.db, input.id);
  if (!r) throw new AppError('NOT_FOUND', 'Peminjaman tidak ditemukan.');
  if (r.tanggal_kembali) throw new AppError('CONFLICT', 'Arsip ini sudah dikembalikan.');
  if (input.tanggalKembali < r.tanggal_pinjam)
    throw new AppError('VALIDATION', 'Tanggal kembali tidak boleh sebelum tanggal pinjam.', [
      { path: 'tanggalKembali', message: 'Terlalu awal.' },
    ]);
  await ctx.write(async (trx, audit) => {
    const before = await audit.before('peminjaman_arsip', r.id);
    await catatKembali(trx, r.id, input.tanggalKembali, input.kondisi, input.catatan);
    await audit.change('peminjaman_arsip', r.id, before, 'kembali');
  });
  return info((await getPeminjaman(ctx.db, r.id))!, await hariIni(ctx));
}
