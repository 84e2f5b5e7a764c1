import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyTestDb, type TestDb, testDialect } from '../../test/db.js';
import { openDb } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

describe(`migrations on ${testDialect()}`, () => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.destroy();
    t = undefined;
  });

  it('applies the whole history to an empty database and then has nothing left to do', async () => {
    t = await createEmptyTestDb();
    expect(await migrateToLatest(t.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(t.db)).toEqual([]);
    const tables = (await t.db.kysely.introspection.getTables()).map((x) => x.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'cases', 'rate_limits']));
  });

  it.runIf(testDialect() === 'postgres')(
    'two app processes migrating one PostgreSQL at once apply each migration exactly once',
    async () => {
      t = await createEmptyTestDb();
      const url = t.url ?? '';
      // Separate pools behave like separate processes: separate connections racing for the lock.
      const others = [
        openDb({ databaseUrl: url }),
        openDb({ databaseUrl: url }),
        openDb({ databaseUrl: url }),
      ];
      try {
        const results = await Promise.all(others.map((db) => migrateToLatest(db)));
        const applied = results.flat();
        expect(applied.sort()).toEqual(Object.keys(migrations).sort());
        const rows = await sql<{ n: string }>`select count(*) as n from kysely_migration`.execute(
          t.db.kysely,
        );
        expect(Number(rows.rows[0]?.n)).toBe(Object.keys(migrations).length);
      } finally {
        await Promise.all(others.map((db) => db.close()));
      }
    },
  );
});
