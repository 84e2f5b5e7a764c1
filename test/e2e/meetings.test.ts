import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import { checkPdf } from '../pdf-check.js';
import {
  addCase,
  clickAndCheck,
  expectNoAxeViolations,
  scrollWidth,
  signUp,
  useAppAndBrowser,
} from './support.js';

const e2e = useAppAndBrowser();

/**
 * Issue 7's journey: prepare a meeting for a case, tick checklist items, write a concerns
 * statement, take notes with two promises, and see both promises in the follow-up letter and on
 * the timeline. Every page is checked with axe.
 */
async function journey(javaScriptEnabled: boolean): Promise<void> {
  const width = javaScriptEnabled ? 1024 : 360;
  const { context, page } = await e2e.open({ javaScriptEnabled, width });
  try {
    await signUp(page, uniqueEmail(javaScriptEnabled ? 'mt-js' : 'mt-nojs'));
    const caseId = await addCase(page, 'Maya', 'Johnson');
    await clickAndCheck(page, `main a[href="/cases/${caseId}/meetings"]`, 'the meetings link');
    await expectNoAxeViolations(page, 'the meetings list');

    await page.selectOption('#kind', 'annual_iep');
    await page.fill('#meetingDate', '2030-01-15');
    await clickAndCheck(page, 'main form button[type=submit]', 'preparing a meeting');
    await expectNoAxeViolations(page, 'the checklist');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);

    // Tick two items and add one of our own.
    const boxes = page.locator('form.meeting-checklist input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.fill('#ownItem', 'Ask about the bus schedule');
    await clickAndCheck(page, 'form.meeting-checklist button[type=submit]', 'saving the checklist');
    expect(await page.textContent('.meeting-progress')).toMatch(/^2 of \d+ done\.$/);
    expect(await page.textContent('main')).toContain('Ask about the bus schedule');
    const meetingPath = new URL(page.url()).pathname;

    // Printed, the page is the filled-in checklist: the items and ticks, not the tools or forms.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('form.meeting-checklist')).toBe(true);
    expect(await page.isVisible('label:has-text("Ask about the bus schedule")')).toBe(true);
    expect(await page.isChecked('form.meeting-checklist input[type=checkbox] >> nth=0')).toBe(true);
    expect(await page.isVisible('#ownItem')).toBe(false);
    expect(await page.isVisible('.meeting-delete')).toBe(false);
    expect(await page.isVisible('.site-header')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The script cards for this meeting, readable on the phone.
    await clickAndCheck(page, `main a[href="${meetingPath}/scripts"]`, 'the script cards');
    expect(await page.textContent('h1')).toBe('What to say in the meeting');
    expect(await page.textContent('#script-ask_for_data')).toContain(
      'Can you show me the data for that?',
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await page.goto(meetingPath);

    // Deleting asks first (not confirmed here).
    await clickAndCheck(page, `a[href="${meetingPath}/delete"]`, 'the delete question');
    await clickAndCheck(page, `main a[href="${meetingPath}"]`, 'cancelling the delete');

    // The concerns statement.
    await clickAndCheck(page, `a[href="${meetingPath}/concerns"]`, 'the concerns statement');
    await expectNoAxeViolations(page, 'the concerns form');
    await page.fill('#priority0', 'Reading at grade level by spring');
    await page.fill('#priority1', 'Speech therapy 60 minutes a week');
    await clickAndCheck(page, 'main form button[type=submit]', 'saving the statement');
    await expectNoAxeViolations(page, 'the saved statement');
    const pdfHref = await page.getAttribute('a[href$="concerns.pdf?lang=en"]', 'href');
    const pdf = await page.context().request.get(pdfHref ?? '');
    const report = await checkPdf(new Uint8Array(await pdf.body()));
    expect(report.marked).toBe(true);
    expect(report.text).toContain('Reading at grade level by spring');

    // Notes with two promises.
    await page.goto(`${meetingPath}/notes`);
    await expectNoAxeViolations(page, 'the notes page');
    await page.fill('#attendees', 'Ms. Lee, case manager');
    await page.fill('#what0', 'Send the reading data');
    await page.fill('#who0', 'Ms. Lee');
    await page.fill('#by0', '2030-01-22');
    await page.fill('#what1', 'Start speech therapy 60 minutes a week');
    await page.fill('#who1', 'Mr. Park');
    await page.fill('#by1', '2030-02-01');
    await clickAndCheck(page, 'button[name=action][value=save]', 'saving the notes');
    expect(await page.textContent('.notice')).toContain('The promised dates are on your timeline.');

    // The follow-up letter holds both promises.
    await clickAndCheck(
      page,
      `form[action="${meetingPath}/follow-up"] button`,
      'the follow-up letter',
    );
    await expectNoAxeViolations(page, 'the follow-up letter');
    const letter = (await page.textContent('.letter-preview')) ?? '';
    expect(letter).toContain('Send the reading data');
    expect(letter).toContain('Start speech therapy 60 minutes a week');

    // And the timeline shows both dates.
    await page.goto(`/cases/${caseId}/timeline`);
    await expectNoAxeViolations(page, 'the timeline with promises');
    const reminders = (await page.textContent('.reminder-list')) ?? '';
    expect(reminders).toContain('Send the reading data');
    expect(reminders).toContain('Start speech therapy 60 minutes a week');
  } finally {
    await context.close();
  }
}

describe('meeting prep in a browser', { timeout: 120_000 }, () => {
  it('prepares a meeting, writes a concerns statement and turns two promises into a letter and dates (JavaScript on)', async () => {
    await journey(true);
  });

  it('does the same without JavaScript, on a phone', async () => {
    await journey(false);
  });
});
