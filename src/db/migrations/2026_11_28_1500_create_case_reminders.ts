import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The parent's own dates on a case: a promise made at a meeting, a follow-up asked for in a
  // call, the answer a letter asked for. Not legal deadlines (those are computed from events);
  // shown beside them on the timeline and in the calendar export.
  await db.schema
    .createTable('case_reminders')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'varchar(20)', (c) => c.notNull())
    .addColumn('source_id', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_reminders_case_source_idx')
    .on('case_reminders')
    .columns(['case_id', 'source', 'source_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_reminders').execute();
}
