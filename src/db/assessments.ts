import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { isUuid } from './ids.js';

// Path chooser results saved to a case. Every function takes the owner's id and scopes the query
// on it (and on the case): another account's ids find nothing, exactly as if they did not exist.

/** A saved result. `answers` and `result` are parsed JSON, still to be checked by the reader. */
export type SavedAssessment = {
  id: string;
  caseId: string;
  asOf: string;
  answers: unknown;
  result: unknown;
  createdAt: string;
};

type Row = {
  id: string;
  case_id: string;
  as_of: string;
  answers_json: string;
  result_json: string;
  created_at: string;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toSaved(row: Row): SavedAssessment {
  return {
    id: row.id,
    caseId: row.case_id,
    asOf: row.as_of,
    answers: parseJson(row.answers_json),
    result: parseJson(row.result_json),
    createdAt: row.created_at,
  };
}

const COLUMNS = ['id', 'case_id', 'as_of', 'answers_json', 'result_json', 'created_at'] as const;

/**
 * Saves a result to the owner's case. Undefined (nothing written) when `userId` does not own the
 * case.
 */
export async function createAssessment(
  db: Db,
  userId: string,
  caseId: string,
  data: { asOf: string; answers: unknown; result: unknown },
  now: Date = new Date(),
): Promise<SavedAssessment | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const owned = await db.kysely
    .selectFrom('cases')
    .select('id')
    .where('id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!owned) {
    return undefined;
  }
  const row = {
    id: randomUUID(),
    case_id: caseId,
    user_id: userId,
    as_of: data.asOf,
    answers_json: JSON.stringify(data.answers),
    result_json: JSON.stringify(data.result),
    created_at: now.toISOString(),
  };
  await db.kysely.insertInto('assessments').values(row).execute();
  return toSaved(row);
}

/** One saved result of the owner's case; undefined when either id is not theirs. */
export async function findAssessment(
  db: Db,
  userId: string,
  caseId: string,
  assessmentId: string,
): Promise<SavedAssessment | undefined> {
  if (!isUuid(caseId) || !isUuid(assessmentId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('assessments')
    .select(COLUMNS)
    .where('id', '=', assessmentId)
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toSaved(row) : undefined;
}

/** The owner's saved results for a case, newest first. */
export async function listAssessments(
  db: Db,
  userId: string,
  caseId: string,
  limit = 100,
): Promise<SavedAssessment[]> {
  if (!isUuid(caseId)) {
    return [];
  }
  const rows = await db.kysely
    .selectFrom('assessments')
    .select(COLUMNS)
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toSaved);
}

/** The newest saved result of the owner's case, if any. */
export async function latestAssessment(
  db: Db,
  userId: string,
  caseId: string,
): Promise<SavedAssessment | undefined> {
  return (await listAssessments(db, userId, caseId, 1))[0];
}
