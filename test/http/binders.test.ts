import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBinder, findBinder } from '../../src/db/binders.js';
import { type CommLogFields, createCommLogEntry } from '../../src/db/comm-log.js';
import { createDocument, type DocumentFields } from '../../src/db/documents.js';
import { addDays } from '../../src/domain/deadlines/iso-date.js';
import { waitForBinderBuilds } from '../../src/web/routes/case-binders.js';
import { todayInAlabama } from '../../src/web/today.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';
import { checkPdf } from '../pdf-check.js';

/** A PDF whose page n says "<word> page n", like a short scan with a text layer. */
async function pdfOf(word: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    doc.addPage([612, 792]).drawText(`${word} page ${i}`, { x: 72, y: 700, size: 14, font });
  }
  return doc.save();
}

describe(`exhibit binders (${testDialect()})`, () => {
  let t: TestApp;
  let owner: TestClient;
  let userId = '';
  let caseId = '';
  const ids: Record<'iep' | 'evaluation' | 'mediation', string> = {
    iep: '',
    evaluation: '',
    mediation: '',
  };
  const today = todayInAlabama();
  const hearingDate = addDays(today, 40);

  async function addDocument(
    fields: Partial<DocumentFields> & Pick<DocumentFields, 'category' | 'title'>,
    word: string,
    pages: number,
  ): Promise<string> {
    const bytes = await pdfOf(word, pages);
    const result = await createDocument(
      { db: t.deps.db, blobs: t.deps.blobs },
      userId,
      caseId,
      {
        documentDate: '2026-01-15',
        source: 'school',
        notes: null,
        mediationConfidential: false,
        ...fields,
      },
      {
        fileName: `${word}.pdf`,
        mediaType: 'application/pdf',
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        pdf: undefined,
        pageCount: pages,
        binderOk: true,
        binderProblem: null,
      },
      { quotaBytes: 50 * 1024 * 1024 },
    );
    if (result.status !== 'stored') {
      throw new Error(`document not stored: ${result.status}`);
    }
    return result.document.id;
  }

  /** Posts the binder form and waits for the build; returns the binder's page path. */
  async function build(
    fields: Record<string, string>,
    docs: string[],
    client: TestClient = owner,
  ): Promise<string> {
    const body = new URLSearchParams({
      labelStyle: 'p_number',
      language: 'en',
      order: [ids.iep, ids.evaluation, ids.mediation].join(','),
      action: 'build',
      _csrf: await client.csrfToken(),
      ...fields,
    });
    for (const id of docs) {
      body.append('doc', id);
    }
    const res = await client.request(`/cases/${caseId}/binders`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^/cases/${caseId}/binders/[0-9a-f-]{36}$`));
    await waitForBinderBuilds(t.deps);
    return location;
  }

  async function download(path: string): Promise<{ res: Response; bytes: Uint8Array }> {
    const res = await owner.get(`${path}/download`);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  beforeAll(async () => {
    // pdf.js warns that it has no font files for the standard Helvetica the binder uses.
    const log = console.log.bind(console);
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('standardFontDataUrl')) {
        log(...args);
      }
    });
    t = await createTestApp();
    owner = t.client();
    const email = uniqueEmail('binder');
    await owner.signUp(email);
    const user = await t.deps.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    userId = user.id;
    const res = await owner.postForm('/cases', caseForm({ childFirstName: 'Maya' }));
    caseId = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
    ids.iep = await addDocument(
      { category: 'iep', title: 'IEP 2026', documentDate: '2026-04-12' },
      'Alpha',
      3,
    );
    ids.evaluation = await addDocument(
      { category: 'evaluation', title: 'Evaluation report', documentDate: '2025-11-20' },
      'Bravo',
      2,
    );
    ids.mediation = await addDocument(
      { category: 'mediation', title: 'Mediation session notes', documentDate: '2026-03-01' },
      'Secretmediation',
      2,
    );
    const entry = (fields: Partial<CommLogFields>): CommLogFields => ({
      occurredOn: '2026-02-03',
      method: 'phone',
      withWhom: 'Ms. Lee, case manager',
      summary: 'She will send the data.',
      promised: null,
      followUpBy: null,
      mediationConfidential: false,
      attachmentIds: [],
      ...fields,
    });
    for (const fields of [
      entry({}),
      entry({
        occurredOn: '2026-03-01',
        method: 'meeting',
        withWhom: 'The mediator',
        summary: 'Secretoffer of 20 hours',
        mediationConfidential: true,
      }),
    ]) {
      expect((await createCommLogEntry(t.deps.db, userId, caseId, fields)).status).toBe('saved');
    }
    const event = await owner.postForm(`/cases/${caseId}/events`, {
      type: 'due_process_hearing_scheduled',
      date: hearingDate,
      note: '',
    });
    expect(event.status).toBe(303);
  });

  afterAll(async () => {
    await t.close();
  });

  it('links to the binders from the case page', async () => {
    const html = await (await owner.get(`/cases/${caseId}`)).text();
    expect(html).toContain(`href="/cases/${caseId}/binders"`);
  });

  it('the hearing disclosure preset ticks the documents and shows the 5-business-day disclosure date (34 CFR 300.512(a)(3), (b))', async () => {
    const res = await owner.get(`/cases/${caseId}/binders/new?preset=hearing_disclosure`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const id of Object.values(ids)) {
      expect(html).toMatch(new RegExp(`value="${id}" checked`));
    }
    expect(html).toMatch(/name="purpose" value="hearing" checked/);
    expect(html).toContain('Share your evidence with the school by');
    expect(html).toContain('34 CFR 300.512(a)(3)');
    expect(html).toContain('Mediation-confidential: left out of a hearing binder.');
    // The disputed (latest) IEP first, then the rest by date.
    const order = /name="order" value="([^"]+)"/.exec(html)?.[1];
    expect(order).toBe([ids.iep, ids.evaluation, ids.mediation].join(','));
  });

  it('a hearing binder leaves out the mediation-confidential document, and its table of contents says how many and why (34 CFR 300.506(b)(8))', async () => {
    const path = await build({ purpose: 'hearing' }, [ids.iep, ids.evaluation, ids.mediation]);
    const page = await (await owner.get(path)).text();
    expect(page).toContain('Your binder is ready: 8 pages');
    expect(page).toContain(
      '1 document and 1 log entry marked mediation-confidential. What is said in mediation cannot be used as evidence at a hearing (34 CFR 300.506(b)(8)).',
    );
    const { res, bytes } = await download(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="hearing-disclosure-binder-maya-johnson-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const report = await checkPdf(bytes);
    expect(report.pages).toBe(8);
    const pages = report.text.split('\n');
    expect(pages[1]).toContain('Left out of this binder: 2 in all.');
    expect(pages[1]).toContain(
      '1 document and 1 log entry marked mediation-confidential. What is said in mediation is confidential and cannot be used as evidence at a hearing (34 CFR 300.506(b)(8)).',
    );
    // The chronology lists the plain log entry, never the mediation one.
    expect(pages[2]).toContain('Phone call with Ms. Lee, case manager: She will send the data.');
    expect(report.text).not.toContain('Secretoffer');
    expect(report.text).not.toContain('Secretmediation');
    expect(report.text).not.toContain('Mediation session notes');
    // The contents point at the real first pages: P-1 (IEP) on 4–6, P-2 (evaluation) on 7–8.
    expect(pages[1]).toMatch(/P-1\s+Apr 12, 2026\s+4–6/);
    expect(pages[1]).toMatch(/P-2\s+Nov 20, 2025\s+7–8/);
    expect(pages[3]).toContain('Alpha page 1');
    expect(pages[3]).toContain('P-1 · 1/3 · page 4 of 8');
    expect(pages[7]).toContain('Bravo page 2');
    expect(pages[7]).toContain('P-2 · 2/2 · page 8 of 8');
    // The cover shows the hearing and the disclosure date.
    expect(pages[0]).toContain('Share evidence by');
    const binderId = path.split('/').pop() ?? '';
    const row = await findBinder(t.deps.db, userId, caseId, binderId);
    expect(row?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(row?.byteSize).toBe(bytes.byteLength);
  });

  it('a mediation packet keeps the mediation-confidential document', async () => {
    const path = await build({ purpose: 'mediation', labelStyle: 'letter', separators: 'on' }, [
      ids.iep,
      ids.evaluation,
      ids.mediation,
    ]);
    const { bytes } = await download(path);
    const report = await checkPdf(bytes);
    // Cover, contents, chronology, then three exhibits of 3, 2 and 2 pages, each after a separator.
    expect(report.pages).toBe(3 + 3 + 2 + 2 + 3);
    expect(report.text).toContain('Secretmediation page 1');
    expect(report.text).toContain('Meeting with The mediator: Secretoffer of 20 hours');
    expect(report.text).not.toContain('Left out');
    expect(report.text).toContain('Exhibit C');
  });

  it('moves a document down without building anything, and works without JavaScript', async () => {
    const before = (await (await owner.get(`/cases/${caseId}/binders`)).text()).match(
      /href="\/cases\/[^"]+\/binders\/[0-9a-f-]{36}"/g,
    )?.length;
    const res = await owner.postForm(`/cases/${caseId}/binders`, {
      purpose: 'hearing',
      labelStyle: 'p_number',
      language: 'en',
      order: [ids.iep, ids.evaluation, ids.mediation].join(','),
      doc: ids.iep,
      move: `${ids.iep}:down`,
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(/name="order" value="([^"]+)"/.exec(html)?.[1]).toBe(
      [ids.evaluation, ids.iep, ids.mediation].join(','),
    );
    expect(html).toMatch(new RegExp(`value="${ids.iep}" checked`));
    expect(html).not.toMatch(new RegExp(`value="${ids.evaluation}" checked`));
    const after = (await (await owner.get(`/cases/${caseId}/binders`)).text()).match(
      /href="\/cases\/[^"]+\/binders\/[0-9a-f-]{36}"/g,
    )?.length;
    expect(after).toBe(before);
  });

  it('asks for at least one document', async () => {
    const res = await owner.postForm(`/cases/${caseId}/binders`, {
      purpose: 'hearing',
      labelStyle: 'p_number',
      language: 'en',
      order: '',
      action: 'build',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Tick at least one document.');
  });

  it('shows progress while a binder waits: a refresh without JavaScript, a static script with it, and JSON for the script', async () => {
    const queued = await createBinder(t.deps.db, userId, caseId, {
      purpose: 'other',
      labelStyle: 'p_number',
      separators: false,
      language: 'en',
      documentIds: [ids.iep],
    });
    const path = `/cases/${caseId}/binders/${queued?.id}`;
    const html = await (await owner.get(path)).text();
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="3"></noscript>');
    expect(html.indexOf('http-equiv')).toBeGreaterThan(html.indexOf('<main'));
    expect(html).toContain('<script src="/static/binder-progress.js" defer=""></script>');
    expect(html).toContain('<progress id="binder-progress" max="100" value="0">');
    expect(html).toContain('Stop checking automatically');
    const off = await (await owner.get(`${path}?refresh=off`)).text();
    expect(off).not.toContain('http-equiv="refresh"');
    expect(off).toContain('Check again');
    const json = await owner.get(`${path}/progress`, { accept: 'application/json' });
    expect(await json.json()).toMatchObject({ status: 'queued', percent: 0, pagesDone: 0 });
    const script = await owner.get('/static/binder-progress.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    const csp = script.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('marks a build that stopped moving (the server restarted) as interrupted', async () => {
    const stale = await createBinder(
      t.deps.db,
      userId,
      caseId,
      {
        purpose: 'other',
        labelStyle: 'p_number',
        separators: false,
        language: 'en',
        documentIds: [ids.iep],
      },
      new Date(Date.now() - 60 * 60_000),
    );
    const html = await (await owner.get(`/cases/${caseId}/binders/${stale?.id}`)).text();
    expect(html).toContain('The work stopped before the binder was finished.');
    expect((await findBinder(t.deps.db, userId, caseId, stale?.id ?? ''))?.status).toBe('failed');
  });

  it('warns when the disclosure date has passed (34 CFR 300.512(a)(3))', async () => {
    const other = t.client();
    await other.signUp(uniqueEmail('late'));
    const res = await other.postForm('/cases', caseForm({ childFirstName: 'Late' }));
    const lateCase = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
    await other.postForm(`/cases/${lateCase}/events`, {
      type: 'due_process_hearing_scheduled',
      date: addDays(today, 2),
      note: '',
    });
    const html = await (await other.get(`/cases/${lateCase}/binders/new`)).text();
    expect(html).toContain('This date has passed.');
  });

  it('another account gets 404 for the binder, its progress, its download and its deletion', async () => {
    const path = await build({ purpose: 'mediation' }, [ids.evaluation]);
    const intruder = t.client();
    await intruder.signUp(uniqueEmail('intruder'));
    for (const suffix of ['', '/progress', '/download', '/delete']) {
      const res = await intruder.get(`${path}${suffix}`);
      expect(res.status, suffix).toBe(404);
    }
    const del = await intruder.postForm(`${path}/delete`, {});
    expect(del.status).toBe(404);
    expect((await download(path)).res.status).toBe(200);
  });

  it('fails cleanly, with a plain message and no file kept, when a document does not match what the vault says', async () => {
    const broken = await addDocument(
      { category: 'other', title: 'Changed file', documentDate: '2026-02-02' },
      'Changed',
      2,
    );
    // The vault says 5 pages; the file has 2 (as if it changed under the binder).
    await t.deps.db.kysely
      .updateTable('documents')
      .set({ page_count: 5 })
      .where('id', '=', broken)
      .execute();
    const path = await build({ purpose: 'other', order: broken }, [broken]);
    const html = await (await owner.get(path)).text();
    expect(html).toContain('A document changed while the binder was being made.');
    const row = await findBinder(t.deps.db, userId, caseId, path.split('/').pop() ?? '');
    expect(row).toMatchObject({ status: 'failed', error: 'source_changed', blobKey: null });
    expect((await download(path)).res.status).toBe(404);
  });

  it('deletes a binder and its PDF', async () => {
    const path = await build({ purpose: 'state_complaint' }, [ids.iep]);
    const binderId = path.split('/').pop() ?? '';
    const key = (await findBinder(t.deps.db, userId, caseId, binderId))?.blobKey ?? '';
    expect(await t.deps.blobs.get(key)).toBeDefined();
    expect((await owner.get(`${path}/delete`)).status).toBe(200);
    const res = await owner.postForm(`${path}/delete`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}/binders?notice=deleted`);
    expect(await t.deps.blobs.get(key)).toBeUndefined();
    expect((await owner.get(path)).status).toBe(404);
    expect((await download(path)).res.status).toBe(404);
  });

  it('deleting the case removes its binders and their PDFs', async () => {
    const other = t.client();
    const email = uniqueEmail('casedelete');
    await other.signUp(email);
    const res = await other.postForm('/cases', caseForm({ childFirstName: 'Gone' }));
    const goneCase = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
    const otherId = (
      await t.deps.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
    const bytes = await pdfOf('Gonepage', 1);
    const stored = await createDocument(
      { db: t.deps.db, blobs: t.deps.blobs },
      otherId,
      goneCase,
      {
        category: 'iep',
        title: 'IEP',
        documentDate: '2026-01-01',
        source: 'school',
        notes: null,
        mediationConfidential: false,
      },
      {
        fileName: 'iep.pdf',
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
    const docId = stored.status === 'stored' ? stored.document.id : '';
    const body = new URLSearchParams({
      purpose: 'other',
      labelStyle: 'p_number',
      language: 'en',
      order: docId,
      doc: docId,
      action: 'build',
      _csrf: await other.csrfToken(),
    });
    const built = await other.request(`/cases/${goneCase}/binders`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    await waitForBinderBuilds(t.deps);
    const binderId = built.headers.get('location')?.split('/').pop() ?? '';
    const key = (await findBinder(t.deps.db, otherId, goneCase, binderId))?.blobKey ?? '';
    expect(await t.deps.blobs.get(key)).toBeDefined();
    expect((await other.postForm(`/cases/${goneCase}/delete`, {})).status).toBe(303);
    expect(await t.deps.blobs.get(key)).toBeUndefined();
    const left = await t.deps.db.kysely
      .selectFrom('binders')
      .select('id')
      .where('id', '=', binderId)
      .execute();
    expect(left).toEqual([]);
  });

  it('puts the binders in the account export', async () => {
    const res = await owner.get('/account/export');
    const data = (await res.json()) as { cases: { binders: { purpose: string }[] }[] };
    expect(data.cases[0]?.binders.map((b) => b.purpose)).toEqual(
      expect.arrayContaining(['hearing', 'mediation']),
    );
  });

  it('deleting the account removes every binder PDF', async () => {
    const keys = (
      await t.deps.db.kysely
        .selectFrom('binders')
        .select('blob_key')
        .where('case_id', '=', caseId)
        .execute()
    ).flatMap((r) => (r.blob_key ? [r.blob_key] : []));
    expect(keys.length).toBeGreaterThan(1);
    const res = await owner.postForm('/account/delete', {
      password: 'correct horse battery staple',
    });
    expect(res.status).toBe(303);
    for (const key of keys) {
      expect(await t.deps.blobs.get(key)).toBeUndefined();
    }
  });
});
