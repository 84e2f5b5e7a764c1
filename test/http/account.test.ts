import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

describe(`the parent's own account (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('a parent downloads everything they saved as one JSON file', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.signUp(email);
    await client.postForm(
      '/cases',
      caseForm({ childFirstName: 'Nia', notes: 'IEP meeting May 2' }),
    );
    const res = await client.get('/account/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="iep-navigator-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = (await res.json()) as {
      account: { email: string };
      cases: { childFirstName: string; notes: string }[];
    };
    expect(data.account.email).toBe(email);
    expect(data.cases).toEqual([
      expect.objectContaining({ childFirstName: 'Nia', notes: 'IEP meeting May 2' }),
    ]);
  });

  it('deleting the account needs the password, then removes the account, its cases and sessions', async () => {
    const client = t.client();
    const email = uniqueEmail();
    await client.signUp(email);
    await client.postForm('/cases', caseForm({ childFirstName: 'Omar' }));
    const userId = (
      await t.deps.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

    const wrong = await client.postForm('/account/delete', { password: 'not my password at all' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That password is not right.');

    const res = await client.postForm('/account/delete', {
      password: 'correct horse battery staple',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?notice=accountDeleted');
    const home = await client.get('/?notice=accountDeleted');
    expect(await home.text()).toContain('Your account and everything in it were deleted.');
    const db = t.deps.db.kysely;
    expect(await db.selectFrom('users').selectAll().where('id', '=', userId).execute()).toEqual([]);
    expect(
      await db.selectFrom('cases').selectAll().where('user_id', '=', userId).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute(),
    ).toEqual([]);
    expect((await t.client().logIn(email)).status).toBe(401);
  });

  it('the account pages need a logged-in parent', async () => {
    for (const path of ['/account', '/account/export', '/account/delete']) {
      const res = await t.client().get(path);
      expect(res.status, path).toBe(303);
    }
  });
});
