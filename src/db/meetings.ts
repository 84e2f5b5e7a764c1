import { randomUUID } from 'node:crypto';
import {
  type CustomChecklistItem,
  MEETING_KINDS,
  type MeetingKind,
  PHASES,
  type Phase,
} from '../domain/guide/index.js';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';
import type { Database } from './schema.js';

// Meetings of a case. Every function takes the owner's id and scopes through the case: another
// account finds nothing and changes nothing.

/** A promise written down in the meeting. */
export type SavedPromise = { id: string; what: string; who: string; byWhen: string | null };

/** A meeting as the app uses it. */
export type Meeting = {
  id: string;
  caseId: string;
  kind: MeetingKind;
  meetingDate: string;
  ticked: string[];
  customItems: CustomChecklistItem[];
  priorities: string[];
  concerns: string;
  attendees: string;
  notes: string;
  promises: SavedPromise[];
  createdAt: string;
  updatedAt: string;
};

/** What can change on a meeting. */
export type MeetingChanges = Partial<
  Pick<
    Meeting,
    | 'meetingDate'
    | 'ticked'
    | 'customItems'
    | 'priorities'
    | 'concerns'
    | 'attendees'
    | 'notes'
    | 'promises'
  >
>;

type Row = Database['meetings'];

function list(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function toMeeting(row: Row): Meeting {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: (MEETING_KINDS as readonly string[]).includes(row.kind)
      ? (row.kind as MeetingKind)
      : 'annual_iep',
    meetingDate: row.meeting_date,
    ticked: list(row.ticked_json).filter((v): v is string => typeof v === 'string'),
    customItems: list(row.custom_items_json).flatMap((v) => {
      const o = (v ?? {}) as Record<string, unknown>;
      const phase = str(o.phase);
      return (PHASES as readonly string[]).includes(phase) && str(o.id) && str(o.text)
        ? [{ id: str(o.id), phase: phase as Phase, text: str(o.text) }]
        : [];
    }),
    priorities: list(row.priorities_json).filter((v): v is string => typeof v === 'string'),
    concerns: row.concerns,
    attendees: row.attendees,
    notes: row.notes,
    promises: list(row.promises_json).flatMap((v) => {
      const o = (v ?? {}) as Record<string, unknown>;
      return str(o.id)
        ? [{ id: str(o.id), what: str(o.what), who: str(o.who), byWhen: str(o.byWhen) || null }]
        : [];
    }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Adds a meeting to the owner's case; undefined when the case is not theirs. */
export async function createMeeting(
  db: Db,
  userId: string,
  caseId: string,
  fields: { kind: MeetingKind; meetingDate: string },
  now: Date = new Date(),
): Promise<Meeting | undefined> {
  if (!isUuid(caseId) || !(await ownedCaseIds(db, userId, caseId).executeTakeFirst())) {
    return undefined;
  }
  const at = now.toISOString();
  const row: Row = {
    id: randomUUID(),
    case_id: caseId,
    kind: fields.kind,
    meeting_date: fields.meetingDate,
    ticked_json: '[]',
    custom_items_json: '[]',
    priorities_json: '[]',
    concerns: '',
    attendees: '',
    notes: '',
    promises_json: '[]',
    created_at: at,
    updated_at: at,
  };
  await db.kysely.insertInto('meetings').values(row).execute();
  return toMeeting(row);
}

/** The meetings of the owner's case, soonest date first. */
export async function listMeetings(db: Db, userId: string, caseId: string): Promise<Meeting[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .orderBy('meeting_date')
    .orderBy('created_at')
    .execute();
  return rows.map(toMeeting);
}

/** One meeting of the owner's case, or undefined exactly as if it did not exist. */
export async function findMeeting(
  db: Db,
  userId: string,
  caseId: string,
  meetingId: string,
): Promise<Meeting | undefined> {
  if (!isUuid(caseId) || !isUuid(meetingId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

/** Changes a meeting of the owner's case; undefined when there is no such meeting for them. */
export async function updateMeeting(
  db: Db,
  userId: string,
  caseId: string,
  meetingId: string,
  changes: MeetingChanges,
  now: Date = new Date(),
): Promise<Meeting | undefined> {
  const meeting = await findMeeting(db, userId, caseId, meetingId);
  if (!meeting) {
    return undefined;
  }
  await db.kysely
    .updateTable('meetings')
    .set({
      ...(changes.meetingDate !== undefined ? { meeting_date: changes.meetingDate } : {}),
      ...(changes.ticked ? { ticked_json: JSON.stringify(changes.ticked) } : {}),
      ...(changes.customItems ? { custom_items_json: JSON.stringify(changes.customItems) } : {}),
      ...(changes.priorities ? { priorities_json: JSON.stringify(changes.priorities) } : {}),
      ...(changes.concerns !== undefined ? { concerns: changes.concerns } : {}),
      ...(changes.attendees !== undefined ? { attendees: changes.attendees } : {}),
      ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
      ...(changes.promises ? { promises_json: JSON.stringify(changes.promises) } : {}),
      updated_at: now.toISOString(),
    })
    .where('id', '=', meetingId)
    .execute();
  return findMeeting(db, userId, caseId, meetingId);
}

/** Deletes a meeting of the owner's case. */
export async function deleteMeeting(
  db: Db,
  userId: string,
  caseId: string,
  meetingId: string,
): Promise<boolean> {
  if (!isUuid(caseId) || !isUuid(meetingId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('meetings')
    .where('id', '=', meetingId)
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
