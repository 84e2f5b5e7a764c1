import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Dialect-neutral: ids are made in the app, timestamps are ISO text, lists are JSON text,
// booleans are 0/1 integers, no database defaults.

export async function up(db: Kysely<unknown>): Promise<void> {
  // An exhibit binder of a case: what the parent asked for, how far the build is, and where the
  // finished PDF is kept (a key in the blob store) until the parent deletes it.
  await db.schema
    .createTable('binders')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    // 'hearing' | 'mediation' | 'state_complaint' | 'other'
    .addColumn('purpose', 'varchar(20)', (c) => c.notNull())
    // 'p_number' | 'letter'
    .addColumn('label_style', 'varchar(20)', (c) => c.notNull())
    .addColumn('separators', 'integer', (c) => c.notNull())
    .addColumn('language', 'varchar(5)', (c) => c.notNull())
    // The selected document ids in binder order, as a JSON array.
    .addColumn('document_ids_json', 'text', (c) => c.notNull())
    // 'queued' | 'building' | 'done' | 'failed'
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('pages_done', 'integer', (c) => c.notNull())
    .addColumn('pages_total', 'integer', (c) => c.notNull())
    // A short code for why a build failed (never the parent's data).
    .addColumn('error', 'varchar(60)')
    // What the build left out and why (counts), as JSON, for the binder's page.
    .addColumn('left_out_json', 'text')
    .addColumn('blob_key', 'varchar(200)')
    .addColumn('sha256', 'varchar(64)')
    .addColumn('byte_size', 'bigint')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // Moves with every progress write: a build that stops moving was interrupted.
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('binders_case_id_idx').on('binders').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('binders').execute();
}
