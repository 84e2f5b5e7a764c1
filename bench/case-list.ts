import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { hashPassword } from '../src/auth/password.js';
import { loadConfig } from '../src/config.js';
import { createCase } from '../src/db/cases.js';
import { type Db, defaultSqliteFile, openDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSession } from '../src/db/sessions.js';
import { createUser } from '../src/db/users.js';
import type { CaseFields, Grade, PlanType } from '../src/domain/case/case.js';
import { messages } from '../src/i18n/index.js';
import { buildCaseFields } from '../test/factories.js';
import type { BareBody, CpuQuery, CpuUsage, Ready } from './case-list-server.js';

// Loads the case list page of a seeded account (session cookie, 20 cases) with autocannon, and in
// the same run a bare node:http server answering with the same bytes. See bench/README.md.
//
//   npx tsx bench/case-list.ts
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/case-list.ts
//
// Options (environment): BENCH_CONNECTIONS (50), BENCH_DURATION seconds (10), BENCH_WARMUP
// seconds (3), BENCH_DATABASE_URL (also run on a fresh PostgreSQL database created through it),
// BENCH_CPU_PROF_DIR (write a V8 CPU profile of each real app server there, for --cpu-prof).

const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 50, 1, 1_000);
const DURATION_S = intFromEnv('BENCH_DURATION', 10, 1, 120);
const WARMUP_S = intFromEnv('BENCH_WARMUP', 3, 0, 60);
const CASE_COUNT = 20;
/** The cookie name the app uses over plain HTTP (src/web/cookies.ts). */
const SESSION_COOKIE = 'iepnav_session';
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 25;

const SERVER_SCRIPT = fileURLToPath(new URL('./case-list-server.ts', import.meta.url));
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

class BenchFailure extends Error {
  override name = 'BenchFailure';
}

// ---------------------------------------------------------------------------------------------
// Seed data: what a parent with a large family, or an advocate helping several, would have.

const FIRST = [
  'Maya',
  'Elijah',
  'Sofía',
  'Jaylen',
  'Ava',
  'Mateo',
  'Harper',
  'DeShawn',
  'Lily',
  'Noah',
];
const LAST = ['Johnson', 'Williams', 'García', 'Brown', 'Nguyen', 'Jones', "O'Neal", 'Davis', null];
const SCHOOLS: [string, string][] = [
  ['Oak Park Elementary', 'Mobile County Public Schools'],
  ['Monte Sano Elementary', 'Huntsville City Schools'],
  ['Hoover High School', 'Hoover City Schools'],
  ['Fairhope Middle School', 'Baldwin County Public Schools'],
  ['Brookwood Forest Elementary', 'Mountain Brook Schools'],
  ['Carver Middle School', 'Montgomery Public Schools'],
  ['Northridge High School', 'Tuscaloosa City Schools'],
  ['Oak Mountain Elementary', 'Shelby County Schools'],
];
const GRADES: Grade[] = [
  'pre_k',
  'k',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
];
const PLANS: PlanType[] = ['iep', 'iep', 'section_504', 'not_eligible', 'unknown'];
const NOTES = [
  'Speech therapy twice a week; the school wants to cut it to once. Annual review due in May.',
  'Asked in writing for an evaluation for dyslexia on Feb 3. No answer yet.',
  null,
  'Needs a one-on-one aide on the bus. Teacher is supportive, principal is not.',
];

function pick<T>(list: readonly T[], i: number): T {
  const value = list[i % list.length];
  if (value === undefined) {
    throw new Error('empty list');
  }
  return value;
}

function seedCaseFields(i: number): CaseFields {
  const [school, district] = pick(SCHOOLS, i);
  const year = 2008 + (i % 14);
  return buildCaseFields({
    childFirstName: pick(FIRST, i),
    childLastName: pick(LAST, i),
    childDateOfBirth: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    // Roughly the grade for the age in the 2025–26 school year; now and then not given.
    grade: i % 7 === 6 ? null : pick(GRADES, Math.min(13, Math.max(0, 2025 - year - 4))),
    school,
    district,
    planType: pick(PLANS, i),
    parentLanguage: i % 5 === 3 ? 'es' : 'en',
    notes: pick(NOTES, i),
  });
}

type Seeded = { cookie: string; caseIds: string[] };

async function seed(db: Db, limits: { idleMs: number; maxMs: number }): Promise<Seeded> {
  await migrateToLatest(db);
  const user = await createUser(db, {
    email: 'bench.parent@example.com',
    passwordHash: await hashPassword('blue lamp river morning'),
    locale: 'en',
  });
  if (!user) {
    throw new BenchFailure('could not create the bench account');
  }
  const start = Date.now() - CASE_COUNT * 3_600_000;
  const caseIds: string[] = [];
  for (let i = 0; i < CASE_COUNT; i++) {
    const kase = await createCase(db, user.id, seedCaseFields(i), new Date(start + i * 3_600_000));
    caseIds.push(kase.id);
  }
  const session = await createSession(db, user.id, limits);
  return { cookie: `${SESSION_COOKIE}=${session.token}`, caseIds };
}

// ---------------------------------------------------------------------------------------------
// Servers, each in a process of its own.

type Child = { process: ChildProcess; port: number };

function startServer(
  mode: 'real' | 'bare',
  env: NodeJS.ProcessEnv,
  bare?: Omit<BareBody, 'type'>,
): Promise<Child> {
  const profDir = process.env.BENCH_CPU_PROF_DIR;
  const child = fork(SERVER_SCRIPT, [mode], {
    env: { ...process.env, ...env },
    execArgv:
      profDir && mode === 'real'
        ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profDir}`]
        : process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchFailure(`${mode} server did not start within 30 s`));
    }, 30_000);
    child.on('message', (message: Ready | CpuUsage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ process: child, port: message.port });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new BenchFailure(`${mode} server exited with code ${code} before it listened`));
    });
    if (bare) {
      child.send({ ...bare, type: 'body' } satisfies BareBody);
    }
  });
}

/** The server process's CPU time so far (user + system, µs). */
function cpuMicros(child: Child): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchFailure('no CPU usage from the server')), 5_000);
    const onMessage = (message: Ready | CpuUsage) => {
      if (message.type === 'cpu') {
        clearTimeout(timer);
        child.process.off('message', onMessage);
        resolve(message.usage.user + message.usage.system);
      }
    };
    child.process.on('message', onMessage);
    child.process.send({ type: 'cpu' } satisfies CpuQuery);
  });
}

async function stopServer(child: Child | undefined): Promise<void> {
  const p = child?.process;
  if (!p || p.exitCode !== null || p.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// The page, checked once by its content; under load every response must be these same bytes.

type Page = { body: string; contentType: string };

async function fetchCaseList(port: number, seeded: Seeded): Promise<Page> {
  const res = await fetch(`http://127.0.0.1:${port}/cases`, {
    headers: { cookie: seeded.cookie },
    redirect: 'manual',
  });
  const body = await res.text();
  if (res.status !== 200) {
    throw new BenchFailure(`GET /cases answered ${res.status}, not 200 (session cookie refused?)`);
  }
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/html')) {
    throw new BenchFailure(`GET /cases answered ${contentType}, not text/html`);
  }
  const title = messages('en').cases.listTitle;
  if (!body.includes(`<h1>${title}</h1>`) || !body.includes('class="case-list"')) {
    throw new BenchFailure(`GET /cases is not the case list page ("${title}")`);
  }
  const links = body.match(new RegExp(`href="/cases/${UUID}"`, 'g')) ?? [];
  const missing = seeded.caseIds.filter((id) => !body.includes(`href="/cases/${id}"`));
  if (links.length !== CASE_COUNT || missing.length > 0) {
    throw new BenchFailure(
      `the case list shows ${links.length} case links (${missing.length} seeded cases missing), not ${CASE_COUNT}`,
    );
  }
  // The bytes must not change from one request to the next, or the bare server would not serve
  // "the same page" (and expectBody below would count every response as a mismatch).
  const again = await fetch(`http://127.0.0.1:${port}/cases`, {
    headers: { cookie: seeded.cookie },
  });
  if ((await again.text()) !== body) {
    throw new BenchFailure('the case list page differs between two requests');
  }
  return { body, contentType };
}

// ---------------------------------------------------------------------------------------------
// Load.

async function load(
  title: string,
  port: number,
  page: Page,
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  const result = await autocannon({
    title,
    url: `http://127.0.0.1:${port}/cases`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    // Every response body must be exactly the checked page; anything else counts as a mismatch.
    expectBody: page.body,
  });
  const codes = Object.keys(result.statusCodeStats);
  const problems = [
    result.errors > 0 ? `${result.errors} errors` : '',
    result.timeouts > 0 ? `${result.timeouts} timeouts` : '',
    result.non2xx > 0 ? `${result.non2xx} non-2xx responses` : '',
    codes.some((c) => c !== '200') ? `status codes ${codes.join(', ')}` : '',
    result.mismatches > 0 ? `${result.mismatches} responses that are not the case list page` : '',
    result['2xx'] === 0 ? 'no successful responses' : '',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new BenchFailure(`${title}: ${problems.join('; ')}`);
  }
  return result;
}

type Row = {
  server: string;
  result: Result;
  /** Server process CPU time per response: less sensitive than req/s to a busy machine. */
  cpuPerRequestUs: number;
};

async function measure(
  label: string,
  server: Child,
  page: Page,
  headers: Record<string, string>,
): Promise<Row> {
  if (WARMUP_S > 0) {
    process.stderr.write(`  ${label}: warm-up ${WARMUP_S} s\n`);
    await load(`${label} (warm-up)`, server.port, page, headers, WARMUP_S);
  }
  process.stderr.write(`  ${label}: ${CONNECTIONS} connections for ${DURATION_S} s\n`);
  const cpuBefore = await cpuMicros(server);
  const result = await load(label, server.port, page, headers, DURATION_S);
  const cpu = (await cpuMicros(server)) - cpuBefore;
  return { server: label, result, cpuPerRequestUs: cpu / result.requests.total };
}

// ---------------------------------------------------------------------------------------------
// One database: seed, start both servers, load each in turn, stop them.

type DialectRun = { dialect: string; pageBytes: number; real: Row; bare: Row };

async function runOn(dialect: 'sqlite' | 'postgres', adminUrl?: string): Promise<DialectRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iepnav-bench-'));
  let dbName: string | undefined;
  let appDatabaseUrl = '';
  let real: Child | undefined;
  let bare: Child | undefined;
  try {
    if (dialect === 'postgres' && adminUrl) {
      dbName = `iepnav_bench_${randomBytes(6).toString('hex')}`;
      await adminQuery(adminUrl, `create database ${dbName}`);
      appDatabaseUrl = withDatabase(adminUrl, dbName);
    }
    // The same configuration the app process will load (it keeps the session secret in dataDir).
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: appDatabaseUrl,
      LOG_LEVEL: 'silent',
    });
    const db = appDatabaseUrl
      ? openDb({ databaseUrl: appDatabaseUrl })
      : openDb({ sqliteFile: defaultSqliteFile(dataDir) });
    let seeded: Seeded;
    try {
      seeded = await seed(db, { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs });
    } finally {
      await db.close();
    }

    process.stderr.write(`${dialect}: seeded 1 account, 1 session, ${CASE_COUNT} cases\n`);
    real = await startServer('real', {
      BENCH_DATA_DIR: dataDir,
      BENCH_APP_DATABASE_URL: appDatabaseUrl,
    });
    const page = await fetchCaseList(real.port, seeded);
    bare = await startServer('bare', {}, page);
    const bareRes = await fetch(`http://127.0.0.1:${bare.port}/cases`);
    if (
      (await bareRes.text()) !== page.body ||
      bareRes.headers.get('content-type') !== page.contentType
    ) {
      throw new BenchFailure('the bare server does not answer with the same bytes');
    }

    const realRow = await measure(`real app (${dialect})`, real, page, {
      cookie: seeded.cookie,
    });
    await stopServer(real);
    const bareRow = await measure('bare node:http', bare, page, {});
    return {
      dialect,
      pageBytes: Buffer.byteLength(page.body),
      real: realRow,
      bare: bareRow,
    };
  } finally {
    await stopServer(real);
    await stopServer(bare);
    rmSync(dataDir, { recursive: true, force: true });
    if (adminUrl && dbName) {
      await adminQuery(adminUrl, `drop database if exists ${dbName} with (force)`);
    }
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const mbps = (bytesPerSecond: number) => `${(bytesPerSecond / 1024 / 1024).toFixed(1)} MiB/s`;

function row(r: Row): string {
  const x = r.result;
  return `| ${r.server} | ${Math.round(x.requests.mean).toLocaleString('en-US')} | ${ms(x.latency.p50)} | ${ms(x.latency.p99)} | ${mbps(x.throughput.mean)} | ${x.errors} / ${x.non2xx} | ${Math.round(r.cpuPerRequestUs)} µs |`;
}

function report(run: DialectRun): { text: string; met: boolean } {
  const ratio = run.real.result.requests.mean / run.bare.result.requests.mean;
  const p99 = run.real.result.latency.p99;
  const ratioMet = ratio >= TARGET_RATIO;
  const p99Met = p99 <= TARGET_P99_MS;
  const total = run.real.result['2xx'] + run.bare.result['2xx'];
  const text = [
    `### Case list page, ${run.dialect} (${run.pageBytes.toLocaleString('en-US')} bytes of HTML, ${CASE_COUNT} cases)`,
    '',
    `${CONNECTIONS} connections, ${DURATION_S} s each after a ${WARMUP_S} s warm-up; ${total.toLocaleString('en-US')} responses, every one 200 and byte-identical to the checked page.`,
    '',
    '| server | req/s (mean) | p50 | p99 | throughput | errors / non-2xx | server CPU per request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(run.real),
    row(run.bare),
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    `| real/bare req/s >= ${TARGET_RATIO * 100}% | ${(ratio * 100).toFixed(1)}% | ${ratioMet ? 'met' : 'not met'} |`,
    `| real p99 <= ${TARGET_P99_MS} ms | ${ms(p99)} | ${p99Met ? 'met' : 'not met'} |`,
    '',
  ].join('\n');
  return { text, met: ratioMet && p99Met };
}

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const runs: DialectRun[] = [await runOn('sqlite')];
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) {
    runs.push(await runOn('postgres', pgUrl));
  }
  const reports = runs.map(report);
  process.stdout.write(
    [
      `node ${process.version}, ${availableParallelism()} CPUs, load average before ${loadBefore}, after ${loadAverage()}, ${new Date().toISOString()}`,
      '',
      ...reports.map((r) => r.text),
    ].join('\n'),
  );
  if (!reports.every((r) => r.met)) {
    process.stdout.write('\nAt least one target was not met.\n');
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`\nBENCHMARK FAILED: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
