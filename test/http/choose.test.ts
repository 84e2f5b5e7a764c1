import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/rules/index.js';
import { formatDate } from '../../src/i18n/index.js';
import { todayInAlabama } from '../../src/web/today.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

// The path chooser interview at /choose, through its forms, as a parent without JavaScript.

const today = todayInAlabama();
const daysAgo = (n: number) => addDays(today, -n);

type Pairs = [string, string][];

/** Posts a form with repeated fields (checkboxes), carrying the page's CSRF token. */
async function post(
  client: TestClient,
  path: string,
  pairs: Pairs,
  csrf = true,
): Promise<Response> {
  const body = new URLSearchParams(pairs);
  if (csrf) {
    body.set('_csrf', await client.csrfToken());
  }
  return client.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

/** Answers one page and returns where it led. */
async function answer(client: TestClient, slug: string, pairs: Pairs): Promise<string> {
  const res = await post(client, `/choose/${slug}`, pairs);
  expect(res.status, `POST /choose/${slug}: ${res.status === 422 ? await res.text() : ''}`).toBe(
    303,
  );
  return res.headers.get('location') ?? '';
}

const choose = (...values: string[]): Pairs => values.map((v) => ['answer', v]);

async function html(client: TestClient, path: string, status = 200): Promise<string> {
  const res = await client.get(path);
  expect(res.status, path).toBe(status);
  return res.text();
}

/** Runs the whole interview for an IEP service dispute and a late evaluation. */
async function finishInterview(client: TestClient, mediation = 'no'): Promise<void> {
  expect(await answer(client, 'plan', choose('iep'))).toBe('/choose/concerns');
  expect(
    await answer(client, 'concerns', choose('service_amount', 'evaluation_timeline_missed')),
  ).toBe('/choose/concern-dates');
  expect(
    await answer(client, 'concern-dates', [
      ['date-service_amount', daysAgo(30)],
      ['date-evaluation_timeline_missed', daysAgo(60)],
    ]),
  ).toBe('/choose/district-mediation');
  expect(await answer(client, 'district-mediation', choose(mediation))).toBe('/choose/pending');
  expect(await answer(client, 'pending', choose('none'))).toBe('/choose/tried');
  expect(await answer(client, 'tried', choose('none'))).toBe('/choose/check-answers');
}

function checked(page: string, value: string): boolean {
  return new RegExp(`value="${value}" checked`).test(page);
}

describe(`the path chooser interview (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is open to anyone, links the comparison, and is linked from the home page', async () => {
    const visitor = t.client();
    const home = await html(visitor, '/');
    expect(home).toContain('href="/choose"');
    const start = await html(visitor, '/choose');
    expect(start).toContain('Find the right next step');
    expect(start).toContain('href="/choose/plan"');
    expect(start).toContain('href="/choose/compare"');
  });

  it('runs end to end through the forms, one question per page, to the ranked result', async () => {
    const parent = t.client();
    const plan = await html(parent, '/choose/plan');
    expect(plan).toContain('What kind of plan does your child have?');
    expect(plan).toContain('I am not sure');
    expect(plan.match(/<form method="post" action="\/choose\/plan"/g)).toHaveLength(1);
    expect(plan).toMatch(/name="_csrf" value="[^"]+"/);
    await finishInterview(parent);

    const cookie = [...parent.cookies.keys()].find((k) => k.includes('choose'));
    expect(cookie).toBe('iepnav_choose');

    const check = await html(parent, '/choose/check-answers');
    expect(check).toContain('Check your answers');
    expect(check).toContain('How much of a service my child gets');
    expect(check).toContain(formatDate('en', daysAgo(30)));
    expect(check).toContain('No, or we have not asked');
    expect(check).toContain('href="/choose/plan?change=1"');
    expect(check).toContain('href="/choose/tried?change=1"');

    const result = await html(parent, '/choose/result');
    expect(result).toContain('Your options');
    // Ranked cards, with why, next steps, facts, citations and the window.
    const mediation = result.indexOf('id="option-mediation"');
    const stateComplaint = result.indexOf('id="option-state_complaint"');
    expect(mediation).toBeGreaterThan(0);
    expect(stateComplaint).toBeGreaterThan(0);
    expect(result).toContain('Recommended');
    expect(result).toContain('Why');
    expect(result).toContain('What happens next');
    expect(result).toContain('How long it takes');
    expect(result).toContain('What it costs');
    expect(result).toContain('Is it confidential?');
    expect(result).toContain('Is the result binding?');
    expect(result).toContain('34 CFR 300.506(b)(8)');
    expect(result).toContain('not yet checked');
    expect(result).toContain('Letter to write: a request for mediation.');
    expect(result).toMatch(/href="\/(signup|cases)">Write this letter/);
    expect(result).toContain(
      'Deadline this starts: from the day the state receives your complaint.',
    );
    // The state complaint window: a year after the late evaluation, shown as a date and a countdown.
    const closes = addDays(addDays(daysAgo(60), 0), 0);
    const lastDay = `${Number(closes.slice(0, 4)) + 1}${closes.slice(4)}`;
    expect(result).toContain(`Last day to file: ${formatDate('en', lastDay)}.`);
    expect(result).toMatch(/\d+ days left\./);
    expect(result).toContain('Not available now');
    expect(result).toContain('Log in to save');
    expect(result).toContain('href="/choose/compare"');
  });

  it('keeps answers on the way back and forward', async () => {
    const parent = t.client();
    await answer(parent, 'plan', choose('section_504'));
    await answer(parent, 'concerns', choose('placement', 'discipline'));
    const dates = await html(parent, '/choose/concern-dates');
    expect(dates).toContain('href="/choose/concerns"');
    const concerns = await html(parent, '/choose/concerns');
    expect(concerns).toContain('href="/choose/plan"');
    expect(checked(concerns, 'placement')).toBe(true);
    expect(checked(concerns, 'discipline')).toBe(true);
    expect(checked(concerns, 'eligibility')).toBe(false);
    const plan = await html(parent, '/choose/plan');
    expect(checked(plan, 'section_504')).toBe(true);
    expect(plan).toContain('href="/choose"');
    // Answering an earlier page again keeps the later answers.
    expect(await answer(parent, 'plan', choose('section_504'))).toBe('/choose/concerns');
    expect(checked(await html(parent, '/choose/concerns'), 'discipline')).toBe(true);
  });

  it('does not skip ahead: a later page sends the parent to the first unanswered one', async () => {
    const parent = t.client();
    const res = await parent.get('/choose/tried');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/choose/plan');
    const result = await parent.get('/choose/result');
    expect(result.headers.get('location')).toBe('/choose/plan');
    expect((await parent.get('/choose/nope')).status).toBe(404);
  });

  it('shows errors with a summary and keeps what was typed', async () => {
    const parent = t.client();
    const none = await post(parent, '/choose/plan', []);
    expect(none.status).toBe(422);
    const nonePage = await none.text();
    expect(nonePage).toContain('There is a problem');
    expect(nonePage).toContain('<a href="#answer">Choose one answer.</a>');
    expect(nonePage).toMatch(/<title>Error: /);

    await answer(parent, 'plan', choose('iep'));
    await answer(parent, 'concerns', choose('service_amount', 'placement'));
    const future = addDays(today, 3);
    const bad = await post(parent, '/choose/concern-dates', [
      ['date-service_amount', future],
      ['date-placement', '2026-02-30'],
    ]);
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain(
      '<a href="#date-service_amount">The date for “How much of a service my child gets” must be today or in the past.</a>',
    );
    expect(badPage).toContain(
      'The date for “Where my child learns” must be a real date, like 2026-03-27.',
    );
    expect(badPage).toContain(`value="${future}"`);
    expect(badPage).toContain('value="2026-02-30"');
    expect(badPage).toContain('aria-invalid="true"');

    await answer(parent, 'concern-dates', [
      ['date-service_amount', daysAgo(3)],
      ['date-placement', daysAgo(4)],
    ]);
    await answer(parent, 'district-mediation', choose('not_sure'));
    const both = await post(parent, '/choose/pending', choose('none', 'due_process'));
    expect(both.status).toBe(422);
    expect(await both.text()).toContain(
      'Choose “No” on its own, or choose only the other answers.',
    );
    const unknown = await post(parent, '/choose/pending', choose('lawsuit'));
    expect(unknown.status).toBe(422);
  });

  it('drops answers a change made irrelevant before the result', async () => {
    const parent = t.client();
    await answer(parent, 'plan', choose('iep'));
    await answer(parent, 'concerns', choose('placement'));
    await answer(parent, 'concern-dates', [['date-placement', daysAgo(20)]]);
    await answer(parent, 'district-mediation', choose('yes'));
    await answer(parent, 'pending', choose('due_process'));
    await answer(parent, 'tried', choose('iep_meeting', 'mediation'));
    const before = await html(parent, '/choose/check-answers');
    expect(before).toContain('Has the school district said no to mediation?');
    expect(before).toContain('Do you already have a complaint open with the state?');

    // A 504 plan only: mediation, pending filings and "tried mediation" no longer apply.
    const changed = await post(parent, '/choose/plan', [...choose('section_504'), ['change', '1']]);
    expect(changed.headers.get('location')).toBe('/choose/check-answers');
    const after = await html(parent, '/choose/check-answers');
    expect(after).not.toContain('Has the school district said no to mediation?');
    expect(after).not.toContain('Do you already have a complaint open with the state?');
    expect(after).toContain('A meeting with the IEP or 504 team');
    expect(after).not.toContain('>Mediation<');
    const result = await html(parent, '/choose/result');
    expect(result).not.toContain('The school district said no to mediation');
    expect(result.indexOf('id="option-section_504_hearing"')).toBeLessThan(
      result.indexOf('id="not-available"'),
    );

    // Adding a concern asks only for its date, then comes back; other answers are kept.
    const added = await post(parent, '/choose/concerns', [
      ...choose('placement', 'disability_discrimination'),
      ['change', '1'],
    ]);
    expect(added.headers.get('location')).toBe('/choose/concern-dates?change=1');
    const datesPage = await html(parent, '/choose/concern-dates?change=1');
    expect(datesPage).toContain('href="/choose/check-answers"');
    expect(datesPage).toContain(`value="${daysAgo(20)}"`);
    expect(
      await answer(parent, 'concern-dates', [
        ['date-placement', daysAgo(20)],
        ['date-disability_discrimination', daysAgo(10)],
        ['change', '1'],
      ]),
    ).toBe('/choose/check-answers');
    const final = await html(parent, '/choose/check-answers');
    expect(final).toContain('Unfair treatment because of disability');
    expect(final).toContain('A meeting with the IEP or 504 team');
  });

  it('treats a tampered answers cookie as no answers, and starting again clears it', async () => {
    const parent = t.client();
    parent.cookies.set('iepnav_choose', Buffer.from('{"plan":"hacked"}').toString('base64url'));
    const res = await parent.get('/choose/check-answers');
    expect(res.headers.get('location')).toBe('/choose/plan');

    await finishInterview(parent);
    const start = await html(parent, '/choose');
    expect(start).toContain('Continue where you left off');
    expect(start).toContain('href="/choose/check-answers"');
    const restart = await post(parent, '/choose/restart', []);
    expect(restart.status).toBe(303);
    expect(restart.headers.get('location')).toBe('/choose?notice=cleared');
    expect(parent.cookies.has('iepnav_choose')).toBe(false);
    expect(await html(parent, '/choose?notice=cleared')).toContain('Your answers were cleared');
  });

  it('sets the answers cookie HttpOnly and SameSite=Lax, and refuses a post without CSRF', async () => {
    const parent = t.client();
    await parent.get('/choose');
    const res = await post(parent, '/choose/plan', choose('iep'));
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('iepnav_choose='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(res.headers.get('location')).not.toContain('iep');
    const forged = await post(parent, '/choose/plan', choose('none'), false);
    expect(forged.status).toBe(403);
  });

  it('asks and answers in Spanish, dates included', async () => {
    const parent = t.client();
    await parent.postForm('/language', { locale: 'es', next: '/choose/plan' });
    const plan = await html(parent, '/choose/plan');
    expect(plan).toContain('lang="es"');
    expect(plan).toContain('¿Qué tipo de plan tiene su hijo?');
    expect(plan).toContain('No estoy seguro');
    await finishInterview(parent, 'yes');
    const check = await html(parent, '/choose/check-answers');
    expect(check).toContain('Revise sus respuestas');
    expect(check).toContain(formatDate('es', daysAgo(30)));
    const result = await html(parent, '/choose/result');
    expect(result).toContain('Sus opciones');
    expect(result).toContain('El distrito escolar dijo que no a la mediación');
    expect(result).toContain('Último día para presentar');
    expect(result).toContain('Cuánto cuesta');
    expect(result).toContain('aún no verificado');
    const compare = await html(parent, '/choose/compare');
    expect(compare).toContain('Mediación, queja estatal o debido proceso');
  });

  it('the comparison page sets the three routes side by side, every fact cited', async () => {
    const page = await html(t.client(), '/choose/compare');
    expect(page).toContain('<table class="compare">');
    for (const name of ['Mediation', 'State complaint', 'Due process hearing']) {
      expect(page).toContain(`<th scope="col">${name}</th>`);
    }
    expect(page).toContain('Free for your family. The state pays.');
    expect(page).toContain('34 CFR 300.152(a)');
    expect(page).toContain('Not yet checked');
  });
});

describe(`saving the result to a case (${testDialect()})`, () => {
  let t: TestApp;
  let owner: TestClient;
  let caseId = '';
  let resultUrl = '';

  beforeAll(async () => {
    t = await createTestApp();
    owner = t.client();
    await owner.signUp(uniqueEmail('chooser'));
    const created = await owner.postForm('/cases', caseForm({ childFirstName: 'Rosalind' }));
    caseId = /\/cases\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')?.[1] ?? '';
    expect(caseId).not.toBe('');
  });
  afterAll(async () => {
    await t.close();
  });

  it('the case page links to the interview before anything is saved', async () => {
    const page = await html(owner, `/cases/${caseId}`);
    expect(page).toContain('Next step');
    expect(page).toContain('href="/choose"');
    expect(page).not.toContain('See the saved result');
  });

  it('a logged-in parent picks the case and saves; the case shows the latest result', async () => {
    await finishInterview(owner);
    const result = await html(owner, '/choose/result');
    expect(result).toContain('action="/choose/save"');
    expect(result).toContain('Rosalind Johnson');

    const missing = await post(owner, '/choose/save', []);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('<a href="#caseId">Choose the child this is about.</a>');

    const saved = await post(owner, '/choose/save', [['caseId', caseId]]);
    expect(saved.status).toBe(303);
    resultUrl = (saved.headers.get('location') ?? '').replace('?notice=saved', '');
    expect(resultUrl).toMatch(new RegExp(`^/cases/${caseId}/assessments/[0-9a-f-]{36}$`));

    const view = await html(owner, `${resultUrl}?notice=saved`);
    expect(view).toContain('The result is saved to the case.');
    expect(view).toContain('Saved result for Rosalind Johnson');
    expect(view).toContain('id="option-mediation"');
    expect(view).toContain('Answers used');
    expect(view).toContain('How much of a service my child gets');
    // Each letter the result names is one click away, in this case's letter writer.
    expect(view).toContain(`href="/cases/${caseId}/letters/new?kind=mediation_request"`);
    expect((await owner.get(`/cases/${caseId}/letters/new?kind=mediation_request`)).status).toBe(
      200,
    );

    const casePage = await html(owner, `/cases/${caseId}`);
    expect(casePage).toContain(`href="${resultUrl}"`);
    expect(casePage).toContain('Latest result, saved on');
    expect(casePage).toMatch(/Latest result, saved on [^<]+: State complaint\./);

    const rows = await t.deps.db.kysely.selectFrom('assessments').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.case_id).toBe(caseId);
    expect(rows[0]?.as_of).toBe(today);
    expect(JSON.parse(rows[0]?.answers_json ?? '{}')).toMatchObject({ plan: 'iep' });
    expect(JSON.parse(rows[0]?.result_json ?? '{}').options[0].path).toBe('state_complaint');
  });

  it('a saved result puts the date of each problem on the case timeline, once', async () => {
    const view = await html(owner, resultUrl);
    expect(view).toContain(`action="${resultUrl}/events"`);
    const res = await post(owner, `${resultUrl}/events`, []);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}/timeline?notice=dates`);
    const timeline = await html(owner, `/cases/${caseId}/timeline?notice=dates`);
    expect(timeline).toContain('The dates from the result were added to the timeline.');
    const events = async () =>
      (await t.deps.db.kysely.selectFrom('case_events').select(['type', 'date']).execute())
        .map((e) => `${e.type}@${e.date}`)
        .sort();
    const expected = [
      `alleged_violation_known@${daysAgo(30)}`,
      `alleged_violation_known@${daysAgo(60)}`,
      `alleged_violation_occurred@${daysAgo(30)}`,
      `alleged_violation_occurred@${daysAgo(60)}`,
    ].sort();
    expect(await events()).toEqual(expected);
    await post(owner, `${resultUrl}/events`, []);
    expect(await events()).toEqual(expected);
  });

  it('another account cannot see the saved result or save to the case', async () => {
    const intruder = t.client();
    await intruder.signUp(uniqueEmail('intruder'));
    const res = await intruder.get(resultUrl);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Rosalind');
    await finishInterview(intruder);
    const save = await post(intruder, '/choose/save', [['caseId', caseId]]);
    expect(save.status).toBe(404);
    const rows = await t.deps.db.kysely.selectFrom('assessments').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('a visitor is sent to log in to save, and to see a saved result', async () => {
    const visitor = t.client();
    await finishInterview(visitor);
    const result = await html(visitor, '/choose/result');
    expect(result).toContain('href="/login?next=%2Fchoose%2Fresult"');
    const save = await post(visitor, '/choose/save', [['caseId', caseId]]);
    expect(save.status).toBe(303);
    expect(save.headers.get('location')).toMatch(/^\/login/);
    const view = await visitor.get(resultUrl);
    expect(view.status).toBe(303);
    expect(view.headers.get('location')).toMatch(/^\/login\?notice=login/);
  });

  it('deleting the case deletes its saved results', async () => {
    const del = await owner.postForm(`/cases/${caseId}/delete`, {});
    expect(del.status).toBe(303);
    const rows = await t.deps.db.kysely.selectFrom('assessments').select('id').execute();
    expect(rows).toHaveLength(0);
  });
});
