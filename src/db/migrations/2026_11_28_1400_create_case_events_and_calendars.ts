import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Dialect-neutral: ids are made in the app, timestamps are ISO text, dates are 'YYYY-MM-DD' text,
// lists are JSON text, no database defaults.

export async function up(db: Kysely<unknown>): Promise<void> {
  // What happened (or is scheduled) on a case: the triggers of the deadline engine.
  await db.schema
    .createTable('case_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('type', 'varchar(60)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_events_case_id_idx')
    .on('case_events')
    .column('case_id')
    .execute();

  // The district calendar for school-day rules, and the county (it decides county holidays).
  await db.schema
    .createTable('school_calendars')
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.primaryKey().references('cases.id').onDelete('cascade'),
    )
    .addColumn('first_day', 'varchar(10)')
    .addColumn('last_day', 'varchar(10)')
    .addColumn('closed_days_json', 'text', (c) => c.notNull())
    .addColumn('county', 'varchar(60)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // One private subscription feed per case; only a SHA-256 of its secret token is kept.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('case_id', 'varchar(36)', (c) =>
      c.primaryKey().references('cases.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('school_calendars').execute();
  await db.schema.dropTable('case_events').execute();
}
