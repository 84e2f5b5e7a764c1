import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommLogEntry, listCommLogEntries } from '../../src/db/comm-log.js';
import { createDocument, deleteDocument } from '../../src/db/documents.js';
import { createLetter, finalizeLetter, markLetterSent } from '../../src/db/letters.js';
import { listReminders } from '../../src/db/reminders.js';
import { addDays } from '../../src/domain/deadlines/iso-date.js';
import { todayInAlabama } from '../../src/web/today.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

// The communication log of a case: entries the parent writes (with a follow-up date that becomes
// a reminder on the timeline and in the .ics), vault documents attached from the same case only,
// mediation-confidential entries, letters sent from the app shown by themselves, owner-only.

const PASSWORD = 'correct horse battery staple';

function caseIdFrom(res: Response): string {
  const id = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
  expect(id, 'a case id in the redirect').toBeDefined();
  return id ?? '';
}

/** The .ics text with folded lines joined again. */
function unfold(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, '');
}

describe(`the communication log (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  let other: TestClient;
  let userId = '';
  let otherUserId = '';
  let caseId = '';
  let secondCaseId = '';
  let otherCaseId = '';
  const today = todayInAlabama();
  const talkedOn = addDays(today, -3);
  const followUp = addDays(today, 10);
  const movedFollowUp = addDays(today, 20);
  const docs = { report: '', scores: '', secondCase: '', otherAccount: '' };

  async function userIdOf(email: string): Promise<string> {
    const row = await t.deps.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function addDocument(owner: string, kase: string, title: string): Promise<string> {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    const bytes = await pdf.save();
    const result = await createDocument(
      { db: t.deps.db, blobs: t.deps.blobs },
      owner,
      kase,
      {
        category: 'evaluation',
        title,
        documentDate: '2026-10-01',
        source: 'school',
        notes: null,
        mediationConfidential: false,
      },
      {
        fileName: 'report.pdf',
        mediaType: 'application/pdf',
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        pdf: undefined,
        pageCount: 1,
        binderOk: true,
        binderProblem: null,
      },
      { quotaBytes: 10 * 1024 * 1024 },
    );
    if (result.status !== 'stored') {
      throw new Error(`document not stored: ${result.status}`);
    }
    return result.document.id;
  }

  /** Posts the entry form (documents as repeated `doc` fields, as checkboxes send them). */
  async function postEntry(
    client: TestClient,
    path: string,
    fields: Record<string, string>,
    documentIds: string[] = [],
  ): Promise<Response> {
    const body = new URLSearchParams({
      occurredOn: talkedOn,
      method: 'phone',
      withWhom: 'Ms. Lee',
      summary: 'She said the evaluation report is ready.',
      promised: '',
      followUpBy: '',
      ...fields,
    });
    for (const id of documentIds) {
      body.append('doc', id);
    }
    body.set('_csrf', await client.csrfToken());
    return client.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** The id of the entry the redirect points at, or the newest entry of the case. */
  async function newestEntryId(): Promise<string> {
    const [entry] = await listCommLogEntries(t.deps.db, userId, caseId);
    expect(entry, 'an entry in the log').toBeDefined();
    return entry?.id ?? '';
  }

  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    other = t.client();
    const email = uniqueEmail('log');
    const otherEmail = uniqueEmail('log-other');
    await parent.signUp(email);
    await other.signUp(otherEmail);
    userId = await userIdOf(email);
    otherUserId = await userIdOf(otherEmail);
    caseId = caseIdFrom(await parent.postForm('/cases', caseForm({ childFirstName: 'Maya' })));
    secondCaseId = caseIdFrom(await parent.postForm('/cases', caseForm({ childFirstName: 'Leo' })));
    otherCaseId = caseIdFrom(await other.postForm('/cases', caseForm({ childFirstName: 'Ana' })));
    docs.report = await addDocument(userId, caseId, 'Evaluation report');
    docs.scores = await addDocument(userId, caseId, 'Test scores');
    docs.secondCase = await addDocument(userId, secondCaseId, 'Leo report');
    docs.otherAccount = await addDocument(otherUserId, otherCaseId, 'Ana report');
  });
  afterAll(async () => {
    await t.close();
  });

  it('links to the log from the case page and shows an empty log with the add button', async () => {
    const kase = await (await parent.get(`/cases/${caseId}`)).text();
    expect(kase).toContain(`href="/cases/${caseId}/log"`);
    const res = await parent.get(`/cases/${caseId}/log`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Communication log for Maya');
    expect(html).toContain('Nothing in the log yet.');
    expect(html).toContain(`href="/cases/${caseId}/log/new"`);
  });

  it('offers the case’s own vault documents on the form, and no one else’s', async () => {
    const html = await (await parent.get(`/cases/${caseId}/log/new`)).text();
    expect(html).toContain(`value="${docs.report}"`);
    expect(html).toContain(`value="${docs.scores}"`);
    expect(html).not.toContain(docs.secondCase);
    expect(html).not.toContain(docs.otherAccount);
    expect(html).toContain('34 CFR 300.506(b)(8)');
    expect(html).toContain(`value="${today}"`);
  });

  it('logs a phone call with a follow-up date, which shows on the timeline and in the .ics', async () => {
    const res = await postEntry(
      parent,
      `/cases/${caseId}/log`,
      { promised: 'Send the evaluation report', followUpBy: followUp },
      [docs.report],
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}/log?notice=added`);

    const log = await (await parent.get(`/cases/${caseId}/log?notice=added`)).text();
    expect(log).toContain('The entry was added to the log.');
    expect(log).toContain('Phone call with Ms. Lee');
    expect(log).toContain('She said the evaluation report is ready.');
    expect(log).toContain('Send the evaluation report');
    expect(log).toContain(`href="/cases/${caseId}/documents/${docs.report}"`);

    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).toContain('Follow up with Ms. Lee: Send the evaluation report');
    expect(timeline).toContain('From your log');

    const ics = unfold(await (await parent.get(`/cases/${caseId}/calendar.ics`)).text());
    expect(ics).toContain(`DTSTART;VALUE=DATE:${followUp.replaceAll('-', '')}`);
    expect(ics).toContain('SUMMARY:Reminder: Follow up with Ms. Lee: Send the evaluation report');

    const entryId = await newestEntryId();
    const reminders = await listReminders(t.deps.db, userId, caseId);
    expect(reminders).toEqual([
      expect.objectContaining({ date: followUp, source: 'comm_log', sourceId: entryId }),
    ]);
    const entry = await findCommLogEntry(t.deps.db, userId, caseId, entryId);
    expect(entry).toMatchObject({
      occurredOn: talkedOn,
      method: 'phone',
      withWhom: 'Ms. Lee',
      promised: 'Send the evaluation report',
      followUpBy: followUp,
      mediationConfidential: false,
      attachmentIds: [docs.report],
    });
  });

  it('editing the entry moves its reminder on the timeline and in the .ics', async () => {
    const entryId = await newestEntryId();
    const edit = await (await parent.get(`/cases/${caseId}/log/${entryId}/edit`)).text();
    expect(edit).toContain(`value="${followUp}"`);
    expect(edit).toMatch(new RegExp(`value="${docs.report}"[^>]*checked`));

    const res = await postEntry(
      parent,
      `/cases/${caseId}/log/${entryId}`,
      { promised: 'Send the evaluation report', followUpBy: movedFollowUp },
      [docs.report, docs.scores],
    );
    expect(res.status).toBe(303);

    const reminders = await listReminders(t.deps.db, userId, caseId);
    expect(reminders.map((r) => r.date)).toEqual([movedFollowUp]);
    const ics = unfold(await (await parent.get(`/cases/${caseId}/calendar.ics`)).text());
    expect(ics).toContain(`DTSTART;VALUE=DATE:${movedFollowUp.replaceAll('-', '')}`);
    expect(ics).not.toContain(`DTSTART;VALUE=DATE:${followUp.replaceAll('-', '')}`);
    const entry = await findCommLogEntry(t.deps.db, userId, caseId, entryId);
    expect(entry?.attachmentIds.sort()).toEqual([docs.report, docs.scores].sort());
  });

  it('clearing the follow-up date removes the reminder, and setting it again brings it back', async () => {
    const entryId = await newestEntryId();
    await postEntry(parent, `/cases/${caseId}/log/${entryId}`, { followUpBy: '' }, [docs.report]);
    expect(await listReminders(t.deps.db, userId, caseId)).toEqual([]);
    await postEntry(parent, `/cases/${caseId}/log/${entryId}`, { followUpBy: movedFollowUp }, [
      docs.report,
    ]);
    const reminders = await listReminders(t.deps.db, userId, caseId);
    expect(reminders).toEqual([
      expect.objectContaining({
        date: movedFollowUp,
        title: 'Follow up with Ms. Lee (Phone call)',
      }),
    ]);
  });

  it('stores the mediation-confidential flag and shows it on the entry (34 CFR 300.506(b)(8))', async () => {
    const res = await postEntry(parent, `/cases/${caseId}/log`, {
      method: 'meeting',
      withWhom: 'The mediator and Dr. Park',
      summary: 'Mediation session: the district offered more speech minutes.',
      mediationConfidential: 'on',
    });
    expect(res.status).toBe(303);
    const entries = await listCommLogEntries(t.deps.db, userId, caseId);
    const mediation = entries.find((e) => e.withWhom === 'The mediator and Dr. Park');
    expect(mediation?.mediationConfidential).toBe(true);
    expect(entries.find((e) => e.withWhom === 'Ms. Lee')?.mediationConfidential).toBe(false);
    const html = await (await parent.get(`/cases/${caseId}/log`)).text();
    expect(html).toContain('Mediation: left out of hearing binders');
  });

  it('refuses a document of another case or another account as an attachment, and saves nothing', async () => {
    const before = await listCommLogEntries(t.deps.db, userId, caseId);
    for (const foreign of [docs.secondCase, docs.otherAccount, 'not-a-document-id']) {
      const res = await postEntry(
        parent,
        `/cases/${caseId}/log`,
        { withWhom: 'Mr. Grant', followUpBy: followUp },
        [docs.report, foreign],
      );
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('One of the documents is not in this case.');
      expect(html).toContain('value="Mr. Grant"');
    }
    expect(await listCommLogEntries(t.deps.db, userId, caseId)).toHaveLength(before.length);
    expect((await listReminders(t.deps.db, userId, caseId)).map((r) => r.date)).toEqual([
      movedFollowUp,
    ]);

    const entryId = before.find((e) => e.withWhom === 'Ms. Lee')?.id ?? '';
    const edit = await postEntry(parent, `/cases/${caseId}/log/${entryId}`, {}, [docs.secondCase]);
    expect(edit.status).toBe(422);
    const kept = await findCommLogEntry(t.deps.db, userId, caseId, entryId);
    expect(kept?.attachmentIds).toEqual([docs.report]);
    expect(kept?.followUpBy).toBe(movedFollowUp);
  });

  it('explains each mistake on the form and keeps what was typed', async () => {
    const res = await postEntry(parent, `/cases/${caseId}/log`, {
      occurredOn: addDays(today, 1),
      method: 'fax',
      withWhom: '',
      summary: 'Kept text',
      followUpBy: 'next week',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('The date cannot be after today.');
    expect(html).toContain('Choose how you talked.');
    expect(html).toContain('Enter who you talked to.');
    expect(html).toContain('Enter a real follow-up date');
    expect(html).toContain('Kept text');
    expect(html).toContain('<title>Error:');

    const before = await postEntry(parent, `/cases/${caseId}/log`, {
      followUpBy: addDays(talkedOn, -1),
    });
    expect(before.status).toBe(422);
    expect(await before.text()).toContain(
      'The follow-up date cannot be before the date you talked.',
    );
  });

  it('filters the list by method, by dates and by words (a GET form)', async () => {
    await postEntry(parent, `/cases/${caseId}/log`, {
      occurredOn: '2026-09-01',
      method: 'email',
      withWhom: 'Principal Ortiz',
      summary: 'Asked for the bus schedule.',
    });
    const byMethod = await (await parent.get(`/cases/${caseId}/log?method=email`)).text();
    expect(byMethod).toContain('Principal Ortiz');
    expect(byMethod).not.toContain('Phone call with Ms. Lee');
    expect(byMethod).toContain('Entries shown: 1.');

    const byDate = await (
      await parent.get(`/cases/${caseId}/log?from=2026-08-01&to=2026-09-30`)
    ).text();
    expect(byDate).toContain('Principal Ortiz');
    expect(byDate).not.toContain('Ms. Lee');

    const byWords = await (await parent.get(`/cases/${caseId}/log?q=speech+MINUTES`)).text();
    expect(byWords).toContain('The mediator and Dr. Park');
    expect(byWords).not.toContain('Principal Ortiz');

    const none = await (await parent.get(`/cases/${caseId}/log?q=100%25_x`)).text();
    expect(none).toContain('No entries match.');

    const badDate = await parent.get(`/cases/${caseId}/log?from=soon`);
    expect(badDate.status).toBe(200);
    expect(await badDate.text()).toContain('We left out the date we could not read.');
  });

  it('shows a letter sent from the app in the log by itself, read-only, without copying it', async () => {
    const store = { db: t.deps.db, blobs: t.deps.blobs };
    const pdf = await (async () => {
      const doc = await PDFDocument.create();
      doc.addPage([612, 792]);
      return doc.save();
    })();
    const sent = await createLetter(t.deps.db, userId, caseId, {
      kind: 'records_request',
      language: 'en',
      data: {},
    });
    const draft = await createLetter(t.deps.db, userId, caseId, {
      kind: 'iee_request',
      language: 'en',
      data: {},
    });
    expect(await finalizeLetter(store, userId, caseId, sent?.id ?? '', pdf)).toBeDefined();
    const sentOn = addDays(today, -1);
    const marked = await markLetterSent(t.deps.db, userId, caseId, sent?.id ?? '', {
      sentOn,
      method: 'certified_mail',
      trackingNumber: null,
      receivedOn: null,
      eventId: null,
    });
    expect(marked?.status).toBe('sent');

    const html = await (await parent.get(`/cases/${caseId}/log`)).text();
    expect(html).toContain('Letter: Ask to see your child’s records');
    expect(html).toContain('Sent from IEP Navigator');
    expect(html).toContain('Sent by: Certified mail');
    expect(html).toContain(`href="/cases/${caseId}/letters/${sent?.id}"`);
    // A draft was never sent: it is not in the log. Nor can the letter be changed from the log.
    expect(html).not.toContain(draft?.id ?? 'no draft');
    expect(html).not.toContain(`/cases/${caseId}/log/${sent?.id}`);
    // The newest row is the letter (sent yesterday), above the calls of three days ago.
    expect(html.indexOf('Sent from IEP Navigator')).toBeLessThan(html.indexOf('Ms. Lee'));

    const letters = await (await parent.get(`/cases/${caseId}/log?method=letter`)).text();
    expect(letters).toContain('Sent from IEP Navigator');
    expect(letters).not.toContain('Ms. Lee');
    const calls = await (await parent.get(`/cases/${caseId}/log?method=phone`)).text();
    expect(calls).not.toContain('Sent from IEP Navigator');
    const byWords = await (await parent.get(`/cases/${caseId}/log?q=records`)).text();
    expect(byWords).toContain('Sent from IEP Navigator');
    const before = await (await parent.get(`/cases/${caseId}/log?to=2026-09-30`)).text();
    expect(before).not.toContain('Sent from IEP Navigator');

    const rows = await listCommLogEntries(t.deps.db, userId, caseId);
    expect(rows.every((e) => e.id !== sent?.id && e.method !== 'letter')).toBe(true);
  });

  it('shows the newest entry first', async () => {
    const entries = await listCommLogEntries(t.deps.db, userId, caseId);
    const dates = entries.map((e) => e.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const html = await (await parent.get(`/cases/${caseId}/log`)).text();
    expect(html.indexOf('Principal Ortiz')).toBeGreaterThan(html.indexOf('Ms. Lee'));
  });

  it('deleting a vault document removes it from the entries it was attached to', async () => {
    const gone = await addDocument(userId, caseId, 'Short-lived note');
    const res = await postEntry(parent, `/cases/${caseId}/log`, { withWhom: 'Coach Diaz' }, [gone]);
    expect(res.status).toBe(303);
    const entry = (await listCommLogEntries(t.deps.db, userId, caseId)).find(
      (e) => e.withWhom === 'Coach Diaz',
    );
    expect(entry?.attachmentIds).toEqual([gone]);
    expect(await deleteDocument({ db: t.deps.db, blobs: t.deps.blobs }, userId, caseId, gone)).toBe(
      true,
    );
    const after = await findCommLogEntry(t.deps.db, userId, caseId, entry?.id ?? '');
    expect(after?.attachmentIds).toEqual([]);
  });

  it('gives another account 404 on the log, its entries and its forms, and changes nothing', async () => {
    const entryId = (await listCommLogEntries(t.deps.db, userId, caseId)).find(
      (e) => e.withWhom === 'Ms. Lee',
    )?.id;
    const base = `/cases/${caseId}/log`;
    for (const path of [
      base,
      `${base}/new`,
      `${base}/${entryId}/edit`,
      `${base}/${entryId}/delete`,
    ]) {
      const res = await other.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('Ms. Lee');
    }
    expect((await postEntry(other, base, { withWhom: 'Intruder' })).status).toBe(404);
    expect((await postEntry(other, `${base}/${entryId}`, { withWhom: 'Intruder' })).status).toBe(
      404,
    );
    expect((await other.postForm(`${base}/${entryId}/delete`, {})).status).toBe(404);
    // Their own case, with our entry's id: still nothing.
    expect((await other.get(`/cases/${otherCaseId}/log/${entryId}/edit`)).status).toBe(404);
    expect(await listCommLogEntries(t.deps.db, otherUserId, caseId)).toEqual([]);
    const entry = await findCommLogEntry(t.deps.db, userId, caseId, entryId ?? '');
    expect(entry?.withWhom).toBe('Ms. Lee');
  });

  it('sends a logged-out visitor to log in', async () => {
    const visitor = t.client();
    const res = await visitor.get(`/cases/${caseId}/log`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/login');
  });

  it('puts the entries in the account export', async () => {
    const data = (await (await parent.get('/account/export')).json()) as {
      cases: {
        id: string;
        commLog: { withWhom: string; mediationConfidential: boolean; attachmentIds: string[] }[];
      }[];
    };
    const kase = data.cases.find((c) => c.id === caseId);
    expect(kase?.commLog.map((e) => e.withWhom)).toEqual(
      expect.arrayContaining(['Ms. Lee', 'The mediator and Dr. Park', 'Principal Ortiz']),
    );
    expect(kase?.commLog.find((e) => e.withWhom === 'Ms. Lee')?.attachmentIds).toEqual([
      docs.report,
    ]);
    expect(data.cases.find((c) => c.id === secondCaseId)?.commLog).toEqual([]);
  });

  it('deletes an entry after a confirmation page, with its reminder; its documents stay', async () => {
    const entryId = (await listCommLogEntries(t.deps.db, userId, caseId)).find(
      (e) => e.withWhom === 'Ms. Lee',
    )?.id;
    const confirm = await parent.get(`/cases/${caseId}/log/${entryId}/delete`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Delete this log entry?');
    const res = await parent.postForm(`/cases/${caseId}/log/${entryId}/delete`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}/log?notice=deleted`);
    expect(await findCommLogEntry(t.deps.db, userId, caseId, entryId ?? '')).toBeUndefined();
    expect(await listReminders(t.deps.db, userId, caseId)).toEqual([]);
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).not.toContain('Follow up with Ms. Lee');
    const ics = await (await parent.get(`/cases/${caseId}/calendar.ics`)).text();
    expect(ics).not.toContain('Follow up with Ms. Lee');
    const docsLeft = await t.deps.db.kysely
      .selectFrom('documents')
      .select('id')
      .where('id', '=', docs.report)
      .execute();
    expect(docsLeft).toHaveLength(1);
    expect((await parent.postForm(`/cases/${caseId}/log/${entryId}/delete`, {})).status).toBe(404);
  });

  it('deleting the case removes its log entries and their attachment links', async () => {
    const res = await postEntry(parent, `/cases/${secondCaseId}/log`, { followUpBy: followUp }, [
      docs.secondCase,
    ]);
    expect(res.status).toBe(303);
    const [entry] = await listCommLogEntries(t.deps.db, userId, secondCaseId);
    expect(entry).toBeDefined();
    expect((await parent.postForm(`/cases/${secondCaseId}/delete`, {})).status).toBe(303);
    const rows = await t.deps.db.kysely
      .selectFrom('comm_log_entries')
      .select('id')
      .where('case_id', '=', secondCaseId)
      .execute();
    expect(rows).toEqual([]);
    const links = await t.deps.db.kysely
      .selectFrom('comm_log_attachments')
      .select('entry_id')
      .where('entry_id', '=', entry?.id ?? '')
      .execute();
    expect(links).toEqual([]);
  });

  it('deleting the account removes every log entry and link of its cases', async () => {
    const client = t.client();
    const email = uniqueEmail('log-leaving');
    await client.signUp(email);
    const leaving = await userIdOf(email);
    const kase = caseIdFrom(await client.postForm('/cases', caseForm({ childFirstName: 'Zoe' })));
    const doc = await addDocument(leaving, kase, 'Zoe IEP');
    expect((await postEntry(client, `/cases/${kase}/log`, {}, [doc])).status).toBe(303);
    expect((await client.postForm('/account/delete', { password: PASSWORD })).status).toBe(303);
    const entries = await t.deps.db.kysely
      .selectFrom('comm_log_entries')
      .select('id')
      .where('case_id', '=', kase)
      .execute();
    expect(entries).toEqual([]);
    const links = await t.deps.db.kysely
      .selectFrom('comm_log_attachments')
      .select('entry_id')
      .where('document_id', '=', doc)
      .execute();
    expect(links).toEqual([]);
  });
});
