import { type Context, Hono } from 'hono';
import { findCase } from '../../db/cases.js';
import {
  type CommLogEntry,
  type CommLogFields,
  countCommLogEntries,
  createCommLogEntry,
  deleteCommLogEntry,
  findCommLogEntry,
  listCommLogEntries,
  listSentLetters,
  mergeSentLetters,
  type SaveCommLogResult,
  type SentLetterItem,
  updateCommLogEntry,
} from '../../db/comm-log.js';
import { listDocuments } from '../../db/documents.js';
import type { SentMethod } from '../../db/letters.js';
import type { Case } from '../../domain/case/case.js';
import type { LetterKind } from '../../domain/letters/index.js';
import { format, type Messages } from '../../i18n/index.js';
import type { AppEnv } from '../context.js';
import {
  CommLogDeletePage,
  CommLogFormPage,
  CommLogPage,
  type LogDocumentView,
  type SentLetterView,
} from '../pages/comm-log.js';
import type { FieldErrors } from '../pages/form.js';
import { pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import {
  type LogFormValues,
  logFormValues,
  MAX_LOG_ENTRIES_PER_CASE,
  parseLogFilter,
  parseLogForm,
} from './case-log.schema.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

/** The signed-in owner's case named in the URL, or undefined (then the route answers 404). */
async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedEntry(c: C, kase: Case): Promise<CommLogEntry | undefined> {
  const session = requireSession(c);
  return findCommLogEntry(c.get('deps').db, session.userId, kase.id, c.req.param('entryId') ?? '');
}

/** The case's vault documents, as the form's checkboxes and the entries' links show them. */
async function documentViews(c: C, kase: Case): Promise<LogDocumentView[]> {
  const session = requireSession(c);
  const documents = await listDocuments(c.get('deps').db, session.userId, kase.id);
  return documents.map((d) => ({ id: d.id, title: d.title, date: d.documentDate }));
}

/** How the log shows a letter sent from the app: its kind, its page, how it was sent. */
function letterView(m: Messages, kase: Case) {
  return (letter: SentLetterItem): SentLetterView => ({
    title: m.letters.kinds[letter.kind as LetterKind] ?? letter.kind,
    href: `/cases/${kase.id}/letters/${letter.id}`,
    sentBy: letter.sentMethod
      ? (m.letters.methods[letter.sentMethod as SentMethod] ?? letter.sentMethod)
      : null,
  });
}

/** The title of an entry's follow-up reminder, in the parent's language. */
function reminderTitle(m: Messages, fields: CommLogFields): string {
  const l = m.vault.log;
  return fields.promised
    ? format(l.reminderPromised, { withWhom: fields.withWhom, promised: fields.promised })
    : format(l.reminderTitle, { withWhom: fields.withWhom, method: l.methods[fields.method] });
}

function entryValues(entry: CommLogEntry): LogFormValues {
  return {
    occurredOn: entry.occurredOn,
    method: entry.method,
    withWhom: entry.withWhom,
    summary: entry.summary,
    promised: entry.promised ?? '',
    followUpBy: entry.followUpBy ?? '',
    mediationConfidential: entry.mediationConfidential,
    doc: entry.attachmentIds,
  };
}

/** The errors a refused save shows on the form (undefined when it was saved). */
function saveErrors(m: Messages, result: SaveCommLogResult): FieldErrors | undefined {
  return result.status === 'bad_attachments'
    ? { doc: m.vault.log.errors.attachmentRefused }
    : undefined;
}

/**
 * The communication log of a case: the list (with filters), add, change and delete. Letters sent
 * from the app show in the list by themselves, read-only. Every route finds the case through its
 * owner first: anyone else gets 404.
 */
export function caseLogRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function renderForm(
    c: C,
    kase: Case,
    options: { entry?: CommLogEntry; values: LogFormValues; errors?: FieldErrors },
    status: 200 | 422 = 200,
  ) {
    return renderPage(
      c,
      <CommLogFormPage
        page={pageContext(c)}
        kase={kase}
        entry={options.entry}
        values={options.values}
        documents={await documentViews(c, kase)}
        {...(options.errors ? { errors: options.errors } : {})}
      />,
      status,
    );
  }

  app.get('/:id/log', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const m = c.get('m');
    const { filter, values, badDate } = parseLogFilter(c.req.query());
    const [entries, letters, documents] = await Promise.all([
      listCommLogEntries(db, session.userId, kase.id, filter),
      listSentLetters(db, session.userId, kase.id),
      documentViews(c, kase),
    ]);
    const view = letterView(m, kase);
    const items = mergeSentLetters(entries, letters, filter, (l) => view(l).title);
    const notice = {
      added: m.vault.log.notices.added,
      updated: m.vault.log.notices.updated,
      deleted: m.vault.log.notices.deleted,
    }[c.req.query('notice') ?? ''];
    const filtered = Boolean(
      values.method || values.from?.trim() || values.to?.trim() || values.q?.trim(),
    );
    return renderPage(
      c,
      <CommLogPage
        page={pageContext(c)}
        kase={kase}
        items={items}
        documents={new Map(documents.map((d) => [d.id, d]))}
        letterView={view}
        filterValues={values}
        filtered={filtered}
        badDate={badDate}
        notice={notice}
      />,
    );
  });

  app.get('/:id/log/new', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    return renderForm(c, kase, { values: { occurredOn: todayInAlabama() } });
  });

  app.post('/:id/log', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const m = c.get('m');
    const body = await c.req.parseBody({ all: true });
    const values = logFormValues(body);
    const parsed = parseLogForm(body, m, todayInAlabama());
    if (!parsed.ok) {
      return renderForm(c, kase, { values, errors: parsed.errors }, 422);
    }
    if ((await countCommLogEntries(db, session.userId, kase.id)) >= MAX_LOG_ENTRIES_PER_CASE) {
      const errors = {
        occurredOn: format(m.vault.log.errors.tooManyEntries, { max: MAX_LOG_ENTRIES_PER_CASE }),
      };
      return renderForm(c, kase, { values, errors }, 422);
    }
    const result = await createCommLogEntry(db, session.userId, kase.id, parsed.value, {
      reminderTitle: reminderTitle(m, parsed.value),
    });
    if (result.status === 'not_found') {
      return c.notFound();
    }
    const errors = saveErrors(m, result);
    if (errors) {
      return renderForm(c, kase, { values, errors }, 422);
    }
    return c.redirect(`/cases/${kase.id}/log?notice=added`, 303);
  });

  app.get('/:id/log/:entryId/edit', async (c) => {
    const kase = await ownedCase(c);
    const entry = kase ? await ownedEntry(c, kase) : undefined;
    if (!kase || !entry) {
      return c.notFound();
    }
    return renderForm(c, kase, { entry, values: entryValues(entry) });
  });

  app.post('/:id/log/:entryId', async (c) => {
    const kase = await ownedCase(c);
    const entry = kase ? await ownedEntry(c, kase) : undefined;
    if (!kase || !entry) {
      return c.notFound();
    }
    const session = requireSession(c);
    const m = c.get('m');
    const body = await c.req.parseBody({ all: true });
    const values = logFormValues(body);
    const parsed = parseLogForm(body, m, todayInAlabama());
    if (!parsed.ok) {
      return renderForm(c, kase, { entry, values, errors: parsed.errors }, 422);
    }
    const result = await updateCommLogEntry(
      c.get('deps').db,
      session.userId,
      kase.id,
      entry.id,
      parsed.value,
      { reminderTitle: reminderTitle(m, parsed.value) },
    );
    if (result.status === 'not_found') {
      return c.notFound();
    }
    const errors = saveErrors(m, result);
    if (errors) {
      return renderForm(c, kase, { entry, values, errors }, 422);
    }
    return c.redirect(`/cases/${kase.id}/log?notice=updated#entry-${entry.id}`, 303);
  });

  app.get('/:id/log/:entryId/delete', async (c) => {
    const kase = await ownedCase(c);
    const entry = kase ? await ownedEntry(c, kase) : undefined;
    if (!kase || !entry) {
      return c.notFound();
    }
    return renderPage(c, <CommLogDeletePage page={pageContext(c)} kase={kase} entry={entry} />);
  });

  app.post('/:id/log/:entryId/delete', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deleted = await deleteCommLogEntry(
      c.get('deps').db,
      session.userId,
      kase.id,
      c.req.param('entryId'),
    );
    if (!deleted) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/log?notice=deleted`, 303);
  });

  return app;
}
