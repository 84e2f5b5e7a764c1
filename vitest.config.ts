import { existsSync } from 'node:fs';
import pg from 'pg';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One `npm test` runs every suite: unit and HTTP tests on SQLite, the database and HTTP tests
// again on PostgreSQL, and the browser journeys. Where PostgreSQL or Chromium is missing, that
// suite is skipped with a message on a laptop, and fails the run in CI (CI=true).

const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';

async function postgresAnswers(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function missing(suite: string, why: string): void {
  if (inCi) {
    throw new Error(`CI needs the ${suite} suite, but ${why}`);
  }
  process.stderr.write(`\n*** SKIPPED: the ${suite} suite (${why}) ***\n\n`);
}

const DB_TESTS = [
  'src/db/**/*.test.{ts,tsx}',
  'src/web/**/*.test.{ts,tsx}',
  'test/http/**/*.test.{ts,tsx}',
];

export default defineConfig(async () => {
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: {
        name: 'sqlite',
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        exclude: ['test/e2e/**'],
        env: { TEST_DIALECT: 'sqlite' },
      },
    },
  ];
  const pgProblem = await postgresAnswers();
  if (pgProblem) {
    missing('PostgreSQL', `no PostgreSQL answers at ${PG_URL}: ${pgProblem}`);
  } else {
    projects.push({
      extends: true,
      test: {
        name: 'postgres',
        include: DB_TESTS,
        exclude: [],
        env: { TEST_DIALECT: 'postgres', TEST_DATABASE_URL: PG_URL },
      },
    });
  }
  if (!existsSync(CHROMIUM)) {
    missing('browser', `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  } else {
    projects.push({
      extends: true,
      test: {
        name: 'browser',
        include: ['test/e2e/**/*.test.{ts,tsx}'],
        exclude: [],
        env: { TEST_DIALECT: 'sqlite', CHROMIUM_PATH: CHROMIUM },
      },
    });
  }
  return {
    test: {
      projects,
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
});
