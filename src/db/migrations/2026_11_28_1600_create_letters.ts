import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Letters a parent writes for a case. The data is the kind's input as the parent entered it
  // (JSON text); overrides are their paragraph edits. A final letter's PDF is in the blob store
  // (final_blob_key) with its SHA-256, and never changes after finalizing.
  await db.schema
    .createTable('letters')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('language', 'varchar(5)', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('overrides_json', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('final_blob_key', 'varchar(200)')
    .addColumn('final_sha256', 'varchar(64)')
    .addColumn('final_size', 'integer')
    .addColumn('finalized_at', 'varchar(32)')
    .addColumn('sent_on', 'varchar(10)')
    .addColumn('sent_method', 'varchar(20)')
    .addColumn('tracking_number', 'varchar(100)')
    .addColumn('received_on', 'varchar(10)')
    .addColumn('event_id', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('letters_case_id_idx').on('letters').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('letters').execute();
}
