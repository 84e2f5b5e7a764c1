import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS, type LetterKind } from '../../src/domain/letters/index.js';
import { SAMPLE_LETTERS } from '../../src/domain/letters/letter-fixtures.js';
import { caseLogEntries } from '../../src/jobs/binder-jobs.js';
import { formValues } from '../../src/web/routes/case-letters.schema.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';
import { checkPdf, docxText, squash } from '../pdf-check.js';

// The letter writer of a case: start a letter prefilled from the case, fill it in, change its
// wording, make it final (the PDF kept unchanged with its hash), download it in English with a
// Spanish copy, and record how it was sent, which puts the law's clock on the timeline.

function idFrom(res: Response, pattern: RegExp): string {
  const id = pattern.exec(res.headers.get('location') ?? '')?.[1];
  expect(id, `an id in ${res.headers.get('location')}`).toBeDefined();
  return id ?? '';
}

describe(`case letters (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  let other: TestClient;
  let caseId = '';

  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    other = t.client();
    await parent.signUp(uniqueEmail());
    await other.signUp(uniqueEmail('other'));
    caseId = idFrom(
      await parent.postForm(
        '/cases',
        caseForm({
          childFirstName: 'Sofía',
          childLastName: 'Núñez',
          school: 'Dalraida Elementary',
        }),
      ),
      /\/cases\/([0-9a-f-]{36})/,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  async function startLetter(kind: LetterKind): Promise<string> {
    const res = await parent.postForm(`/cases/${caseId}/letters`, { kind });
    expect(res.status).toBe(303);
    return idFrom(res, /\/letters\/([0-9a-f-]{36})\/edit$/);
  }

  async function fillIn(letterId: string, kind: LetterKind, data: unknown = SAMPLE_LETTERS[kind]) {
    const res = await parent.postForm(
      `/cases/${caseId}/letters/${letterId}/edit`,
      formValues(kind, data),
    );
    expect(res.status).toBe(303);
  }

  it('prefills a new letter from the case: the child, the school', async () => {
    const letterId = await startLetter('records_request');
    const html = await (await parent.get(`/cases/${caseId}/letters/${letterId}/edit`)).text();
    expect(html).toMatch(/id="child\.name"[^>]*value="Sofía Núñez"/);
    expect(html).toMatch(/id="child\.school"[^>]*value="Dalraida Elementary"/);
  });

  for (const kind of LETTER_KINDS) {
    it(`writes, finalizes and downloads a ${kind} in PDF, DOCX and HTML, with the Spanish mirror`, async () => {
      const letterId = await startLetter(kind);
      await fillIn(letterId, kind);
      const base = `/cases/${caseId}/letters/${letterId}`;
      const preview = await (await parent.get(base)).text();
      expect(preview).not.toContain('Before you can send it, add:');
      expect(preview).toContain('Sofía Núñez');
      const final = await parent.postForm(`${base}/finalize`, {});
      expect(final.status).toBe(303);
      const pdf = await parent.get(`${base}/letter.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(
        /^attachment; filename="[a-z0-9-]+\.pdf"$/,
      );
      const report = await checkPdf(new Uint8Array(await pdf.arrayBuffer()));
      expect(report.marked).toBe(true);
      expect(report.language).toBe('en-US');
      expect(squash(report.text)).toContain(squash('Sofía Núñez'));
      const docx = await parent.get(`${base}/letter.docx`);
      expect(docxText(new Uint8Array(await docx.arrayBuffer())).text).toContain('Sofía Núñez');
      const html = await parent.get(`${base}/letter.html`);
      expect(await html.text()).toContain('<html lang="en-US">');
      const mirror = await parent.get(`${base}/letter.pdf?variant=mirror`);
      const mirrorReport = await checkPdf(new Uint8Array(await mirror.arrayBuffer()));
      expect(mirrorReport.language).toBe('es-US');
      expect(mirrorReport.text).toMatch(/versi[oó]n en ingl[eé]s/i);
      const spanish = await parent.get(`${base}/letter.docx?variant=es`);
      expect(spanish.headers.get('content-disposition')).toContain('-es.docx');
    });
  }

  it('lists what the law asks for that is missing, each linked to its field, and refuses to finalize (34 CFR 300.153(b))', async () => {
    const letterId = await startLetter('state_complaint');
    const data = { ...SAMPLE_LETTERS.state_complaint, proposedResolution: '', signature: '' };
    await fillIn(letterId, 'state_complaint', data);
    const base = `/cases/${caseId}/letters/${letterId}`;
    const html = await (await parent.get(base)).text();
    expect(html).toContain('Before you can send it, add:');
    expect(html).toContain(`href="${base}/edit#proposedResolution"`);
    expect(html).toContain(`href="${base}/edit#signature"`);
    const refused = await parent.postForm(`${base}/finalize`, {});
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('This letter is missing something the law asks for.');
    expect((await parent.get(`${base}/letter.pdf`)).status).toBe(303);
  });

  it('keeps the parent’s wording change in the final PDF, and the stored PDF never changes (hash shown)', async () => {
    const letterId = await startLetter('pwn_request');
    await fillIn(letterId, 'pwn_request');
    const base = `/cases/${caseId}/letters/${letterId}`;
    const form = await (await parent.get(`${base}/paragraphs`)).text();
    const subject = /<textarea id="subject" name="subject"[^>]*>([^<]*)</.exec(form)?.[1];
    expect(subject).toBeTruthy();
    const res = await parent.postForm(`${base}/paragraphs`, {
      subject: 'Please put your decision about speech therapy in writing',
    });
    expect(res.status).toBe(303);
    await parent.postForm(`${base}/finalize`, {});
    const first = new Uint8Array(await (await parent.get(`${base}/letter.pdf`)).arrayBuffer());
    const again = new Uint8Array(await (await parent.get(`${base}/letter.pdf`)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect((await checkPdf(first)).text).toContain('Please put your decision about speech therapy');
    const hash = createHash('sha256').update(first).digest('hex');
    expect(await (await parent.get(base)).text()).toContain(hash);
    // A final letter's details cannot be changed.
    const edit = await parent.postForm(`${base}/edit`, formValues('pwn_request', {}));
    expect(edit.status).toBe(303);
    const after = new Uint8Array(await (await parent.get(`${base}/letter.pdf`)).arrayBuffer());
    expect(createHash('sha256').update(after).digest('hex')).toBe(hash);
  });

  it('sending a records request starts the 45-day records deadline on the timeline (34 CFR 300.613(a))', async () => {
    const letterId = await startLetter('records_request');
    await fillIn(letterId, 'records_request');
    const base = `/cases/${caseId}/letters/${letterId}`;
    await parent.postForm(`${base}/finalize`, {});
    const bad = await parent.postForm(`${base}/sent`, {
      sentOn: '2026-11-02',
      method: 'certified_mail',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Enter the tracking number.');
    const sent = await parent.postForm(`${base}/sent`, {
      sentOn: '2026-11-02',
      method: 'certified_mail',
      trackingNumber: '9407 1000 0000 0000 0000 00',
      receivedOn: '2026-11-05',
    });
    expect(sent.status).toBe(303);
    const page = await (await parent.get(base)).text();
    expect(page).toContain('Sent on Nov 2, 2026 by Certified mail.');
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).toContain('id="deadline-records_access_due:');
    // The letter asked for an answer by a date: that date is a reminder.
    expect(timeline).toContain('Answer due to your letter: Ask to see your child’s records');
    // The communication log shows the sent letter by itself.
    const log = await (await parent.get(`/cases/${caseId}/log`)).text();
    expect(log).toContain(`href="${base}"`);
    expect(log).toContain('Ask to see your child’s records');
    expect(log).toContain('Certified mail');
    // And the binder's chronology lists it on the day it was sent.
    const userId = (
      await t.deps.db.kysely
        .selectFrom('cases')
        .select('user_id')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).user_id;
    const chronology = await caseLogEntries(t.deps.db, userId, caseId, 'en');
    expect(chronology).toContainEqual({
      id: letterId,
      date: '2026-11-02',
      title: 'Ask to see your child’s records (Certified mail)',
      mediationConfidential: false,
    });
  });

  it('offers a follow-up letter when the school has not answered a records request in time (34 CFR 300.613(a))', async () => {
    const letterId = await startLetter('records_request');
    await fillIn(letterId, 'records_request');
    const base = `/cases/${caseId}/letters/${letterId}`;
    await parent.postForm(`${base}/finalize`, {});
    // Received long ago: the 45 days are over.
    await parent.postForm(`${base}/sent`, { sentOn: '2026-01-05', method: 'email' });
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    const item = timeline.slice(timeline.indexOf('id="deadline-records_access_due:'));
    const first = item.slice(0, item.indexOf('</li>'));
    expect(first).toContain('No answer yet? Write a follow-up letter');
    expect(first).toContain(`href="/cases/${caseId}/letters/new?kind=pwn_request"`);
  });

  it('sending a state complaint starts the 60-day decision deadline (34 CFR 300.152(a))', async () => {
    const letterId = await startLetter('state_complaint');
    await fillIn(letterId, 'state_complaint');
    const base = `/cases/${caseId}/letters/${letterId}`;
    await parent.postForm(`${base}/finalize`, {});
    await parent.postForm(`${base}/sent`, { sentOn: '2026-11-02', method: 'email' });
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).toContain('id="deadline-state_complaint_decision_due:');
  });

  it('sending a due process complaint starts the 30-day resolution period (34 CFR 300.510(b))', async () => {
    const letterId = await startLetter('due_process_complaint');
    await fillIn(letterId, 'due_process_complaint');
    const base = `/cases/${caseId}/letters/${letterId}`;
    await parent.postForm(`${base}/finalize`, {});
    await parent.postForm(`${base}/sent`, { sentOn: '2026-11-02', method: 'hand_delivery' });
    const timeline = await (await parent.get(`/cases/${caseId}/timeline`)).text();
    expect(timeline).toContain('id="deadline-resolution_period_ends:');
  });

  it('keeps every promise of a long follow-up letter when its details are saved again', async () => {
    const letterId = await startLetter('meeting_follow_up');
    const promises = Array.from({ length: 7 }, (_, i) => ({
      who: 'Ms. Lee',
      what: `Promise number ${i + 1}`,
    }));
    await fillIn(letterId, 'meeting_follow_up', { ...SAMPLE_LETTERS.meeting_follow_up, promises });
    const form = await (await parent.get(`/cases/${caseId}/letters/${letterId}/edit`)).text();
    expect(form).toContain('value="Promise number 7"');
    expect(form).toContain('id="promises.7.what"');
    expect(form).not.toContain('id="promises.8.what"');
    const html = await (await parent.get(`/cases/${caseId}/letters/${letterId}`)).text();
    expect(html).toContain('Promise number 7');
  });

  it('shows nothing of a letter to another account', async () => {
    const letterId = await startLetter('iee_request');
    const base = `/cases/${caseId}/letters/${letterId}`;
    for (const path of [
      base,
      `${base}/edit`,
      `${base}/paragraphs`,
      `${base}/letter.pdf`,
      `/cases/${caseId}/letters`,
    ]) {
      expect((await other.get(path)).status).toBe(404);
    }
    expect((await other.postForm(`${base}/finalize`, {})).status).toBe(404);
    expect((await other.postForm(`/cases/${caseId}/letters`, { kind: 'iee_request' })).status).toBe(
      404,
    );
  });

  it('puts the letters in the account export, with the final PDF’s hash', async () => {
    const data = (await (await parent.get('/account/export')).json()) as {
      cases: {
        id: string;
        letters: { kind: string; status: string; finalSha256: string | null }[];
      }[];
    };
    const letters = data.cases.find((c) => c.id === caseId)?.letters ?? [];
    expect(letters.some((l) => l.kind === 'records_request' && l.status === 'sent')).toBe(true);
    expect(
      letters
        .filter((l) => l.status !== 'draft')
        .every((l) => /^[0-9a-f]{64}$/.test(l.finalSha256 ?? '')),
    ).toBe(true);
  });
});
