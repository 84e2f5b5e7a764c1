import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case/case.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { buildCaseFields, uniqueEmail } from '../factories.js';

type CaseBody = { case: Case };
type ListBody = { cases: Case[] };
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };
type OpenApiDoc = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<
      string,
      { required?: string[]; properties: Record<string, { enum?: string[]; maxLength?: number }> }
    >;
  };
};

async function read<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

describe(`JSON API v1 (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    await parent.signUp(uniqueEmail());
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates, reads, lists, changes and deletes a case with the page session', async () => {
    const created = await parent.json('POST', '/api/v1/cases', { childFirstName: 'Sofía' });
    expect(created.status).toBe(201);
    const { case: kase } = await read<CaseBody>(created);
    expect(kase).toMatchObject({
      childFirstName: 'Sofía',
      childLastName: null,
      state: 'AL',
      planType: 'unknown',
      parentLanguage: 'en',
    });
    expect(created.headers.get('location')).toBe(`/api/v1/cases/${kase.id}`);

    const got = await parent.json('GET', `/api/v1/cases/${kase.id}`);
    expect((await read<CaseBody>(got)).case.id).toBe(kase.id);

    const list = await read<ListBody>(await parent.json('GET', '/api/v1/cases'));
    expect(list.cases.map((c) => c.id)).toContain(kase.id);

    const patched = await parent.json('PATCH', `/api/v1/cases/${kase.id}`, {
      planType: 'section_504',
      school: 'Hill Elementary',
    });
    expect(patched.status).toBe(200);
    expect((await read<CaseBody>(patched)).case).toMatchObject({
      childFirstName: 'Sofía',
      planType: 'section_504',
      school: 'Hill Elementary',
    });

    const deleted = await parent.json('DELETE', `/api/v1/cases/${kase.id}`);
    expect(deleted.status).toBe(204);
    expect((await parent.json('GET', `/api/v1/cases/${kase.id}`)).status).toBe(404);
  });

  it('a full case round-trips every field', async () => {
    const fields = buildCaseFields({ notes: 'Línea uno\nLínea dos', parentLanguage: 'es' });
    const res = await parent.json('POST', '/api/v1/cases', fields);
    expect(res.status).toBe(201);
    expect((await read<CaseBody>(res)).case).toMatchObject(fields);
  });

  it('invalid fields answer 422 naming each field, in the reader’s language', async () => {
    const res = await parent.request('/api/v1/cases', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'es',
        'x-csrf-token': await parent.csrfToken(),
      },
      body: JSON.stringify({ childFirstName: '', childDateOfBirth: '2026-02-30', grade: 'x' }),
    });
    expect(res.status).toBe(422);
    const body = await read<ErrorBody>(res);
    expect(body.error.code).toBe('unprocessable');
    expect(Object.keys(body.error.fields ?? {})).toEqual([
      'childFirstName',
      'childDateOfBirth',
      'grade',
    ]);
    // The account reads English pages; an API call names its language per request.
    expect(body.error.fields?.childFirstName).toBe('Escriba el primer nombre de su hijo.');
  });

  it('an unknown field is refused rather than silently dropped', async () => {
    const res = await parent.json('POST', '/api/v1/cases', { childFirstName: 'A', diagnosis: 'x' });
    expect(res.status).toBe(422);
    expect((await read<ErrorBody>(res)).error.fields).toHaveProperty('diagnosis');
  });

  it('a body that is not JSON answers 400', async () => {
    const res = await parent.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await parent.csrfToken() },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect((await read<ErrorBody>(res)).error.code).toBe('invalid_input');
  });

  it('a body over the size limit answers 413', async () => {
    const res = await parent.json('POST', '/api/v1/cases', {
      childFirstName: 'A',
      notes: 'x'.repeat(70_000),
    });
    expect(res.status).toBe(413);
    expect((await read<ErrorBody>(res)).error.code).toBe('too_large');
  });

  it('NUL characters are dropped instead of breaking the database', async () => {
    const res = await parent.json('POST', '/api/v1/cases', { childFirstName: 'Ma\u0000ya' });
    expect(res.status).toBe(201);
    expect((await read<CaseBody>(res)).case.childFirstName).toBe('Maya');
  });

  it('a state-changing call with the session cookie but no CSRF token is refused with 403', async () => {
    const res = await parent.json(
      'POST',
      '/api/v1/cases',
      { childFirstName: 'A' },
      { csrf: false },
    );
    expect(res.status).toBe(403);
    expect((await read<ErrorBody>(res)).error.code).toBe('forbidden');
  });

  it('without a session the API answers 401 in the error format', async () => {
    const res = await t.client().json('GET', '/api/v1/cases');
    expect(res.status).toBe(401);
    expect(await read<ErrorBody>(res)).toEqual({
      error: { code: 'unauthenticated', message: 'Log in first' },
    });
  });

  it('publishes an OpenAPI 3 document built from the request schemas', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await read<OpenApiDoc>(res);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/cases', '/cases/{id}', '/assessments']),
    );
    expect(Object.keys(doc.paths['/cases/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
    const input = doc.components.schemas.CaseInput;
    expect(input?.required).toEqual(['childFirstName']);
    expect(input?.properties.planType?.enum).toEqual([
      'iep',
      'section_504',
      'not_eligible',
      'unknown',
    ]);
    expect(input?.properties.childFirstName?.maxLength).toBe(100);
  });
});
