import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// Every function here takes the owner's id and scopes the query on it through the case: an event
// is only ever read or written when its case belongs to `userId`. Another account finds nothing.

/** An event on a case, as the app uses it. */
export type CaseEvent = {
  id: string;
  caseId: string;
  /** One of the engine's EVENT_TYPES (checked at the edge before it is stored). */
  type: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What the parent enters for an event. */
export type CaseEventFields = { type: string; date: string; note: string | null };

type Row = Database['case_events'];

function toEvent(row: Row): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    date: row.date,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The events of the owner's case, oldest first (empty when the case is not theirs). */
export async function listCaseEvents(db: Db, userId: string, caseId: string): Promise<CaseEvent[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** Events of a case found through its calendar feed (the feed token stands for the owner). */
export async function listEventsOfCase(db: Db, caseId: string): Promise<CaseEvent[]> {
  const rows = await db.kysely
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** How many events the owner's case has. */
export async function countCaseEvents(db: Db, userId: string, caseId: string): Promise<number> {
  if (!isUuid(caseId)) {
    return 0;
  }
  const row = await db.kysely
    .selectFrom('case_events')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One event of the owner's case, or undefined exactly as if it did not exist. */
export async function findCaseEvent(
  db: Db,
  userId: string,
  caseId: string,
  eventId: string,
): Promise<CaseEvent | undefined> {
  if (!isUuid(caseId) || !isUuid(eventId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('case_events')
    .selectAll()
    .where('id', '=', eventId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toEvent(row) : undefined;
}

/** Adds an event to the owner's case; undefined when the case is not theirs. */
export async function createCaseEvent(
  db: Db,
  userId: string,
  caseId: string,
  fields: CaseEventFields,
  now: Date = new Date(),
): Promise<CaseEvent | undefined> {
  if (!isUuid(caseId)) {
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
    type: fields.type,
    date: fields.date,
    note: fields.note,
    created_at: at,
    updated_at: at,
  };
  await db.kysely.insertInto('case_events').values(row).execute();
  return toEvent(row);
}

/** Changes an event of the owner's case; undefined when there is no such event for them. */
export async function updateCaseEvent(
  db: Db,
  userId: string,
  caseId: string,
  eventId: string,
  fields: CaseEventFields,
  now: Date = new Date(),
): Promise<CaseEvent | undefined> {
  if (!isUuid(caseId) || !isUuid(eventId)) {
    return undefined;
  }
  const result = await db.kysely
    .updateTable('case_events')
    .set({ type: fields.type, date: fields.date, note: fields.note, updated_at: now.toISOString() })
    .where('id', '=', eventId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return undefined;
  }
  return findCaseEvent(db, userId, caseId, eventId);
}

/** Deletes an event of the owner's case; false when there is no such event for them. */
export async function deleteCaseEvent(
  db: Db,
  userId: string,
  caseId: string,
  eventId: string,
): Promise<boolean> {
  if (!isUuid(caseId) || !isUuid(eventId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('case_events')
    .where('id', '=', eventId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
