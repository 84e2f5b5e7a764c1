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
  visit,
} from './support.js';

const e2e = useAppAndBrowser();

describe.concurrent('cases in a real browser', { timeout: 60_000 }, () => {
  it('has an accessibility check that catches a field without a label, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await e2e.open({ javaScriptEnabled });
      try {
        await visit(page, '/signup');
        await page.evaluate('document.querySelector("label[for=email]").remove()');
        const failure = await expectNoAxeViolations(page, 'a broken page').then(
          () => undefined,
          (error: unknown) => String(error),
        );
        expect(failure, `javaScriptEnabled: ${javaScriptEnabled}`).toMatch(/- label \(critical\)/);
        expect(failure).toContain('#email');
      } finally {
        await context.close();
      }
    }
  });

  it('shows an error summary that links to the first-name field when it is left empty', async () => {
    const { context, page } = await e2e.open();
    try {
      await signUp(page, uniqueEmail('errors'));
      await visit(page, '/cases/new');
      await clickAndCheck(page, 'main form button[type=submit]', 'an empty case form', 422);

      expect(await page.title()).toMatch(/^Error: Add a child/);
      const summary = page.locator('.error-summary');
      expect(await summary.getAttribute('role')).toBe('alert');
      expect(await summary.locator('h2').textContent()).toBe('There is a problem');
      const link = summary.locator('a');
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe('#childFirstName');
      expect(await link.textContent()).toBe('Enter your child’s first name.');

      // The field says what is wrong, and the message is tied to it for screen readers.
      const input = page.locator('#childFirstName');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain('childFirstName-error');
      expect(await page.textContent('#childFirstName-error')).toContain(
        'Enter your child’s first name.',
      );
      // What the parent typed elsewhere is kept.
      expect(await page.inputValue('#parentLanguage')).toBe('en');

      // The summary's link takes the parent to the field.
      await link.click();
      expect(new URL(page.url()).hash).toBe('#childFirstName');
      expect(await page.evaluate<string>('document.activeElement.id')).toBe('childFirstName');

      // The same in Spanish.
      await clickAndCheck(page, 'form.lang-switch button', 'switching to Spanish');
      expect(await htmlLang(page)).toBe('es');
      await visit(page, '/cases/new');
      await clickAndCheck(page, 'main form button[type=submit]', 'an empty form in Spanish', 422);
      expect(await page.title()).toMatch(/^Error: Agregar un hijo/);
      expect(await page.textContent('.error-summary h2')).toBe('Hay un problema');
      expect(await page.getAttribute('.error-summary a', 'href')).toBe('#childFirstName');

      // Then filled in, it saves.
      await page.fill('#childFirstName', 'Leo');
      await clickAndCheck(page, 'main form button[type=submit]', 'the corrected form');
      expect(await page.textContent('h1')).toBe('Leo');
    } finally {
      await context.close();
    }
  });

  it('lets a parent change a case’s details', async () => {
    const { context, page } = await e2e.open();
    try {
      await signUp(page, uniqueEmail('edit'));
      const id = await addCase(page, 'Maya', 'Johnson');

      await clickAndCheck(page, `main a[href="/cases/${id}/edit"]`, 'the change-details link');
      expect(await page.textContent('h1')).toBe('Change details for Maya Johnson');
      expect(await page.inputValue('#childFirstName')).toBe('Maya');

      // A bad date is refused, with the error on the date field.
      await page.fill('#childDateOfBirth', '2099-01-01');
      await clickAndCheck(page, 'main form button[type=submit]', 'a future date of birth', 422);
      expect(await page.getAttribute('.error-summary a', 'href')).toBe('#childDateOfBirth');
      expect(await page.getAttribute('#childDateOfBirth', 'aria-describedby')).toBe(
        'childDateOfBirth-hint childDateOfBirth-error',
      );

      await page.fill('#childDateOfBirth', '2015-03-27');
      await page.fill('#childFirstName', 'Mia');
      await page.fill('#school', 'Oak Park Elementary');
      await page.fill('#notes', 'Meeting on Friday.\nBring the report card.');
      await page.check('input[name=planType][value=iep]');
      await clickAndCheck(page, 'main form button[type=submit]', 'saving the changes');
      expect(new URL(page.url()).pathname).toBe(`/cases/${id}`);
      expect(await page.textContent('.notice')).toContain('Your changes were saved.');
      expect(await page.textContent('h1')).toBe('Mia Johnson');
      const details = (await page.textContent('dl.details')) ?? '';
      expect(details).toContain('Oak Park Elementary');
      expect(details).toContain('IEP (Individualized Education Program)');
      expect(details).toContain('Bring the report card.');

      // Cancel leaves the case as it was.
      await clickAndCheck(page, `main a[href="/cases/${id}/edit"]`, 'the edit page again');
      await page.fill('#childFirstName', 'Someone else');
      await clickAndCheck(page, `main .actions a[href="/cases/${id}"]`, 'cancelling the edit');
      expect(await page.textContent('h1')).toBe('Mia Johnson');
    } finally {
      await context.close();
    }
  });

  it('deletes a case only after the parent confirms', async () => {
    const { context, page } = await e2e.open();
    try {
      await signUp(page, uniqueEmail('delete'));
      const id = await addCase(page, 'Sam', 'Lee');

      await clickAndCheck(page, `main a[href="/cases/${id}/delete"]`, 'the delete link');
      expect(await page.textContent('h1')).toBe('Delete the case for Sam Lee?');
      // Cancel keeps it.
      await clickAndCheck(page, `main .actions a[href="/cases/${id}"]`, 'cancelling the delete');
      expect(await page.textContent('h1')).toBe('Sam Lee');

      await clickAndCheck(page, `main a[href="/cases/${id}/delete"]`, 'the delete link again');
      await clickAndCheck(page, 'main form button[type=submit]', 'confirming the delete');
      expect(new URL(page.url()).pathname).toBe('/cases');
      expect(await page.textContent('.notice')).toContain('The case was deleted.');
      expect(await page.textContent('main')).toContain('You have no cases yet.');

      // The case is gone: its address is now a page-not-found.
      await visit(page, `/cases/${id}`, 404);
      expect(await page.textContent('h1')).toBe('Page not found');
    } finally {
      await context.close();
    }
  });

  it('shows the error pages accessibly to a visitor who is not logged in', async () => {
    const { context, page } = await e2e.open();
    try {
      await visit(page, '/no-such-page', 404);
      expect(await page.textContent('h1')).toBe('Page not found');
      // A case page sends a logged-out visitor to log in first.
      await visit(page, '/cases/new');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.textContent('.notice')).toContain('Please log in to see this page.');
      await clickAndCheck(page, 'form.lang-switch button', 'the log-in page in Spanish');
      await visit(page, '/no-such-page', 404);
      expect(await page.textContent('h1')).toBe('No encontramos la página');
    } finally {
      await context.close();
    }
  });

  it('fits a 320 px wide screen without sideways scrolling, in English and Spanish', async () => {
    const { context, page } = await e2e.open({ width: 320 });
    try {
      const fits = async (where: string) => {
        expect(await scrollWidth(page), `page width of ${where} at 320 px`).toBeLessThanOrEqual(
          320,
        );
      };
      await signUp(page, uniqueEmail('narrow'));
      await fits('the empty case list');
      await visit(page, '/cases/new');
      await fits('the case form');
      await clickAndCheck(page, 'main form button[type=submit]', 'the narrow error form', 422);
      await fits('the case form with errors');
      await page.fill('#childFirstName', 'Maximiliano-Alejandro');
      await page.fill('#childLastName', 'Hernández-Villaseñor');
      await page.fill('#school', 'Escuela Primaria Internacional Bilingüe de Montgomery');
      await page.selectOption('#grade', 'transition');
      await clickAndCheck(page, 'main form button[type=submit]', 'a case with long names');
      await fits('a case page');
      const id = new URL(page.url()).pathname.split('/').pop();
      await visit(page, '/cases');
      await fits('the case list');

      await clickAndCheck(page, 'form.lang-switch button', 'the narrow case list in Spanish');
      expect(await htmlLang(page)).toBe('es');
      await fits('the Spanish case list');
      await visit(page, '/cases/new');
      await fits('the Spanish case form');
      await page.screenshot({ path: '/tmp/e2e-320-es.png', fullPage: true });
      await clickAndCheck(page, 'main form button[type=submit]', 'the Spanish error form', 422);
      await fits('the Spanish case form with errors');
      await visit(page, `/cases/${id}`);
      await fits('a Spanish case page');
    } finally {
      await context.close();
    }
  });
});
