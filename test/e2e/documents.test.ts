import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../factories.js';
import { fixture, makeExecutable, makePdf } from '../fixtures/files.js';
import { addCase, clickAndCheck, scrollWidth, signUp, useAppAndBrowser, visit } from './support.js';

const e2e = useAppAndBrowser();

describe.concurrent('the document vault in a real browser', { timeout: 90_000 }, () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`uploads a PDF and two photos through the real form and downloads them (JavaScript ${javaScriptEnabled ? 'on' : 'off'}), with no axe violations`, async () => {
      const width = javaScriptEnabled ? 1024 : 360;
      const { context, page } = await e2e.open({
        javaScriptEnabled,
        width,
      });
      try {
        await signUp(page, uniqueEmail('vault'));
        const caseId = await addCase(page, 'Rosa', 'Diaz');
        await clickAndCheck(page, `a[href="/cases/${caseId}/documents"]`, 'the document list');
        expect(await page.textContent('main')).toContain('You have not added any documents yet.');
        await clickAndCheck(page, `a[href="/cases/${caseId}/documents/new"]`, 'the upload form');
        expect(await scrollWidth(page)).toBeLessThanOrEqual(width);

        await page.setInputFiles('#files', [
          {
            name: 'IEP March 2024.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from(await makePdf(2, 'IEP March 2024')),
          },
          {
            name: 'page-1.jpg',
            mimeType: 'image/jpeg',
            buffer: Buffer.from(fixture('page-1.jpg')),
          },
          {
            name: 'page-2.jpg',
            mimeType: 'image/jpeg',
            buffer: Buffer.from(fixture('page-2-rotated.jpg')),
          },
        ]);
        await page.selectOption('#category', 'iep');
        await page.fill('#documentDate', '2024-03-27');
        await page.check('#source');
        await clickAndCheck(page, 'main form button[type=submit]', 'the upload result');
        expect(await page.textContent('main')).toContain('We saved 2 documents.');
        expect(await page.textContent('main')).toContain('Made from: page-1.jpg, page-2.jpg');

        await clickAndCheck(page, `main a[href="/cases/${caseId}/documents"]`, 'the list');
        const titles = await page.locator('.doc-list__title').allTextContents();
        expect(titles.sort()).toEqual(['IEP March 2024', 'page-1']);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(width);

        // Search by title, through the GET form.
        await page.fill('#q', 'march');
        await clickAndCheck(page, 'form.doc-filter button[type=submit]', 'a search');
        expect(await page.locator('.doc-list__title').allTextContents()).toEqual([
          'IEP March 2024',
        ]);

        await clickAndCheck(page, '.doc-list__title', 'a document');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click('main a[href$="/download"]'),
        ]);
        expect(download.suggestedFilename()).toBe('IEP March 2024.pdf');
        const path = await download.path();
        const pdf = await PDFDocument.load(readFileSync(path));
        expect(pdf.getPageCount()).toBe(2);

        await clickAndCheck(page, 'main a[href$="/edit"]', 'the edit form');
        await page.selectOption('#category', 'mediation');
        await clickAndCheck(page, 'main form button[type=submit]', 'saving the details');
        expect(await page.textContent('main')).toContain('Mediation: private');

        await clickAndCheck(page, 'main a[href$="/replace"]', 'the replace form');
        await page.goBack();
        await clickAndCheck(page, 'main a[href$="/delete"]', 'the delete confirmation');
        await clickAndCheck(page, 'main form button[type=submit]', 'deleting');
        expect(await page.textContent('main')).toContain('The document was deleted.');
        expect(await page.locator('.doc-list__title').allTextContents()).toEqual(['page-1']);
      } finally {
        await context.close();
      }
    });
  }

  it('shows a refused file with its reason next to the ones kept, with no axe violations', async () => {
    const { context, page } = await e2e.open({ width: 320 });
    try {
      await signUp(page, uniqueEmail('vault-bad'));
      const caseId = await addCase(page, 'Tom', 'Lee');
      await visit(page, `/cases/${caseId}/documents/new`);
      await page.setInputFiles('#files', [
        { name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makeExecutable()) },
        {
          name: 'letter.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(await makePdf(1, 'Letter')),
        },
      ]);
      await page.setInputFiles('#camera', {
        name: 'camera.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(fixture('page-1.jpg')),
      });
      await page.selectOption('#category', 'correspondence');
      await page.fill('#documentDate', '2024-02-01');
      await page.check('#source-parent');
      await clickAndCheck(page, 'main form button[type=submit]', 'an upload with a bad file');
      const main = (await page.textContent('main')) ?? '';
      expect(main).toContain('We saved 2 documents.');
      expect(main).toContain('virus.pdf');
      expect(main).toContain('We can only keep PDF, JPEG and PNG files.');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it('shows the upload form’s errors in a summary linked to the fields', async () => {
    const { context, page } = await e2e.open({ javaScriptEnabled: false });
    try {
      await signUp(page, uniqueEmail('vault-errors'));
      const caseId = await addCase(page, 'Ana', 'Ruiz');
      await visit(page, `/cases/${caseId}/documents/new`);
      await clickAndCheck(page, 'main form button[type=submit]', 'an empty upload', 422);
      const links = await page
        .locator('.error-summary a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['#files', '#category', '#documentDate', '#source']);
    } finally {
      await context.close();
    }
  });
});
