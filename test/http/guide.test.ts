import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_IDS,
  ACTION_PLANS,
  CHECKLIST_ITEMS,
  CONTACT_DETAIL_KINDS,
  CONTACTS,
  checklistFor,
  GLOSSARY_TERMS,
  MEETING_KIND_NAMES,
  MEETING_KINDS,
  PHASE_NAMES,
  SCRIPTS,
  scriptsInOrder,
} from '../../src/domain/guide/index.js';
import { COMPARED_PATHS } from '../../src/domain/rules/index.js';
import { formatDate, type Locale, messages } from '../../src/i18n/index.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';
import { checkPdf, squash } from '../pdf-check.js';

// The public guide at /guide (issue 7): every page without an account, in English and Spanish,
// with its citations and unverified markers; the blank checklist as a tagged PDF.

const LOCALES: readonly Locale[] = ['en', 'es'];

const slug = (id: string) => id.replaceAll('_', '-');

/** Every guide page, as a visitor can open it. */
const PAGES = [
  '/guide',
  '/guide/paths',
  '/guide/contacts',
  '/guide/scripts',
  '/guide/glossary',
  '/guide/action-plans',
  ...ACTION_PLAN_IDS.map((id) => `/guide/action-plans/${slug(id)}`),
  '/guide/checklists',
  ...MEETING_KINDS.map((kind) => `/guide/checklists/${slug(kind)}`),
];

/** The page's text without tags, entities decoded: what a reader sees. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The part of the page inside <main>. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  return html.slice(start, end);
}

function visitor(t: TestApp, locale: Locale): TestClient {
  const client = t.client();
  client.headers = { 'accept-language': locale === 'es' ? 'es-US,es;q=0.9' : 'en-US,en;q=0.9' };
  return client;
}

async function page(client: TestClient, path: string): Promise<string> {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type'), path).toContain('text/html');
  return res.text();
}

/** Same-site links of a page (without fragments), except the language switch's form. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)(#[^"]*)?"/g)]
    .map((m) => (m[1] ?? '').replaceAll('&amp;', '&'))
    .filter((href) => href !== '' && !href.startsWith('/static/'));
}

describe(`the public guide (${testDialect()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe.each(LOCALES)('in %s, without an account', (locale) => {
    const m = messages(locale);
    const g = m.guide;

    it.each(PAGES)('answers %s with 200, links to the chooser and the checklist', async (path) => {
      const html = await page(visitor(t, locale), path);
      expect(html).toContain(`<html lang="${locale}">`);
      const main = mainOf(html);
      expect(main).toContain('href="/choose"');
      expect(main).toContain('href="/guide/checklists/annual-iep"');
      // The main menu has the guide.
      expect(html).toContain(`<a href="/guide">${g.nav}</a>`);
    });

    it('the index lists every guide page', async () => {
      const html = await page(visitor(t, locale), '/guide');
      expect(html).toContain(`<h1>${g.index.title}</h1>`);
      for (const href of [
        '/guide/paths',
        '/guide/contacts',
        '/guide/scripts',
        '/guide/action-plans',
        '/guide/checklists',
        '/guide/glossary',
      ]) {
        expect(html).toContain(`href="${href}"`);
      }
      expect(plain(html)).toContain(g.pages.scripts.summary);
    });

    it('compares mediation, a state complaint and due process side by side, each cell cited (34 CFR 300.506, 300.153, 300.508)', async () => {
      const html = await page(visitor(t, locale), '/guide/paths');
      const text = plain(html);
      expect(html).toContain('<table class="compare">');
      expect((html.match(/<th scope="row">/g) ?? []).length).toBe(9);
      expect(html).toContain('34 CFR 300.506');
      expect(html).toContain('34 CFR 300.153(a)-(d)');
      expect(html).toContain('34 CFR 300.508(a)-(b)');
      // Parts of the law not checked yet say so, in the cell and at the cite.
      expect(text).toContain(g.paths.unverifiedNote);
      expect(text).toContain(`(${m.choose.result.unverified})`);
      // The seed's examples and counter-examples.
      expect(text).toContain(
        locale === 'en'
          ? 'The school offers 30 minutes of speech therapy a week. You think your child needs 60.'
          : 'La escuela ofrece 30 minutos de terapia del habla por semana.',
      );
      expect(text).toContain(
        locale === 'en'
          ? 'You signed consent for testing, and 60 days have passed with no evaluation.'
          : 'Usted firmó el permiso para la evaluación, y pasaron 60 días sin evaluación.',
      );
      expect(html).toContain('href="/choose/compare"');
    });

    it('links the chooser’s short comparison to the guide’s, through one shared table', async () => {
      const html = await page(visitor(t, locale), '/choose/compare');
      expect(html).toContain('<table class="compare">');
      expect(html).toContain(`href="/guide/paths">${g.paths.fullGuide}</a>`);
    });

    it('lists Alabama contacts with the last-checked date and marks every unverified detail', async () => {
      const html = await page(visitor(t, locale), '/guide/contacts');
      const text = plain(html);
      expect(text).toContain('334-694-4782');
      expect(text).toContain('P.O. Box 302101, Montgomery, AL 36130-2101');
      expect(text).toContain('205-348-4928');
      expect(text).toContain(formatDate(locale, CONTACTS.adap.lastChecked));
      const unverified = Object.values(CONTACTS).flatMap((c) =>
        CONTACT_DETAIL_KINDS.filter((k) => c.details[k]?.verified === false),
      );
      expect(unverified.length).toBeGreaterThan(0);
      const tags = html.match(/<strong class="tag-unverified">[^<]+<\/strong>/g) ?? [];
      expect(tags.length).toBe(unverified.length);
      // The unconfirmed ALSDE email carries its tag right beside it.
      expect(html).toMatch(
        new RegExp(
          `sesdr@alsde\\.edu</a> <strong class="tag-unverified">${g.contacts.notConfirmed}</strong>`,
        ),
      );
      // The confirmed phone number does not.
      expect(html).not.toMatch(/334-694-4782<\/a> <strong class="tag-unverified">/);
      expect(html).toContain('href="tel:+13346944782"');
    });

    it('shows every script as a card in the page’s language, with a link to the other language', async () => {
      const other: Locale = locale === 'en' ? 'es' : 'en';
      const html = await page(visitor(t, locale), '/guide/scripts');
      const text = plain(html);
      expect((html.match(/<li class="script-card"/g) ?? []).length).toBe(scriptsInOrder().length);
      for (const script of scriptsInOrder()) {
        expect(text).toContain(script.title[locale]);
        expect(text).toContain(script.say[locale]);
      }
      expect(html).toContain(`href="/guide/scripts?lang=${other}" lang="${other}"`);
      expect(text).toContain(messages(other).guide.scripts.showIn);
    });

    it('shows the script cards in the other language when asked, marked with their language', async () => {
      const other: Locale = locale === 'en' ? 'es' : 'en';
      const html = await page(visitor(t, locale), `/guide/scripts?lang=${other}`);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<div class="script-cards-wrap" lang="${other}">`);
      expect(plain(html)).toContain(SCRIPTS.ask_for_break.say[other]);
      expect(plain(html)).toContain(messages(other).guide.scripts.say);
      expect(html).toContain(`<a href="/guide/scripts">${g.scripts.showIn}</a>`);
      // An unknown language is ignored: the cards follow the page.
      const fallback = await page(visitor(t, locale), '/guide/scripts?lang=fr');
      expect(plain(fallback)).toContain(SCRIPTS.ask_for_break.say[locale]);
    });

    it('lists every action plan and shows each one’s steps with their law', async () => {
      const list = await page(visitor(t, locale), '/guide/action-plans');
      for (const id of ACTION_PLAN_IDS) {
        expect(list).toContain(`href="/guide/action-plans/${slug(id)}"`);
      }
      const html = await page(visitor(t, locale), '/guide/action-plans/repeated-pickups');
      const text = plain(html);
      const plan = ACTION_PLANS.repeated_pickups;
      expect(text).toContain(plan.title[locale]);
      for (const step of plan.steps) {
        expect(text).toContain(step.text[locale]);
      }
      expect((html.match(/<li id="step-/g) ?? []).length).toBe(plan.steps.length);
      expect(html).toContain('34 CFR 300.530(b)(1)-(2)');
      expect(html).toContain('href="/signup"');
    });

    it.each(MEETING_KINDS)(
      'shows the blank %s checklist by phase, each item a labelled box',
      async (kind) => {
        const html = await page(visitor(t, locale), `/guide/checklists/${slug(kind)}`);
        const text = plain(html);
        expect(text).toContain(MEETING_KIND_NAMES[kind][locale]);
        for (const phase of ['before', 'during', 'after'] as const) {
          expect(html).toContain(`<h2 id="phase-${phase}">${PHASE_NAMES[phase][locale]}</h2>`);
        }
        const items = checklistFor(kind);
        for (const item of items) {
          expect(text).toContain(item.text[locale]);
          const id = `item-${item.id.replaceAll('.', '-')}`;
          expect(html).toContain(`<input type="checkbox" id="${id}" class="checklist-box"/>`);
          expect(html).toContain(`<label for="${id}">`);
        }
        expect(html).toContain(`href="/guide/checklists/${slug(kind)}.pdf?lang=en"`);
        expect(html).toContain(`href="/guide/checklists/${slug(kind)}.pdf?lang=es"`);
        expect(text).toContain(g.checklists.notSaved);
      },
    );

    it('links each legal term at its first appearance to its definition on the same page', async () => {
      for (const path of PAGES) {
        const html = await page(visitor(t, locale), path);
        const linked = [...html.matchAll(/<a href="#(term-[a-z-]+)" class="term">/g)].map(
          (match) => match[1] ?? '',
        );
        expect(new Set(linked).size, `${path}: each term linked once`).toBe(linked.length);
        for (const anchor of linked) {
          expect(html, `${path}: #${anchor}`).toContain(`<dt id="${anchor}">`);
        }
      }
      const checklist = await page(visitor(t, locale), '/guide/checklists/annual-iep');
      expect(checklist).toContain('<a href="#term-iep" class="term">IEP</a>');
      expect(checklist).toContain('<a href="#term-prior-written-notice" class="term">');
    });

    it('defines every glossary term on the glossary page, with the law', async () => {
      const html = await page(visitor(t, locale), '/guide/glossary');
      for (const id of GLOSSARY_TERMS) {
        expect(html).toContain(`<dt id="term-${slug(id)}">`);
      }
      expect(html).toContain('34 CFR 300.518(a)');
    });
  });

  it('keeps every link on every guide page working for a visitor without an account', async () => {
    const client = visitor(t, 'en');
    const seen = new Set<string>();
    for (const path of PAGES) {
      for (const href of internalLinks(await page(client, path))) {
        seen.add(href);
      }
    }
    expect(seen).toContain('/signup');
    expect(seen).toContain('/choose');
    for (const href of seen) {
      const res = await client.get(href);
      expect(res.status, href).toBe(200);
    }
  });

  it('the home page links to the guide', async () => {
    const html = await page(visitor(t, 'en'), '/');
    expect(html).toContain(`<a href="/guide">${messages('en').guide.home.link}</a>`);
  });

  it('answers 404 for a meeting, plan or PDF language the guide does not have', async () => {
    const client = visitor(t, 'en');
    for (const path of [
      '/guide/checklists/board-meeting',
      '/guide/checklists/board-meeting.pdf',
      '/guide/checklists/annual-iep.pdf?lang=fr',
      '/guide/action-plans/lost-homework',
    ]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
  });

  it('opens tools inside the case of a parent with one case, and the case list with two', async () => {
    const parent = t.client();
    await parent.signUp(uniqueEmail('guide'));
    const created = await parent.postForm('/cases', caseForm());
    const caseId = /^\/cases\/([^/?]+)/.exec(created.headers.get('location') ?? '')?.[1] ?? '';
    expect(caseId).not.toBe('');
    const one = await page(parent, '/guide/action-plans/iep-not-implemented');
    expect(one).toContain(`href="/cases/${caseId}/letters/new?kind=records_request"`);
    expect(one).toContain(`href="/cases/${caseId}/timeline"`);
    expect(one).not.toContain('href="/signup"');

    await parent.postForm('/cases', caseForm({ childFirstName: 'Leo' }));
    const two = await page(parent, '/guide/action-plans/iep-not-implemented');
    expect(two).not.toContain('/letters/new');
    expect(two).toContain('href="/cases"');
  });

  describe.each(MEETING_KINDS.flatMap((kind) => LOCALES.map((lang) => [kind, lang] as const)))(
    'the blank %s checklist PDF in %s',
    (kind, lang) => {
      it('is a tagged US Letter PDF with its language, title and every item’s text', async () => {
        const res = await visitor(t, 'en').get(`/guide/checklists/${slug(kind)}.pdf?lang=${lang}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.headers.get('content-disposition')).toBe(
          `attachment; filename="checklist-${slug(kind)}-${lang}.pdf"`,
        );
        const report = await checkPdf(new Uint8Array(await res.arrayBuffer()));
        expect(report.marked).toBe(true);
        for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody']) {
          expect(report.structRoles, role).toContain(role);
        }
        expect(report.language).toBe(lang === 'es' ? 'es-US' : 'en-US');
        expect(report.title).toBe(
          `${messages(lang).guide.pdf.title.replace('{meeting}', MEETING_KIND_NAMES[kind][lang])}`,
        );
        expect(report.pageSize).toEqual([612, 792]);
        const text = squash(report.text);
        for (const item of checklistFor(kind)) {
          expect(text, item.id).toContain(squash(item.text[lang]));
        }
        for (const phase of ['before', 'during', 'after'] as const) {
          expect(text).toContain(squash(PHASE_NAMES[phase][lang]));
        }
        expect(text).toContain(
          squash(
            messages(lang)
              .guide.pdf.page.replace('{page}', '1')
              .replace('{pages}', String(report.pages)),
          ),
        );
      });
    },
  );

  it('gives the PDF in the reader’s language when no language is asked for', async () => {
    const res = await visitor(t, 'es').get('/guide/checklists/section-504-meeting.pdf');
    expect(res.status).toBe(200);
    const report = await checkPdf(new Uint8Array(await res.arrayBuffer()));
    expect(report.language).toBe('es-US');
    expect(squash(report.text)).toContain(squash(CHECKLIST_ITEMS['during.note_taker'].text.es));
  });

  it.each(COMPARED_PATHS)('names %s in the comparison’s column headers', async (path) => {
    const html = await page(visitor(t, 'en'), '/guide/paths');
    const name = {
      mediation: 'Mediation',
      state_complaint: 'State complaint',
      due_process: 'Due process hearing',
    }[path];
    expect(html).toContain(`<th scope="col">${name}</th>`);
  });
});
