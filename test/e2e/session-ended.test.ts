import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import {
  addCase,
  clickAndCheck,
  PASSWORD,
  scrollWidth,
  signUp,
  useAppAndBrowser,
  visit,
} from './support.js';

// A parent writes for a long time, the session ends (idle limit), and they press Save: they log
// in on the page that answers and save what they typed with one more press. Nothing is lost.

const e2e = useAppAndBrowser();

/** Ends every session of the test app as the idle limit (12 hours in tests) would. */
async function endSessions(): Promise<void> {
  const longAgo = new Date(Date.now() - 13 * 3_600_000).toISOString();
  await e2e.app.db.kysely.updateTable('sessions').set({ last_seen_at: longAgo }).execute();
}

// One after the other: ending sessions touches every session of this app.
describe('a form sent after the session ended', { timeout: 90_000 }, () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`keeps what was typed through the log-in (JavaScript ${javaScriptEnabled ? 'on' : 'off'}, on a phone)`, async () => {
      const { context, page } = await e2e.open({
        javaScriptEnabled,
        width: 360,
      });
      try {
        const email = uniqueEmail('away');
        await signUp(page, email);
        const caseId = await addCase(page, 'Rosa', 'Díaz');
        await visit(page, `/cases/${caseId}/edit`);
        const notes = 'She needs her reading help back.\nSegunda línea: <b>no</b> & "sí" 😀';
        await page.fill('#notes', notes);

        await endSessions();
        await clickAndCheck(
          page,
          'main form button[type=submit]',
          'saving after the session ended',
          401,
        );
        expect(await page.textContent('.notice')).toContain('We kept what you typed');
        expect(await page.textContent('h1')).toBe('Log in');
        expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

        await page.fill('#email', email);
        await page.fill('#password', PASSWORD);
        await clickAndCheck(page, 'main form button[type=submit]', 'logging in again');
        expect(await page.textContent('h1')).toBe('Save what you typed');
        // Nothing saved yet.
        expect(await page.textContent('main')).not.toContain('reading help');

        await clickAndCheck(page, 'main form button[type=submit]', 'saving what was typed');
        expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
        const shown = await page.textContent('main');
        expect(shown).toContain('She needs her reading help back.');
        expect(shown).toContain('Segunda línea: <b>no</b> & "sí" 😀');
        // Both lines kept, as two lines.
        await visit(page, `/cases/${caseId}/edit`);
        expect((await page.inputValue('#notes')).replace(/\r\n/g, '\n')).toBe(notes);
      } finally {
        await context.close();
      }
    });
  }
});
