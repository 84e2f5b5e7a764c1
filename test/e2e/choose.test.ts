import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/rules/index.js';
import { todayInAlabama } from '../../src/web/today.js';
import { uniqueEmail } from '../factories.js';
import {
  addCase,
  clickAndCheck,
  expectNoAxeViolations,
  htmlLang,
  scrollWidth,
  signUp,
  useAppAndBrowser,
  visit,
} from './support.js';

// The path chooser in a real browser, with and without JavaScript: every page is checked with
// axe, the interview runs end to end through its forms, and a logged-in parent saves the result.

const e2e = useAppAndBrowser();

const today = todayInAlabama();
const CONTINUE = 'main form button[type=submit]';

function path(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Answers the questions from the plan page to check your answers, checking each page. */
async function answerAll(page: Page, options: { withMistake: boolean }): Promise<void> {
  expect(path(page)).toBe('/choose/plan');
  await page.check('#answer'); // An IEP
  await clickAndCheck(page, CONTINUE, 'the plan question');
  expect(path(page)).toBe('/choose/concerns');
  await page.check('#answer'); // How much of a service
  await page.check('#answer-evaluation_timeline_missed');
  await clickAndCheck(page, CONTINUE, 'the concerns question');
  expect(path(page)).toBe('/choose/concern-dates');
  if (options.withMistake) {
    await page.fill('#date-service_amount', addDays(today, 5));
    await page.fill('#date-evaluation_timeline_missed', addDays(today, -70));
    await clickAndCheck(page, CONTINUE, 'a date in the future', 422);
    expect(await page.textContent('.error-summary')).toContain('must be today or in the past');
    expect(await page.inputValue('#date-evaluation_timeline_missed')).toBe(addDays(today, -70));
  }
  await page.fill('#date-service_amount', addDays(today, -30));
  await page.fill('#date-evaluation_timeline_missed', addDays(today, -70));
  await clickAndCheck(page, CONTINUE, 'the dates question');
  expect(path(page)).toBe('/choose/district-mediation');
  await page.check('#answer-no');
  await clickAndCheck(page, CONTINUE, 'the mediation question');
  expect(path(page)).toBe('/choose/pending');
  await page.check('#answer-none');
  await clickAndCheck(page, CONTINUE, 'the pending question');
  expect(path(page)).toBe('/choose/tried');

  // Back keeps the answers.
  await clickAndCheck(page, 'a.back-link', 'the back link');
  expect(path(page)).toBe('/choose/pending');
  expect(await page.isChecked('#answer-none')).toBe(true);
  await clickAndCheck(page, CONTINUE, 'the pending question again');

  await page.check('#answer'); // A meeting with the team
  await clickAndCheck(page, CONTINUE, 'the tried question');
  expect(path(page)).toBe('/choose/check-answers');
}

async function interview(javaScriptEnabled: boolean): Promise<void> {
  const { context, page } = await e2e.open({ javaScriptEnabled });
  try {
    await visit(page, '/');
    await clickAndCheck(page, 'main a[href="/choose"]', 'the home page link to the chooser');
    await clickAndCheck(page, 'main a[href="/choose/plan"]', 'start now');
    await answerAll(page, { withMistake: !javaScriptEnabled });

    const check = (await page.textContent('main')) ?? '';
    expect(check).toContain('Has the school district said no to mediation?');
    expect(check).toContain('A meeting with the IEP or 504 team');

    // Change the plan to a 504 plan: the mediation and pending questions no longer apply.
    await clickAndCheck(page, 'a[href="/choose/plan?change=1"]', 'changing the plan');
    await page.check('#answer-section_504');
    await clickAndCheck(page, CONTINUE, 'the changed plan');
    expect(path(page)).toBe('/choose/check-answers');
    const changed = (await page.textContent('main')) ?? '';
    expect(changed).not.toContain('Has the school district said no to mediation?');
    expect(changed).toContain('A 504 plan only');

    // And back to an IEP: the dropped questions are asked again, then back to the check page.
    await clickAndCheck(page, 'a[href="/choose/plan?change=1"]', 'changing the plan back');
    await page.check('#answer');
    await clickAndCheck(page, CONTINUE, 'the plan back to an IEP');
    expect(path(page)).toBe('/choose/district-mediation?change=1');
    await page.check('#answer'); // Yes, they said no
    await clickAndCheck(page, CONTINUE, 'the mediation question after the change');
    await page.check('#answer-none');
    await clickAndCheck(page, CONTINUE, 'the pending question after the change');
    expect(path(page)).toBe('/choose/check-answers');

    await clickAndCheck(page, 'main a[href="/choose/result"]', 'see my options');
    expect(path(page)).toBe('/choose/result');
    const cards = await page.$$eval('.option-card h2', (hs) => hs.map((h) => h.textContent));
    expect(cards.length).toBeGreaterThan(2);
    expect(await page.textContent('#option-mediation')).toBe('Mediation');
    const mediationCard = (await page.textContent('.option-card--not_available')) ?? '';
    expect(mediationCard).toContain('The school district said no to mediation');
    expect(await page.textContent('main')).toMatch(/\d+ days left\./);

    await clickAndCheck(page, 'main a[href="/choose/compare"]', 'the comparison page');
    expect(await page.$$eval('table.compare tbody tr', (rows) => rows.length)).toBe(7);
  } finally {
    await context.close();
  }
}

describe('the path chooser in a browser', () => {
  it('works end to end with JavaScript', { timeout: 120_000 }, async () => {
    await interview(true);
  });

  it('works end to end without JavaScript, errors included', { timeout: 120_000 }, async () => {
    await interview(false);
  });

  it('reads well in Spanish at 320 pixels, and prints without the forms', {
    timeout: 120_000,
  }, async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
      width: 320,
    });
    try {
      await visit(page, '/choose/plan');
      await answerAll(page, { withMistake: false });
      await clickAndCheck(page, 'main a[href="/choose/result"]', 'see my options');
      await clickAndCheck(page, '.lang-switch button', 'switching to Spanish');
      expect(await htmlLang(page)).toBe('es');
      expect(await page.textContent('h1')).toBe('Sus opciones');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: '/tmp/choose-320-es.png', fullPage: true });
      await visit(page, '/choose/compare');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: '/tmp/choose-compare-320-es.png', fullPage: true });
      await visit(page, '/choose/result');
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.save-panel')).toBe(false);
      expect(await page.isVisible('.option-card')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('a logged-in parent saves the result to a case and finds it on the case page', {
    timeout: 120_000,
  }, async () => {
    const { context, page } = await e2e.open();
    try {
      await signUp(page, uniqueEmail('chooser'));
      const caseId = await addCase(page, 'Maya', 'Johnson');
      await clickAndCheck(page, 'main a[href="/choose"]', 'find the right next step');
      await clickAndCheck(page, 'main a[href="/choose/plan"]', 'start now');
      await answerAll(page, { withMistake: false });
      await clickAndCheck(page, 'main a[href="/choose/result"]', 'see my options');
      expect(await page.isChecked('#caseId')).toBe(true);
      await clickAndCheck(page, 'form[action="/choose/save"] button', 'saving to the case');
      expect(path(page)).toMatch(
        new RegExp(`^/cases/${caseId}/assessments/[0-9a-f-]{36}\\?notice=saved$`),
      );
      expect(await page.textContent('h1')).toBe('Saved result for Maya Johnson');
      const saved = new URL(page.url()).pathname;
      await clickAndCheck(page, `main a[href="/cases/${caseId}"]`, 'back to the case');
      expect(await page.getAttribute(`main a[href="${saved}"]`, 'href')).toBe(saved);
      await expectNoAxeViolations(page, 'the case page with a saved result');
    } finally {
      await context.close();
    }
  });
});
