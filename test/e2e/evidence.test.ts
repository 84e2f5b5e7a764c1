import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import { fixture, makePdf } from '../fixtures/files.js';
import { checkPdf } from '../pdf-check.js';
import {
  addCase,
  clickAndCheck,
  expectNoAxeViolations,
  signUp,
  useAppAndBrowser,
} from './support.js';

const e2e = useAppAndBrowser();

/** Uploads files as one batch through the real upload form. */
async function upload(
  page: Page,
  caseId: string,
  files: { name: string; mimeType: string; buffer: Buffer }[],
  fields: { category: string; date: string; title?: string },
): Promise<void> {
  await page.goto(`/cases/${caseId}/documents/new`);
  await page.setInputFiles('#files', files);
  await page.selectOption('#category', fields.category);
  await page.fill('#documentDate', fields.date);
  if (fields.title) {
    await page.fill('#title', fields.title);
  }
  await page.check('#source');
  await clickAndCheck(page, 'main form button[type=submit]', `uploading ${fields.category}`);
}

/** Adds a communication log entry through the real form. */
async function logEntry(
  page: Page,
  caseId: string,
  entry: { on: string; method: string; withWhom: string; summary: string; confidential?: boolean },
): Promise<void> {
  await page.goto(`/cases/${caseId}/log/new`);
  await page.fill('#occurredOn', entry.on);
  await page.check(`#method-${entry.method}`);
  await page.fill('#withWhom', entry.withWhom);
  await page.fill('#summary', entry.summary);
  if (entry.confidential) {
    await page.check('#mediationConfidential');
  }
  await clickAndCheck(page, 'form.log-form button[type=submit]', `logging ${entry.summary}`);
}

/** Builds a binder from the form (a preset first), waits for it, and downloads the PDF. */
async function buildBinder(
  page: Page,
  caseId: string,
  preset: 'hearing_disclosure' | 'mediation_packet',
): Promise<{ pageText: string; pdf: Awaited<ReturnType<typeof checkPdf>> }> {
  await page.goto(`/cases/${caseId}/binders/new`);
  await clickAndCheck(page, `button[name=preset][value=${preset}]`, `the ${preset} preset`);
  await expectNoAxeViolations(page, `the binder form with the ${preset} preset`);
  await clickAndCheck(page, 'button[name=action][value=build]', `building the ${preset}`);
  // The progress page refreshes itself (meta refresh without JavaScript, a script with it).
  await page.getByText('Your binder is ready').waitFor({ timeout: 30_000 });
  await expectNoAxeViolations(page, `the finished ${preset}`);
  const pageText = (await page.textContent('main')) ?? '';
  const href = await page.getAttribute('main a[href$="/download"]', 'href');
  expect(href, 'a download link').toBeTruthy();
  const res = await page.context().request.get(href ?? '');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  return { pageText, pdf: await checkPdf(new Uint8Array(await res.body())) };
}

/**
 * Issue 6's journey: upload a PDF and two photos, log a phone call, mark a mediation note
 * confidential, then build a hearing binder (which leaves the mediation material out and says
 * so, 34 CFR 300.506(b)(8)) and a mediation packet (which keeps it), and check the PDFs: page
 * count, the table of contents' page ranges, the stamps and the excluded item.
 */
async function journey(javaScriptEnabled: boolean): Promise<void> {
  const { context, page } = await e2e.open({
    javaScriptEnabled,
    width: 360,
  });
  try {
    await signUp(page, uniqueEmail(javaScriptEnabled ? 'ev-js' : 'ev-nojs'));
    const caseId = await addCase(page, 'Maya', 'Johnson');

    await upload(
      page,
      caseId,
      [
        {
          name: 'IEP 2026.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(await makePdf(3, 'Disputed IEP')),
        },
      ],
      { category: 'iep', date: '2026-04-12', title: 'Disputed IEP' },
    );
    await upload(
      page,
      caseId,
      [
        { name: 'page-1.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(fixture('page-1.jpg')) },
        {
          name: 'page-2.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.from(fixture('page-2-rotated.jpg')),
        },
      ],
      { category: 'progress', date: '2026-02-03', title: 'Progress report photos' },
    );
    await upload(
      page,
      caseId,
      [
        {
          name: 'mediation.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(await makePdf(1, 'Secretmediation proposal')),
        },
      ],
      { category: 'mediation', date: '2026-05-01', title: 'Mediation proposal' },
    );

    await logEntry(page, caseId, {
      on: '2026-03-10',
      method: 'phone',
      withWhom: 'Ms. Lee, case manager',
      summary: 'She said speech would start Monday.',
    });
    await logEntry(page, caseId, {
      on: '2026-05-01',
      method: 'meeting',
      withWhom: 'The mediator',
      summary: 'Secretoffer of more speech minutes.',
      confidential: true,
    });

    // The hearing binder: two exhibits (IEP 3 pages, photos 2 pages), the mediation items out.
    const hearing = await buildBinder(page, caseId, 'hearing_disclosure');
    expect(hearing.pageText).toContain('mediation-confidential');
    const pages = hearing.pdf.text.split('\n');
    expect(hearing.pdf.pages).toBe(3 + 3 + 2);
    const toc = pages[1] ?? '';
    expect(toc).toContain('Left out of this binder');
    expect(toc).toContain('34 CFR 300.506(b)(8)');
    expect(toc).toMatch(/P-1\s+Apr 12, 2026\s+4–6/);
    expect(toc).toMatch(/P-2\s+Feb 3, 2026\s+7–8/);
    expect(pages[3]).toContain('P-1 · 1/3 · page 4 of 8');
    expect(pages[7]).toContain('P-2 · 2/2 · page 8 of 8');
    expect(pages[2]).toContain('She said speech would start Monday.');
    expect(hearing.pdf.text).not.toContain('Secretmediation');
    expect(hearing.pdf.text).not.toContain('Secretoffer');

    // The mediation packet keeps them.
    const packet = await buildBinder(page, caseId, 'mediation_packet');
    expect(packet.pdf.text).toContain('Secretmediation');
    expect(packet.pdf.text).toContain('Secretoffer');
    expect(packet.pdf.text).not.toContain('Left out of this binder');
  } finally {
    await context.close();
  }
}

describe('evidence: vault, log and binder in a browser', { timeout: 120_000 }, () => {
  it('builds a hearing binder without the mediation material and a mediation packet with it (JavaScript on)', async () => {
    await journey(true);
  });

  it('does the same without JavaScript, on a phone', async () => {
    await journey(false);
  });
});
