import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// The parent's own dates on a case (a promise from a meeting, a follow-up from a call, the answer
// a letter asked for). Every function takes the owner's id and scopes through the case, as the
// event repository does: another account finds nothing and changes nothing.

/** What made a reminder; the feature that made it replaces or removes it. */
export const REMINDER_SOURCES = ['letter', 'meeting', 'comm_log', 'manual'] as const;

/** One of {@link REMINDER_SOURCES}. */
export type ReminderSource = (typeof REMINDER_SOURCES)[number];

/** A reminder as the app uses it. */
export type Reminder = {
  id: string;
  caseId: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** The parent's words, e.g. "Ms. Lee sends the draft IEP". Plain text, never markup. */
  title: string;
  source: ReminderSource;
  sourceId: string | null;
  createdAt: string;
};

/** What a feature gives to {@link addReminder}. */
export type ReminderFields = {
  date: string;
  title: string;
  source: ReminderSource;
  sourceId: string | null;
};

type Row = Database['case_reminders'];

/** Longest title kept; longer text is cut (a reminder is a line in a calendar, not a note). */
export const MAX_REMINDER_TITLE = 300;

function isSource(value: string): value is ReminderSource {
  return (REMINDER_SOURCES as readonly string[]).includes(value);
}

function toReminder(row: Row): Reminder {
  return {
    id: row.id,
    caseId: row.case_id,
    date: row.date,
    title: row.title,
    source: isSource(row.source) ? row.source : 'manual',
    sourceId: row.source_id,
    createdAt: row.created_at,
  };
}

/**
 * Adds a reminder to the owner's case; undefined when the case is not theirs or the date is not
 * 'YYYY-MM-DD'.
 */
export async function addReminder(
  db: Db,
  userId: string,
  caseId: string,
  fields: ReminderFields,
  now: Date = new Date(),
): Promise<Reminder | undefined> {
  if (!isUuid(caseId) || !/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) {
    return undefined;
  }
  const owned = await ownedCaseIds(db, userId, caseId).executeTakeFirst();
  if (!owned) {
    return undefined;
  }
  const at = now.toISOString();
  const row: Row = {
    id: randomUUID(),
    case_id: caseId,
    date: fields.date,
    title: fields.title.replace(/\s+/g, ' ').trim().slice(0, MAX_REMINDER_TITLE),
    source: fields.source,
    source_id: fields.sourceId,
    created_at: at,
    updated_at: at,
  };
  await db.kysely.insertInto('case_reminders').values(row).execute();
  return toReminder(row);
}

/** The reminders of the owner's case, soonest first (empty when the case is not theirs). */
export async function listReminders(db: Db, userId: string, caseId: string): Promise<Reminder[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('case_reminders')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toReminder);
}

/** Reminders of a case found through its calendar feed (the feed token stands for the owner). */
export async function listRemindersOfCase(db: Db, caseId: string): Promise<Reminder[]> {
  const rows = await db.kysely
    .selectFrom('case_reminders')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toReminder);
}

/**
 * Removes the reminders one thing made (a meeting's promises before they are saved again, a log
 * entry that was deleted). Returns how many went.
 */
export async function deleteRemindersForSource(
  db: Db,
  userId: string,
  caseId: string,
  source: ReminderSource,
  sourceId: string,
): Promise<number> {
  if (!isUuid(caseId)) {
    return 0;
  }
  const result = await db.kysely
    .deleteFrom('case_reminders')
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .where('source', '=', source)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes one reminder of the owner's case; false when there is no such reminder for them. */
export async function deleteReminder(
  db: Db,
  userId: string,
  caseId: string,
  reminderId: string,
): Promise<boolean> {
  if (!isUuid(caseId) || !isUuid(reminderId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('case_reminders')
    .where('id', '=', reminderId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
