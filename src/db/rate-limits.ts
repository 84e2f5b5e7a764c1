import type { Db } from './database.js';

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit for `key` in the current fixed window and says whether it is within the limit.
 * The counter lives in the database, so every app instance shares it. One statement (an upsert
 * with RETURNING) on both SQLite and PostgreSQL, so concurrent hits are counted exactly.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const window = Math.floor(now.getTime() / rule.windowMs);
  const windowEnd = (window + 1) * rule.windowMs;
  const row = await db.kysely
    .insertInto('rate_limits')
    .values({ key: `${key}@${window}`, count: 1, expires_at: new Date(windowEnd).toISOString() })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}

/** Deletes counters whose window has ended. */
export async function purgeRateLimits(db: Db, now: Date = new Date()): Promise<void> {
  await db.kysely.deleteFrom('rate_limits').where('expires_at', '<=', now.toISOString()).execute();
}
