import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/deadlines/iso-date.js';
import { todayInAlabama } from '../../src/web/today.js';
import { uniqueEmail } from '../factories.js';
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
 * The log journey on a 360px phone, as a parent would click it: open the case's log, make a
 * mistake, log a phone call with a follow-up date, see the follow-up on the dates page, log a
 * mediation session marked confidential, filter the list, change an entry and delete one after
 * the confirmation page. Every page on the way is checked with axe.
 */
async function journey(javaScriptEnabled: boolean): Promise<void> {
  const { context, page } = await e2e.open({
    javaScriptEnabled,
    width: 360,
  });
  const today = todayInAlabama();
  const talkedOn = addDays(today, -2);
  const followUp = addDays(today, 7);
  try {
    await signUp(page, uniqueEmail(javaScriptEnabled ? 'log-js' : 'log-nojs'));
    const caseId = await addCase(page, 'Maya', 'Johnson');
    const logPath = `/cases/${caseId}/log`;

    await clickAndCheck(page, `main a[href="${logPath}"]`, 'the communication log link');
    expect(await page.textContent('h1')).toBe('Communication log for Maya');
    expect(await page.textContent('main')).toContain('Nothing in the log yet.');

    // A mistake first: the error summary names it and links to the field.
    await clickAndCheck(page, `main a[href="${logPath}/new"]`, 'the add link');
    await page.fill('#occurredOn', talkedOn);
    await page.fill('#withWhom', 'Ms. Lee, case manager');
    await clickAndCheck(
      page,
      'form.log-form button[type=submit]',
      'an entry without a method',
      422,
    );
    const summary = await page.textContent('.error-summary');
    expect(summary).toContain('Choose how you talked.');
    expect(summary).toContain('Write what was said.');
    expect(await page.inputValue('#withWhom')).toBe('Ms. Lee, case manager');

    // The phone call, with what was promised and a follow-up date.
    await page.check('#method-phone');
    await page.fill('#summary', 'She said the evaluation report is ready.');
    await page.fill('#promised', 'Send the report home with Maya');
    await page.fill('#followUpBy', followUp);
    await clickAndCheck(page, 'form.log-form button[type=submit]', 'logging a phone call');
    expect(await page.textContent('.notice')).toContain('The entry was added to the log.');
    const call = page.locator('li.log-item', { hasText: 'Phone call with Ms. Lee, case manager' });
    expect(await call.count()).toBe(1);
    expect(await call.textContent()).toContain('Send the report home with Maya');
    expect(await call.locator('.log-tag--confidential').count()).toBe(0);

    // The follow-up date is on the case's dates page.
    await page.goto(`/cases/${caseId}/timeline`);
    await expectNoAxeViolations(page, 'the timeline with a log follow-up');
    expect(await page.textContent('.reminder-list')).toContain(
      'Follow up with Ms. Lee, case manager: Send the report home with Maya',
    );

    // A mediation session, marked confidential (the checkbox says what that means).
    await page.goto(`${logPath}/new`);
    await expectNoAxeViolations(page, 'the add form');
    expect(await page.textContent('#mediationConfidential-hint')).toContain(
      'cannot be used as evidence at a hearing (34 CFR 300.506(b)(8))',
    );
    await page.fill('#occurredOn', talkedOn);
    await page.check('#method-meeting');
    await page.fill('#withWhom', 'The mediator and Dr. Park');
    await page.fill('#summary', 'Mediation: the district offered more speech minutes.');
    await page.check('#mediationConfidential');
    await clickAndCheck(page, 'form.log-form button[type=submit]', 'logging a mediation note');
    const note = page.locator('li.log-item', { hasText: 'Meeting with The mediator and Dr. Park' });
    expect(await note.locator('.log-tag--confidential').textContent()).toBe(
      'Mediation: left out of hearing binders',
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

    // Filter by method: a GET form, no script needed.
    await page.selectOption('#method', 'meeting');
    await clickAndCheck(page, 'form.log-filter button[type=submit]', 'filtering by meeting');
    expect(await page.locator('li.log-item').count()).toBe(1);
    expect(await page.textContent('main')).toContain('Entries shown: 1.');
    await clickAndCheck(page, `form.log-filter a[href="${logPath}"]`, 'showing all entries');
    expect(await page.locator('li.log-item').count()).toBe(2);

    // Change the call: the promise changes.
    await clickAndCheck(page, 'li.log-item:has-text("Phone call") a[href$="/edit"]', 'change');
    expect(await page.isChecked('#method-phone')).toBe(true);
    await page.fill('#promised', 'Email the report by Friday');
    await clickAndCheck(page, 'form.log-form button[type=submit]', 'saving the changed entry');
    expect(await page.textContent('.notice')).toContain('The entry was changed.');
    expect(await page.textContent('main')).toContain('Email the report by Friday');

    // Delete the mediation note, after the confirmation page.
    await clickAndCheck(page, 'li.log-item:has-text("Meeting") a[href$="/delete"]', 'delete link');
    expect(await page.textContent('h1')).toBe('Delete this log entry?');
    await clickAndCheck(page, 'main form button[type=submit]', 'confirming the delete');
    expect(await page.textContent('.notice')).toContain('The entry was deleted.');
    expect(await page.locator('li.log-item').count()).toBe(1);
  } finally {
    await context.close();
  }
}

describe('the communication log in a browser', () => {
  it('works with JavaScript, on a phone, with no axe violations', async () => {
    await journey(true);
  });

  it('works without JavaScript, on a phone, with no axe violations', async () => {
    await journey(false);
  });
});
