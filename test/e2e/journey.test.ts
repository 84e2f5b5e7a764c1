import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import {
  clickAndCheck,
  expectNoAxeViolations,
  htmlLang,
  PASSWORD,
  useAppAndBrowser,
  visit,
} from './support.js';

const e2e = useAppAndBrowser();

/**
 * The foundation journey, click by click as a parent would: sign up, add a child, log out, log
 * back in, open the case, switch to Spanish; then a new browser logs in and gets Spanish back.
 * Every page on the way is checked with axe.
 */
async function journey(javaScriptEnabled: boolean): Promise<void> {
  const email = uniqueEmail(javaScriptEnabled ? 'js' : 'nojs');
  const first = await e2e.open({ javaScriptEnabled });
  const { page } = first;
  try {
    if (!javaScriptEnabled) {
      // Proves this context really runs no page scripts (DevTools evaluation still works).
      await page.setContent('<title>before</title><script>document.title = "ran"</script>');
      expect(await page.title()).toBe('before');
    }

    // Start page → sign up.
    await visit(page, '/');
    expect(await htmlLang(page)).toBe('en');
    await clickAndCheck(page, 'main a[href="/signup"]', 'the sign-up link');
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await clickAndCheck(page, 'main form button[type=submit]', 'sign-up');
    expect(new URL(page.url()).pathname).toBe('/cases');
    expect(await page.textContent('.notice')).toContain('Your account is ready.');

    // Add a child.
    await clickAndCheck(page, 'main a[href="/cases/new"]', 'the add-a-child link');
    await page.fill('#childFirstName', 'Maya');
    await page.fill('#childLastName', 'Johnson');
    await page.fill('#school', 'Oak Park Elementary');
    await page.selectOption('#grade', '5');
    await page.check('#planType-section_504');
    await clickAndCheck(page, 'main form button[type=submit]', 'saving the case');
    const casePath = new URL(page.url()).pathname;
    expect(casePath).toMatch(/^\/cases\/[^/]+$/);
    expect(await page.textContent('h1')).toBe('Maya Johnson');
    expect(await page.textContent('.notice')).toContain('The case was saved.');
    expect(await page.textContent('dl.details')).toContain('504 plan');

    // Log out.
    await clickAndCheck(page, 'nav form[action="/logout"] button', 'logging out');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.textContent('.notice')).toContain('You are logged out.');

    // Log back in; the case is in the list; open it.
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await clickAndCheck(page, 'main form button[type=submit]', 'logging in');
    expect(new URL(page.url()).pathname).toBe('/cases');
    expect(await page.textContent('.case-list')).toContain('5th grade · Oak Park Elementary');
    await clickAndCheck(page, `.case-list a[href="${casePath}"]`, 'opening the case');
    expect(new URL(page.url()).pathname).toBe(casePath);
    expect(await page.textContent('h1')).toBe('Maya Johnson');

    // Switch to Spanish: the same page comes back in Spanish.
    await clickAndCheck(page, 'form.lang-switch button', 'switching to Spanish');
    expect(new URL(page.url()).pathname).toBe(casePath);
    expect(await htmlLang(page)).toBe('es');
    expect(await page.textContent('nav')).toContain('Mis casos');
    expect(await page.textContent('dl.details')).toContain('Plan 504');
    expect(await page.textContent('form.lang-switch button')).toBe('English');

    await clickAndCheck(page, 'nav a[href="/cases"]', 'the Spanish case list');
    expect(await page.textContent('h1')).toBe('Mis casos');

    // Log out: the log-in page stays in Spanish in this browser.
    await clickAndCheck(page, 'nav form[action="/logout"] button', 'logging out in Spanish');
    expect(await htmlLang(page)).toBe('es');
    expect(await page.textContent('h1')).toBe('Entrar');
  } finally {
    await first.context.close();
  }

  // A browser that has never seen the app: English until the parent logs in, then Spanish,
  // because the choice was saved with the account.
  const second = await e2e.open({ javaScriptEnabled });
  try {
    const page2 = second.page;
    await visit(page2, '/login');
    expect(await htmlLang(page2)).toBe('en');
    await page2.fill('#email', email);
    await page2.fill('#password', PASSWORD);
    await clickAndCheck(page2, 'main form button[type=submit]', 'logging in from a new browser');
    expect(new URL(page2.url()).pathname).toBe('/cases');
    expect(await htmlLang(page2)).toBe('es');
    expect(await page2.textContent('h1')).toBe('Mis casos');
    expect(await page2.textContent('.case-list')).toContain('Maya Johnson');

    // And back to English, which is remembered in the same way.
    await clickAndCheck(page2, 'form.lang-switch button', 'switching back to English');
    expect(await htmlLang(page2)).toBe('en');
    expect(await page2.textContent('h1')).toBe('My cases');
    await expectNoAxeViolations(page2, 'the English case list again');
  } finally {
    await second.context.close();
  }
}

describe.concurrent('the foundation journey in a real browser', { timeout: 60_000 }, () => {
  it('lets a parent sign up, add a child, come back, open the case and switch to Spanish', async () => {
    await journey(true);
  });

  it('works the same way with JavaScript turned off', async () => {
    await journey(false);
  });
});
