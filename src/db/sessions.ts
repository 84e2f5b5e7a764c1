import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';

/** How often last_seen_at is written: at most once a minute per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionLimits = { idleMs: number; maxMs: number };

export type ActiveSession = {
  /** The stored id (a hash of the cookie token). */
  id: string;
  userId: string;
  email: string;
  locale: string;
  expiresAt: string;
};

/** The database keeps only a hash of the cookie token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session and returns the token for the cookie. */
export async function createSession(
  db: Db,
  userId: string,
  limits: SessionLimits,
  now: Date = new Date(),
): Promise<{ token: string; id: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashSessionToken(token);
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + limits.maxMs).toISOString();
  await db.kysely
    .insertInto('sessions')
    .values({ id, user_id: userId, created_at: at, last_seen_at: at, expires_at: expiresAt })
    .execute();
  return { token, id, expiresAt };
}

/**
 * Finds the live session for a cookie token. A session past its absolute limit, or idle for longer
 * than the idle limit, is deleted and not returned.
 */
export async function findActiveSession(
  db: Db,
  token: string,
  limits: SessionLimits,
  now: Date = new Date(),
): Promise<ActiveSession | undefined> {
  const id = hashSessionToken(token);
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as id',
      'sessions.user_id as userId',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.email as email',
      'users.locale as locale',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) {
    return undefined;
  }
  const nowMs = now.getTime();
  const lastSeenMs = Date.parse(row.lastSeenAt);
  if (Date.parse(row.expiresAt) <= nowMs || lastSeenMs + limits.idleMs <= nowMs) {
    await deleteSession(db, id);
    return undefined;
  }
  if (nowMs - lastSeenMs >= TOUCH_EVERY_MS) {
    await db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    locale: row.locale,
    expiresAt: row.expiresAt,
  };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Removes sessions past their absolute limit (idle ones go when next seen). */
export async function purgeExpiredSessions(db: Db, now: Date = new Date()): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
