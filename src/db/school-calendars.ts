import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// Scoped by the owner's id through the case, like every case repository.

/** A case's district calendar and county, as the app uses it. */
export type SchoolCalendarRecord = {
  caseId: string;
  /** 'YYYY-MM-DD', or null when only the county was given. */
  firstDay: string | null;
  lastDay: string | null;
  /** Weekdays without school, sorted 'YYYY-MM-DD'. */
  closedDays: string[];
  /** An Alabama county name (without "County"), or null. */
  county: string | null;
  updatedAt: string;
};

export type SchoolCalendarFields = Omit<SchoolCalendarRecord, 'caseId' | 'updatedAt'>;

type Row = Database['school_calendars'];

function parseDays(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}

function toRecord(row: Row): SchoolCalendarRecord {
  return {
    caseId: row.case_id,
    firstDay: row.first_day,
    lastDay: row.last_day,
    closedDays: parseDays(row.closed_days_json),
    county: row.county,
    updatedAt: row.updated_at,
  };
}

/** The owner's calendar for a case, or undefined (none yet, or not their case). */
export async function findSchoolCalendar(
  db: Db,
  userId: string,
  caseId: string,
): Promise<SchoolCalendarRecord | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('school_calendars')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The calendar of a case found through its calendar feed (the token stands for the owner). */
export async function findSchoolCalendarOfCase(
  db: Db,
  caseId: string,
): Promise<SchoolCalendarRecord | undefined> {
  const row = await db.kysely
    .selectFrom('school_calendars')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Creates or replaces the owner's calendar for a case; false when the case is not theirs. */
export async function saveSchoolCalendar(
  db: Db,
  userId: string,
  caseId: string,
  fields: SchoolCalendarFields,
  now: Date = new Date(),
): Promise<boolean> {
  if (!isUuid(caseId)) {
    return false;
  }
  const owned = await ownedCaseIds(db, userId, caseId).executeTakeFirst();
  if (!owned) {
    return false;
  }
  const columns = {
    first_day: fields.firstDay,
    last_day: fields.lastDay,
    closed_days_json: JSON.stringify([...new Set(fields.closedDays)].sort()),
    county: fields.county,
    updated_at: now.toISOString(),
  };
  await db.kysely
    .insertInto('school_calendars')
    .values({ case_id: caseId, ...columns })
    .onConflict((oc) => oc.column('case_id').doUpdateSet(columns))
    .execute();
  return true;
}

/** Removes the owner's calendar for a case; false when there was none for them. */
export async function deleteSchoolCalendar(
  db: Db,
  userId: string,
  caseId: string,
): Promise<boolean> {
  if (!isUuid(caseId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('school_calendars')
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
