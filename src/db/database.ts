import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';

// `pg` is loaded only when PostgreSQL is used: the SQLite default starts faster without it.
const require = createRequire(import.meta.url);

/** How many distinct SQL texts keep a prepared statement (queries repeat; this bounds odd ones). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 behind Kysely, re-using prepared statements: Kysely prepares every query afresh,
 * which costs about as much as running a small query. A statement still busy (being iterated) is
 * never handed out twice.
 */
function cachingSqlite(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        return hit;
      }
      const statement = sqlite.prepare(text);
      if (!hit) {
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) {
            cache.delete(oldest);
          }
        }
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

export type DialectName = 'sqlite' | 'postgres';

export type Db = {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** Closes the pool or file handle. */
  close(): Promise<void>;
};

export type OpenDbOptions =
  | { databaseUrl: string; poolSize?: number }
  | { sqliteFile: string }
  | { sqliteMemory: true };

/** The SQLite file used when DATABASE_URL is unset. */
export function defaultSqliteFile(dataDir: string): string {
  return join(dataDir, 'iep-navigator.sqlite');
}

/**
 * Opens the database: PostgreSQL when a `postgres://` URL is given, otherwise the embedded SQLite
 * file (WAL, synchronous=NORMAL, foreign keys on).
 *
 * @example
 * const db = openDb({ sqliteFile: defaultSqliteFile('./data') });
 */
export function openDb(options: OpenDbOptions): Db {
  if ('databaseUrl' in options) {
    const pg = require('pg') as typeof import('pg');
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
    });
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  let file = ':memory:';
  if ('sqliteFile' in options) {
    file = options.sqliteFile;
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingSqlite(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

/** True when the database answers a trivial query. */
export async function isDbHealthy(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}
