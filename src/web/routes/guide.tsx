import { type Context, Hono } from 'hono';
import { listCases } from '../../db/cases.js';
import { ACTION_PLANS, checklistFor, MEETING_KIND_NAMES } from '../../domain/guide/index.js';
import { format, messages } from '../../i18n/index.js';
import { renderChecklistPdf } from '../../render/checklist-pdf.js';
import type { AppEnv } from '../context.js';
import {
  GuideContactsPage,
  GuideGlossaryPage,
  GuideIndexPage,
  GuidePathsPage,
} from '../pages/guide.js';
import { GuideActionPlanPage, GuideActionPlansPage } from '../pages/guide-action-plans.js';
import { GuideChecklistPage, GuideChecklistsPage } from '../pages/guide-checklists.js';
import { type GuideLinkContext, VISITOR } from '../pages/guide-parts.js';
import { GuideScriptsPage } from '../pages/guide-scripts.js';
import { pageContext, renderPage } from '../render.js';
import {
  actionPlanFromSlug,
  checklistPdfFileSchema,
  checklistPdfQuerySchema,
  meetingKindFromSlug,
  meetingSlug,
  scriptsQuerySchema,
} from './guide.schema.js';

type C = Context<AppEnv>;

// The public guide at /guide (issue 7): pages anyone can read without an account, and the blank
// meeting checklist as a PDF. Nothing here writes; a logged-in parent only gets tool links that
// open inside their case.

/** Tool links for this reader: a visitor's, or a parent's (straight into their only case). */
async function linkContext(c: C): Promise<GuideLinkContext> {
  const session = c.get('session');
  if (!session) {
    return VISITOR;
  }
  const cases = await listCases(c.get('deps').db, session.userId);
  return { loggedIn: true, caseId: cases.length === 1 ? cases[0]?.id : undefined };
}

export function guideRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => renderPage(c, <GuideIndexPage page={pageContext(c)} />));

  app.get('/paths', async (c) =>
    renderPage(c, <GuidePathsPage page={pageContext(c)} ctx={await linkContext(c)} />),
  );

  app.get('/contacts', (c) => renderPage(c, <GuideContactsPage page={pageContext(c)} />));

  app.get('/glossary', (c) => renderPage(c, <GuideGlossaryPage page={pageContext(c)} />));

  app.get('/scripts', async (c) => {
    const query = scriptsQuerySchema.safeParse({ lang: c.req.query('lang') });
    const cardsLocale = (query.success ? query.data.lang : undefined) ?? c.get('locale');
    return renderPage(
      c,
      <GuideScriptsPage
        page={pageContext(c)}
        cardsLocale={cardsLocale}
        ctx={await linkContext(c)}
      />,
    );
  });

  app.get('/action-plans', (c) => renderPage(c, <GuideActionPlansPage page={pageContext(c)} />));

  app.get('/action-plans/:plan', async (c) => {
    const id = actionPlanFromSlug(c.req.param('plan'));
    if (!id) {
      return c.notFound();
    }
    return renderPage(
      c,
      <GuideActionPlanPage
        page={pageContext(c)}
        plan={ACTION_PLANS[id]}
        ctx={await linkContext(c)}
      />,
    );
  });

  app.get('/checklists', (c) => renderPage(c, <GuideChecklistsPage page={pageContext(c)} />));

  // The blank checklist as a tagged PDF: /guide/checklists/annual-iep.pdf?lang=es
  app.get('/checklists/:file{[a-z0-9-]+\\.pdf}', async (c) => {
    const kind = checklistPdfFileSchema.safeParse(c.req.param('file'));
    const query = checklistPdfQuerySchema.safeParse({ lang: c.req.query('lang') });
    if (!kind.success || !query.success) {
      return c.notFound();
    }
    const language = query.data.lang ?? c.get('locale');
    const title = format(messages(language).guide.pdf.title, {
      meeting: MEETING_KIND_NAMES[kind.data][language],
    });
    const pdf = await renderChecklistPdf(checklistFor(kind.data), { language, title });
    c.header('Content-Type', 'application/pdf');
    c.header(
      'Content-Disposition',
      `attachment; filename="checklist-${meetingSlug(kind.data)}-${language}.pdf"`,
    );
    return c.body(pdf);
  });

  app.get('/checklists/:kind', async (c) => {
    const kind = meetingKindFromSlug(c.req.param('kind'));
    if (!kind) {
      return c.notFound();
    }
    return renderPage(
      c,
      <GuideChecklistPage page={pageContext(c)} kind={kind} ctx={await linkContext(c)} />,
    );
  });

  return app;
}
