import { randomUUID } from 'node:crypto';
import type {
  Case,
  CaseFields,
  Grade,
  ParentLanguage,
  PlanType,
  StateCode,
} from '../domain/case/case.js';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import type { CaseRow } from './schema.js';

// Every function here takes the owner's id and scopes the query on it: a case is only ever read
// or written through its owner. Another account's id finds nothing.

function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    childFirstName: row.child_first_name,
    childLastName: row.child_last_name,
    childDateOfBirth: row.child_date_of_birth,
    grade: row.grade as Grade | null,
    school: row.school,
    district: row.district,
    state: row.state as StateCode,
    planType: row.plan_type as PlanType,
    parentLanguage: row.parent_language as ParentLanguage,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(fields: CaseFields) {
  return {
    child_first_name: fields.childFirstName,
    child_last_name: fields.childLastName,
    child_date_of_birth: fields.childDateOfBirth,
    grade: fields.grade,
    school: fields.school,
    district: fields.district,
    state: fields.state,
    plan_type: fields.planType,
    parent_language: fields.parentLanguage,
    notes: fields.notes,
  };
}

/** The owner's cases, newest first. */
export async function listCases(db: Db, userId: string): Promise<Case[]> {
  const rows = await db.kysely
    .selectFrom('cases')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCase);
}

/** One case if `userId` owns it; otherwise undefined, exactly as if it did not exist. */
export async function findCase(db: Db, userId: string, caseId: string): Promise<Case | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toCase(row) : undefined;
}

export async function createCase(
  db: Db,
  userId: string,
  fields: CaseFields,
  now: Date = new Date(),
): Promise<Case> {
  const at = now.toISOString();
  const row: CaseRow = {
    id: randomUUID(),
    user_id: userId,
    ...toColumns(fields),
    created_at: at,
    updated_at: at,
  };
  await db.kysely.insertInto('cases').values(row).execute();
  return toCase(row);
}

/** Updates the owner's case; undefined when there is no such case for this owner. */
export async function updateCase(
  db: Db,
  userId: string,
  caseId: string,
  fields: CaseFields,
  now: Date = new Date(),
): Promise<Case | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const result = await db.kysely
    .updateTable('cases')
    .set({ ...toColumns(fields), updated_at: now.toISOString() })
    .where('id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return undefined;
  }
  return findCase(db, userId, caseId);
}

/** Deletes the owner's case; false when there is no such case for this owner. */
export async function deleteCase(db: Db, userId: string, caseId: string): Promise<boolean> {
  if (!isUuid(caseId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('cases')
    .where('id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
