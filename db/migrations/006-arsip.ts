// Migration 6 (frozen once shipped): the archive — JRA versions and rows per classification code,
// berkas and their items with physical location and retention dates, digital copies, pemindahan,
// penyusutan (pemusnahan and penyerahan) with their berkas, loans, vital-record details, and the
// security clearance of users (reference arsip-naskah.md A.9–A.17, E.4; issue #5).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { strict } from '../sqlite.ts';

const KEAMANAN = sql`in ('B','T','R','SR')`;
const NASIB = sql`in ('musnah','permanen','dinilai_kembali')`;
const flag = sql`in (0,1)`;

async function jra(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('jra_versi')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('dasar', 'text')
      .addColumn('catatan', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draf','berlaku','dicabut')`))
      .addColumn('berlaku_mulai', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  // At most one version is in force.
  await sql`create unique index jra_versi_berlaku on jra_versi(status) where status = 'berlaku'`.execute(db);
  await strict(
    db.schema
      .createTable('jra')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('versi_id', 'integer', (c) => c.notNull().references('jra_versi.id'))
      .addColumn('klasifikasi_kode', 'text', (c) => c.notNull())
      .addColumn('retensi_aktif', 'integer', (c) => c.notNull().check(sql`retensi_aktif between 0 and 100`))
      .addColumn('retensi_inaktif', 'integer', (c) => c.notNull().check(sql`retensi_inaktif between 0 and 100`))
      .addColumn('pemicu', 'text')
      .addColumn('nasib_akhir', 'text', (c) => c.notNull().check(sql`nasib_akhir ${NASIB}`))
      .addColumn('keamanan', 'text', (c) => c.notNull().check(sql`keamanan ${KEAMANAN}`))
      .addColumn('keterangan', 'text')
      .addUniqueConstraint('jra_versi_kode', ['versi_id', 'klasifikasi_kode']),
  ).execute();
}

async function berkas(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('berkas_arsip')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('unit_pengolah', 'text', (c) => c.notNull())
      .addColumn('tahun', 'integer', (c) => c.notNull())
      .addColumn('nomor_berkas', 'integer', (c) => c.notNull().check(sql`nomor_berkas > 0`))
      .addColumn('klasifikasi_kode', 'text', (c) => c.notNull())
      .addColumn('uraian', 'text', (c) => c.notNull())
      .addColumn('kurun_awal', 'text')
      .addColumn('kurun_akhir', 'text')
      .addColumn('kategori', 'text', (c) => c.notNull().check(sql`kategori in ('umum','vital','terjaga')`))
      .addColumn('keamanan', 'text', (c) => c.notNull().check(sql`keamanan ${KEAMANAN}`))
      .addColumn('media', 'text', (c) => c.notNull().check(sql`media in ('tekstual','kartografi','audio_visual','elektronik','digital')`))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('aktif','ditutup','inaktif','usul_musnah','musnah','usul_serah','diserahkan')`),
      )
      // Retention, fixed when the berkas is closed (from the JRA version then in force).
      .addColumn('tanggal_tutup', 'text')
      .addColumn('jra_versi_id', 'integer', (c) => c.references('jra_versi.id'))
      .addColumn('retensi_aktif', 'integer')
      .addColumn('retensi_inaktif', 'integer')
      .addColumn('pemicu', 'text')
      .addColumn('tanggal_pemicu', 'text')
      .addColumn('nasib_akhir', 'text', (c) => c.check(sql`nasib_akhir is null or nasib_akhir ${NASIB}`))
      .addColumn('jatuh_tempo_aktif', 'text')
      .addColumn('jatuh_tempo_inaktif', 'text')
      .addColumn('ditahan_perkara', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`ditahan_perkara ${flag}`),
      )
      .addColumn('alasan_tahan', 'text')
      .addColumn('penilaian_json', 'text')
      // Physical location: active (unit pengolah) and inactive (unit kearsipan, definitive numbers).
      .addColumn('lok_ruang', 'text')
      .addColumn('lok_lemari', 'text')
      .addColumn('lok_laci', 'text')
      .addColumn('lok_folder', 'text')
      .addColumn('lok_gedung', 'text')
      .addColumn('lok_ruang_inaktif', 'text')
      .addColumn('lok_rak', 'text')
      .addColumn('nomor_boks', 'integer', (c) => c.check(sql`nomor_boks is null or nomor_boks > 0`))
      .addColumn('nomor_folder', 'integer', (c) => c.check(sql`nomor_folder is null or nomor_folder > 0`))
      .addColumn('vital_json', 'text')
      .addColumn('keterangan', 'text')
      .addColumn('ba_musnah', 'text')
      .addColumn('ba_serah', 'text')
      .addColumn('dibuat_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('berkas_arsip_nomor', ['unit_pengolah', 'tahun', 'nomor_berkas']),
  ).execute();
  await sql`create unique index berkas_arsip_boks on berkas_arsip(nomor_boks, nomor_folder) where nomor_boks is not null`.execute(db);
  await db.schema.createIndex('berkas_arsip_status').on('berkas_arsip').columns(['status', 'jatuh_tempo_aktif']).execute();
  await db.schema.createIndex('berkas_arsip_klas').on('berkas_arsip').columns(['klasifikasi_kode', 'tahun']).execute();
  await strict(
    db.schema
      .createTable('item_arsip')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('berkas_id', 'integer', (c) => c.notNull().references('berkas_arsip.id'))
      .addColumn('nomor_item', 'integer', (c) => c.notNull().check(sql`nomor_item > 0`))
      .addColumn('sumber', 'text', (c) => c.notNull().check(sql`sumber in ('surat_masuk','naskah_keluar','manual')`))
      .addColumn('sumber_id', 'integer')
      .addColumn('nomor_naskah', 'text')
      .addColumn('uraian', 'text', (c) => c.notNull())
      .addColumn('tanggal', 'text', (c) => c.notNull())
      .addColumn('jumlah', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`jumlah > 0`),
      )
      .addColumn('satuan', 'text', (c) => c.notNull().defaultTo('lembar'))
      .addColumn('tingkat_perkembangan', 'text', (c) => c.notNull().check(sql`tingkat_perkembangan in ('asli','salinan','tembusan')`))
      .addColumn('media', 'text', (c) => c.notNull().check(sql`media in ('tekstual','kartografi','audio_visual','elektronik','digital')`))
      .addColumn('kondisi', 'text', (c) => c.notNull().check(sql`kondisi in ('baik','rusak')`))
      .addColumn('keamanan', 'text', (c) => c.notNull().check(sql`keamanan ${KEAMANAN}`))
      .addColumn('keterangan', 'text')
      .addColumn('dimusnahkan_pada', 'text')
      .addColumn('dibuat_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('item_arsip_nomor', ['berkas_id', 'nomor_item']),
  ).execute();
  // A naskah is filed once.
  await sql`create unique index item_arsip_sumber on item_arsip(sumber, sumber_id) where sumber <> 'manual'`.execute(db);
  await strict(
    db.schema
      .createTable('salinan_arsip')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('item_id', 'integer', (c) => c.notNull().references('item_arsip.id'))
      .addColumn('nama_asli', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('ukuran', 'integer', (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('halaman_teks', 'integer')
      .addColumn('dihapus_pada', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('salinan_arsip_item').on('salinan_arsip').column('item_id').execute();
  // Scans of the naskah module are deleted with the item they were filed as.
  await sql`alter table berkas_lampiran add column dihapus_pada text`.execute(db);
}

async function penyusutan(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('pemindahan')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('unit_pengolah', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('usul','diverifikasi','ditolak','selesai','batal')`))
      .addColumn('catatan', 'text')
      .addColumn('catatan_verifikasi', 'text')
      .addColumn('diverifikasi_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('diverifikasi_pada', 'text')
      .addColumn('ba_nomor', 'text')
      .addColumn('ba_tanggal', 'text')
      .addColumn('pejabat_json', 'text')
      .addColumn('dibuat_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('pemindahan_berkas')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('pemindahan_id', 'integer', (c) => c.notNull().references('pemindahan.id'))
      .addColumn('berkas_id', 'integer', (c) => c.notNull().references('berkas_arsip.id'))
      .addColumn('sesuai', 'integer', (c) => c.check(sql`sesuai is null or sesuai ${flag}`))
      .addColumn('catatan', 'text')
      .addUniqueConstraint('pemindahan_berkas_unik', ['pemindahan_id', 'berkas_id']),
  ).execute();
  await strict(
    db.schema
      .createTable('penyusutan')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('jenis', 'text', (c) => c.notNull().check(sql`jenis in ('musnah','serah')`))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('usul','panitia','dinilai','diajukan','disetujui','ditetapkan','dilaksanakan','batal')`),
      )
      .addColumn('catatan', 'text')
      .addColumn('panitia_json', 'text')
      .addColumn('pertimbangan_json', 'text')
      .addColumn('permintaan_json', 'text')
      .addColumn('persetujuan_json', 'text')
      .addColumn('penetapan_json', 'text')
      .addColumn('pelaksanaan_json', 'text')
      .addColumn('dibuat_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('penyusutan_berkas')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('penyusutan_id', 'integer', (c) => c.notNull().references('penyusutan.id'))
      .addColumn('berkas_id', 'integer', (c) => c.notNull().references('berkas_arsip.id'))
      .addUniqueConstraint('penyusutan_berkas_unik', ['penyusutan_id', 'berkas_id']),
  ).execute();
  await strict(
    db.schema
      .createTable('peminjaman_arsip')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('berkas_id', 'integer', (c) => c.notNull().references('berkas_arsip.id'))
      .addColumn('item_id', 'integer', (c) => c.references('item_arsip.id'))
      .addColumn('peminjam_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('peminjam_nama', 'text', (c) => c.notNull())
      .addColumn('peminjam_unit', 'text')
      .addColumn('keperluan', 'text', (c) => c.notNull())
      .addColumn('disetujui_oleh', 'text', (c) => c.notNull())
      .addColumn('tanggal_pinjam', 'text', (c) => c.notNull())
      .addColumn('batas_kembali', 'text', (c) => c.notNull())
      .addColumn('tanggal_kembali', 'text')
      .addColumn('kondisi_kembali', 'text')
      .addColumn('catatan', 'text')
      .addColumn('dicatat_oleh', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('peminjaman_arsip_terbuka').on('peminjaman_arsip').columns(['tanggal_kembali', 'batas_kembali']).execute();
}

export const migration006 = {
  version: 6,
  name: 'arsip',
  up: async (db: Kysely<any>): Promise<void> => {
    await jra(db);
    await berkas(db);
    await penyusutan(db);
    // Null = Biasa only. Who may open what is decided by shared/domain/arsip/akses.ts.
    await sql`alter table users add column izin_keamanan text check (izin_keamanan is null or izin_keamanan ${KEAMANAN})`.execute(db);
  },
};
