import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/web/app.js';
import { deadlinesResponseSchema } from '../../src/web/routes/deadlines-api.schema.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { uniqueEmail } from '../factories.js';

type Deadline = {
  id: string;
  key: string;
  title: string;
  due: string;
  trigger: { type: string; date: string; eventId?: string };
  dayType: string;
  count: number;
  citations: { cite: string; url?: string; verified: boolean }[];
  firm: boolean;
  steps: string[];
  estimate: boolean;
  unverified: boolean;
  dueOnNonBusinessDay?: { weekend: boolean; holidays: string[]; actBy: string };
  daysLeft?: number;
  status?: string;
};
type Body = { deadlines: Deadline[] };
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

// The stateless deadline API: no account, nothing stored. Dates are checked to the day against
// the rules in issue 3 for Alabama.

describe(`POST /api/v1/deadlines (${testDialect()})`, () => {
  let t: TestApp;
  let anyone: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    anyone = t.client();
  });
  afterAll(async () => {
    await t.close();
  });

  function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return anyone.request('/api/v1/deadlines', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function deadlines(
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<Deadline[]> {
    const res = await post(body, headers);
    expect(res.status, await res.clone().text()).toBe(200);
    const json = (await res.json()) as Body;
    // Every answer has the documented shape.
    expect(deadlinesResponseSchema.safeParse(json).success).toBe(true);
    return json.deadlines;
  }

  function byId(list: Deadline[], id: string): Deadline {
    const found = list.find((d) => d.id === id);
    expect(found, `no ${id} in ${list.map((d) => d.id).join(', ')}`).toBeDefined();
    return found as Deadline;
  }

  async function problem(body: unknown, status: number, headers: Record<string, string> = {}) {
    const res = await post(body, headers);
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return ((await res.json()) as ErrorBody).error;
  }

  it.each([
    [
      'evaluation_consent_received',
      '2026-09-02',
      'initial_evaluation_due',
      '2026-11-01',
      'calendar',
      60,
    ],
    [
      'evaluation_completed',
      '2028-01-30',
      'eligibility_determination_due',
      '2028-02-29',
      'calendar',
      30,
    ],
    [
      'eligibility_determined',
      '2026-12-02',
      'initial_iep_meeting_due',
      '2027-01-01',
      'calendar',
      30,
    ],
    ['eligibility_determined', '2024-02-29', 'reevaluation_due', '2027-02-28', 'calendar', 3],
    ['iep_meeting_held', '2028-02-29', 'annual_iep_review_due', '2029-02-28', 'calendar', 1],
    ['records_request_received', '2026-11-17', 'records_access_due', '2027-01-01', 'calendar', 45],
    [
      'alleged_violation_occurred',
      '2026-03-10',
      'state_complaint_window_closes',
      '2027-03-10',
      'calendar',
      1,
    ],
    [
      'alleged_violation_known',
      '2026-12-31',
      'due_process_window_closes',
      '2028-12-31',
      'calendar',
      2,
    ],
    [
      'state_complaint_received',
      '2026-11-02',
      'state_complaint_decision_due',
      '2027-01-01',
      'calendar',
      60,
    ],
    [
      'due_process_complaint_received',
      '2026-10-02',
      'district_response_due',
      '2026-10-12',
      'calendar',
      10,
    ],
    [
      'due_process_complaint_received',
      '2026-10-02',
      'sufficiency_challenge_due',
      '2026-10-17',
      'calendar',
      15,
    ],
    [
      'due_process_complaint_received',
      '2026-10-02',
      'resolution_meeting_due',
      '2026-10-17',
      'calendar',
      15,
    ],
    [
      'due_process_complaint_received',
      '2026-10-02',
      'resolution_period_ends',
      '2026-11-01',
      'calendar',
      30,
    ],
    [
      'due_process_complaint_received',
      '2026-10-02',
      'hearing_decision_due',
      '2026-12-16',
      'calendar',
      45,
    ],
    [
      'resolution_agreement_signed',
      '2021-01-14',
      'resolution_agreement_review_ends',
      '2021-01-20',
      'business',
      3,
    ],
    [
      'due_process_hearing_scheduled',
      '2026-05-26',
      'evidence_disclosure_due',
      '2026-05-18',
      'business',
      5,
    ],
    ['hearing_decision_received', '2026-12-02', 'civil_action_due', '2027-01-01', 'calendar', 30],
    [
      'expedited_due_process_complaint_received',
      '2026-12-25',
      'expedited_resolution_meeting_due',
      '2027-01-01',
      'calendar',
      7,
    ],
    [
      'expedited_due_process_complaint_received',
      '2026-12-17',
      'expedited_resolution_period_ends',
      '2027-01-01',
      'calendar',
      15,
    ],
    [
      'expedited_due_process_complaint_received',
      '2026-10-02',
      'expedited_hearing_due',
      '2026-11-02',
      'school',
      20,
    ],
    [
      'disciplinary_change_of_placement',
      '2026-11-20',
      'manifestation_determination_due',
      '2026-12-07',
      'school',
      10,
    ],
    [
      'discrimination_occurred',
      '2026-09-02',
      'ocr_complaint_window_closes',
      '2027-03-01',
      'calendar',
      180,
    ],
  ] as const)('%s on %s makes %s due on %s', async (type, date, id, due, dayType, count) => {
    const list = await deadlines({ jurisdiction: 'US-AL', events: [{ type, date }] });
    const d = byId(list, id);
    expect(d).toMatchObject({ due, dayType, count, trigger: { type, date } });
    expect(d.citations.length).toBeGreaterThan(0);
    expect(d.steps.length).toBeGreaterThan(1);
    expect(typeof d.firm).toBe('boolean');
  });

  it('explains each date in plain English sentences, soonest first', async () => {
    const list = await deadlines({
      jurisdiction: 'US-AL',
      events: [
        { type: 'due_process_complaint_received', date: '2026-10-02' },
        { type: 'evaluation_consent_received', date: '2026-09-02' },
      ],
    });
    const dues = list.map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
    const evaluation = byId(list, 'initial_evaluation_due');
    expect(evaluation.steps).toContain('Sept 2, 2026 + 60 calendar days = Nov 1, 2026');
    expect(evaluation.title).toMatch(/evaluation/i);
    expect(evaluation.dueOnNonBusinessDay?.weekend).toBe(true);
    expect(evaluation.dueOnNonBusinessDay?.actBy).toBe('2026-10-30');
    expect(evaluation.citations.map((c) => c.cite)).toContain('34 CFR 300.11(a)');
  });

  it('marks the unconfirmed Alabama court deadline and gives the federal 90 days next to it', async () => {
    const d = byId(
      await deadlines({
        jurisdiction: 'US-AL',
        events: [{ type: 'hearing_decision_received', date: '2026-12-02' }],
      }),
      'civil_action_due',
    );
    expect(d.unverified).toBe(true);
    expect(d.steps.join(' ')).toContain('90 calendar days');
  });

  it('counts business days with Alabama holidays, and Mardi Gras only in a county that keeps it', async () => {
    const events = [{ type: 'resolution_agreement_signed', date: '2026-02-13' }];
    const statewide = byId(
      await deadlines({ jurisdiction: 'US-AL', events }),
      'resolution_agreement_review_ends',
    );
    expect(statewide.due).toBe('2026-02-19');
    const mobile = byId(
      await deadlines({ jurisdiction: 'US-AL', county: 'Mobile', events }),
      'resolution_agreement_review_ends',
    );
    expect(mobile.due).toBe('2026-02-20');
    expect(mobile.steps.join(' ')).toContain('Mardi Gras');
  });

  it('counts school days on the district calendar, and estimates without one', async () => {
    const events = [{ type: 'disciplinary_change_of_placement', date: '2026-11-20' }];
    const estimated = byId(
      await deadlines({ jurisdiction: 'US-AL', events }),
      'manifestation_determination_due',
    );
    expect(estimated).toMatchObject({ due: '2026-12-07', estimate: true });
    const exact = byId(
      await deadlines({
        jurisdiction: 'US-AL',
        events,
        schoolCalendar: {
          firstDay: '2026-08-06',
          lastDay: '2027-05-21',
          closedDays: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
        },
      }),
      'manifestation_determination_due',
    );
    expect(exact).toMatchObject({ due: '2026-12-11', estimate: false });
  });

  it('gives days left and status when today is sent, and keeps keys stable with event ids', async () => {
    const list = await deadlines({
      jurisdiction: 'US-AL',
      today: '2026-10-30',
      events: [{ id: 'consent-1', type: 'evaluation_consent_received', date: '2026-09-02' }],
    });
    const d = byId(list, 'initial_evaluation_due');
    expect(d).toMatchObject({
      daysLeft: 2,
      status: 'upcoming',
      key: 'initial_evaluation_due:consent-1',
    });
    const moved = byId(
      await deadlines({
        jurisdiction: 'US-AL',
        events: [{ id: 'consent-1', type: 'evaluation_consent_received', date: '2026-09-10' }],
      }),
      'initial_evaluation_due',
    );
    expect(moved.key).toBe(d.key);
    expect(moved.due).toBe('2026-11-09');
  });

  it('answers in Spanish for Accept-Language: es', async () => {
    const list = await deadlines(
      {
        jurisdiction: 'US-AL',
        events: [{ type: 'evaluation_consent_received', date: '2026-09-02' }],
      },
      { 'accept-language': 'es-MX,es;q=0.9' },
    );
    const d = byId(list, 'initial_evaluation_due');
    expect(d.steps).toContain(
      '2 de septiembre de 2026 + 60 días calendario = 1 de noviembre de 2026',
    );
    expect(d.steps.join(' ')).not.toMatch(/calendar days|Counting starts/);
    expect(d.title).not.toBe(
      byId(
        await deadlines({
          jurisdiction: 'US-AL',
          events: [{ type: 'evaluation_consent_received', date: '2026-09-02' }],
        }),
        'initial_evaluation_due',
      ).title,
    );
  });

  it('an empty event list has no deadlines', async () => {
    expect(await deadlines({ jurisdiction: 'US-AL', events: [] })).toEqual([]);
  });

  it('refuses an impossible date with 422, naming the field', async () => {
    const error = await problem(
      {
        jurisdiction: 'US-AL',
        events: [
          { type: 'iep_meeting_held', date: '2026-03-01' },
          { type: 'iep_meeting_held', date: '2026-04-01' },
          { type: 'evaluation_completed', date: '2026-02-30' },
        ],
      },
      422,
    );
    expect(error.code).toBe('unprocessable');
    expect(Object.keys(error.fields ?? {})).toEqual(['events[2].date']);
  });

  it.each([
    [
      'an unknown event type',
      { events: [{ type: 'alien_landing', date: '2026-03-01' }] },
      422,
      'events[0].type',
    ],
    ['an unknown jurisdiction', { jurisdiction: 'US-XX' }, 422, 'jurisdiction'],
    ['an unknown county', { county: 'Atlantis' }, 422, 'county'],
    [
      'a malformed date',
      { events: [{ type: 'iep_meeting_held', date: '2026-3-1' }] },
      400,
      'events[0].date',
    ],
    [
      'a date before the supported years',
      { events: [{ type: 'iep_meeting_held', date: '1999-03-01' }] },
      422,
      'events[0].date',
    ],
    ['a malformed today', { today: 'tomorrow' }, 400, 'today'],
    [
      'a calendar whose last day precedes its first',
      { schoolCalendar: { firstDay: '2027-05-21', lastDay: '2026-08-06' } },
      422,
      'schoolCalendar.lastDay',
    ],
    [
      'a bad closed day',
      {
        schoolCalendar: {
          firstDay: '2026-08-06',
          lastDay: '2027-05-21',
          closedDays: ['2026-11-31'],
        },
      },
      422,
      'schoolCalendar.closedDays[0]',
    ],
    [
      'a number for a date',
      { events: [{ type: 'iep_meeting_held', date: 20260301 }] },
      400,
      'events[0].date',
    ],
    ['events that are not a list', { events: 'lots' }, 400, 'events'],
    ['a missing jurisdiction', { jurisdiction: undefined }, 400, 'jurisdiction'],
    ['an unknown field', { color: 'blue' }, 400, 'color'],
    [
      'an unknown field in an event',
      { events: [{ type: 'iep_meeting_held', date: '2026-03-01', x: 1 }] },
      400,
      'events[0].x',
    ],
  ] as const)('refuses %s (%i %s)', async (_what, change, status, field) => {
    const error = await problem(
      {
        jurisdiction: 'US-AL',
        events: [{ type: 'iep_meeting_held', date: '2026-03-01' }],
        ...change,
      },
      status,
    );
    expect(error.code).toBe(status === 400 ? 'invalid_input' : 'unprocessable');
    expect(error.fields?.[field], JSON.stringify(error)).toBeTruthy();
  });

  it('names the field in Spanish for a Spanish reader', async () => {
    const error = await problem(
      { jurisdiction: 'US-AL', events: [{ type: 'iep_meeting_held', date: '2026-02-30' }] },
      422,
      { 'accept-language': 'es' },
    );
    expect(error.fields?.['events[0].date']).toBe('Esta fecha no existe.');
  });

  it('nothing crashes on garbage', async () => {
    for (const body of [
      'not json',
      '{"jurisdiction":',
      'null',
      '[]',
      '"US-AL"',
      '42',
      '{}',
      '{"events":[null]}',
    ]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_input');
    }
    const noType = await anyone.request('/api/v1/deadlines', { method: 'POST', body: '{}' });
    expect(noType.status).toBe(400);
    const tooMany = await problem(
      {
        jurisdiction: 'US-AL',
        events: Array.from({ length: 501 }, () => ({
          type: 'iep_meeting_held',
          date: '2026-03-01',
        })),
      },
      400,
    );
    expect(tooMany.fields?.events).toBeTruthy();
    const huge = await post({ jurisdiction: 'US-AL', events: [], pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect(huge.status).toBe(413);
    const get = await anyone.request('/api/v1/deadlines', {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(404);
  });

  it('needs no account, and stores nothing', async () => {
    const fresh = t.client();
    const res = await fresh.request('/api/v1/deadlines', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jurisdiction: 'US-AL', events: [] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a logged-in browser session still needs the CSRF token, like every API call', async () => {
    const parent = t.client();
    await parent.signUp(uniqueEmail());
    const body = { jurisdiction: 'US-AL', events: [] };
    expect((await parent.json('POST', '/api/v1/deadlines', body, { csrf: false })).status).toBe(
      403,
    );
    expect((await parent.json('POST', '/api/v1/deadlines', body)).status).toBe(200);
  });

  it('is in the OpenAPI document, with its request and response schemas', async () => {
    const doc = (await (await anyone.get('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; responses: Record<string, unknown> }>
      >;
      components: {
        schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }>;
      };
    };
    const op = doc.paths['/deadlines']?.post;
    expect(op).toBeDefined();
    expect(op?.security).toEqual([]);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '422']));
    const request = doc.components.schemas.DeadlinesRequest;
    expect(request?.required).toEqual(expect.arrayContaining(['jurisdiction', 'events']));
    expect(JSON.stringify(request)).toContain('evaluation_consent_received');
    const deadline = doc.components.schemas.Deadline;
    expect(deadline?.required).toEqual(
      expect.arrayContaining([
        'id',
        'due',
        'trigger',
        'dayType',
        'count',
        'citations',
        'firm',
        'steps',
      ]),
    );
  });
});
