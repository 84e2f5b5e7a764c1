import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import {
  type Binder,
  countActiveBinders,
  createBinder,
  deleteBinder,
  failBinder,
  findBinder,
  listBinders,
} from '../../db/binders.js';
import { findCase } from '../../db/cases.js';
import { type CaseDocument, listDocuments } from '../../db/documents.js';
import {
  defaultOrder,
  isMediationConfidential,
  PRESET_PURPOSE,
  presetSelection,
} from '../../domain/binder/index.js';
import type { Case } from '../../domain/case/case.js';
import { format, type Messages } from '../../i18n/index.js';
import {
  binderJobsFor,
  caseHearingDisclosure,
  STALE_AFTER_MS,
  toBinderDocument,
} from '../../jobs/binder-jobs.js';
import type { AppEnv, Deps } from '../context.js';
import {
  BINDER_SCRIPT_PATH,
  BinderDeletePage,
  type BinderDocumentView,
  BinderFormPage,
  type BinderFormValues,
  BinderListPage,
  BinderViewPage,
  binderPercent,
} from '../pages/binders.js';
import { childName } from '../pages/cases.js';
import type { FieldErrors } from '../pages/form.js';
import { pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import {
  type BinderForm,
  MAX_ACTIVE_BUILDS_PER_ACCOUNT,
  MAX_BINDERS_PER_CASE,
  moveInOrder,
  parseBinderForm,
  presetFromQuery,
} from './case-binders.schema.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

// The progress page's live-update script: a static file from our own origin (the CSP forbids
// inline script). public/ sits two levels above both src/web/routes/ and dist/web/routes/.
const SCRIPT = readFileSync(new URL('../../../public/binder-progress.js', import.meta.url));

/** Serves the progress page's script (mounted in app.tsx at {@link BINDER_SCRIPT_PATH}). */
export function binderScript(c: Context): Response {
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(SCRIPT);
}

export { BINDER_SCRIPT_PATH };

function jobs(deps: Deps) {
  return binderJobsFor(deps, { today: todayInAlabama });
}

/** Waits until every binder build of this app is finished (tests; a graceful shutdown). */
export function waitForBinderBuilds(deps: Deps): Promise<void> {
  return jobs(deps).whenIdle();
}

async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedBinder(c: C, kase: Case): Promise<Binder | undefined> {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const binder = await findBinder(db, session.userId, kase.id, c.req.param('binderId') ?? '');
  if (!binder) {
    return undefined;
  }
  // A build that stopped moving and is not running here died with its process (a restart).
  const running = binder.status === 'queued' || binder.status === 'building';
  if (
    running &&
    !jobs(c.get('deps')).isActive(binder.id) &&
    Date.now() - Date.parse(binder.updatedAt) > STALE_AFTER_MS
  ) {
    await failBinder(db, session.userId, binder.id, 'interrupted');
    return findBinder(db, session.userId, kase.id, binder.id);
  }
  return binder;
}

function categoryLabel(m: Messages, category: string): string {
  return m.vault.categories[category as keyof Messages['vault']['categories']] ?? category;
}

function documentViews(m: Messages, documents: CaseDocument[]): Map<string, BinderDocumentView> {
  return new Map(
    documents.map((d) => {
      const b = toBinderDocument(d);
      return [
        d.id,
        {
          id: d.id,
          title: d.title,
          date: d.documentDate,
          categoryLabel: categoryLabel(m, d.category),
          pageCount: b.pageCount,
          confidential: isMediationConfidential(b),
          binderOk: b.binderOk && b.pageCount > 0,
        },
      ];
    }),
  );
}

/** The form's order: the posted one (known documents only), then any document it did not list. */
function knownOrder(posted: readonly string[], documents: CaseDocument[]): string[] {
  const known = new Set(documents.map((d) => d.id));
  const order = posted.filter((id) => known.has(id));
  const listed = new Set(order);
  for (const d of defaultOrder(documents.map(toBinderDocument))) {
    if (!listed.has(d.id)) {
      order.push(d.id);
    }
  }
  return order;
}

async function renderForm(
  c: C,
  kase: Case,
  documents: CaseDocument[],
  values: BinderFormValues,
  extra: { errors?: FieldErrors; notice?: string } = {},
  status: 200 | 422 = 200,
) {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const disclosure = await caseHearingDisclosure(db, session.userId, kase.id, todayInAlabama());
  return renderPage(
    c,
    <BinderFormPage
      page={pageContext(c)}
      kase={kase}
      documents={documentViews(c.get('m'), documents)}
      values={values}
      disclosure={disclosure}
      documentsHref={`/cases/${kase.id}/documents`}
      {...(extra.errors ? { errors: extra.errors } : {})}
      {...(extra.notice ? { notice: extra.notice } : {})}
    />,
    status,
  );
}

/** "hearing-disclosure-binder-maya-johnson-2026-11-28.pdf": ASCII only, no path characters. */
function downloadName(m: Messages, kase: Case, binder: Binder): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const parts = [
    slug(m.binder.purposes[binder.purpose]),
    slug(childName(kase)),
    (binder.finishedAt ?? binder.createdAt).slice(0, 10),
  ].filter(Boolean);
  return `${parts.join('-') || 'binder'}.pdf`;
}

/**
 * The exhibit binders of a case: the list, the form (presets, order, purpose, labels,
 * separators), the build's progress page, the download and deleting. Every route finds the case
 * through its owner first: anyone else gets 404.
 */
export function caseBinderRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/binders', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const b = c.get('m').binder;
    const binders = await listBinders(c.get('deps').db, session.userId, kase.id);
    const notice = { deleted: b.deleted }[c.req.query('notice') ?? ''];
    return renderPage(
      c,
      <BinderListPage page={pageContext(c)} kase={kase} binders={binders} notice={notice} />,
    );
  });

  app.get('/:id/binders/new', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const m = c.get('m');
    const documents = await listDocuments(db, session.userId, kase.id);
    const order = defaultOrder(documents.map(toBinderDocument)).map((d) => d.id);
    const preset = presetFromQuery(c.req.query());
    const disclosure = await caseHearingDisclosure(db, session.userId, kase.id, todayInAlabama());
    const values: BinderFormValues = {
      purpose: preset ? PRESET_PURPOSE[preset] : disclosure ? 'hearing' : 'mediation',
      labelStyle: 'p_number',
      separators: false,
      language: 'en',
      order,
      selected: preset ? presetSelection(preset, documents.map(toBinderDocument)) : [],
    };
    const notice = preset
      ? format(m.binder.form.presetUsed, { preset: m.binder.form.presets[preset] })
      : undefined;
    return renderForm(c, kase, documents, values, notice ? { notice } : {});
  });

  app.post('/:id/binders', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deps = c.get('deps');
    const m = c.get('m');
    const e = m.binder.errors;
    const body = await c.req.parseBody({ all: true });
    const parsed = parseBinderForm(body, m);
    const documents = await listDocuments(deps.db, session.userId, kase.id);
    const form: BinderForm = parsed.value;
    const known = new Set(documents.map((d) => d.id));
    let order = knownOrder(form.order, documents);
    if (form.move) {
      order = moveInOrder(order, form.move.id, form.move.direction);
    }
    const values: BinderFormValues = {
      purpose: form.purpose,
      labelStyle: form.labelStyle,
      separators: form.separators,
      language: form.language,
      order,
      selected: form.selected.filter((id) => known.has(id)),
    };
    if (!parsed.ok) {
      return renderForm(c, kase, documents, values, { errors: parsed.errors }, 422);
    }
    if (!form.build) {
      // A move (or a form sent without the build button): show the form again, in the new order.
      return renderForm(c, kase, documents, values);
    }
    const errors: FieldErrors = {};
    if (form.selected.some((id) => !known.has(id))) {
      errors.documents = e.unknownDocument;
    } else if (values.selected.length === 0) {
      errors.documents = e.noDocuments;
    } else if (
      (await listBinders(deps.db, session.userId, kase.id)).length >= MAX_BINDERS_PER_CASE
    ) {
      errors.build = format(e.tooManyBinders, { max: MAX_BINDERS_PER_CASE });
    } else if (
      (await countActiveBinders(deps.db, session.userId)) >= MAX_ACTIVE_BUILDS_PER_ACCOUNT
    ) {
      errors.build = e.busy;
    }
    if (Object.keys(errors).length > 0) {
      return renderForm(c, kase, documents, values, { errors }, 422);
    }
    const selected = new Set(values.selected);
    const binder = await createBinder(deps.db, session.userId, kase.id, {
      purpose: values.purpose,
      labelStyle: values.labelStyle,
      separators: values.separators,
      language: values.language,
      documentIds: order.filter((id) => selected.has(id)),
    });
    if (!binder) {
      return c.notFound();
    }
    jobs(deps).enqueue({ userId: session.userId, caseId: kase.id, binderId: binder.id });
    return c.redirect(`/cases/${kase.id}/binders/${binder.id}`, 303);
  });

  app.get('/:id/binders/:binderId', async (c) => {
    const kase = await ownedCase(c);
    const binder = kase ? await ownedBinder(c, kase) : undefined;
    if (!kase || !binder) {
      return c.notFound();
    }
    const session = requireSession(c);
    const disclosure =
      binder.purpose === 'hearing'
        ? await caseHearingDisclosure(c.get('deps').db, session.userId, kase.id, todayInAlabama())
        : undefined;
    return renderPage(
      c,
      <BinderViewPage
        page={pageContext(c)}
        kase={kase}
        binder={binder}
        refresh={c.req.query('refresh') !== 'off'}
        disclosure={disclosure}
      />,
    );
  });

  app.get('/:id/binders/:binderId/progress', async (c) => {
    const kase = await ownedCase(c);
    const binder = kase ? await ownedBinder(c, kase) : undefined;
    if (!kase || !binder) {
      return c.json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    }
    const v = c.get('m').binder.view;
    const percent = binderPercent(binder);
    return c.json({
      status: binder.status,
      pagesDone: binder.pagesDone,
      pagesTotal: binder.pagesTotal,
      percent,
      text:
        binder.pagesTotal > 0
          ? format(v.progress, { percent, done: binder.pagesDone, total: binder.pagesTotal })
          : v.waiting,
    });
  });

  app.get('/:id/binders/:binderId/download', async (c) => {
    const kase = await ownedCase(c);
    const binder = kase ? await ownedBinder(c, kase) : undefined;
    if (!kase || !binder || binder.status !== 'done' || !binder.blobKey) {
      return c.notFound();
    }
    const bytes = await c.get('deps').blobs.get(binder.blobKey);
    if (!bytes) {
      return c.notFound();
    }
    const name = downloadName(c.get('m'), kase, binder);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Content-Length', String(bytes.byteLength));
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  app.get('/:id/binders/:binderId/delete', async (c) => {
    const kase = await ownedCase(c);
    const binder = kase ? await ownedBinder(c, kase) : undefined;
    if (!kase || !binder) {
      return c.notFound();
    }
    return renderPage(c, <BinderDeletePage page={pageContext(c)} kase={kase} binder={binder} />);
  });

  app.post('/:id/binders/:binderId/delete', async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const deleted = await deleteBinder(
      deps.db,
      session.userId,
      c.req.param('id'),
      c.req.param('binderId'),
    );
    if (!deleted) {
      return c.notFound();
    }
    if (deleted.blobKey) {
      await deps.blobs.delete(deleted.blobKey);
    }
    return c.redirect(`/cases/${c.req.param('id')}/binders?notice=deleted`, 303);
  });

  return app;
}
