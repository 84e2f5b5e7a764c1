import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<unknown>): Promise<void> {
  // A meeting the parent prepares for: its checklist ticks and own items, the concerns statement
  // (priorities and concerns), and the notes taken in the room with the promises made.
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('meeting_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('ticked_json', 'text', (c) => c.notNull())
    .addColumn('custom_items_json', 'text', (c) => c.notNull())
    .addColumn('priorities_json', 'text', (c) => c.notNull())
    .addColumn('concerns', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('promises_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_case_id_idx').on('meetings').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meetings').execute();
}
