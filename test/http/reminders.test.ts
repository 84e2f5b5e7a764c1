import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addReminder,
  deleteReminder,
  deleteRemindersForSource,
  listReminders,
} from '../../src/db/reminders.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

// The parent's own dates on a case (promises, follow-ups): kept per case and owner, shown on the
// timeline apart from the law's deadlines, exported to the calendar and in the account export.

function caseIdFrom(res: Response): string {
  const id = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
  expect(id, 'a case id in the redirect').toBeDefined();
  return id ?? '';
}

describe(`case reminders (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  let other: TestClient;
  let caseId = '';
  let userId = '';
  let otherUserId = '';

  async function userIdOf(email: string): Promise<string> {
    const row = await t.deps.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    other = t.client();
    const email = uniqueEmail();
    const otherEmail = uniqueEmail('other');
    await parent.signUp(email);
    await other.signUp(otherEmail);
    userId = await userIdOf(email);
    otherUserId = await userIdOf(otherEmail);
    caseId = caseIdFrom(await parent.postForm('/cases', caseForm({ childFirstName: 'Maya' })));
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a promise from a meeting on the timeline, marked as not a legal deadline', async () => {
    const added = await addReminder(t.deps.db, userId, caseId, {
      date: '2030-01-15',
      title: 'Ms. Lee sends the <b>draft</b> IEP',
      source: 'meeting',
      sourceId: '00000000-0000-4000-8000-000000000001',
    });
    expect(added?.title).toBe('Ms. Lee sends the <b>draft</b> IEP');
    const html = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(html).toContain('id="reminders"');
    expect(html).toContain('Ms. Lee sends the &lt;b&gt;draft&lt;/b&gt; IEP');
    expect(html).toContain('Promised at a meeting');
    expect(html).toContain('not deadlines in the law');
  });

  it('puts each reminder in the calendar export with a stable UID', async () => {
    const res = await parent.get(`/cases/${caseId}/calendar.ics`);
    expect(res.status).toBe(200);
    const ics = (await res.text()).replace(/\r?\n[ \t]/g, '');
    const [reminder] = await listReminders(t.deps.db, userId, caseId);
    expect(ics).toContain(`UID:reminder-${reminder?.id}@iep-navigator`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20300115');
    expect(ics).toContain('SUMMARY:Reminder: Ms. Lee sends the <b>draft</b> IEP');
    // Reminded the day before and that morning, at 9.
    const entry = ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:reminder-${reminder?.id}`));
    expect(entry?.match(/TRIGGER[^:]*:[^\r\n]+/g)).toEqual([
      'TRIGGER;RELATED=START:-PT15H',
      'TRIGGER;RELATED=START:PT9H',
    ]);
  });

  it('keeps another account from adding, reading or removing reminders on a case', async () => {
    expect(
      await addReminder(t.deps.db, otherUserId, caseId, {
        date: '2030-02-01',
        title: 'x',
        source: 'manual',
        sourceId: null,
      }),
    ).toBeUndefined();
    expect(await listReminders(t.deps.db, otherUserId, caseId)).toEqual([]);
    const [reminder] = await listReminders(t.deps.db, userId, caseId);
    expect(await deleteReminder(t.deps.db, otherUserId, caseId, reminder?.id ?? '')).toBe(false);
    expect(
      await deleteRemindersForSource(
        t.deps.db,
        otherUserId,
        caseId,
        'meeting',
        '00000000-0000-4000-8000-000000000001',
      ),
    ).toBe(0);
    expect(await listReminders(t.deps.db, userId, caseId)).toHaveLength(1);
  });

  it('refuses a date that is not YYYY-MM-DD and cuts a long title', async () => {
    expect(
      await addReminder(t.deps.db, userId, caseId, {
        date: '15/01/2030',
        title: 'x',
        source: 'manual',
        sourceId: null,
      }),
    ).toBeUndefined();
    const long = await addReminder(t.deps.db, userId, caseId, {
      date: '2030-03-01',
      title: 'a'.repeat(1000),
      source: 'manual',
      sourceId: null,
    });
    expect(long?.title).toHaveLength(300);
    expect(await deleteReminder(t.deps.db, userId, caseId, long?.id ?? '')).toBe(true);
  });

  it('includes the case events and reminders in the account export', async () => {
    const res = await parent.get('/account/export');
    const data = (await res.json()) as {
      cases: { id: string; reminders: { title: string }[]; events: unknown[] }[];
    };
    const kase = data.cases.find((c) => c.id === caseId);
    expect(kase?.reminders.map((r) => r.title)).toEqual(['Ms. Lee sends the <b>draft</b> IEP']);
    expect(kase?.events).toEqual([]);
  });

  it('removes the reminders one source made, and only those', async () => {
    await addReminder(t.deps.db, userId, caseId, {
      date: '2030-04-01',
      title: 'Call back',
      source: 'comm_log',
      sourceId: '00000000-0000-4000-8000-000000000002',
    });
    expect(
      await deleteRemindersForSource(
        t.deps.db,
        userId,
        caseId,
        'meeting',
        '00000000-0000-4000-8000-000000000001',
      ),
    ).toBe(1);
    expect((await listReminders(t.deps.db, userId, caseId)).map((r) => r.title)).toEqual([
      'Call back',
    ]);
  });
});
