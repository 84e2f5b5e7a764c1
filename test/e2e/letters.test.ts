import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import { checkPdf, docxText, squash } from '../pdf-check.js';
import {
  addCase,
  clickAndCheck,
  expectNoAxeViolations,
  htmlLang,
  scrollWidth,
  signUp,
  useAppAndBrowser,
} from './support.js';

const e2e = useAppAndBrowser();

/** A date some days from today, as the date fields take it (YYYY-MM-DD). */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The field of a data path ('parent.name'): its id and name are the path itself. */
function field(path: string): string {
  return `main [name="${path}"]`;
}

async function download(
  page: Page,
  selector: string,
): Promise<{ bytes: Uint8Array; type: string }> {
  const href = await page.getAttribute(selector, 'href');
  expect(href, `a link ${selector}`).toBeTruthy();
  const res = await page.context().request.get(href ?? '');
  expect(res.status(), href ?? '').toBe(200);
  return { bytes: new Uint8Array(await res.body()), type: res.headers()['content-type'] ?? '' };
}

/** The page never scrolls sideways at the phone width (checked only in the phone journey). */
async function fits(page: Page, width: number | undefined): Promise<void> {
  if (width) {
    expect(await scrollWidth(page), `no sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(
      width,
    );
  }
}

const CHANGED_WORDING =
  'If any record is hard to understand, please have the school psychologist explain it to me in person.';

/**
 * Issue 5's journey, as a parent would click it: from the case page to its letters, start a
 * records request, fill in the form but forget the signature, see it listed as missing on the
 * preview and follow its link to the field, change one paragraph's wording, make the letter
 * final, download it (PDF, DOCX, HTML and the Spanish mirror), record that it went by certified
 * mail, and see the 45-day records deadline (34 CFR 300.613(a)) and the answer-by reminder on the
 * timeline. Every page on the way is checked with axe; on the phone, none scrolls sideways.
 */
async function journey(javaScriptEnabled: boolean, width?: number): Promise<void> {
  const { context, page } = await e2e.open({
    javaScriptEnabled,
    ...(width ? { width } : {}),
  });
  try {
    await signUp(page, uniqueEmail(javaScriptEnabled ? 'letters-js' : 'letters-nojs'));
    const caseId = await addCase(page, 'Maya', 'Johnson');
    const lettersPath = `/cases/${caseId}/letters`;

    // From the case page to its letters, and start a records request.
    await clickAndCheck(page, `main a[href="${lettersPath}"]`, 'the letters link');
    expect(await page.textContent('h1')).toBe('Letters for Maya');
    await fits(page, width);
    await clickAndCheck(
      page,
      '.letter-kinds form:has(input[name="kind"][value="records_request"]) button[type=submit]',
      'starting a records request',
    );
    const editMatch = new RegExp(`^${lettersPath}/([0-9a-f-]{36})/edit$`).exec(
      new URL(page.url()).pathname,
    );
    expect(editMatch, `the letter form, not ${page.url()}`).not.toBeNull();
    const base = `${lettersPath}/${editMatch?.[1] ?? ''}`;
    expect(await page.textContent('h1')).toBe('Ask to see your child’s records');
    // Prefilled from the case.
    expect(await page.inputValue(field('child.name'))).toBe('Maya Johnson');
    await fits(page, width);

    // Fill it in, all but the signature.
    const responseBy = daysFromToday(14);
    await page.fill(field('parent.name'), 'Denise Johnson');
    await page.fill(field('parent.address'), '88 Oak Street\nMobile, AL 36602');
    await page.fill(field('child.address'), '88 Oak Street, Mobile, AL 36602');
    await page.fill(field('child.school'), 'Dauphin Island Elementary');
    await page.fill(field('district.name'), 'Mobile County Public Schools');
    await page.fill(field('district.address'), '1 Magnum Pass\nMobile, AL 36618');
    await page.fill(
      field('concerns.0.description'),
      'I want to see what the school wrote about Maya’s reading.',
    );
    await page.fill(
      field('concerns.0.facts'),
      'Her teacher told me on May 1 that there are new reading test results.',
    );
    await page.fill(field('proposedResolution'), 'Please let me see all of Maya’s records.');
    await page.fill(field('responseBy'), responseBy);
    await clickAndCheck(page, 'form.letter-form button[type=submit]', 'saving the letter form');
    expect(new URL(page.url()).pathname).toBe(base);
    expect(await page.textContent('.notice')).toBe('Saved.');
    await fits(page, width);

    // The preview lists the signature as missing and links to its field.
    const missing = page.locator('.letter-missing');
    expect(await missing.locator('h2').textContent()).toBe('Before you can send it, add:');
    const signatureLink = missing.locator(`a[href="${base}/edit#signature"]`);
    expect(await signatureLink.count()).toBe(1);
    expect(await page.textContent('.letter-preview')).toContain('Maya Johnson');
    await clickAndCheck(
      page,
      `.letter-missing a[href="${base}/edit#signature"]`,
      'the missing signature link',
    );
    expect(new URL(page.url()).hash).toBe('#signature');
    expect(await page.evaluate<string | undefined>('document.querySelector(":target")?.id')).toBe(
      'signature',
    );
    // What was typed before is still there.
    expect(await page.inputValue(field('parent.name'))).toBe('Denise Johnson');
    await page.fill(field('signature'), 'Denise Johnson');
    await clickAndCheck(page, 'form.letter-form button[type=submit]', 'adding the signature');
    expect(await page.locator('.letter-missing').count()).toBe(0);

    // Change one paragraph's wording.
    await clickAndCheck(page, `main a[href="${base}/paragraphs"]`, 'the wording link');
    expect(await page.inputValue(field('explanations'))).toContain('explain them to me');
    await page.fill(field('explanations'), CHANGED_WORDING);
    await fits(page, width);
    await clickAndCheck(page, 'form.letter-paragraphs button[type=submit]', 'saving the wording');
    expect(await page.textContent('.letter-preview')).toContain(CHANGED_WORDING);

    // Make it final.
    await clickAndCheck(page, `form[action="${base}/finalize"] button`, 'making it final');
    expect(await page.textContent('.notice')).toContain('Your letter is final.');
    await fits(page, width);
    if (width) {
      // The letter sheet reads on the narrowest phone too.
      await page.setViewportSize({ width: 320, height: 800 });
      await fits(page, 320);
      await page.screenshot({ path: '/tmp/letter-320.png', fullPage: true });
      await page.setViewportSize({ width, height: 800 });
    }

    // Download it: the stored PDF (tagged, the child's name, the changed wording), DOCX, HTML.
    const pdf = await download(page, `a[href="${base}/letter.pdf"]`);
    expect(pdf.type).toBe('application/pdf');
    const report = await checkPdf(pdf.bytes);
    expect(report.marked).toBe(true);
    expect(report.language).toBe('en-US');
    expect(squash(report.text)).toContain(squash('Maya Johnson'));
    expect(squash(report.text)).toContain(squash(CHANGED_WORDING));
    const docx = await download(page, `a[href="${base}/letter.docx"]`);
    expect(docx.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docxText(docx.bytes).text).toContain('Maya Johnson');
    expect(docxText(docx.bytes).text).toContain(CHANGED_WORDING);
    const html = await download(page, `a[href="${base}/letter.html"]`);
    expect(html.type).toContain('text/html');
    expect(Buffer.from(html.bytes).toString('utf8')).toContain('Maya Johnson');
    // The Spanish mirror copy, for the parent to read.
    const mirror = await download(page, `a[href="${base}/letter.pdf?variant=mirror"]`);
    const mirrorReport = await checkPdf(mirror.bytes);
    expect(mirrorReport.marked).toBe(true);
    expect(mirrorReport.language).toBe('es-US');
    expect(squash(mirrorReport.text)).toContain(squash('Maya Johnson'));

    // Record that it went by certified mail: a mistake first (no tracking number).
    await page.check('#method-certified_mail');
    await clickAndCheck(
      page,
      `form[action="${base}/sent"] button[type=submit]`,
      'sent without a tracking number',
      422,
    );
    expect(await page.textContent('.error-summary')).toContain('Enter the tracking number.');
    await page.check('#method-certified_mail');
    await page.fill('#trackingNumber', '9407 1000 0000 0000 0000 00');
    await clickAndCheck(
      page,
      `form[action="${base}/sent"] button[type=submit]`,
      'saving how it was sent',
    );
    expect(await page.textContent('main')).toContain('by Certified mail.');
    expect(await page.textContent('main')).toContain('9407 1000 0000 0000 0000 00');
    await fits(page, width);

    // The timeline: the records deadline (34 CFR 300.613(a)) and the answer-by reminder.
    await clickAndCheck(page, `main a[href="/cases/${caseId}/timeline"]`, 'the timeline link');
    expect(await page.locator('li.deadline[id^="deadline-records_access_due:"]').count()).toBe(1);
    expect(await page.textContent('.reminder-list')).toContain(
      'Answer due to your letter: Ask to see your child’s records',
    );
    await fits(page, width);

    // The letters list in Spanish.
    await page.goto(lettersPath);
    await clickAndCheck(page, 'form.lang-switch button', 'the letters list in Spanish');
    expect(await htmlLang(page)).toBe('es');
    expect(await page.textContent('h1')).toBe('Cartas para Maya');
    expect(await page.textContent('main')).toContain('Pedir ver los expedientes de su hijo');
    await expectNoAxeViolations(page, 'the Spanish letters list');
    await fits(page, width);
  } finally {
    await context.close();
  }
}

describe.concurrent('the letter writer in a real browser', { timeout: 120_000 }, () => {
  it('writes a records request, finalizes, downloads and sends it, and its deadline is on the timeline (34 CFR 300.613(a))', async () => {
    await journey(true);
  });

  it('works the same way with JavaScript off on a 360px phone, with no sideways scrolling', async () => {
    await journey(false, 360);
  });
});
