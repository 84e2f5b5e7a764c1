import { type Context, Hono } from 'hono';
import { latestAssessment } from '../../db/assessments.js';
import { createCaseEvent } from '../../db/case-events.js';
import { findCase } from '../../db/cases.js';
import {
  type CaseLetter,
  createLetter,
  deleteDraft,
  finalizeLetter,
  finalLetterPdf,
  findLetter,
  listLetters,
  markLetterSent,
  updateDraft,
} from '../../db/letters.js';
import { addReminder } from '../../db/reminders.js';
import type { Case } from '../../domain/case/case.js';
import type { EventType } from '../../domain/deadlines/index.js';
import {
  buildLetter,
  isLetterKind,
  type LetterKind,
  type LetterModel,
} from '../../domain/letters/index.js';
import { CONCERN_OPTIONS } from '../../domain/rules/index.js';
import { format } from '../../i18n/index.js';
import { renderLetterDocx } from '../../render/letter-docx.js';
import { renderLetterPdf } from '../../render/letter-pdf.js';
import type { AppEnv } from '../context.js';
import { childName } from '../pages/cases.js';
import type { FieldErrors } from '../pages/form.js';
import {
  LetterEditPage,
  LetterParagraphsPage,
  LetterStartPage,
  LettersListPage,
  LetterViewPage,
} from '../pages/letters.js';
import { formBody, pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import {
  dataFromForm,
  formValues,
  sentSchema,
  VARIANTS,
  type Variant,
} from './case-letters.schema.js';
import { htmlDocument, letterFileName } from './letters-api.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

/** The event a sent letter starts on the timeline, when the law gives the other side a clock. */
export const LETTER_EVENTS: Partial<Record<LetterKind, EventType>> = {
  records_request: 'records_request_received',
  state_complaint: 'state_complaint_received',
  due_process_complaint: 'due_process_complaint_received',
};

async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedLetter(c: C): Promise<{ kase: Case; letter: CaseLetter } | undefined> {
  const kase = await ownedCase(c);
  if (!kase) {
    return undefined;
  }
  const session = requireSession(c);
  const letter = await findLetter(
    c.get('deps').db,
    session.userId,
    kase.id,
    c.req.param('letterId') ?? '',
  );
  return letter ? { kase, letter } : undefined;
}

/** The letter as the domain writes it now, from its data and the parent's paragraph edits. */
function build(
  letter: CaseLetter,
  options: { language?: 'en' | 'es'; mirror?: boolean; draft?: boolean } = {},
) {
  return buildLetter(letter.kind, letter.data as never, {
    language: options.language ?? letter.language,
    mirror: options.mirror ?? false,
    today: todayInAlabama(),
    overrides: letter.overrides,
    draft: options.draft ?? false,
  });
}

/** What a new letter starts with: the case, the last letter's contact details, the chooser's concerns. */
export async function prefillLetterData(c: C, kase: Case): Promise<Record<string, unknown>> {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const [letters, assessment] = await Promise.all([
    listLetters(db, session.userId, kase.id),
    latestAssessment(db, session.userId, kase.id),
  ]);
  const last = letters[0]?.data as
    | {
        parent?: unknown;
        child?: { address?: unknown };
        district?: { address?: unknown };
        signature?: unknown;
      }
    | undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const answers = (assessment?.answers ?? {}) as {
    concerns?: unknown;
    concernDates?: Record<string, unknown>;
  };
  const concerns = Array.isArray(answers.concerns)
    ? answers.concerns
        .filter(
          (type): type is keyof typeof CONCERN_OPTIONS =>
            typeof type === 'string' && type in CONCERN_OPTIONS,
        )
        .slice(0, 3)
        .map((type) => {
          const date = text(answers.concernDates?.[type]);
          return {
            description: CONCERN_OPTIONS[type].label.en,
            facts: '',
            ...(date ? { date } : {}),
          };
        })
    : [];
  const parent = (last?.parent ?? {}) as Record<string, unknown>;
  return {
    date: todayInAlabama(),
    parent: {
      name: text(parent.name),
      address: text(parent.address),
      phone: text(parent.phone),
      email: text(parent.email),
      ...(kase.parentLanguage === 'es' ? { language: 'es' } : {}),
    },
    child: {
      name: childName(kase),
      dateOfBirth: kase.childDateOfBirth ?? '',
      address: text(last?.child?.address),
      school: kase.school ?? '',
      grade: kase.grade ?? '',
    },
    district: { name: kase.district ?? '', address: text(last?.district?.address) },
    concerns,
    proposedResolution: '',
    ...(text(last?.signature) ? { signature: text(last?.signature) } : {}),
  };
}

function view(
  c: C,
  kase: Case,
  letter: CaseLetter,
  extra: { notice?: string; sentValues?: Record<string, string>; sentErrors?: FieldErrors } = {},
  status: 200 | 422 = 200,
) {
  const preview = build(letter, { draft: letter.status === 'draft' });
  const strict = letter.status === 'draft' ? build(letter) : preview;
  const model = preview.ok ? preview.letter : undefined;
  return renderPage(
    c,
    <LetterViewPage
      page={pageContext(c)}
      kase={kase}
      letter={letter}
      letterHtml={model ? htmlBody(model) : ''}
      missing={strict.ok ? [] : strict.missing}
      warnings={strict.warnings}
      today={todayInAlabama()}
      {...extra}
    />,
    status,
  );
}

function htmlBody(model: LetterModel): string {
  const whole = htmlDocument(model);
  const start = whole.indexOf('<main>') + '<main>'.length;
  return whole.slice(start, whole.indexOf('</main>'));
}

function variantOf(c: C): Variant {
  const v = c.req.query('variant') ?? 'final';
  return (VARIANTS as readonly string[]).includes(v) ? (v as Variant) : 'final';
}

/**
 * The letter writer of a case: start a letter prefilled from the case, fill in its details,
 * change its wording, make it final (the PDF is kept unchanged with its hash), download it in
 * English with a Spanish copy, and record how it was sent, which starts the law's clock.
 */
export function caseLetterRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/letters', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const letters = await listLetters(c.get('deps').db, session.userId, kase.id);
    const notice = c.req.query('notice') === 'deleted' ? c.get('m').letters.deleted : undefined;
    return renderPage(
      c,
      <LettersListPage
        page={pageContext(c)}
        kase={kase}
        letters={letters}
        {...(notice ? { notice } : {})}
      />,
    );
  });

  app.get('/:id/letters/new', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const kind = c.req.query('kind');
    if (!isLetterKind(kind)) {
      return c.redirect(`/cases/${kase.id}/letters#new`, 303);
    }
    return renderPage(c, <LetterStartPage page={pageContext(c)} kase={kase} kind={kind} />);
  });

  app.post('/:id/letters', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const body = await formBody(c);
    if (!isLetterKind(body.kind)) {
      return c.redirect(`/cases/${kase.id}/letters#new`, 303);
    }
    const session = requireSession(c);
    const created = await createLetter(c.get('deps').db, session.userId, kase.id, {
      kind: body.kind,
      language: 'en',
      data: await prefillLetterData(c, kase),
    });
    if (!created) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/letters/${created.id}/edit`, 303);
  });

  app.get('/:id/letters/:letterId', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const m = c.get('m').letters;
    const notices: Record<string, string> = {
      saved: m.saved,
      final: m.finalized,
      sent: m.sentSaved,
    };
    const notice = notices[c.req.query('notice') ?? ''];
    return view(c, found.kase, found.letter, notice ? { notice } : {});
  });

  app.get('/:id/letters/:letterId/edit', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    if (found.letter.status !== 'draft') {
      return c.redirect(`/cases/${found.kase.id}/letters/${found.letter.id}`, 303);
    }
    return renderPage(
      c,
      <LetterEditPage
        page={pageContext(c)}
        kase={found.kase}
        letter={found.letter}
        values={formValues(found.letter.kind, found.letter.data)}
        errors={{}}
      />,
    );
  });

  app.post('/:id/letters/:letterId/edit', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, letter } = found;
    if (letter.status !== 'draft') {
      return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
    }
    const body = await formBody(c);
    const parsed = dataFromForm(letter.kind, body);
    if (!parsed.ok) {
      const m = c.get('m').letters;
      const errors: FieldErrors = {};
      for (const [field, code] of Object.entries(parsed.errors)) {
        errors[field] = m.fieldErrors[code];
      }
      return renderPage(
        c,
        <LetterEditPage
          page={pageContext(c)}
          kase={kase}
          letter={letter}
          values={body}
          errors={errors}
        />,
        422,
      );
    }
    const language = letter.data.parent as { language?: unknown } | undefined;
    const data = {
      ...parsed.data,
      parent: {
        ...(parsed.data.parent as object),
        ...(language?.language ? { language: language.language } : {}),
      },
    };
    const session = requireSession(c);
    await updateDraft(c.get('deps').db, session.userId, kase.id, letter.id, { data });
    return c.redirect(`/cases/${kase.id}/letters/${letter.id}?notice=saved`, 303);
  });

  app.get('/:id/letters/:letterId/paragraphs', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const built = build(found.letter, { draft: true });
    if (found.letter.status !== 'draft' || !built.ok) {
      return c.redirect(`/cases/${found.kase.id}/letters/${found.letter.id}`, 303);
    }
    return renderPage(
      c,
      <LetterParagraphsPage
        page={pageContext(c)}
        kase={found.kase}
        letter={found.letter}
        model={built.letter}
      />,
    );
  });

  app.post('/:id/letters/:letterId/paragraphs', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, letter } = found;
    const withoutEdits = build({ ...letter, overrides: {} }, { draft: true });
    if (letter.status !== 'draft' || !withoutEdits.ok) {
      return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
    }
    // Keep only boxes that are parts of this letter, and only the ones the parent changed.
    const original = new Map<string, string>([
      ['subject', withoutEdits.letter.subject],
      ['salutation', withoutEdits.letter.salutation],
    ]);
    for (const block of withoutEdits.letter.body) {
      if (block.type === 'heading' || block.type === 'paragraph') {
        original.set(block.id, block.text);
      } else if (block.type === 'list') {
        for (const item of block.items) {
          original.set(item.id, item.text);
        }
      }
    }
    const body = await formBody(c);
    const overrides: Record<string, string> = {};
    for (const [id, text] of original) {
      const posted = body[id];
      if (typeof posted === 'string' && posted.replace(/\r\n/g, '\n').trim() !== text.trim()) {
        overrides[id] = posted.replace(/\r\n/g, '\n').slice(0, 20_000);
      }
    }
    const session = requireSession(c);
    await updateDraft(c.get('deps').db, session.userId, kase.id, letter.id, { overrides });
    return c.redirect(`/cases/${kase.id}/letters/${letter.id}?notice=saved`, 303);
  });

  app.post('/:id/letters/:letterId/finalize', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, letter } = found;
    if (letter.status !== 'draft') {
      return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
    }
    const built = build(letter);
    if (!built.ok) {
      return view(c, kase, letter, { notice: c.get('m').letters.cannotFinalize }, 422);
    }
    const pdf = await renderLetterPdf(built.letter);
    const session = requireSession(c);
    await finalizeLetter(c.get('deps'), session.userId, kase.id, letter.id, pdf);
    return c.redirect(`/cases/${kase.id}/letters/${letter.id}?notice=final`, 303);
  });

  app.post('/:id/letters/:letterId/delete', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const session = requireSession(c);
    await deleteDraft(c.get('deps').db, session.userId, found.kase.id, found.letter.id);
    return c.redirect(`/cases/${found.kase.id}/letters?notice=deleted`, 303);
  });

  const download = (ext: 'pdf' | 'docx' | 'html') => async (c: C) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, letter } = found;
    if (letter.status === 'draft') {
      return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
    }
    const variant = variantOf(c);
    const language = variant === 'final' ? letter.language : 'es';
    const mirror = variant === 'mirror';
    const child = (letter.data.child as { name?: string } | undefined)?.name;
    const date = letter.data.date as string | undefined;
    const fileName = letterFileName(letter.kind, child, date, language, mirror, ext);
    c.header('X-Content-Type-Options', 'nosniff');
    if (ext === 'pdf' && variant === 'final') {
      const session = requireSession(c);
      const stored = await finalLetterPdf(c.get('deps'), session.userId, kase.id, letter.id);
      if (!stored) {
        return c.notFound();
      }
      c.header('Content-Type', 'application/pdf');
      c.header('Content-Disposition', `attachment; filename="${fileName}"`);
      return c.body(stored.bytes.slice().buffer);
    }
    const built = build(letter, { language, mirror });
    if (!built.ok) {
      return c.notFound();
    }
    if (ext === 'html') {
      c.header('Content-Type', 'text/html; charset=utf-8');
      return c.body(htmlDocument(built.letter));
    }
    const bytes =
      ext === 'pdf' ? await renderLetterPdf(built.letter) : await renderLetterDocx(built.letter);
    c.header(
      'Content-Type',
      ext === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    c.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return c.body(bytes.slice().buffer);
  };
  app.get('/:id/letters/:letterId/letter.pdf', download('pdf'));
  app.get('/:id/letters/:letterId/letter.docx', download('docx'));
  app.get('/:id/letters/:letterId/letter.html', download('html'));

  app.post('/:id/letters/:letterId/sent', async (c) => {
    const found = await ownedLetter(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, letter } = found;
    if (letter.status !== 'final') {
      return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
    }
    const body = await formBody(c);
    const parsed = sentSchema.safeParse(body);
    if (!parsed.success) {
      const m = c.get('m').letters.sentErrors;
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'sentOn') as keyof typeof m;
        errors[field] ??= m[field] ?? m.sentOn;
      }
      return view(c, kase, letter, { sentValues: body, sentErrors: errors }, 422);
    }
    const sent = parsed.data;
    const { db } = c.get('deps');
    const session = requireSession(c);
    const receivedOn =
      sent.receivedOn ||
      (sent.method === 'certified_mail' || sent.method === 'other' ? '' : sent.sentOn);
    const eventType = LETTER_EVENTS[letter.kind];
    const m = c.get('m').letters;
    const event = eventType
      ? await createCaseEvent(db, session.userId, kase.id, {
          type: eventType,
          // The clock runs from when the other side got the letter; the sent date when unknown.
          date: receivedOn || sent.sentOn,
          note: m.kinds[letter.kind],
        })
      : undefined;
    await markLetterSent(db, session.userId, kase.id, letter.id, {
      sentOn: sent.sentOn,
      method: sent.method,
      trackingNumber: sent.trackingNumber || null,
      receivedOn: receivedOn || null,
      eventId: event?.id ?? null,
    });
    const responseBy = letter.data.responseBy;
    if (typeof responseBy === 'string' && responseBy) {
      await addReminder(db, session.userId, kase.id, {
        date: responseBy,
        title: format(m.reminderTitle, { kind: m.kinds[letter.kind] }),
        source: 'letter',
        sourceId: letter.id,
      });
    }
    return c.redirect(`/cases/${kase.id}/letters/${letter.id}?notice=sent`, 303);
  });

  return app;
}
