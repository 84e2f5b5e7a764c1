import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActiveSession, hashSessionToken } from '../../src/db/sessions.js';
import { createTestApp, type TestApp } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

describe(`sign up, log in, log out (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('a parent signs up, lands on their case list and is logged in', async () => {
    const client = t.client();
    const email = uniqueEmail();
    const res = await client.postForm('/signup', { email, password: 'blue lamp river morning' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/cases?notice=welcome');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('iepnav_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const page = await client.get(res.headers.get('location') ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Your account is ready.');
  });

  it('the session cookie is Secure with the __Host- prefix when served over HTTPS', async () => {
    const https = await createTestApp({ config: { baseUrl: 'https://iep.example.org' } });
    try {
      const client = https.client();
      const res = await client.postForm('/signup', {
        email: uniqueEmail(),
        password: 'blue lamp river morning',
      });
      expect(res.status).toBe(303);
      const cookie = res.headers.getSetCookie().find((c) => c.includes('iepnav_session='));
      expect(cookie).toMatch(/^__Host-iepnav_session=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      await https.close();
    }
  });

  it('stores only a hash of the session token, and argon2id hashes of passwords', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.signUp(email);
    const token = client.cookies.get('iepnav_session') ?? '';
    const rows = await t.deps.db.kysely.selectFrom('sessions').select('id').execute();
    expect(rows.map((r) => r.id)).toContain(hashSessionToken(token));
    expect(rows.map((r) => r.id)).not.toContain(token);
    const user = await t.deps.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it.each([
    ['a password shorter than 12 characters', 'short pass', 'at least 12 characters'],
    ['one of the most common passwords', 'password1234', 'too common'],
    ['a common password with digits tacked on', 'iloveyou12345!', 'too common'],
    ['a password made of one repeated character', 'aaaaaaaaaaaaaaaa', 'too common'],
  ])('sign-up refuses %s with a clear message', async (_name, password, message) => {
    const client = t.client();
    const res = await client.postForm('/signup', { email: uniqueEmail(), password });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('href="#password"');
    expect(html).toContain('aria-describedby="password-hint password-error"');
    expect(html).toMatch(/<title>Error: /);
  });

  it('sign-up refuses a password that contains the email name', async () => {
    const res = await t.client().postForm('/signup', {
      email: 'rosalind.parent@example.com',
      password: 'rosalind.parent 2026',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('cannot have your email address in it');
  });

  it('sign-up refuses an address that is not an email and keeps what was typed', async () => {
    const res = await t.client().postForm('/signup', { email: 'not-an-email', password: 'x' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Enter an email address like name@example.com.');
    expect(html).toContain('value="not-an-email"');
  });

  it('sign-up with an address already registered says so and suggests logging in', async () => {
    const email = uniqueEmail();
    await t.client().signUp(email);
    const res = await t.client().postForm('/signup', {
      email: email.toUpperCase(),
      password: 'another fine password',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('If you already have an account, log in instead.');
  });

  it('a wrong password and an unknown email get the same message', async () => {
    const email = uniqueEmail();
    await t.client().signUp(email);
    const wrong = await t.client().logIn(email, 'not the right password');
    const unknown = await t.client().logIn(uniqueEmail('nobody'), 'not the right password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const msg = 'The email address or password is not right.';
    expect(await wrong.text()).toContain(msg);
    expect(await unknown.text()).toContain(msg);
  });

  it('logging in rotates the session id and logging out ends the session', async () => {
    const email = uniqueEmail();
    const client = t.client();
    await client.signUp(email);
    const first = client.cookies.get('iepnav_session');
    const login = await client.logIn(email);
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/cases');
    const second = client.cookies.get('iepnav_session');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const limits = { idleMs: 3_600_000, maxMs: 3_600_000 };
    expect(await findActiveSession(t.deps.db, first ?? '', limits)).toBeUndefined();
    const out = await client.postForm('/logout', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login?notice=loggedOut');
    expect(await findActiveSession(t.deps.db, second ?? '', limits)).toBeUndefined();
    const after = await client.get('/cases');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/login/);
  });

  it('after logging in the parent goes back to the page they asked for', async () => {
    const email = uniqueEmail();
    await t.client().signUp(email);
    const client = t.client();
    const gate = await client.get('/cases/new');
    expect(gate.headers.get('location')).toBe('/login?notice=login&next=%2Fcases%2Fnew');
    const res = await client.postForm('/login', {
      email,
      password: 'correct horse battery staple',
      next: '/cases/new',
    });
    expect(res.headers.get('location')).toBe('/cases/new');
  });

  it('an off-site "next" address is ignored after logging in', async () => {
    const email = uniqueEmail();
    await t.client().signUp(email);
    for (const next of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const res = await t
        .client()
        .postForm('/login', { email, password: 'correct horse battery staple', next });
      expect(res.headers.get('location')).toBe('/cases');
    }
  });
});

describe(`session limits (${testDialect()})`, () => {
  it('a session idle past the idle limit is over, and the parent is told why', async () => {
    const t = await createTestApp({ config: { sessionIdleMs: 60_000 } });
    try {
      const client = t.client();
      await client.signUp(uniqueEmail());
      const longAgo = new Date(Date.now() - 61_000).toISOString();
      await t.deps.db.kysely.updateTable('sessions').set({ last_seen_at: longAgo }).execute();
      const res = await client.get('/cases');
      expect(res.status).toBe(303);
      const login = await client.get(res.headers.get('location') ?? '');
      expect(await login.text()).toContain('you were away for a while');
    } finally {
      await t.close();
    }
  });

  it('a form typed while the session ended is kept through the log-in and saved with one press', async () => {
    const t = await createTestApp({ config: { sessionIdleMs: 60_000 } });
    try {
      const client = t.client();
      const email = uniqueEmail();
      await client.signUp(email);
      const created = await client.postForm('/cases', caseForm({ childFirstName: 'Rosa' }));
      const caseId = /^\/cases\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')?.[1];
      expect(caseId).toBeDefined();
      // The edit page is open; the parent writes for a long time and the session ends.
      const pageToken = await client.csrfToken();
      const longAgo = new Date(Date.now() - 61_000).toISOString();
      await t.deps.db.kysely.updateTable('sessions').set({ last_seen_at: longAgo }).execute();
      const notes = 'First line\nSegunda línea — <b>not bold</b> & "quoted" 😀';
      const posted = await client.postForm(
        `/cases/${caseId}`,
        caseForm({ childFirstName: 'Rosa', notes }),
        { csrf: pageToken },
      );
      // Not an error page: the log-in form, holding what was typed.
      expect(posted.status).toBe(401);
      const login = await posted.text();
      expect(login).toContain('We kept what you typed');
      expect(login).not.toContain('<b>not bold</b>');
      const loginForm = login.slice(login.indexOf('action="/login"'));
      const next = hiddenValue(loginForm, 'next');
      const carried = hiddenValue(loginForm, 'carried');
      expect(next).toBe(`/cases/${caseId}`);
      expect(JSON.parse(carried)).toContainEqual(['notes', notes]);

      const loggedIn = await client.postForm('/login', {
        email,
        password: 'correct horse battery staple',
        next,
        carried,
      });
      expect(loggedIn.status).toBe(200);
      const resume = await loggedIn.text();
      expect(resume).toContain('Save what you typed');
      expect(resume).toContain(`<form method="post" action="/cases/${caseId}">`);
      // Nothing is saved before the parent presses the button.
      const before = await client.get(`/cases/${caseId}`);
      expect(await before.text()).not.toContain('Segunda línea');

      const form = resume.slice(resume.indexOf(`action="/cases/${caseId}"`));
      const fields = new URLSearchParams();
      for (const match of form.matchAll(
        /<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g,
      )) {
        fields.append(unescapeHtml(match[1] ?? ''), unescapeHtml(match[2] ?? ''));
      }
      expect(fields.get('_csrf')).toBeTruthy();
      const saved = await client.request(`/cases/${caseId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      });
      expect(saved.status).toBe(303);
      const view = await (await client.get(`/cases/${caseId}`)).text();
      expect(view).toContain(
        'Segunda línea — &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot; 😀',
      );
    } finally {
      await t.close();
    }
  });

  it('an upload sent after the session ended goes to the log-in page (files cannot be kept)', async () => {
    const t = await createTestApp({ config: { sessionIdleMs: 60_000 } });
    try {
      const client = t.client();
      await client.signUp(uniqueEmail());
      const created = await client.postForm('/cases', caseForm({ childFirstName: 'Rosa' }));
      const casePath = (created.headers.get('location') ?? '').split('?')[0] ?? '';
      const pageToken = await client.csrfToken();
      const longAgo = new Date(Date.now() - 61_000).toISOString();
      await t.deps.db.kysely.updateTable('sessions').set({ last_seen_at: longAgo }).execute();
      const form = new FormData();
      form.set('_csrf', pageToken);
      form.set('files', new File(['%PDF-1.4'], 'iep.pdf', { type: 'application/pdf' }));
      const res = await client.request(`${casePath}/documents`, { method: 'POST', body: form });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/login?notice=expired');
    } finally {
      await t.close();
    }
  });

  it('after the session ended, a form with a token our pages never gave is still refused', async () => {
    const t = await createTestApp({ config: { sessionIdleMs: 60_000 } });
    try {
      const client = t.client();
      await client.signUp(uniqueEmail());
      const created = await client.postForm('/cases', caseForm({ childFirstName: 'Rosa' }));
      const location = created.headers.get('location') ?? '';
      const longAgo = new Date(Date.now() - 61_000).toISOString();
      await t.deps.db.kysely.updateTable('sessions').set({ last_seen_at: longAgo }).execute();
      const forged = await client.postForm(location.split('?')[0] ?? '', caseForm(), {
        csrf: 'forged-token',
      });
      expect(forged.status).toBe(403);
      expect(await forged.text()).not.toContain('name="carried"');
    } finally {
      await t.close();
    }
  });

  it('a log-in with a kept form that is not ours to read just logs in and goes on', async () => {
    const t = await createTestApp();
    try {
      const email = uniqueEmail();
      await t.client().signUp(email);
      const client = t.client();
      for (const carried of ['not json', '{"a":1}', '[["", "x"]]', JSON.stringify([[1, 2]])]) {
        const res = await client.postForm('/login', {
          email,
          password: 'correct horse battery staple',
          next: '/cases',
          carried,
        });
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/cases');
        await client.postForm('/logout', {});
      }
    } finally {
      await t.close();
    }
  });

  it('a session past its absolute limit is over even when in use', async () => {
    const t = await createTestApp();
    try {
      const client = t.client();
      await client.signUp(uniqueEmail());
      await t.deps.db.kysely
        .updateTable('sessions')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .execute();
      const res = await client.get('/cases');
      expect(res.status).toBe(303);
      expect(await t.deps.db.kysely.selectFrom('sessions').selectAll().execute()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe(`rate limits (${testDialect()})`, () => {
  it('log-in tries at one account are limited to 10 in 15 minutes, then 429 with Retry-After', async () => {
    // One instant for every try, so the tries cannot straddle the edge of the window.
    const at = new Date();
    const t = await createTestApp({ now: () => at });
    try {
      const email = uniqueEmail();
      await t.client().signUp(email);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await t.client().logIn(email, `wrong password ${i}`);
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(await res.text()).toContain('too many tries');
        }
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses[10]).toBe(429);
      // Even the right password is refused until the window ends.
      expect((await t.client().logIn(email)).status).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('sign-ups from one address are limited to 10 an hour', async () => {
    // One instant for every try, so the tries cannot straddle the edge of the window.
    const at = new Date();
    const t = await createTestApp({ now: () => at });
    try {
      const statuses: number[] = [];
      const client = t.client();
      for (let i = 0; i < 11; i++) {
        const res = await client.postForm('/signup', { email: uniqueEmail(), password: 'x' });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(422));
      expect(statuses[10]).toBe(429);
    } finally {
      await t.close();
    }
  });
});

/** The value of a hidden input on a page, as the browser would read it. */
function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  expect(match, `a hidden ${name} field`).not.toBeNull();
  return unescapeHtml(match?.[1] ?? '');
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
