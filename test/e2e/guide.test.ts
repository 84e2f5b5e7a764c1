import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_IDS, MEETING_KINDS } from '../../src/domain/guide/index.js';
import { clickAndCheck, htmlLang, scrollWidth, useAppAndBrowser, visit } from './support.js';

// The public guide in a real browser, as a visitor with no account: every page is checked with
// axe with and without JavaScript, in English and Spanish, fits a 320-pixel phone screen, and
// the checklist prints without the site's menus.

const e2e = useAppAndBrowser();

const slug = (id: string) => id.replaceAll('_', '-');

/** A computed style of the first element the selector finds. */
function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`,
  );
}

const PAGES = [
  '/guide',
  '/guide/paths',
  '/guide/contacts',
  '/guide/scripts',
  '/guide/scripts?lang=es',
  '/guide/glossary',
  '/guide/action-plans',
  ...ACTION_PLAN_IDS.map((id) => `/guide/action-plans/${slug(id)}`),
  '/guide/checklists',
  ...MEETING_KINDS.map((kind) => `/guide/checklists/${slug(kind)}`),
];

/** Switches the page's language with the header's switch, and checks it took. */
async function switchTo(page: Page, lang: 'en' | 'es'): Promise<void> {
  await clickAndCheck(page, '.lang-switch button', `switching to ${lang}`);
  expect(await htmlLang(page)).toBe(lang);
}

describe('the guide in a browser, without an account', () => {
  it('every page is axe-clean with JavaScript, reached from the main menu', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await e2e.open();
    try {
      await visit(page, '/');
      await clickAndCheck(page, '.site-nav a[href="/guide"]', 'the Guide link in the menu');
      expect(new URL(page.url()).pathname).toBe('/guide');
      for (const path of PAGES) {
        await visit(page, path);
      }
      // From a plan, a step's tool link opens the path chooser.
      await visit(page, '/guide/action-plans/iep-not-implemented');
      await clickAndCheck(page, 'main .tool-links a[href="/choose"]', 'a step’s chooser link');
      expect(new URL(page.url()).pathname).toBe('/choose');
    } finally {
      await context.close();
    }
  });

  it('every page is axe-clean without JavaScript, in Spanish', { timeout: 180_000 }, async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
    });
    try {
      await visit(page, '/guide');
      await switchTo(page, 'es');
      expect(await page.textContent('h1')).toBe('Una guía para padres');
      for (const path of PAGES) {
        await visit(page, path);
        expect(await htmlLang(page)).toBe('es');
      }
      // Without JavaScript the boxes still tick, by their labels.
      await visit(page, '/guide/checklists/annual-iep');
      await page.click('label[for="item-before-list_services"]');
      expect(await page.isChecked('#item-before-list_services')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('every page is axe-clean without JavaScript in English too', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
    });
    try {
      for (const path of PAGES) {
        await visit(page, path);
      }
    } finally {
      await context.close();
    }
  });

  it('fits a 320-pixel screen in both languages, the comparison stacked as cards', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
      width: 320,
    });
    try {
      for (const lang of ['en', 'es'] as const) {
        if (lang === 'es') {
          await visit(page, '/guide');
          await switchTo(page, 'es');
        }
        for (const path of PAGES) {
          await visit(page, path);
          expect(await scrollWidth(page), `${path} in ${lang} at 320px`).toBeLessThanOrEqual(320);
        }
      }
      await visit(page, '/guide/paths');
      // On a phone the table's rows are blocks (one card per question), not columns.
      expect(await styleOf(page, 'table.compare tbody tr', 'display')).toBe('block');
      await page.screenshot({ path: '/tmp/guide-paths-320-es.png', fullPage: true });
      await visit(page, '/guide/scripts');
      await page.screenshot({ path: '/tmp/guide-scripts-320-es.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('shows the comparison as a table on a wide screen', { timeout: 60_000 }, async () => {
    const { context, page } = await e2e.open({ width: 1280 });
    try {
      await visit(page, '/guide/paths');
      expect(await styleOf(page, 'table.compare tbody tr', 'display')).toBe('table-row');
    } finally {
      await context.close();
    }
  });

  it('prints the checklist without the menus or links, with empty boxes kept whole', {
    timeout: 60_000,
  }, async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
    });
    try {
      await visit(page, '/guide/checklists/eligibility-review');
      expect(await page.isVisible('.site-nav')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.guide-more']) {
        expect(await page.isVisible(hidden), hidden).toBe(false);
      }
      expect(await page.isVisible('.tool-links')).toBe(false);
      expect(await page.isVisible('.checklist-downloads')).toBe(false);
      expect(await page.isVisible('.checklist-item')).toBe(true);
      expect(await styleOf(page, '.checklist-box', 'appearance')).toBe('none');
      expect(await styleOf(page, '.checklist-box', 'borderTopStyle')).toBe('solid');
      expect(await styleOf(page, '.checklist-item', 'breakInside')).toBe('avoid');
      await page.screenshot({ path: '/tmp/guide-checklist-print.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('downloads the checklist PDF from the page', { timeout: 60_000 }, async () => {
    const { context, page } = await e2e.open();
    try {
      await visit(page, '/guide/checklists/mediation-session');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.checklist-downloads a[hreflang="es"]'),
      ]);
      expect(download.suggestedFilename()).toBe('checklist-mediation-session-es.pdf');
    } finally {
      await context.close();
    }
  });
});
