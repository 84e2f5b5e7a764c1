import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDb } from './database.js';

describe('the embedded SQLite database', () => {
  it('re-uses a prepared statement with new parameters and gets each answer right', async () => {
    const db = openDb({ sqliteMemory: true });
    try {
      await sql`create table t (n integer)`.execute(db.kysely);
      await sql`insert into t (n) values (1), (2), (3)`.execute(db.kysely);
      for (const n of [1, 2, 3, 2, 1]) {
        const r = await sql<{ n: number }>`select n from t where n >= ${n} order by n`.execute(
          db.kysely,
        );
        expect(r.rows.map((x) => x.n)).toEqual([1, 2, 3].filter((x) => x >= n));
      }
    } finally {
      await db.close();
    }
  });

  it('runs with WAL, foreign keys on and a busy timeout', async () => {
    const db = openDb({ sqliteMemory: true });
    try {
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.kysely);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db.kysely);
      expect(timeout.rows[0]?.timeout).toBe(5000);
    } finally {
      await db.close();
    }
  });
});
