import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Config } from '../src/config.js';
import { createLogger, type Logger } from '../src/logger.js';
import { createBlobStore } from '../src/storage/blob-store.js';
import { createApp } from '../src/web/app.js';
import type { AppEnv, Deps } from '../src/web/context.js';
import { createMigratedTestDb, type TestDb } from './db.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: '/nonexistent',
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    baseUrl: undefined,
    logLevel: 'silent',
    sessionIdleMs: 12 * 3_600_000,
    sessionMaxMs: 14 * 24 * 3_600_000,
    trustProxy: false,
    uploadMaxFileBytes: 25 * 1024 * 1024,
    uploadMaxRequestBytes: 100 * 1024 * 1024,
    caseQuotaBytes: 500 * 1024 * 1024,
    ...overrides,
  };
}

export type TestApp = {
  app: Hono<AppEnv>;
  deps: Deps;
  testDb: TestDb;
  /** Where the SQLite default keeps files (`<DATA_DIR>/files`); unused on PostgreSQL. */
  filesDir: string;
  client(): TestClient;
  close(): Promise<void>;
};

export async function createTestApp(
  options: { config?: Partial<Config>; logger?: Logger; now?: () => Date } = {},
): Promise<TestApp> {
  const testDb = await createMigratedTestDb();
  // A DATA_DIR of its own, so files written by one test file are never seen by another.
  const dataDir = mkdtempSync(join(tmpdir(), 'iepnav-data-'));
  const config = testConfig({ dataDir, ...options.config });
  const deps: Deps = {
    db: testDb.db,
    config,
    logger: options.logger ?? createLogger('silent'),
    blobs: createBlobStore(config, testDb.db),
    ...(options.now ? { now: options.now } : {}),
  };
  const app = createApp(deps);
  return {
    app,
    deps,
    testDb,
    filesDir: join(config.dataDir, 'files'),
    client: () => new TestClient(app),
    close: async () => {
      await testDb.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser-like client for `app.request()`: keeps cookies, follows nothing on its own, and
 * finds the CSRF token on a page before posting a form, as a real form would carry it.
 */
let nextIp = Math.floor(Math.random() * 250);

export class TestClient {
  readonly cookies = new Map<string, string>();
  headers: Record<string, string> = {};
  /** Each client comes from its own address, as separate people would. */
  readonly ip = `192.0.2.${(nextIp++ % 250) + 1}`;

  constructor(private readonly app: Hono<AppEnv>) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some(
        (a) =>
          /max-age=0/i.test(a.trim()) ||
          (/^expires=/i.test(a.trim()) && Date.parse(a.trim().slice(8)) < Date.now()),
      );
      if (expired || value === '') {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) {
      headers.set(k, v);
    }
    if (this.cookies.size > 0) {
      headers.set('cookie', this.cookieHeader());
    }
    // The node adapter's connection info, as @hono/node-server would pass it.
    const env = { incoming: { socket: { remoteAddress: this.ip, remotePort: 40000 } } };
    const res = await this.app.request(path, { ...init, headers }, env);
    this.remember(res);
    return res;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { headers });
  }

  /** The CSRF token the app puts in forms for this client's current cookies. */
  async csrfToken(): Promise<string> {
    const html = await (await this.get('/')).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match?.[1]) {
      throw new Error('No CSRF token on the page');
    }
    return match[1];
  }

  async postForm(
    path: string,
    fields: Record<string, string>,
    options: { csrf?: string | false } = {},
  ): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (options.csrf !== false) {
      body.set('_csrf', options.csrf ?? (await this.csrfToken()));
    }
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  async json(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean } = { csrf: true },
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (options.csrf !== false && method !== 'GET') {
      headers['x-csrf-token'] = await this.csrfToken();
    }
    return this.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** Signs up a new account and keeps its session. */
  async signUp(email: string, password = 'correct horse battery staple'): Promise<Response> {
    const res = await this.postForm('/signup', { email, password });
    if (res.status !== 303) {
      throw new Error(`Sign-up failed with ${res.status}`);
    }
    return res;
  }

  async logIn(email: string, password = 'correct horse battery staple'): Promise<Response> {
    return this.postForm('/login', { email, password });
  }
}
