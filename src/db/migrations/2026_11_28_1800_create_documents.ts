import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Dialect-neutral: ids are made in the app, timestamps are ISO text, booleans are 0/1 integers,
// no database defaults.

export async function up(db: Kysely<unknown>): Promise<void> {
  // A document in a case's vault: what the parent told us about it and where its bytes are (keys
  // in the blob store). The file itself is never in this table.
  await db.schema
    .createTable('documents')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    // 'iep' | 'evaluation' | 'independent_evaluation' | 'progress' | 'prior_written_notice' |
    // 'correspondence' | 'meeting_notes' | 'discipline' | 'medical' | 'mediation' | 'other'
    .addColumn('category', 'varchar(30)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_date', 'varchar(10)', (c) => c.notNull())
    // 'school' | 'parent' | 'outside_provider'
    .addColumn('source', 'varchar(20)', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('mediation_confidential', 'integer', (c) => c.notNull())
    // The sanitized original file name (never used as a path).
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('media_type', 'varchar(50)', (c) => c.notNull())
    .addColumn('byte_size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('blob_key', 'varchar(200)', (c) => c.notNull())
    // The PDF form of the document (the same key as blob_key for a PDF; photos made into pages).
    .addColumn('pdf_blob_key', 'varchar(200)')
    .addColumn('pdf_byte_size', 'bigint')
    .addColumn('page_count', 'integer')
    .addColumn('binder_ok', 'integer', (c) => c.notNull())
    // A short code for why the document cannot go in a binder (never the parent's data).
    .addColumn('binder_problem', 'varchar(40)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('documents_case_date_idx')
    .on('documents')
    .columns(['case_id', 'document_date'])
    .execute();

  // File bytes on PostgreSQL (src/storage/blob-store.ts): one row per chunk of a file. Also
  // created on SQLite, where files live under DATA_DIR, so both histories stay the same.
  // 'bytea' is PostgreSQL's byte string; SQLite accepts any type name and stores blobs as given.
  await db.schema
    .createTable('blobs')
    .addColumn('key', 'varchar(200)', (c) => c.notNull())
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('blobs_pk', ['key', 'part'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('blobs').execute();
  await db.schema.dropTable('documents').execute();
}
