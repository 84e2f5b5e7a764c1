import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Dialect-neutral: ids are made in the app, dates are 'YYYY-MM-DD' text, timestamps are ISO
// text, booleans are 0/1 integers, no database defaults.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The communication log of a case: each call, email, meeting, letter or text with the school,
  // as the parent writes it down. Letters sent from the app are not copied here (they are read
  // from the letters table and shown beside these rows).
  await db.schema
    .createTable('comm_log_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('occurred_on', 'varchar(10)', (c) => c.notNull())
    // 'email' | 'phone' | 'meeting' | 'letter' | 'text' | 'other'
    .addColumn('method', 'varchar(10)', (c) => c.notNull())
    .addColumn('with_whom', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('promised', 'text')
    .addColumn('follow_up_by', 'varchar(10)')
    .addColumn('mediation_confidential', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comm_log_entries_case_date_idx')
    .on('comm_log_entries')
    .columns(['case_id', 'occurred_on'])
    .execute();

  // Vault documents attached to a log entry. Both sides cascade: deleting the entry or the
  // document removes the link. The documents table is made by 2026_11_28_1800, which runs first.
  await db.schema
    .createTable('comm_log_attachments')
    .addColumn('entry_id', 'varchar(36)', (c) =>
      c.notNull().references('comm_log_entries.id').onDelete('cascade'),
    )
    .addColumn('document_id', 'varchar(36)', (c) =>
      c.notNull().references('documents.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('comm_log_attachments_pk', ['entry_id', 'document_id'])
    .execute();
  // PostgreSQL does not index a foreign key by itself; deleting a document looks links up here.
  await db.schema
    .createIndex('comm_log_attachments_document_idx')
    .on('comm_log_attachments')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('comm_log_attachments').execute();
  await db.schema.dropTable('comm_log_entries').execute();
}
