import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

describe(`security on every response (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    '/',
    '/login',
    '/signup',
    '/cases',
    '/no-such-page',
    '/healthz',
    '/api/v1/openapi.json',
    '/static/app.css',
  ])('%s carries a strict CSP and the other security headers', async (path) => {
    const res = await t.client().get(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/script-src[^;]*\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('API calls and health checks get no cookie; pages with forms get the anonymous one', async () => {
    for (const [method, path, body] of [
      ['GET', '/healthz', undefined],
      ['GET', '/api/v1/openapi.json', undefined],
      ['POST', '/api/v1/deadlines', '{}'],
      ['POST', '/api/v1/assessments', '{}'],
    ] as const) {
      const res = await t.app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body ? { body } : {}),
      });
      expect(res.headers.getSetCookie(), `${method} ${path}`).toEqual([]);
    }
    const page = await t.app.request('/login');
    expect(page.headers.getSetCookie().join()).toContain('iepnav_anon=');
  });

  it('pages with private data are never cached', async () => {
    const client = t.client();
    await client.signUp(uniqueEmail());
    expect((await client.get('/cases')).headers.get('cache-control')).toBe('no-store');
  });

  it('pages hold no inline script or style, so the CSP can forbid them', async () => {
    const html = await (await t.client().get('/signup')).text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style|style="/i);
    expect(html).not.toMatch(/ on[a-z]+="/i);
  });

  it('a form posted without the CSRF token is refused and nothing is saved', async () => {
    const client = t.client();
    await client.signUp(uniqueEmail());
    const res = await client.postForm('/cases', caseForm(), { csrf: false });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Please try again');
    const list = await (await client.get('/cases')).text();
    expect(list).toContain('You have no cases yet.');
  });

  it('a token from another visitor’s page does not work', async () => {
    const other = t.client();
    const foreignToken = await other.csrfToken();
    const client = t.client();
    await client.signUp(uniqueEmail());
    const res = await client.postForm('/cases', caseForm(), { csrf: foreignToken });
    expect(res.status).toBe(403);
  });

  it('a post from another site (Origin) is refused even with a token', async () => {
    const client = t.client();
    await client.signUp(uniqueEmail());
    const token = await client.csrfToken();
    const res = await client.request('/cases', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ ...caseForm(), _csrf: token }).toString(),
    });
    expect(res.status).toBe(403);
  });

  it('log-in and sign-up forms need the token too (no log-in CSRF)', async () => {
    const client = t.client();
    await client.get('/login');
    const res = await client.postForm(
      '/login',
      { email: 'a@example.com', password: 'x' },
      { csrf: false },
    );
    expect(res.status).toBe(403);
  });

  it('a form posted with cookies turned off gets a clear page, not a crash', async () => {
    const res = await t.app.request('/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.com&password=x',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('cookies are turned off');
  });
});

describe(`health check (${testDialect()})`, () => {
  it('answers 200 while the database answers and 503 when it does not', async () => {
    const t = await createTestApp();
    const ok = await t.app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    await t.close();
    const down = await t.app.request('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable' });
  });
});

describe(`logs (${testDialect()})`, () => {
  it('request logs are JSON with the route pattern and never an email, a name or a password', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../../src/logger.js');
    const t = await createTestApp({ logger: createLogger('info', (l) => lines.push(l)) });
    try {
      const client = t.client();
      const email = uniqueEmail('loggedperson');
      await client.signUp(email, 'my very secret words');
      const res = await client.postForm('/cases', caseForm({ childFirstName: 'Zebulon' }));
      await client.get(res.headers.get('location') ?? '');
      await client.logIn(email, 'wrong password here');
      const all = lines.join('\n');
      expect(all).not.toContain('loggedperson');
      expect(all).not.toContain('Zebulon');
      expect(all).not.toContain('secret words');
      expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      const parsed = lines.map((l) => JSON.parse(l));
      expect(parsed).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          method: 'GET',
          route: '/cases/:id',
          status: 200,
        }),
      );
    } finally {
      await t.close();
    }
  });
});
