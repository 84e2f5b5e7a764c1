import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { User } from './schema.js';

/** Emails are compared case-insensitively: we store them trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db.kysely
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Creates a user; returns undefined when the email is already registered. */
export async function createUser(
  db: Db,
  input: { email: string; passwordHash: string; locale: string },
  now: Date = new Date(),
): Promise<User | undefined> {
  const at = now.toISOString();
  const user: User = {
    id: randomUUID(),
    email: normalizeEmail(input.email),
    password_hash: input.passwordHash,
    locale: input.locale,
    created_at: at,
    updated_at: at,
  };
  const inserted = await db.kysely
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n ? user : undefined;
}

export async function setUserLocale(db: Db, userId: string, locale: string): Promise<void> {
  await db.kysely
    .updateTable('users')
    .set({ locale, updated_at: new Date().toISOString() })
    .where('id', '=', userId)
    .execute();
}

export async function setUserPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.kysely
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date().toISOString() })
    .where('id', '=', userId)
    .execute();
}
