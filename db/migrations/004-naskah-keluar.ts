// Migration 4 (frozen once shipped): outgoing naskah with their paraf chain and ekspedisi
// (reference arsip-naskah.md E.3; issue #4 §4, §6).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { strict } from '../sqlite.ts';

export const migration004 = {
  version: 4,
  name: 'naskah-keluar',
  up: async (db: Kysely<any>): Promise<void> => {
    await strict(
      db.schema
        .createTable('naskah_keluar')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('jenis', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('konsep','paraf','siap_ttd','ditandatangani','batal')`))
        .addColumn('hal', 'text', (c) => c.notNull())
        .addColumn('keamanan', 'text', (c) => c.notNull().check(sql`keamanan in ('B','T','R','SR')`))
        .addColumn('urgensi', 'text', (c) => c.notNull().check(sql`urgensi in ('sangat_segera','segera','biasa')`))
        .addColumn('lampiran', 'text')
        .addColumn('klasifikasi_kode', 'text', (c) => c.notNull())
        .addColumn('tujuan_json', 'text', (c) => c.notNull())
        .addColumn('tembusan_json', 'text', (c) => c.notNull())
        .addColumn('isi_json', 'text', (c) => c.notNull())
        .addColumn('kertas', 'text', (c) => c.notNull().check(sql`kertas in ('F4','A4')`))
        .addColumn('penandatangan_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('mode_ttd', 'text', (c) => c.notNull().check(sql`mode_ttd in ('langsung','an','ub','plt','plh')`))
        .addColumn('jabatan_ttd', 'text', (c) => c.notNull())
        .addColumn('atas_nama', 'text')
        .addColumn('untuk_beliau', 'text')
        .addColumn('kode_jabatan', 'text')
        .addColumn('seri_id', 'integer', (c) => c.notNull().references('seri_penomoran.id'))
        .addColumn('register_id', 'integer', (c) => c.references('register_nomor.id'))
        .addColumn('nomor', 'text')
        .addColumn('tanggal', 'text')
        .addColumn('dokumen_id', 'integer', (c) => c.references('dokumen.id'))
        .addColumn('balasan_surat_masuk_id', 'integer', (c) => c.references('surat_masuk.id'))
        .addColumn('konseptor_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('catatan_kembali', 'text')
        .addColumn('alasan_batal', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()),
    ).execute();
    await db.schema.createIndex('naskah_keluar_status').on('naskah_keluar').column('status').execute();
    await strict(
      db.schema
        .createTable('naskah_paraf')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('naskah_id', 'integer', (c) => c.notNull().references('naskah_keluar.id'))
        .addColumn('urutan', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('menunggu','setuju','kembali')`))
        .addColumn('catatan', 'text')
        .addColumn('waktu', 'text'),
    ).execute();
    await db.schema.createIndex('naskah_paraf_naskah').on('naskah_paraf').columns(['naskah_id', 'urutan']).execute();
    await strict(
      db.schema
        .createTable('ekspedisi')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('naskah_id', 'integer', (c) => c.notNull().references('naskah_keluar.id'))
        .addColumn('cara', 'text', (c) => c.notNull().check(sql`cara in ('srikandi','pos','kurir','email','diantar')`))
        .addColumn('dikirim_pada', 'text', (c) => c.notNull())
        .addColumn('tujuan', 'text', (c) => c.notNull())
        .addColumn('penerima_nama', 'text')
        .addColumn('diterima_pada', 'text')
        .addColumn('catatan', 'text'),
    ).execute();
  },
};
