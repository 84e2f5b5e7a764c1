import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { uniqueEmail } from '../factories.js';

type Option = {
  path: string;
  fit: 'recommended' | 'possible' | 'not_available';
  rank: number;
  reasons: { id: string; text: string; citations: { cite: string; verified: boolean }[] }[];
  windowCloses: string | null;
  nextSteps: { letter: string | null; startsDeadline: string | null; text: string }[];
};
type Body = { options: Option[] };
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

const base = { jurisdiction: 'US-AL', asOf: '2026-11-28', plan: 'iep' };

describe(`POST /api/v1/assessments (${testDialect()})`, () => {
  let t: TestApp;
  let visitor: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    visitor = t.client();
  });
  afterAll(async () => {
    await t.close();
  });

  async function assess(body: unknown, language?: string): Promise<Response> {
    return visitor.request('/api/v1/assessments', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(language ? { 'accept-language': language } : {}),
      },
      body: JSON.stringify(body),
    });
  }

  async function ranked(body: unknown): Promise<Option[]> {
    const res = await assess(body);
    expect(res.status).toBe(200);
    return ((await res.json()) as Body).options;
  }

  const top = (options: Option[]) => options.find((o) => o.rank === 1);
  const byPath = (options: Option[], path: string) => options.find((o) => o.path === path);

  it('answers a service dispute with mediation first, in the shape of the issue, without an account', async () => {
    const options = await ranked({
      ...base,
      concerns: [{ type: 'service_amount', date: '2026-10-01' }],
    });
    expect(top(options)).toMatchObject({ path: 'mediation', fit: 'recommended', rank: 1 });
    expect(options.map((o) => o.rank)).toEqual(options.map((_, i) => i + 1));
    const mediation = top(options);
    expect(mediation?.reasons[0]?.citations.length).toBeGreaterThan(0);
    expect(typeof mediation?.reasons[0]?.text).toBe('string');
    expect(mediation?.nextSteps[0]).toMatchObject({ letter: 'mediation_request' });
    expect(byPath(options, 'state_complaint')?.windowCloses).toBe('2027-10-01');
    expect(byPath(options, 'due_process')?.windowCloses).toBe('2028-10-01');
  });

  it('ranks a missed evaluation timeline as a state complaint that starts the state’s clock', async () => {
    const options = await ranked({
      ...base,
      concerns: [{ type: 'evaluation_timeline_missed', date: '2026-10-01' }],
    });
    expect(top(options)).toMatchObject({ path: 'state_complaint', fit: 'recommended' });
    expect(top(options)?.nextSteps[0]).toMatchObject({
      letter: 'state_complaint',
      startsDeadline: 'state_complaint_received',
    });
  });

  it('makes mediation not available when the district refused it, and recommends due process', async () => {
    const options = await ranked({
      ...base,
      concerns: [{ type: 'service_amount', date: '2026-10-01' }],
      districtRefusedMediation: true,
    });
    expect(top(options)?.path).toBe('due_process');
    expect(byPath(options, 'mediation')?.fit).toBe('not_available');
    expect(byPath(options, 'mediation')?.reasons[0]?.id).toBe('mediation.refused');
  });

  it('sends a 504-only discrimination concern to OCR, not to the IDEA state complaint', async () => {
    const options = await ranked({
      ...base,
      plan: 'section_504',
      concerns: [{ type: 'disability_discrimination', date: '2026-10-01' }],
    });
    expect(top(options)).toMatchObject({ path: 'ocr_complaint', windowCloses: '2027-03-30' });
    expect(byPath(options, 'state_complaint')?.fit).toBe('not_available');
  });

  it('brings in the expedited hearing for discipline', async () => {
    const options = await ranked({
      ...base,
      concerns: [{ type: 'discipline', date: '2026-11-20' }],
    });
    expect(top(options)?.path).toBe('expedited_due_process');
  });

  it('closes the state complaint a year after the violation and says when', async () => {
    const options = await ranked({
      ...base,
      concerns: [{ type: 'iep_not_implemented', date: '2025-10-01' }],
    });
    expect(byPath(options, 'state_complaint')).toMatchObject({
      fit: 'not_available',
      windowCloses: '2026-10-01',
    });
    expect(top(options)?.path).toBe('due_process');
  });

  it('answers in Spanish for Accept-Language: es', async () => {
    const res = await assess(
      {
        ...base,
        concerns: [{ type: 'service_amount', date: '2026-10-01' }],
        districtRefusedMediation: true,
      },
      'es-US,es;q=0.9',
    );
    expect(res.status).toBe(200);
    const options = ((await res.json()) as Body).options;
    expect(byPath(options, 'mediation')?.reasons[0]?.text).toContain(
      'El distrito escolar dijo que no a la mediación',
    );
  });

  it('answers 400 for a body that is not JSON, not an object, or the wrong content type', async () => {
    const bad = [
      { type: 'application/json', body: '{"jurisdiction": ' },
      { type: 'application/json', body: '[1, 2]' },
      { type: 'text/plain', body: JSON.stringify({ ...base, concerns: [] }) },
    ];
    for (const { type, body } of bad) {
      const res = await visitor.request('/api/v1/assessments', {
        method: 'POST',
        headers: { 'content-type': type, accept: 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_input');
    }
  });

  it('answers 422 naming each bad field: unknown type, future date, impossible date, no concerns', async () => {
    const res = await assess({
      ...base,
      plan: 'ifsp',
      concerns: [
        { type: 'service_amount', date: '2026-10-01' },
        { type: 'lunch_menu', date: '2026-10-01' },
        { type: 'placement', date: '2026-02-30' },
      ],
      pending: ['lawsuit'],
      extra: true,
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('unprocessable');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      ['concerns[1].type', 'concerns[2].date', 'extra', 'pending[0]', 'plan'].sort(),
    );

    const future = await assess({
      ...base,
      concerns: [
        { type: 'service_amount', date: '2026-10-01' },
        { type: 'placement', date: '2026-12-01' },
      ],
    });
    expect(future.status).toBe(422);
    const futureError = ((await future.json()) as ErrorBody).error;
    expect(futureError.fields).toEqual({ 'concerns[1].date': 'This date is after asOf.' });

    const none = await assess({ ...base, concerns: [] });
    expect(none.status).toBe(422);
    expect(((await none.json()) as ErrorBody).error.fields).toEqual({
      concerns: 'Give at least one concern.',
    });

    const missing = await assess({ jurisdiction: 'US-CA', concerns: [{ type: 'placement' }] });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as ErrorBody).error.fields).toMatchObject({
      jurisdiction: 'This value is not one we know.',
      asOf: 'This field is required.',
      plan: 'This field is required.',
      'concerns[0].date': 'This field is required.',
    });
  });

  it('names the fields in Spanish for Accept-Language: es', async () => {
    const res = await assess({ ...base, concerns: [] }, 'es');
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.fields).toEqual({
      concerns: 'Indique al menos una preocupación.',
    });
  });

  it('works the same for a logged-in parent calling with the session and CSRF token', async () => {
    const parent = t.client();
    await parent.signUp(uniqueEmail());
    const res = await parent.json('POST', '/api/v1/assessments', {
      ...base,
      concerns: [{ type: 'records_access_denied', date: '2026-11-01' }],
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).options[0]?.rank).toBe(1);
  });

  it('is in the OpenAPI document, with the request schema built from zod', async () => {
    const doc = (await (await visitor.get('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
      >;
      components: {
        schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }>;
      };
    };
    const op = doc.paths['/assessments']?.post;
    expect(op).toBeDefined();
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '422']));
    const input = doc.components.schemas.AssessmentRequest;
    expect(input?.required).toEqual(['jurisdiction', 'asOf', 'plan', 'concerns']);
    expect(JSON.stringify(input?.properties.concerns)).toContain('evaluation_timeline_missed');
    expect(doc.components.schemas.Assessment?.properties.options).toBeDefined();
  });
});
