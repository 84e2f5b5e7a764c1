import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { findCase } from '../../db/cases.js';
import { createLetter } from '../../db/letters.js';
import {
  createMeeting,
  deleteMeeting,
  findMeeting,
  listMeetings,
  type Meeting,
  type SavedPromise,
  updateMeeting,
} from '../../db/meetings.js';
import { addReminder, deleteRemindersForSource } from '../../db/reminders.js';
import type { Case } from '../../domain/case/case.js';
import { formatDate } from '../../domain/deadlines/index.js';
import { isIsoDate } from '../../domain/deadlines/iso-date.js';
import {
  buildConcernsStatement,
  buildFollowUp,
  checklistFor,
  checklistProgress,
  MAX_PRIORITIES,
  MEETING_KIND_NAMES,
  MEETING_KINDS,
  type MeetingKind,
  PHASES,
} from '../../domain/guide/index.js';
import { renderChecklistPdf } from '../../render/checklist-pdf.js';
import { renderConcernsDocx, renderConcernsPdf } from '../../render/concerns-statement.js';
import type { AppEnv } from '../context.js';
import { childName } from '../pages/cases.js';
import type { FieldErrors } from '../pages/form.js';
import {
  ConcernsPage,
  MeetingDeletePage,
  MeetingPage,
  MeetingScriptsPage,
  MeetingsListPage,
  NotesPage,
} from '../pages/meetings.js';
import { formBody, pageContext, renderPage } from '../render.js';
import { prefillLetterData } from './case-letters.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

/** Own checklist items a meeting keeps at most, and their longest text. */
const MAX_OWN_ITEMS = 30;
const MAX_TEXT = 300;
/** Promise rows: shown at first, added per "more rows", at most. */
const FIRST_ROWS = 4;
const MORE_ROWS = 3;
const MAX_ROWS = 30;

const newMeetingSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  meetingDate: z.string().refine((v) => isIsoDate(v)),
});

async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedMeeting(c: C): Promise<{ kase: Case; meeting: Meeting } | undefined> {
  const kase = await ownedCase(c);
  if (!kase) {
    return undefined;
  }
  const session = requireSession(c);
  const meeting = await findMeeting(
    c.get('deps').db,
    session.userId,
    kase.id,
    c.req.param('meetingId') ?? '',
  );
  return meeting ? { kase, meeting } : undefined;
}

function languageOf(c: C): 'en' | 'es' {
  const lang = c.req.query('lang');
  return lang === 'es' || lang === 'en' ? lang : c.get('locale');
}

function statementFor(kase: Case, meeting: Meeting, language: 'en' | 'es') {
  return buildConcernsStatement(
    {
      childName: childName(kase),
      date: meeting.meetingDate,
      priorities: meeting.priorities,
      concerns: meeting.concerns,
      ...(kase.school ? { school: kase.school } : {}),
      plan: meeting.kind === 'section_504_meeting' ? 'section_504' : 'iep',
    },
    language,
  );
}

function notesValues(meeting: Meeting): Record<string, string> {
  const values: Record<string, string> = { attendees: meeting.attendees, notes: meeting.notes };
  meeting.promises.forEach((p, i) => {
    values[`what${i}`] = p.what;
    values[`who${i}`] = p.who;
    values[`by${i}`] = p.byWhen ?? '';
  });
  return values;
}

/**
 * Getting ready for a meeting of a case (issue 7): the checklist with ticks and own items, a
 * printable PDF of it, the concerns statement (PDF and DOCX, English and Spanish), and notes
 * whose promises become dates on the timeline and a follow-up letter.
 */
export function caseMeetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/meetings', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const meetings = await listMeetings(c.get('deps').db, session.userId, kase.id);
    const notice = c.req.query('notice') === 'deleted' ? c.get('m').meetings.deleted : undefined;
    return renderPage(
      c,
      <MeetingsListPage
        page={pageContext(c)}
        kase={kase}
        meetings={meetings}
        {...(notice ? { notice } : {})}
      />,
    );
  });

  app.post('/:id/meetings', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const body = await formBody(c);
    const parsed = newMeetingSchema.safeParse(body);
    const session = requireSession(c);
    if (!parsed.success) {
      const t = c.get('m').meetings.errors;
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'kind') {
          errors.kind = t.kind;
        }
        if (issue.path[0] === 'meetingDate') {
          errors.meetingDate = t.date;
        }
      }
      const meetings = await listMeetings(c.get('deps').db, session.userId, kase.id);
      return renderPage(
        c,
        <MeetingsListPage
          page={pageContext(c)}
          kase={kase}
          meetings={meetings}
          values={body}
          errors={errors}
        />,
        422,
      );
    }
    const meeting = await createMeeting(c.get('deps').db, session.userId, kase.id, parsed.data);
    if (!meeting) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/meetings/${meeting.id}`, 303);
  });

  app.get('/:id/meetings/:meetingId', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const progress = checklistProgress(meeting.kind, meeting.ticked, meeting.customItems);
    const notice = c.req.query('notice') === 'saved' ? c.get('m').meetings.saved : undefined;
    return renderPage(
      c,
      <MeetingPage
        page={pageContext(c)}
        kase={kase}
        meeting={meeting}
        progress={progress}
        {...(notice ? { notice } : {})}
      />,
    );
  });

  app.post('/:id/meetings/:meetingId/checklist', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const body = await c.req.parseBody({ all: true });
    const raw = body.tick;
    const ticks = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === 'string',
    );
    const customItems = [...meeting.customItems];
    const own = typeof body.ownItem === 'string' ? body.ownItem.replace(/\s+/g, ' ').trim() : '';
    const phase = PHASES.find((p) => p === body.ownItemPhase) ?? 'before';
    if (own && customItems.length < MAX_OWN_ITEMS) {
      customItems.push({
        id: `own-${customItems.length + 1}-${Date.now().toString(36)}`,
        phase,
        text: own.slice(0, MAX_TEXT),
      });
    }
    const known = new Set([
      ...checklistFor(meeting.kind).map((i) => i.id),
      ...customItems.map((i) => i.id),
    ]);
    const session = requireSession(c);
    await updateMeeting(c.get('deps').db, session.userId, kase.id, meeting.id, {
      ticked: [...new Set(ticks.filter((id) => known.has(id)))],
      customItems,
    });
    return c.redirect(`/cases/${kase.id}/meetings/${meeting.id}?notice=saved#checklist`, 303);
  });

  app.get('/:id/meetings/:meetingId/checklist.pdf', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const language = languageOf(c);
    const pdf = await renderChecklistPdf(checklistFor(meeting.kind), {
      language,
      title: MEETING_KIND_NAMES[meeting.kind][language],
      caseDetails: {
        childName: childName(kase),
        ...(kase.school ? { school: kase.school } : {}),
        ...(kase.district ? { district: kase.district } : {}),
        meetingDate: meeting.meetingDate,
      },
      ticked: new Set(meeting.ticked),
      customItems: meeting.customItems,
    });
    c.header('Content-Type', 'application/pdf');
    c.header(
      'Content-Disposition',
      `attachment; filename="checklist-${meeting.meetingDate}-${language}.pdf"`,
    );
    return c.body(pdf);
  });

  app.get('/:id/meetings/:meetingId/concerns', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    return renderPage(
      c,
      <ConcernsPage
        page={pageContext(c)}
        kase={kase}
        meeting={meeting}
        values={{ priorities: meeting.priorities, concerns: meeting.concerns }}
        errors={{}}
        canDownload={statementFor(kase, meeting, 'en').ok}
        {...(c.req.query('notice') === 'saved' ? { notice: c.get('m').meetings.saved } : {})}
      />,
    );
  });

  app.post('/:id/meetings/:meetingId/concerns', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const body = await formBody(c);
    const priorities = Array.from({ length: MAX_PRIORITIES }, (_, i) =>
      (body[`priority${i}`] ?? '').replace(/\s+/g, ' ').trim(),
    ).filter(Boolean);
    const concerns = (body.concerns ?? '').replace(/\r\n/g, '\n');
    const draft = { ...meeting, priorities, concerns };
    const outcome = statementFor(kase, draft, 'en');
    if (!outcome.ok) {
      const t = c.get('m').meetings.concernsErrors;
      const errors: FieldErrors = {};
      for (const problem of outcome.problems) {
        const index = /priorities\[(\d+)\]/.exec(problem.field)?.[1];
        const field =
          index !== undefined
            ? `priority${index}`
            : problem.field === 'concerns'
              ? 'concerns'
              : 'priority0';
        errors[field] ??= t[problem.code];
      }
      return renderPage(
        c,
        <ConcernsPage
          page={pageContext(c)}
          kase={kase}
          meeting={meeting}
          values={{ priorities, concerns }}
          errors={errors}
          canDownload={false}
        />,
        422,
      );
    }
    const session = requireSession(c);
    await updateMeeting(c.get('deps').db, session.userId, kase.id, meeting.id, {
      priorities,
      concerns,
    });
    return c.redirect(
      `/cases/${kase.id}/meetings/${meeting.id}/concerns?notice=saved#download`,
      303,
    );
  });

  const concernsFile = (ext: 'pdf' | 'docx') => async (c: C) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const language = languageOf(c);
    const outcome = statementFor(kase, meeting, language);
    if (!outcome.ok) {
      return c.redirect(`/cases/${kase.id}/meetings/${meeting.id}/concerns`, 303);
    }
    const bytes =
      ext === 'pdf'
        ? await renderConcernsPdf(outcome.statement)
        : await renderConcernsDocx(outcome.statement);
    c.header(
      'Content-Type',
      ext === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    c.header(
      'Content-Disposition',
      `attachment; filename="concerns-statement-${meeting.meetingDate}-${language}.${ext}"`,
    );
    return c.body(bytes.slice().buffer);
  };
  app.get('/:id/meetings/:meetingId/concerns.pdf', concernsFile('pdf'));
  app.get('/:id/meetings/:meetingId/concerns.docx', concernsFile('docx'));

  app.get('/:id/meetings/:meetingId/notes', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    return renderPage(
      c,
      <NotesPage
        page={pageContext(c)}
        kase={kase}
        meeting={meeting}
        values={notesValues(meeting)}
        rows={Math.max(FIRST_ROWS, meeting.promises.length + 1)}
        errors={{}}
        {...(c.req.query('notice') === 'saved' ? { notice: c.get('m').meetings.notesSaved } : {})}
      />,
    );
  });

  app.post('/:id/meetings/:meetingId/notes', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const body = await formBody(c);
    const rows = Math.min(
      MAX_ROWS,
      Math.max(FIRST_ROWS, Number.parseInt(body.rows ?? '', 10) || FIRST_ROWS),
    );
    if (body.action === 'more') {
      return renderPage(
        c,
        <NotesPage
          page={pageContext(c)}
          kase={kase}
          meeting={meeting}
          values={body}
          rows={Math.min(MAX_ROWS, rows + MORE_ROWS)}
          errors={{}}
        />,
      );
    }
    const promises: SavedPromise[] = [];
    const errors: FieldErrors = {};
    const t = c.get('m').meetings.notesErrors;
    for (let i = 0; i < rows; i++) {
      const what = (body[`what${i}`] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
      const who = (body[`who${i}`] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
      const by = (body[`by${i}`] ?? '').trim();
      if (!what && !who && !by) {
        continue;
      }
      if (!what) {
        errors[`what${i}`] = t.promise_what_missing;
      }
      if (by && !isIsoDate(by)) {
        errors[`by${i}`] = t.invalid_promise_date;
      } else if (by && by < meeting.meetingDate) {
        errors[`by${i}`] = t.promise_date_before_meeting;
      }
      promises.push({ id: `p${i + 1}`, what, who, byWhen: by || null });
    }
    if (Object.keys(errors).length > 0) {
      return renderPage(
        c,
        <NotesPage
          page={pageContext(c)}
          kase={kase}
          meeting={meeting}
          values={body}
          rows={rows}
          errors={errors}
        />,
        422,
      );
    }
    const attendees = (body.attendees ?? '').replace(/\r\n/g, '\n').slice(0, 5000);
    const notes = (body.notes ?? '').replace(/\r\n/g, '\n').slice(0, 50_000);
    const session = requireSession(c);
    const { db } = c.get('deps');
    const saved = await updateMeeting(db, session.userId, kase.id, meeting.id, {
      attendees,
      notes,
      promises,
    });
    if (!saved) {
      return c.notFound();
    }
    // The promises' dates (and the day to send the follow-up letter) go on the timeline.
    await deleteRemindersForSource(db, session.userId, kase.id, 'meeting', meeting.id);
    const followUp = buildFollowUp(
      {
        meetingKind: saved.kind,
        meetingDate: saved.meetingDate,
        attendees: attendees
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        notes,
        promises,
      },
      c.get('locale'),
      childName(kase),
    );
    if (followUp.ok) {
      for (const reminder of followUp.followUp.reminders) {
        await addReminder(db, session.userId, kase.id, {
          date: reminder.date,
          title: reminder.title[c.get('locale')],
          source: 'meeting',
          sourceId: meeting.id,
        });
      }
    }
    return c.redirect(`/cases/${kase.id}/meetings/${meeting.id}/notes?notice=saved`, 303);
  });

  app.post('/:id/meetings/:meetingId/follow-up', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const { kase, meeting } = found;
    const data = await prefillLetterData(c, kase);
    const attendees = meeting.attendees
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean)
      .join(', ');
    const session = requireSession(c);
    const letter = await createLetter(c.get('deps').db, session.userId, kase.id, {
      kind: 'meeting_follow_up',
      language: 'en',
      data: {
        ...data,
        concerns: [],
        meeting: {
          date: meeting.meetingDate,
          type: MEETING_KIND_NAMES[meeting.kind as MeetingKind].en,
          attendees,
        },
        promises: meeting.promises
          .filter((p) => p.what)
          .map((p) => ({
            who: p.who,
            what: p.what,
            ...(p.byWhen ? { when: formatDate(p.byWhen, 'en') } : {}),
          })),
      },
    });
    if (!letter) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/letters/${letter.id}`, 303);
  });

  // The script cards, in the page's language, with their tools opening this meeting's pages.
  app.get('/:id/meetings/:meetingId/scripts', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    return renderPage(
      c,
      <MeetingScriptsPage page={pageContext(c)} kase={found.kase} meeting={found.meeting} />,
    );
  });

  app.get('/:id/meetings/:meetingId/delete', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    return renderPage(
      c,
      <MeetingDeletePage page={pageContext(c)} kase={found.kase} meeting={found.meeting} />,
    );
  });

  app.post('/:id/meetings/:meetingId/delete', async (c) => {
    const found = await ownedMeeting(c);
    if (!found) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    await deleteRemindersForSource(db, session.userId, found.kase.id, 'meeting', found.meeting.id);
    await deleteMeeting(db, session.userId, found.kase.id, found.meeting.id);
    return c.redirect(`/cases/${found.kase.id}/meetings?notice=deleted`, 303);
  });

  return app;
}
