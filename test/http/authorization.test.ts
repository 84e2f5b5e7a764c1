import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

// Every route with a case id in it is tried as another account and as a logged-out visitor.
// The list is read from the app itself, so a new case route is covered without editing this file.

describe(`no one but the owner reaches a case (${testDialect()})`, () => {
  let t: TestApp;
  let owner: TestClient;
  let intruder: TestClient;
  let visitor: TestClient;
  let caseId = '';

  beforeAll(async () => {
    t = await createTestApp();
    owner = t.client();
    await owner.signUp(uniqueEmail('owner'));
    const res = await owner.postForm(
      '/cases',
      caseForm({ childFirstName: 'Secretname', notes: 'Private diagnosis' }),
    );
    caseId = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
    expect(caseId).not.toBe('');
    intruder = t.client();
    await intruder.signUp(uniqueEmail('intruder'));
    await intruder.postForm('/cases', caseForm({ childFirstName: 'Intruderchild' }));
    visitor = t.client();
  });
  afterAll(async () => {
    await t.close();
  });

  function caseRoutes(): { method: string; path: string }[] {
    const seen = new Set<string>();
    return t.app.routes
      .filter((r) => r.path.includes('/cases/:id') && r.method !== 'ALL')
      .filter((r) => {
        const key = `${r.method} ${r.path}`;
        if (seen.has(key)) {
          return false;
        }
        seen.add(key);
        return true;
      })
      .map((r) => ({ method: r.method, path: r.path.replace(':id', caseId) }));
  }

  it('the app has case routes for pages and the API, and this test sees them all', () => {
    const routes = caseRoutes().map((r) => `${r.method} ${r.path.replace(caseId, ':id')}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /cases/:id',
        'GET /cases/:id/edit',
        'POST /cases/:id',
        'GET /cases/:id/delete',
        'POST /cases/:id/delete',
        'GET /api/v1/cases/:id',
        'PATCH /api/v1/cases/:id',
        'DELETE /api/v1/cases/:id',
      ]),
    );
  });

  async function attempt(client: TestClient, method: string, path: string): Promise<Response> {
    if (path.startsWith('/api/')) {
      return client.json(
        method,
        path,
        method === 'GET' || method === 'DELETE' ? undefined : { notes: 'pwned' },
      );
    }
    if (method === 'GET') {
      return client.get(path);
    }
    return client.postForm(path, caseForm({ childFirstName: 'Pwned', notes: 'pwned' }));
  }

  it('another account gets 404 on every case route, and nothing of the case', async () => {
    for (const { method, path } of caseRoutes()) {
      const res = await attempt(intruder, method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      const body = await res.text();
      expect(body, `${method} ${path}`).not.toContain('Secretname');
      expect(body, `${method} ${path}`).not.toContain('Private diagnosis');
    }
    const list = await (await intruder.get('/cases')).text();
    expect(list).not.toContain('Secretname');
    expect(list).toContain('Intruderchild');
    const apiList = await (await intruder.json('GET', '/api/v1/cases')).text();
    expect(apiList).not.toContain('Secretname');
  });

  it('a logged-out visitor is sent to log in (pages) or gets 401 (API) on every case route', async () => {
    for (const { method, path } of [...caseRoutes(), { method: 'GET', path: '/cases' }]) {
      const res = await attempt(visitor, method, path);
      const body = await res.text();
      if (path.startsWith('/api/')) {
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(JSON.parse(body).error.code).toBe('unauthenticated');
      } else {
        expect(res.status, `${method} ${path}`).toBe(303);
        expect(res.headers.get('location'), `${method} ${path}`).toMatch(/^\/login\?notice=/);
      }
      expect(body).not.toContain('Secretname');
    }
  });

  it('after all those tries the owner’s case is unchanged and still there', async () => {
    const html = await (await owner.get(`/cases/${caseId}`)).text();
    expect(html).toContain('Secretname');
    expect(html).toContain('Private diagnosis');
    expect(html).not.toContain('pwned');
  });

  it('a case id that is not an id at all is simply not found', async () => {
    for (const path of ['/cases/not-an-id', "/cases/1' OR '1'='1", '/api/v1/cases/%00']) {
      const res = await owner.get(
        path,
        path.startsWith('/api') ? { accept: 'application/json' } : {},
      );
      expect(res.status, path).toBe(404);
    }
  });
});
