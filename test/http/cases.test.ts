import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

describe(`cases in pages (${testDialect()})`, () => {
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

  async function createCaseFor(client: TestClient, fields = caseForm()): Promise<string> {
    const res = await client.postForm('/cases', fields);
    expect(res.status).toBe(303);
    const id = /^\/cases\/([0-9a-f-]{36})\?notice=created$/.exec(
      res.headers.get('location') ?? '',
    )?.[1];
    expect(id).toBeDefined();
    return id ?? '';
  }

  it('a parent adds a child with only a first name and finds the case in their list', async () => {
    const id = await createCaseFor(parent, { childFirstName: 'Leo' });
    const view = await (await parent.get(`/cases/${id}?notice=created`)).text();
    expect(view).toContain('The case was saved.');
    expect(view).toContain('<h1>Leo</h1>');
    expect(view).toContain('I don’t know');
    const list = await (await parent.get('/cases')).text();
    expect(list).toContain(`href="/cases/${id}"`);
  });

  it('a case page offers the next step first, then every tool of the case with a line on what it is for', async () => {
    const id = await createCaseFor(parent, { childFirstName: 'Mia' });
    const view = await (await parent.get(`/cases/${id}`)).text();
    const tools = view.slice(
      view.indexOf('<h2 id="tools">'),
      view.indexOf('</ul>', view.indexOf('<h2 id="tools">')),
    );
    for (const [path, hint] of [
      ['timeline', 'See the deadlines that follow from what happened'],
      ['calendar', 'so deadlines in school days are right'],
      ['meetings', 'notes for the next meeting'],
      ['letters', 'everything the law asks for'],
      ['documents', 'in one safe place'],
      ['log', 'every call, email, meeting and text'],
      ['binders', 'with page numbers and a table of contents'],
    ] as const) {
      expect(tools).toContain(`href="/cases/${id}/${path}"`);
      expect(tools).toContain(hint);
    }
    expect(view.indexOf('href="/choose')).toBeGreaterThan(-1);
    expect(view.indexOf('href="/choose')).toBeLessThan(view.indexOf('<h2 id="tools">'));
  });

  it('a case keeps every field the parent gave, shown in plain words', async () => {
    const id = await createCaseFor(
      parent,
      caseForm({ notes: 'Speech went from 60 to 30 minutes.', parentLanguage: 'es', grade: 'k' }),
    );
    const html = await (await parent.get(`/cases/${id}`)).text();
    for (const text of [
      'Maya Johnson',
      'March 27, 2015',
      'Kindergarten',
      'Oak Park Elementary',
      'Mobile County Public Schools',
      'Alabama',
      'IEP (Individualized Education Program)',
      'Spanish (Español)',
      'Speech went from 60 to 30 minutes.',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('a form without the first name comes back with the error at the top, linked to the field, and keeps what was typed', async () => {
    const res = await parent.postForm('/cases', caseForm({ childFirstName: ' ', school: 'Hill' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('<a href="#childFirstName">Enter your child’s first name.</a>');
    expect(html).toContain('id="childFirstName-error"');
    expect(html).toContain('aria-describedby="childFirstName-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="Hill"');
  });

  it('after a form error, the language switch comes back to the form, not where it was sent', async () => {
    const res = await parent.request('/cases', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: 'http://localhost/cases/new',
      },
      body: new URLSearchParams({
        ...caseForm({ childFirstName: '' }),
        _csrf: await parent.csrfToken(),
      }).toString(),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('<input type="hidden" name="next" value="/cases/new"/>');
  });

  it.each([
    ['an impossible date', '2026-02-30', 'Enter a real date'],
    ['a date in the future', '2999-01-01', 'cannot be in the future'],
    ['a date that is not a date', 'next spring', 'Enter a real date'],
  ])('a birth date that is %s is refused with a clear message', async (_n, date, message) => {
    const res = await parent.postForm('/cases', caseForm({ childDateOfBirth: date }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
  });

  it('a value that is not one of the choices is refused, not stored', async () => {
    const res = await parent.postForm('/cases', { ...caseForm(), planType: 'magic' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Choose one of the options.');
  });

  it('text that looks like HTML is shown as text, never run', async () => {
    const id = await createCaseFor(
      parent,
      caseForm({
        childFirstName: '<script>alert(1)</script>',
        notes: '"><img src=x onerror=alert(1)>',
      }),
    );
    const html = await (await parent.get(`/cases/${id}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a parent changes the details of a case', async () => {
    const id = await createCaseFor(parent);
    const form = await (await parent.get(`/cases/${id}/edit`)).text();
    expect(form).toContain('value="Oak Park Elementary"');
    const res = await parent.postForm(
      `/cases/${id}`,
      caseForm({ school: 'Pine Middle School', grade: '6' }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${id}?notice=updated`);
    const html = await (await parent.get(`/cases/${id}?notice=updated`)).text();
    expect(html).toContain('Pine Middle School');
    expect(html).toContain('6th grade');
    expect(html).toContain('Your changes were saved.');
  });

  it('deleting asks first, then deletes the case for good', async () => {
    const id = await createCaseFor(parent);
    const confirm = await (await parent.get(`/cases/${id}/delete`)).text();
    expect(confirm).toContain('You cannot undo this.');
    expect(confirm).toContain(`action="/cases/${id}/delete"`);
    const res = await parent.postForm(`/cases/${id}/delete`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/cases?notice=deleted');
    expect((await parent.get(`/cases/${id}`)).status).toBe(404);
  });

  it('a parent with several children sees each case, newest first', async () => {
    const client = t.client();
    await client.signUp(uniqueEmail());
    await createCaseFor(client, caseForm({ childFirstName: 'Ana' }));
    await new Promise((r) => setTimeout(r, 5));
    await createCaseFor(client, caseForm({ childFirstName: 'Ben' }));
    const html = await (await client.get('/cases')).text();
    expect(html.indexOf('Ben Johnson')).toBeGreaterThan(-1);
    expect(html.indexOf('Ben Johnson')).toBeLessThan(html.indexOf('Ana Johnson'));
  });
});

describe(`language (${testDialect()})`, () => {
  it('the language switch shows every page in Spanish and remembers it for the account', async () => {
    const t = await createTestApp();
    try {
      const email = uniqueEmail();
      const client = t.client();
      await client.signUp(email);
      const res = await client.postForm('/language', { locale: 'es', next: '/cases' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/cases');
      const html = await (await client.get('/cases')).text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('Mis casos');
      // A new browser (no language cookie), logging in: Spanish, because the account remembers.
      const other = t.client();
      await other.logIn(email);
      expect(await (await other.get('/cases')).text()).toContain('<html lang="es">');
    } finally {
      await t.close();
    }
  });

  it('a visitor whose browser prefers Spanish gets Spanish pages before choosing', async () => {
    const t = await createTestApp();
    try {
      const html = await (
        await t.client().get('/', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' })
      ).text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('Crear una cuenta gratis');
    } finally {
      await t.close();
    }
  });
});
