import type { Db } from './database.js';

/**
 * The owner's case, as a subquery of ids: the only case a query of a case's rows may touch.
 * Every repository of a case's rows filters with `where('case_id', 'in', ownedCaseIds(…))`, so a
 * row of another account's case is found nowhere, exactly as if it did not exist.
 */
export function ownedCaseIds(db: Db, userId: string, caseId: string) {
  return db.kysely
    .selectFrom('cases')
    .select('id')
    .where('id', '=', caseId)
    .where('user_id', '=', userId);
}

/** All the owner's cases, as a subquery of ids (for queries across an account's cases). */
export function ownedCasesOf(db: Db, userId: string) {
  return db.kysely.selectFrom('cases').select('id').where('user_id', '=', userId);
}
