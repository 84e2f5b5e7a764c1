import { listCases } from './cases.js';
import type { Db } from './database.js';

/**
 * Everything the app holds about one account, for the parent to download. Each feature that
 * stores data for a case adds its rows here, so the export stays complete.
 */
export async function exportAccount(db: Db, userId: string, now: Date = new Date()) {
  const user = await db.kysely
    .selectFrom('users')
    .select(['email', 'locale', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const cases = await listCases(db, userId);
  return {
    format: 'iep-navigator-export',
    version: 1,
    exportedAt: now.toISOString(),
    account: { email: user.email, language: user.locale, createdAt: user.created_at },
    cases,
  };
}

/** Deletes the account; its sessions, cases and everything in them go with it (ON DELETE CASCADE). */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  await db.kysely.deleteFrom('users').where('id', '=', userId).execute();
}
