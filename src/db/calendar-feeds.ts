import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { isUuid } from './ids.js';
import { ownedCaseIds } from './ownership.js';

// A case's private calendar subscription. The secret token is shown to the parent once and only
// its SHA-256 is stored, so a copy of the database does not open anyone's feed.

/** sha256 (hex) of a feed token. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens are 32 random bytes in base64url (43 characters). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What the owner sees about their feed (never the token). */
export type CalendarFeedInfo = { caseId: string; createdAt: string };

/** The owner's feed for a case, if one is on. */
export async function findCalendarFeed(
  db: Db,
  userId: string,
  caseId: string,
): Promise<CalendarFeedInfo | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('calendar_feeds')
    .select(['case_id', 'created_at'])
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return row ? { caseId: row.case_id, createdAt: row.created_at } : undefined;
}

/**
 * Makes a new secret feed token for the owner's case, replacing any earlier one (which stops
 * working). Returns the token, the only time it exists in the clear; undefined when the case is
 * not theirs.
 */
export async function renewCalendarFeed(
  db: Db,
  userId: string,
  caseId: string,
  now: Date = new Date(),
): Promise<string | undefined> {
  if (!isUuid(caseId)) {
    return undefined;
  }
  const owned = await ownedCaseIds(db, userId, caseId).executeTakeFirst();
  if (!owned) {
    return undefined;
  }
  const token = randomBytes(32).toString('base64url');
  const columns = { token_hash: hashFeedToken(token), created_at: now.toISOString() };
  await db.kysely
    .insertInto('calendar_feeds')
    .values({ case_id: caseId, ...columns })
    .onConflict((oc) => oc.column('case_id').doUpdateSet(columns))
    .execute();
  return token;
}

/** Turns the owner's feed off; false when there was none for them. */
export async function revokeCalendarFeed(db: Db, userId: string, caseId: string): Promise<boolean> {
  if (!isUuid(caseId)) {
    return false;
  }
  const result = await db.kysely
    .deleteFrom('calendar_feeds')
    .where('case_id', 'in', ownedCaseIds(db, userId, caseId))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** What a feed request may see: the case id, the child's first name and the owner's language. */
export type FeedCase = { caseId: string; childFirstName: string; locale: string };

/** The case a feed token opens, or undefined for an unknown, malformed or revoked token. */
export async function findCaseByFeedToken(db: Db, token: string): Promise<FeedCase | undefined> {
  if (!TOKEN_SHAPE.test(token)) {
    return undefined;
  }
  const row = await db.kysely
    .selectFrom('calendar_feeds')
    .innerJoin('cases', 'cases.id', 'calendar_feeds.case_id')
    .innerJoin('users', 'users.id', 'cases.user_id')
    .select(['cases.id as caseId', 'cases.child_first_name as childFirstName', 'users.locale'])
    .where('calendar_feeds.token_hash', '=', hashFeedToken(token))
    .executeTakeFirst();
  return row;
}
