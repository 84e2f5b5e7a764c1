import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Cold start: from spawning `node dist/main.js` to the first 200 from GET /healthz, against an
// existing, already-migrated SQLite database. Build first; this script builds nothing:
//
//   npm run build && npx tsx bench/cold-start.ts
//
// Options (environment): BENCH_RUNS (10), BENCH_POLL_MS (5).

const RUNS = intFromEnv('BENCH_RUNS', 10, 1, 100);
const POLL_MS = intFromEnv('BENCH_POLL_MS', 5, 1, 100);
const START_TIMEOUT_MS = 15_000;
const TARGET_MS = 1_000;
const HOST = '127.0.0.1';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'dist', 'main.js');

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

/** A port nobody listens on right now (the OS picks it; we let it go before the app binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One GET /healthz on a fresh connection: its status, or 0 when nothing answers yet. */
function healthStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: HOST, port, path: '/healthz', agent: false, timeout: 1_000 },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(0));
    req.end();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Started = { child: ChildProcess; ms: number };

/** Spawns the app and polls /healthz until it answers 200; the time is spawn → that 200. */
async function startApp(dataDir: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATA_DIR: dataDir,
      // The default level: start-up writes its two log lines, as it would in production.
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (performance.now() - started < START_TIMEOUT_MS) {
    if (exited) {
      throw new Error(`dist/main.js exited before answering /healthz:\n${stderr}`);
    }
    const status = await healthStatus(port);
    if (status === 200) {
      return { child, ms: performance.now() - started };
    }
    if (status !== 0) {
      await stopApp(child);
      throw new Error(`/healthz answered ${status}`);
    }
    await sleep(POLL_MS);
  }
  await stopApp(child);
  throw new Error(`no 200 from /healthz within ${START_TIMEOUT_MS} ms:\n${stderr}`);
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 6_000);
  await exited;
  clearTimeout(timer);
}

function verdict(med: number, max: number): string {
  if (max <= TARGET_MS) {
    return 'met (every run)';
  }
  return med <= TARGET_MS ? 'met by the median, not by every run' : 'not met';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) {
    throw new Error('dist/main.js is missing: run `npm run build` first');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'iepnav-cold-'));
  let current: ChildProcess | undefined;
  try {
    // First start: creates the database file, applies every migration, writes the session secret.
    const first = await startApp(dataDir);
    current = first.child;
    await stopApp(first.child);
    process.stderr.write(
      `first start (creates and migrates the database): ${first.ms.toFixed(0)} ms\n`,
    );

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await startApp(dataDir);
      current = run.child;
      await stopApp(run.child);
      times.push(run.ms);
      process.stderr.write(`run ${i + 1}/${RUNS}: ${run.ms.toFixed(0)} ms\n`);
    }
    const med = median(times);
    const lines = [
      `node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}, ${new Date().toISOString()}`,
      '',
      `### Cold start: \`node dist/main.js\` to the first 200 from /healthz (existing SQLite database, ${RUNS} runs, polled every ${POLL_MS} ms)`,
      '',
      '| median | min | max | target | |',
      '| ---: | ---: | ---: | ---: | --- |',
      `| ${med.toFixed(0)} ms | ${Math.min(...times).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms | <= ${TARGET_MS} ms | ${verdict(med, Math.max(...times))} |`,
      '',
      `First start on an empty data directory (creates the file, runs every migration): ${first.ms.toFixed(0)} ms.`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    if (current) {
      await stopApp(current);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`\nBENCHMARK FAILED: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
