// Migration 1 (frozen once shipped): satker and organisation, accounts and roles, sessions, audit
// log, settings, document registry and the shared search index.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { createSearchIndexSql, strict } from '../sqlite.ts';

const ROLE_CHECK = sql`role in ('administrator','operator_persuratan','pengelola_bmn','pengelola_kinerja','pimpinan','pembaca')`;
const JENIS_CHECK = sql`jenis in ('kanwil','lapas','rutan','bapas','lpka','lpp','cabang-rutan','lainnya')`;

async function organisasi(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('satker')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('jenis', 'text', (c) => c.notNull().check(JENIS_CHECK))
      .addColumn('kode_satker', 'text', (c) => c.unique())
      .addColumn('kode_uakpb', 'text')
      .addColumn('kanwil_no', 'integer', (c) => c.check(sql`kanwil_no between 1 and 33`))
      .addColumn('induk_id', 'integer', (c) => c.references('satker.id'))
      .addColumn('provinsi', 'text')
      .addColumn('kedudukan', 'text')
      .addColumn('alamat', 'text')
      .addColumn('tipe', 'text', (c) => c.check(sql`tipe in ('A','B')`))
      .addColumn('eselon', 'text')
      .addColumn('jumlah_pegawai', 'integer', (c) => c.check(sql`jumlah_pegawai >= 0`))
      .addColumn('contoh', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`contoh in (0,1)`),
      )
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('unit_organisasi')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('satker_id', 'integer', (c) => c.notNull().references('satker.id'))
      .addColumn('kode', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('jenis', 'text', (c) => c.notNull())
      .addColumn('induk_kode', 'text')
      .addColumn('dasar', 'text')
      .addColumn('urutan', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('unit_organisasi_satker_kode', ['satker_id', 'kode']),
  ).execute();
}

async function akun(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('users')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('nip', 'text', (c) => c.check(sql`nip is null or length(nip) = 18`))
      .addColumn('jabatan', 'text')
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('aktif', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`aktif in (0,1)`),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('user_role')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('role', 'text', (c) => c.notNull().check(ROLE_CHECK))
      .addPrimaryKeyConstraint('user_role_pk', ['user_id', 'role']),
  ).execute();
  await strict(
    db.schema
      .createTable('login_state')
      .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
      .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('last_login_at', 'text'),
  ).execute();
  await strict(
    db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('transport', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text'),
  ).execute();
}

async function sistem(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .addColumn('snapshot', 'integer', (c) => c.notNull().check(sql`snapshot in (0,1)`))
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await strict(
    db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await strict(
    db.schema
      .createTable('dokumen')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('nomor', 'text')
      .addColumn('signer_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('signed_at', 'text')
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('path', 'text')
      .addColumn('meta_json', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('dokumen_sha256').on('dokumen').column('sha256').execute();
  await createSearchIndexSql.execute(db);
}

export const migration001 = {
  version: 1,
  name: 'fondasi',
  up: async (db: Kysely<any>): Promise<void> => {
    await organisasi(db);
    await akun(db);
    await sistem(db);
  },
};
