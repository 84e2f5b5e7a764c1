import { listAssessments } from './assessments.js';
import { listBinders } from './binders.js';
import { listCaseEvents } from './case-events.js';
import { listCases } from './cases.js';
import { listCommLogEntries } from './comm-log.js';
import type { Db } from './database.js';
import { EXPORT_FILES_NOTE, exportDocuments } from './documents.js';
import { exportLetters } from './letters.js';
import { listMeetings } from './meetings.js';
import { listReminders } from './reminders.js';
import { findSchoolCalendar } from './school-calendars.js';

/**
 * What each feature adds to one case's export. A feature that stores data for a case adds one
 * entry here (its key and a function that reads the owner's rows), so the export stays complete.
 */
const CASE_PARTS = {
  events: (db: Db, userId: string, caseId: string) => listCaseEvents(db, userId, caseId),
  schoolCalendar: async (db: Db, userId: string, caseId: string) =>
    (await findSchoolCalendar(db, userId, caseId)) ?? null,
  assessments: (db: Db, userId: string, caseId: string) => listAssessments(db, userId, caseId),
  reminders: (db: Db, userId: string, caseId: string) => listReminders(db, userId, caseId),
  // The vault's documents: their details and where to download each file (see filesNote).
  documents: (db: Db, userId: string, caseId: string) => exportDocuments(db, userId, caseId),
  // The communication log the parent wrote (with the ids of the vault documents attached).
  commLog: (db: Db, userId: string, caseId: string) => listCommLogEntries(db, userId, caseId),
  // The binders' settings and build results; the PDFs themselves are made from the documents.
  binders: (db: Db, userId: string, caseId: string) => listBinders(db, userId, caseId),
  // Letters: what was written and how it was sent, with the final PDF's SHA-256.
  letters: (db: Db, userId: string, caseId: string) => exportLetters(db, userId, caseId),
  // Meetings: checklist ticks and own items, the concerns statement, notes and promises.
  meetings: (db: Db, userId: string, caseId: string) => listMeetings(db, userId, caseId),
} satisfies Record<string, (db: Db, userId: string, caseId: string) => Promise<unknown>>;

type CaseParts = { [K in keyof typeof CASE_PARTS]: Awaited<ReturnType<(typeof CASE_PARTS)[K]>> };

async function caseParts(db: Db, userId: string, caseId: string): Promise<CaseParts> {
  const entries = await Promise.all(
    Object.entries(CASE_PARTS).map(
      async ([key, read]) => [key, await read(db, userId, caseId)] as const,
    ),
  );
  return Object.fromEntries(entries) as CaseParts;
}

/**
 * Everything the app holds about one account, for the parent to download: the account, and each
 * case with everything recorded in it.
 */
export async function exportAccount(db: Db, userId: string, now: Date = new Date()) {
  const user = await db.kysely
    .selectFrom('users')
    .select(['email', 'locale', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const cases = await listCases(db, userId);
  const full = [];
  for (const kase of cases) {
    full.push({ ...kase, ...(await caseParts(db, userId, kase.id)) });
  }
  return {
    format: 'iep-navigator-export',
    version: 1,
    exportedAt: now.toISOString(),
    account: { email: user.email, language: user.locale, createdAt: user.created_at },
    filesNote: EXPORT_FILES_NOTE,
    cases: full,
  };
}

/** Deletes the account; its sessions, cases and everything in them go with it (ON DELETE CASCADE). */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  await db.kysely.deleteFrom('users').where('id', '=', userId).execute();
}
