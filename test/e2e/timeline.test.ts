import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
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

/**
 * The timeline journey, as a parent would click it: open the case's dates, add an event, see
 * the deadline, open "why this date", change the event, set the district calendar (with a
 * mistake first), download the .ics, make a private calendar link, delete an event, and read it
 * all in Spanish on a 320px phone. Every page on the way is checked with axe.
 */
async function journey(javaScriptEnabled: boolean): Promise<void> {
  const { context, page } = await e2e.open({ javaScriptEnabled });
  try {
    await signUp(page, uniqueEmail(javaScriptEnabled ? 'tl-js' : 'tl-nojs'));
    const caseId = await addCase(page, 'Maya', 'Johnson');
    const timelinePath = `/cases/${caseId}/timeline`;

    // From the case page to the timeline.
    await clickAndCheck(page, `main a[href="${timelinePath}"]`, 'the dates and deadlines link');
    expect(await page.textContent('h1')).toBe('Dates and deadlines for Maya');
    expect(await page.textContent('main')).toContain('No events yet.');

    // A mistake first: the error summary links to the field.
    await page.fill('#date', '2026-09-02');
    await clickAndCheck(
      page,
      'form.event-form button[type=submit]',
      'an event without a type',
      422,
    );
    expect(await page.textContent('.error-summary')).toContain('Choose what happened.');

    // Add an event and see the deadline.
    await page.selectOption('#type', 'evaluation_consent_received');
    await page.fill('#date', '2026-09-02');
    await page.fill('#note', 'Handed the form to Ms. Lee');
    await clickAndCheck(page, 'form.event-form button[type=submit]', 'adding an event');
    expect(await page.textContent('.notice')).toContain('The event was added.');
    const item = page.locator('li.deadline', { hasText: 'Due Sun Nov 1, 2026' });
    expect(await item.count()).toBe(1);
    expect(await page.textContent('.event-list')).toContain('Handed the form to Ms. Lee');

    // "Why this date?" opens the steps (a <details>: no script needed).
    const step = item.locator('.steps li', {
      hasText: 'Sept 2, 2026 + 60 calendar days = Nov 1, 2026',
    });
    expect(await step.isVisible()).toBe(false);
    await item.locator('summary').click();
    expect(await step.isVisible()).toBe(true);
    expect(await item.locator('.law-list').textContent()).toContain('34 CFR 300.11(a)');
    await expectNoAxeViolations(page, 'the timeline with the steps open');

    // The picture is there, with its text alternative.
    expect(await page.getAttribute('svg.timeline-svg', 'role')).toBe('img');
    expect(await page.textContent('#timeline-svg-title')).toBe('Timeline for Maya');

    // Change the event's date: the deadline follows.
    await clickAndCheck(page, '.event-actions a[href$="/edit"]', 'the change link');
    expect(await page.inputValue('#date')).toBe('2026-09-02');
    await page.fill('#date', '2026-09-10');
    await clickAndCheck(page, 'main form button[type=submit]', 'saving the changed event');
    expect(await page.textContent('.notice')).toContain('The event was changed.');
    expect(await page.textContent('.deadline-list')).toContain('Due Mon Nov 9, 2026');
    expect(await page.textContent('.deadline-list')).not.toContain('Due Sun Nov 1, 2026');

    // A school-day deadline is an estimate until the district calendar is set.
    await page.selectOption('#type', 'disciplinary_change_of_placement');
    await page.fill('#date', '2026-11-20');
    await clickAndCheck(page, 'form.event-form button[type=submit]', 'adding a discipline event');
    const discipline = page.locator('li.deadline', { hasText: 'Due Mon Dec 7, 2026' });
    expect(await discipline.textContent()).toContain('Estimate');

    // The district calendar: a bad line first, then the real one.
    await clickAndCheck(
      page,
      `main a[href="/cases/${caseId}/calendar"]`,
      'the school calendar link',
    );
    await page.fill('#firstDay', '2026-08-06');
    await page.fill('#lastDay', '2027-05-21');
    await page.fill('#closedDays', '11/23/2026\n2026-11-24\nturkey day');
    await clickAndCheck(page, 'main form button[type=submit]', 'a calendar with a bad line', 422);
    expect(await page.textContent('.error-summary')).toContain(
      'Line 3: “turkey day” is not a date.',
    );
    expect(await page.inputValue('#closedDays')).toContain('turkey day');
    await page.fill(
      '#closedDays',
      '11/23/2026\n2026-11-24, 2026-11-25\nThanksgiving 2026-11-26\n2026-11-27',
    );
    await page.selectOption('#county', 'Mobile');
    await clickAndCheck(page, 'main form button[type=submit]', 'saving the school calendar');
    expect(await page.textContent('.notice')).toContain('The school calendar was saved.');
    expect(await page.textContent('main')).toContain('School year: Aug 6, 2026 to May 21, 2027.');
    const exact = page.locator('li.deadline', { hasText: 'Due Fri Dec 11, 2026' });
    expect(await exact.count()).toBe(1);
    expect(await exact.textContent()).not.toContain('Estimate');

    // Download the .ics.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`a[href="/cases/${caseId}/calendar.ics"]`),
    ]);
    expect(download.suggestedFilename()).toBe('iep-navigator-deadlines.ics');
    const ics = await readFile((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261109');
    expect(ics).not.toContain('Johnson');
    expect(ics).not.toContain('Ms. Lee');

    // A private calendar link: shown once, and it serves the calendar to a calendar app.
    await clickAndCheck(
      page,
      '#export ~ form button[type=submit]',
      'making a private calendar link',
    );
    const feedUrl = await page.inputValue('#feedUrl');
    expect(feedUrl).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(feedUrl.replace('http://localhost', e2e.app.baseUrl));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('DTSTART;VALUE=DATE:20261211');
    await clickAndCheck(page, `main a[href="${timelinePath}#export"]`, 'back from the link page');
    expect(await page.textContent('main')).toContain('A private calendar link is on.');

    // Delete an event after confirming.
    await clickAndCheck(page, '.event-list li:last-child a[href$="/delete"]', 'the delete link');
    expect(await page.textContent('h1')).toBe('Delete this event?');
    await clickAndCheck(page, 'main form button[type=submit]', 'confirming the delete');
    expect(await page.textContent('.notice')).toContain('The event was deleted.');
    expect(await page.locator('.event-list li').count()).toBe(1);

    // In Spanish, on a 320px-wide phone.
    await clickAndCheck(page, 'form.lang-switch button', 'the timeline in Spanish');
    expect(await htmlLang(page)).toBe('es');
    expect(await page.textContent('h1')).toBe('Fechas y plazos de Maya');
    await page.setViewportSize({ width: 320, height: 800 });
    const spanishItem = page.locator('li.deadline').first();
    await spanishItem.locator('summary').click();
    expect(await spanishItem.textContent()).toContain('¿Por qué esta fecha?');
    await expectNoAxeViolations(page, 'the Spanish timeline at 320px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    if (javaScriptEnabled) {
      await page.screenshot({ path: '/tmp/timeline-320-es.png', fullPage: true });
    }
  } finally {
    await context.close();
  }
}

describe.concurrent('the timeline journey in a real browser', { timeout: 90_000 }, () => {
  it('adds events, explains the deadlines, sets the school calendar and exports them', async () => {
    await journey(true);
  });

  it('works the same way with JavaScript turned off', async () => {
    await journey(false);
  });
});
