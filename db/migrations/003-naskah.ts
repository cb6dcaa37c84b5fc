// Migration 3 (frozen once shipped): classification schemes, holidays, numbering series with their
// counters and number register, the incoming-letter agenda with attached files, and dispositions
// as a tree of recipients (reference arsip-naskah.md E.2, E.3).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { strict } from '../sqlite.ts';

async function klasifikasi(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('skema_klasifikasi')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kode', 'text', (c) => c.notNull().unique())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('dasar', 'text')
      .addColumn('catatan', 'text')
      .addColumn('berlaku_mulai', 'text')
      .addColumn('dicabut_pada', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('klasifikasi')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('skema_id', 'integer', (c) => c.notNull().references('skema_klasifikasi.id'))
      .addColumn('kode', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('induk_kode', 'text')
      .addColumn('tingkat', 'integer', (c) => c.notNull().check(sql`tingkat between 1 and 4`))
      .addColumn('sifat', 'text', (c) => c.check(sql`sifat in ('fasilitatif','substantif')`))
      .addColumn('terkonfirmasi', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`terkonfirmasi in (0,1)`),
      )
      .addColumn('aktif', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`aktif in (0,1)`),
      )
      .addUniqueConstraint('klasifikasi_skema_kode', ['skema_id', 'kode']),
  ).execute();
  await strict(
    db.schema
      .createTable('hari_libur')
      .addColumn('tanggal', 'text', (c) => c.primaryKey())
      .addColumn('keterangan', 'text', (c) => c.notNull()),
  ).execute();
}

async function penomoran(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('seri_penomoran')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('jenis_naskah', 'text', (c) => c.notNull())
      .addColumn('pola', 'text', (c) => c.notNull())
      .addColumn('kode_unit', 'text')
      .addColumn('lebar_urut', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lingkup_tahun', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('lingkup_bulan', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lingkup_klasifikasi', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('aktif', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('pencacah')
      .addColumn('seri_id', 'integer', (c) => c.notNull().references('seri_penomoran.id'))
      .addColumn('tahun', 'integer', (c) => c.notNull())
      .addColumn('bulan', 'integer', (c) => c.notNull())
      .addColumn('klas', 'text', (c) => c.notNull())
      .addColumn('nilai', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pencacah_pk', ['seri_id', 'tahun', 'bulan', 'klas']),
  ).execute();
  await strict(
    db.schema
      .createTable('register_nomor')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('seri_id', 'integer', (c) => c.notNull().references('seri_penomoran.id'))
      .addColumn('tahun', 'integer', (c) => c.notNull())
      .addColumn('bulan', 'integer', (c) => c.notNull())
      .addColumn('klas', 'text', (c) => c.notNull())
      .addColumn('urut', 'integer', (c) => c.notNull().check(sql`urut > 0`))
      .addColumn('sisipan', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('nomor', 'text', (c) => c.notNull())
      .addColumn('tanggal', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('dipesan','dipakai','batal')`))
      .addColumn('naskah', 'text')
      .addColumn('alasan', 'text')
      .addColumn('dibuat_oleh', 'text', (c) => c.notNull())
      .addColumn('dibuat_pada', 'text', (c) => c.notNull())
      .addUniqueConstraint('register_nomor_urut', ['seri_id', 'tahun', 'bulan', 'klas', 'urut', 'sisipan']),
  ).execute();
  // A pattern without {tahun} repeats its numbers every year, so the number text is unique only per counter key.
  await db.schema.createIndex('register_nomor_nomor').on('register_nomor').column('nomor').execute();
}

async function suratMasuk(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('surat_masuk')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('tahun', 'integer', (c) => c.notNull())
      .addColumn('no_agenda', 'integer', (c) => c.notNull().check(sql`no_agenda > 0`))
      .addColumn('sisipan', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('alasan_sisipan', 'text')
      .addColumn('diterima_pada', 'text', (c) => c.notNull())
      .addColumn('jenis_naskah', 'text', (c) => c.notNull())
      .addColumn('nomor_naskah', 'text', (c) => c.notNull())
      .addColumn('tanggal_naskah', 'text', (c) => c.notNull())
      .addColumn('asal_instansi', 'text', (c) => c.notNull())
      .addColumn('asal_pejabat', 'text')
      .addColumn('hal', 'text', (c) => c.notNull())
      .addColumn('isi_ringkas', 'text', (c) => c.notNull())
      .addColumn('urgensi', 'text', (c) => c.notNull().check(sql`urgensi in ('sangat_segera','segera','biasa')`))
      .addColumn('keamanan', 'text', (c) => c.notNull().check(sql`keamanan in ('B','T','R','SR')`))
      .addColumn('klasifikasi_kode', 'text')
      .addColumn('tujuan', 'text', (c) => c.notNull())
      .addColumn('lampiran', 'text')
      .addColumn('media', 'text', (c) => c.notNull().check(sql`media in ('fisik','srikandi','email','pos','kurir','lainnya')`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('diterima','didisposisi','selesai')`))
      .addColumn('pencatat_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('surat_masuk_agenda', ['tahun', 'no_agenda', 'sisipan']),
  ).execute();
  await db.schema
    .createIndex('surat_masuk_pengirim')
    .on('surat_masuk')
    .columns(['asal_instansi', 'nomor_naskah', 'tanggal_naskah'])
    .execute();
  await db.schema.createIndex('surat_masuk_diterima').on('surat_masuk').column('diterima_pada').execute();
  await strict(
    db.schema
      .createTable('berkas_lampiran')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('pemilik', 'text', (c) => c.notNull().check(sql`pemilik in ('surat_masuk','disposisi_penerima','naskah_keluar')`))
      .addColumn('pemilik_id', 'integer', (c) => c.notNull())
      .addColumn('nama_asli', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('ukuran', 'integer', (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('halaman_teks', 'integer')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('berkas_lampiran_pemilik').on('berkas_lampiran').columns(['pemilik', 'pemilik_id']).execute();
}

async function disposisi(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('disposisi')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('surat_masuk_id', 'integer', (c) => c.notNull().references('surat_masuk.id'))
      .addColumn('induk_penerima_id', 'integer')
      .addColumn('dari_user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('dicatat_oleh_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('dari_lembar', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`dari_lembar in (0,1)`),
      )
      .addColumn('waktu', 'text', (c) => c.notNull())
      .addColumn('instruksi_json', 'text', (c) => c.notNull())
      .addColumn('catatan', 'text')
      .addColumn('batas_waktu', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('aktif','dibatalkan')`))
      .addColumn('dibatalkan_pada', 'text'),
  ).execute();
  await strict(
    db.schema
      .createTable('disposisi_penerima')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('disposisi_id', 'integer', (c) => c.notNull().references('disposisi.id'))
      .addColumn('kepada_user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('dibaca_pada', 'text')
      .addColumn('selesai_pada', 'text')
      .addColumn('laporan', 'text')
      .addUniqueConstraint('disposisi_penerima_unik', ['disposisi_id', 'kepada_user_id']),
  ).execute();
  await db.schema.createIndex('disposisi_surat').on('disposisi').column('surat_masuk_id').execute();
  await db.schema.createIndex('disposisi_penerima_kepada').on('disposisi_penerima').columns(['kepada_user_id', 'selesai_pada']).execute();
}

export const migration003 = {
  version: 3,
  name: 'naskah',
  up: async (db: Kysely<any>): Promise<void> => {
    await klasifikasi(db);
    await penomoran(db);
    await suratMasuk(db);
    await disposisi(db);
  },
};
