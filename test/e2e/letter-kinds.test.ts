import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LETTER_KINDS, type LetterKind } from '../../src/domain/letters/index.js';
import { SAMPLE_LETTERS } from '../../src/domain/letters/letter-fixtures.js';
import { formValues } from '../../src/web/routes/case-letters.schema.js';
import { uniqueEmail } from '../factories.js';
import { checkPdf, docxText, squash } from '../pdf-check.js';
import {
  addCase,
  clickAndCheck,
  expectNoAxeViolations,
  signUp,
  useAppAndBrowser,
} from './support.js';

const e2e = useAppAndBrowser();

/** Fills the letter form the way a parent would, field by field, from a sample letter. */
async function fillForm(page: Page, kind: LetterKind): Promise<void> {
  const values = formValues(kind, SAMPLE_LETTERS[kind]);
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`[name="${name}"]`);
    if ((await field.count()) === 0) {
      continue; // a promise row the form does not show
    }
    const type = await field.first().getAttribute('type');
    if (type === 'radio') {
      await page.check(`[name="${name}"][value="${value}"]`);
    } else if ((await field.first().evaluate((el) => el.tagName)) === 'SELECT') {
      await field.selectOption(value);
    } else {
      await field.fill(value);
    }
  }
}

async function download(page: Page, href: string): Promise<Uint8Array> {
  const res = await page.context().request.get(href);
  expect(res.status(), href).toBe(200);
  return new Uint8Array(await res.body());
}

/**
 * Every letter kind written in a real browser without JavaScript: start it from the case's
 * letters page, fill its form, see no missing element, make it final, and download it as PDF,
 * DOCX and HTML in English and as the Spanish mirror and Spanish letter.
 */
describe('every letter kind in a browser (no JavaScript)', { timeout: 180_000 }, () => {
  it('writes, finalizes and downloads all eight kinds in both languages, axe-clean', async () => {
    const { context, page } = await e2e.open({
      javaScriptEnabled: false,
      width: 360,
    });
    try {
      await signUp(page, uniqueEmail('kinds'));
      const caseId = await addCase(page, 'Sofía', 'Núñez');
      for (const kind of LETTER_KINDS) {
        await page.goto(`/cases/${caseId}/letters`);
        await clickAndCheck(
          page,
          `form:has(input[name=kind][value=${kind}]) button[type=submit]`,
          `starting ${kind}`,
        );
        if (kind === LETTER_KINDS[0]) {
          await expectNoAxeViolations(page, 'the letter form');
        }
        await fillForm(page, kind);
        await clickAndCheck(page, 'form.letter-form button[type=submit]', `saving ${kind}`);
        expect(await page.locator('.letter-missing').count(), `${kind} complete`).toBe(0);
        await clickAndCheck(page, 'form[action$="/finalize"] button', `finalizing ${kind}`);
        if (kind === LETTER_KINDS[0]) {
          await expectNoAxeViolations(page, 'a final letter');
        }
        const links = {
          pdf: await page.getAttribute('a[href$="/letter.pdf"]', 'href'),
          docx: await page.getAttribute('a[href$="/letter.docx"]', 'href'),
          html: await page.getAttribute('a[href$="/letter.html"]', 'href'),
          mirror: await page.getAttribute('a[href$="/letter.pdf?variant=mirror"]', 'href'),
          spanish: await page.getAttribute('a[href$="/letter.docx?variant=es"]', 'href'),
        };
        const pdf = await checkPdf(await download(page, links.pdf ?? ''));
        expect(pdf.marked).toBe(true);
        expect(squash(pdf.text)).toContain(squash('Sofía Núñez'));
        expect(docxText(await download(page, links.docx ?? '')).text).toContain('Sofía Núñez');
        expect(new TextDecoder().decode(await download(page, links.html ?? ''))).toContain(
          'Sofía Núñez',
        );
        expect((await checkPdf(await download(page, links.mirror ?? ''))).language).toBe('es-US');
        expect(docxText(await download(page, links.spanish ?? '')).text).toContain('Sofía Núñez');
      }
    } finally {
      await context.close();
    }
  });
});
