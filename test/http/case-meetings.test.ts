import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLetters } from '../../src/db/letters.js';
import { listReminders } from '../../src/db/reminders.js';
import { checklistFor } from '../../src/domain/guide/index.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';
import { checkPdf, docxText } from '../pdf-check.js';

// Getting ready for a meeting: the checklist with ticks and own items, its PDF, the concerns
// statement (PDF and DOCX, both languages), and notes whose promises reach the timeline and the
// follow-up letter.

function idFrom(res: Response, pattern: RegExp): string {
  const id = pattern.exec(res.headers.get('location') ?? '')?.[1];
  expect(id, `an id in ${res.headers.get('location')}`).toBeDefined();
  return id ?? '';
}

describe(`meeting prep (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  let other: TestClient;
  let caseId = '';
  let meetingId = '';
  let userId = '';
  const email = uniqueEmail();

  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    other = t.client();
    await parent.signUp(email);
    await other.signUp(uniqueEmail('other'));
    userId = (
      await t.deps.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
    caseId = idFrom(
      await parent.postForm(
        '/cases',
        caseForm({ childFirstName: 'Maya', childLastName: 'Johnson', school: 'Oak Park' }),
      ),
      /\/cases\/([0-9a-f-]{36})/,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a meeting without a date, then prepares an annual IEP meeting', async () => {
    const bad = await parent.postForm(`/cases/${caseId}/meetings`, {
      kind: 'annual_iep',
      meetingDate: '',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Enter the date of the meeting.');
    const res = await parent.postForm(`/cases/${caseId}/meetings`, {
      kind: 'annual_iep',
      meetingDate: '2030-01-15',
    });
    expect(res.status).toBe(303);
    meetingId = idFrom(res, /\/meetings\/([0-9a-f-]{36})$/);
    const html = await (await parent.get(`/cases/${caseId}/meetings/${meetingId}`)).text();
    const total = checklistFor('annual_iep').length;
    expect(html).toContain(`0 of ${total} done.`);
    expect(html).toContain(`href="/cases/${caseId}/letters/new?kind=records_request"`);
  });

  it('keeps ticks and the parent’s own item, and shows what is left', async () => {
    const [first, second] = checklistFor('annual_iep');
    const body = new URLSearchParams();
    body.append('_csrf', await parent.csrfToken());
    body.append('tick', first?.id ?? '');
    body.append('tick', second?.id ?? '');
    body.append('tick', 'not-an-item');
    body.append('ownItem', 'Ask about the bus schedule');
    body.append('ownItemPhase', 'before');
    const res = await parent.request(`/cases/${caseId}/meetings/${meetingId}/checklist`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(res.status).toBe(303);
    const html = await (await parent.get(`/cases/${caseId}/meetings/${meetingId}`)).text();
    const total = checklistFor('annual_iep').length + 1;
    expect(html).toContain(`2 of ${total} done.`);
    expect(html).toContain('Ask about the bus schedule');
    expect(html).toMatch(new RegExp(`value="${first?.id}" checked`));
  });

  it('prints the filled-in checklist as a tagged PDF with the case and the own item', async () => {
    const res = await parent.get(`/cases/${caseId}/meetings/${meetingId}/checklist.pdf?lang=es`);
    expect(res.status).toBe(200);
    const report = await checkPdf(new Uint8Array(await res.arrayBuffer()));
    expect(report.marked).toBe(true);
    expect(report.language).toBe('es-US');
    expect(report.text).toContain('Maya Johnson');
    expect(report.text).toContain('Ask about the bus schedule');
  });

  it('writes the concerns statement as PDF and DOCX in English and Spanish (34 CFR 300.324(a)(1)(ii))', async () => {
    const empty = await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/concerns`, {});
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Write at least one priority.');
    const res = await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/concerns`, {
      priority0: 'Reading at grade level by spring',
      priority1: 'Speech therapy 60 minutes a week',
      concerns: 'Maya gets tired after lunch.',
    });
    expect(res.status).toBe(303);
    for (const lang of ['en', 'es'] as const) {
      const pdf = await parent.get(
        `/cases/${caseId}/meetings/${meetingId}/concerns.pdf?lang=${lang}`,
      );
      const report = await checkPdf(new Uint8Array(await pdf.arrayBuffer()));
      expect(report.marked).toBe(true);
      expect(report.language).toBe(lang === 'es' ? 'es-US' : 'en-US');
      expect(report.structRoles).toContain('LI');
      expect(report.text).toContain('Reading at grade level by spring');
      expect(report.text).toContain('Maya Johnson');
      const docx = await parent.get(
        `/cases/${caseId}/meetings/${meetingId}/concerns.docx?lang=${lang}`,
      );
      expect(docxText(new Uint8Array(await docx.arrayBuffer())).text).toContain(
        'Speech therapy 60 minutes a week',
      );
    }
  });

  it('turns two promises from the notes into timeline dates and a follow-up letter that holds both', async () => {
    const bad = await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/notes`, {
      rows: '4',
      what0: '',
      who0: 'Ms. Lee',
      by0: '2030-01-10',
    });
    expect(bad.status).toBe(422);
    const res = await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/notes`, {
      rows: '4',
      attendees: 'Ms. Lee, case manager\nMr. Park, principal',
      notes: 'Talked about reading.',
      what0: 'Send the reading data',
      who0: 'Ms. Lee',
      by0: '2030-01-22',
      what1: 'Start speech therapy 60 minutes a week',
      who1: 'Mr. Park',
      by1: '2030-02-01',
    });
    expect(res.status).toBe(303);
    const reminders = await listReminders(t.deps.db, userId, caseId);
    expect(reminders.map((r) => r.date)).toEqual(['2030-01-17', '2030-01-22', '2030-02-01']);
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).toContain('Send the reading data');
    expect(timeline).toContain('Start speech therapy 60 minutes a week');

    // Saving again replaces the dates instead of adding copies.
    await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/notes`, {
      rows: '4',
      what0: 'Send the reading data',
      who0: 'Ms. Lee',
      by0: '2030-01-22',
      what1: 'Start speech therapy 60 minutes a week',
      who1: 'Mr. Park',
      by1: '2030-02-01',
    });
    expect(await listReminders(t.deps.db, userId, caseId)).toHaveLength(3);

    const letter = await parent.postForm(`/cases/${caseId}/meetings/${meetingId}/follow-up`, {});
    expect(letter.status).toBe(303);
    const letterPath = letter.headers.get('location') ?? '';
    expect(letterPath).toMatch(/\/letters\/[0-9a-f-]{36}$/);
    const html = await (await parent.get(letterPath)).text();
    expect(html).toContain('Send the reading data');
    expect(html).toContain('Start speech therapy 60 minutes a week');
    const [saved] = await listLetters(t.deps.db, userId, caseId);
    expect(saved?.kind).toBe('meeting_follow_up');
  });

  it('shows nothing of a meeting to another account', async () => {
    const base = `/cases/${caseId}/meetings/${meetingId}`;
    for (const path of [
      base,
      `${base}/notes`,
      `${base}/concerns`,
      `${base}/concerns.pdf`,
      `${base}/checklist.pdf`,
      `${base}/scripts`,
      `${base}/delete`,
    ]) {
      expect((await other.get(path)).status).toBe(404);
    }
    expect((await other.postForm(`${base}/notes`, { what0: 'x' })).status).toBe(404);
    expect((await other.postForm(`${base}/delete`, {})).status).toBe(404);
    expect(await listReminders(t.deps.db, userId, caseId)).toHaveLength(3);
  });

  it('puts the meetings in the account export', async () => {
    const data = (await (await parent.get('/account/export')).json()) as {
      cases: { id: string; meetings: { priorities: string[]; promises: unknown[] }[] }[];
    };
    const meetings = data.cases.find((c) => c.id === caseId)?.meetings ?? [];
    expect(meetings[0]?.priorities).toContain('Reading at grade level by spring');
    expect(meetings[0]?.promises).toHaveLength(2);
  });
  it('shows the script cards for the meeting in the page’s language, their tools opening this case', async () => {
    const base = `/cases/${caseId}/meetings/${meetingId}`;
    const checklist = await (await parent.get(base)).text();
    expect(checklist).toContain(`href="${base}/scripts"`);
    expect(checklist).toContain(`href="${base}/scripts#script-ask_for_data"`);
    const en = await parent.get(`${base}/scripts`);
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('id="script-ask_for_data"');
    expect(html).toContain('Can you show me the data for that?');
    expect(html).toContain(`href="/cases/${caseId}/letters/new?kind=records_request"`);
    expect(html).toContain(`href="${base}/notes"`);
    // The law behind a card is named on it (34 CFR 300.503 for prior written notice).
    expect(html).toContain('34 CFR 300.503');

    await parent.postForm('/language', { locale: 'es', next: '/' });
    try {
      const es = await (await parent.get(`${base}/scripts`)).text();
      expect(es).toContain('<html lang="es">');
      expect(es).toContain('Qué decir en la reunión');
      expect(es).toContain('¿Me puede mostrar los datos de eso?');
      expect(es).not.toContain('Can you show me the data for that?');
    } finally {
      await parent.postForm('/language', { locale: 'en', next: '/' });
    }
  });

  it('asks before deleting a meeting, and deleting it takes only its own dates off the timeline', async () => {
    const created = await parent.postForm(`/cases/${caseId}/meetings`, {
      kind: 'section_504_meeting',
      meetingDate: '2030-03-01',
    });
    const secondId = idFrom(created, /\/meetings\/([0-9a-f-]{36})$/);
    const base = `/cases/${caseId}/meetings/${secondId}`;
    await parent.postForm(`${base}/notes`, {
      rows: '4',
      what0: 'Send the 504 plan draft',
      who0: 'Ms. Ray',
      by0: '2030-03-05',
    });
    expect(await listReminders(t.deps.db, userId, caseId)).toHaveLength(5);

    const page = await (await parent.get(base)).text();
    expect(page).toContain(`href="${base}/delete"`);
    const confirm = await parent.get(`${base}/delete`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('The promised dates go off your timeline.');

    const deleted = await parent.postForm(`${base}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(`/cases/${caseId}/meetings?notice=deleted`);
    expect((await parent.get(base)).status).toBe(404);
    const left = await listReminders(t.deps.db, userId, caseId);
    expect(left.map((r) => r.date)).toEqual(['2030-01-17', '2030-01-22', '2030-02-01']);
    expect((await parent.get(`/cases/${caseId}/meetings/${meetingId}`)).status).toBe(200);
  });
});
