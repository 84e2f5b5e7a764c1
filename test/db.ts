import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Which database this test run uses: the vitest project sets TEST_DIALECT. */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export type TestDb = { db: Db; url: string | undefined; destroy(): Promise<void> };

/**
 * A fresh, empty database: in-memory SQLite, or a new PostgreSQL database of its own (so test
 * files never share rows). Not migrated: see `createMigratedTestDb`.
 */
export async function createEmptyTestDb(): Promise<TestDb> {
  if (testDialect() === 'sqlite') {
    const db = openDb({ sqliteMemory: true });
    return { db, url: undefined, destroy: () => db.close() };
  }
  const name = `iepnav_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = withDatabase(testDatabaseUrl(), name);
  const db = openDb({ databaseUrl: url, poolSize: 4 });
  return {
    db,
    url,
    destroy: async () => {
      await db.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/** A fresh database with every migration applied. */
export async function createMigratedTestDb(): Promise<TestDb> {
  const t = await createEmptyTestDb();
  await migrateToLatest(t.db);
  return t;
}
