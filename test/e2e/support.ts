import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createDatabaseBlobStore } from '../../src/storage/blob-store.js';
import { createApp } from '../../src/web/app.js';
import { testConfig } from '../app.js';
import { createMigratedTestDb, type TestDb } from '../db.js';

// Shared parts of the browser journeys: the real app on a real port, Debian's Chromium, axe-core.

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PASSWORD = 'blue lamp river morning';

export type RunningApp = {
  baseUrl: string;
  /** The app's database, for a test that must change what only time would (a session's age). */
  db: Db;
  close(): Promise<void>;
};

/** The whole app from a fresh migrated database, served on 127.0.0.1 at a free port. */
export async function startApp(): Promise<RunningApp> {
  const testDb: TestDb = await createMigratedTestDb();
  const app = createApp({
    db: testDb.db,
    config: testConfig(),
    logger: createLogger('silent'),
    // Files in the test database itself (the `blobs` table exists on SQLite too): nothing on disk.
    blobs: createDatabaseBlobStore(testDb.db),
  });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server: s, port: info.port }),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: testDb.db,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) {
          server.closeAllConnections();
        }
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await testDb.destroy();
    },
  };
}

/** Debian's Chromium, never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) {
    throw new Error('CHROMIUM_PATH is not set: run these tests with `vitest --project browser`');
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a browser test file works with: the running app, and a fresh context on it. */
export type E2e = {
  /** The app, once started (in `beforeAll`). */
  readonly app: RunningApp;
  /** A fresh context (no cookies) and page on the app: see {@link openContext}. */
  open(options?: { javaScriptEnabled?: boolean; width?: number }): Promise<Visit>;
};

/**
 * Starts the app and Chromium before the file's tests and stops both after them. Call it once at
 * the top of a browser test file.
 */
export function useAppAndBrowser(): E2e {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = (): { app: RunningApp; browser: Browser } => {
    if (!app || !browser) {
      throw new Error('The app and browser start in beforeAll: use them inside a test');
    }
    return { app, browser };
  };
  return {
    get app() {
      return started().app;
    },
    open: (options = {}) => {
      const { app, browser } = started();
      return openContext(browser, app.baseUrl, options);
    },
  };
}

export type Visit = { context: BrowserContext; page: Page };

/** Pages whose context runs no scripts: axe cannot run in them (its timers never fire). */
const scriptless = new WeakSet<Page>();

/** A fresh context (no cookies) and page on the app. */
export async function openContext(
  browser: Browser,
  baseUrl: string,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1024, height: 800 },
    locale: 'en-US',
  });
  // Fail a stuck step quickly and by name, well inside the test's own time limit.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  if (options.javaScriptEnabled === false) {
    scriptless.add(page);
  }
  return { context, page };
}

type AxeResult = {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
};

async function runAxe(page: Page): Promise<AxeResult> {
  await page.evaluate(AXE_SOURCE);
  // Only violations are reported back: building passes and the rest doubles the run time.
  return page.evaluate<AxeResult>(`axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    resultTypes: ['violations'],
  })`);
}

/** Per browser: one scripted page that shows copies of script-free pages for axe. */
type CopyPage = { page: Page; html: Map<string, string>; queue: Promise<unknown> };
const copyPages = new WeakMap<Browser, Promise<CopyPage>>();

function copyPageFor(browser: Browser): Promise<CopyPage> {
  let found = copyPages.get(browser);
  if (!found) {
    found = (async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const html = new Map<string, string>();
      // Only the copied documents are faked: the stylesheet comes from the real app.
      await page.route(
        (u) => html.has(u.href),
        (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: html.get(route.request().url()) ?? '',
          }),
      );
      return { page, html, queue: Promise.resolve() };
    })();
    copyPages.set(browser, found);
  }
  return found;
}

/**
 * A page with scripts turned off has no timers, so axe never finishes there. Its exact HTML is
 * loaded at the same address in a scripted page (stylesheet and all) and checked there.
 */
async function axeOnCopy(page: Page): Promise<AxeResult> {
  const browser = page.context().browser();
  if (!browser) {
    throw new Error('No browser behind this page');
  }
  const copy = await copyPageFor(browser);
  const url = page.url();
  const html = await page.content();
  const viewport = page.viewportSize() ?? { width: 1024, height: 800 };
  // Concurrent tests share the copy page: one check at a time.
  const check = copy.queue.then(async () => {
    copy.html.set(url, html);
    try {
      await copy.page.setViewportSize(viewport);
      await copy.page.goto(url);
      return await runAxe(copy.page);
    } finally {
      copy.html.delete(url);
    }
  });
  copy.queue = check.catch(() => undefined);
  return check;
}

/**
 * Runs axe-core on the page as it is now and fails with every violation listed. The app's CSP
 * forbids inline scripts, so axe goes in through `page.evaluate` (DevTools, not a script tag).
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = scriptless.has(page) ? await axeOnCopy(page) : await runAxe(page);
  const report = result.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? '?'}): ${v.help}\n${v.nodes
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trimEnd())
          .join('\n')}`,
    )
    .join('\n');
  expect(result.violations, `axe violations on ${where} (${page.url()}):\n${report}`).toEqual([]);
}

/** Goes to a path and checks the status and accessibility of what arrived. */
export async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
  await expectNoAxeViolations(page, path);
}

/** Clicks a submit button (or link) and waits for the page it leads to, then runs axe on it. */
export async function clickAndCheck(
  page: Page,
  selector: string,
  where: string,
  status = 200,
): Promise<void> {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  expect(response?.status(), `status after ${where}`).toBe(status);
  await expectNoAxeViolations(page, where);
}

/** The `lang` of the page's root element. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.getAttribute('html', 'lang');
}

/** The page's widest content, to check for horizontal scrolling. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** Signs up through the form (checking each page on the way) and lands on the case list. */
export async function signUp(page: Page, email: string): Promise<void> {
  await visit(page, '/signup');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await clickAndCheck(page, 'main form button[type=submit]', 'sign-up');
  expect(new URL(page.url()).pathname).toBe('/cases');
}

/** Fills the case form's first and last name and saves it; lands on the case's page. */
export async function addCase(page: Page, first: string, last: string): Promise<string> {
  await visit(page, '/cases/new');
  await page.fill('#childFirstName', first);
  await page.fill('#childLastName', last);
  await clickAndCheck(page, 'main form button[type=submit]', 'saving a new case');
  const match = /^\/cases\/([^/?]+)$/.exec(new URL(page.url()).pathname);
  expect(match, `a case page after saving, not ${page.url()}`).not.toBeNull();
  return match?.[1] ?? '';
}
