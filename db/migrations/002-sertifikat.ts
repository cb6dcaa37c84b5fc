// Migration 2 (frozen once shipped): signing certificates (imported BSrE .p12 or issued by the
// office CA), certificate authorities (the office CA and imported trusted CAs), and the status
// of a document in the registry while it is being generated.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { strict } from '../sqlite.ts';

export const migration002 = {
  version: 2,
  name: 'sertifikat',
  up: async (db: Kysely<any>): Promise<void> => {
    await strict(
      db.schema
        .createTable('otoritas_sertifikat')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('nama', 'text', (c) => c.notNull())
        .addColumn('jenis', 'text', (c) => c.notNull().check(sql`jenis in ('kantor','tepercaya')`))
        .addColumn('cert_pem', 'text', (c) => c.notNull())
        .addColumn('key_pem_terenkripsi', 'text')
        .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
        .addColumn('berlaku_dari', 'text', (c) => c.notNull())
        .addColumn('berlaku_sampai', 'text', (c) => c.notNull())
        .addColumn('aktif', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(1)
            .check(sql`aktif in (0,1)`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull()),
    ).execute();
    await strict(
      db.schema
        .createTable('sertifikat')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('sumber', 'text', (c) => c.notNull().check(sql`sumber in ('impor','kantor')`))
        .addColumn('subjek', 'text', (c) => c.notNull())
        .addColumn('penerbit', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
        .addColumn('berlaku_dari', 'text', (c) => c.notNull())
        .addColumn('berlaku_sampai', 'text', (c) => c.notNull())
        .addColumn('cert_pem', 'text', (c) => c.notNull())
        .addColumn('p12', 'blob', (c) => c.notNull())
        .addColumn('aktif', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(1)
            .check(sql`aktif in (0,1)`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull()),
    ).execute();
    await db.schema.createIndex('sertifikat_user').on('sertifikat').column('user_id').execute();
    await db.schema
      .alterTable('dokumen')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('terbit'))
      .execute();
  },
};
