import { type Context, Hono } from 'hono';
import {
  findCalendarFeed,
  renewCalendarFeed,
  revokeCalendarFeed,
} from '../../db/calendar-feeds.js';
import {
  type CaseEvent,
  countCaseEvents,
  createCaseEvent,
  deleteCaseEvent,
  findCaseEvent,
  listCaseEvents,
  updateCaseEvent,
} from '../../db/case-events.js';
import { findCase } from '../../db/cases.js';
import { listLetters } from '../../db/letters.js';
import { listReminders } from '../../db/reminders.js';
import {
  deleteSchoolCalendar,
  findSchoolCalendar,
  saveSchoolCalendar,
} from '../../db/school-calendars.js';
import type { Case } from '../../domain/case/case.js';
import { format } from '../../i18n/index.js';
import { renderDeadlinesIcs } from '../../render/ics.js';
import { computeCaseDeadlines } from '../case-deadlines.js';
import type { AppEnv } from '../context.js';
import type { FieldErrors } from '../pages/form.js';
import {
  CalendarFormPage,
  EventDeletePage,
  EventEditPage,
  type EventFormValues,
  FeedCreatedPage,
  TimelinePage,
} from '../pages/timeline.js';
import { formBody, pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import { requireSession } from './require-session.js';
import { MAX_EVENTS_PER_CASE, parseCalendarForm, parseEventForm } from './timeline.schema.js';

type C = Context<AppEnv>;

/** The signed-in owner's case named in the URL, or undefined (then the route answers 404). */
async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

async function ownedEvent(c: C, kase: Case): Promise<CaseEvent | undefined> {
  const session = requireSession(c);
  return findCaseEvent(c.get('deps').db, session.userId, kase.id, c.req.param('eventId') ?? '');
}

function eventValues(body: Record<string, string>): EventFormValues {
  return { type: body.type, date: body.date, note: body.note };
}

/** Everything the timeline page shows, computed fresh on every view. */
async function renderTimeline(
  c: C,
  kase: Case,
  extra: { notice?: string; values?: EventFormValues; errors?: FieldErrors } = {},
  status: 200 | 422 = 200,
) {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const [events, calendar, feed, reminders, letters] = await Promise.all([
    listCaseEvents(db, session.userId, kase.id),
    findSchoolCalendar(db, session.userId, kase.id),
    findCalendarFeed(db, session.userId, kase.id),
    listReminders(db, session.userId, kase.id),
    listLetters(db, session.userId, kase.id),
  ]);
  const letterEventIds = new Set(letters.flatMap((l) => (l.eventId ? [l.eventId] : [])));
  const today = todayInAlabama();
  const result = computeCaseDeadlines(events, calendar, today);
  return renderPage(
    c,
    <TimelinePage
      page={pageContext(c)}
      kase={kase}
      events={events}
      reminders={reminders}
      letterEventIds={letterEventIds}
      deadlines={result.ok ? result.deadlines : []}
      computeFailed={!result.ok}
      calendar={calendar}
      feed={feed}
      today={today}
      {...(extra.notice ? { notice: extra.notice } : {})}
      {...(extra.values ? { values: extra.values } : {})}
      {...(extra.errors ? { errors: extra.errors } : {})}
    />,
    status,
  );
}

/**
 * The case timeline (events and the deadlines that follow), the district calendar form and the
 * calendar export. Every route finds the case through its owner first: anyone else gets 404.
 */
export function timelineRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/timeline', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const t = c.get('m').timeline;
    const notice = {
      added: t.eventAdded,
      updated: t.eventUpdated,
      deleted: t.eventDeleted,
      calendar: t.calendarSaved,
      calendarCleared: t.calendarCleared,
      feedRevoked: t.feedRevoked,
      dates: c.get('m').choose.saved.datesAdded,
    }[c.req.query('notice') ?? ''];
    return renderTimeline(c, kase, notice ? { notice } : {});
  });

  app.post('/:id/events', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const m = c.get('m');
    const body = await formBody(c);
    const parsed = parseEventForm(body, m);
    if (!parsed.ok) {
      return renderTimeline(c, kase, { values: eventValues(body), errors: parsed.errors }, 422);
    }
    if ((await countCaseEvents(db, session.userId, kase.id)) >= MAX_EVENTS_PER_CASE) {
      const errors = {
        type: format(m.timeline.errors.tooManyEvents, { max: MAX_EVENTS_PER_CASE }),
      };
      return renderTimeline(c, kase, { values: eventValues(body), errors }, 422);
    }
    const created = await createCaseEvent(db, session.userId, kase.id, parsed.value);
    if (!created) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/timeline?notice=added`, 303);
  });

  app.get('/:id/events/:eventId/edit', async (c) => {
    const kase = await ownedCase(c);
    const event = kase ? await ownedEvent(c, kase) : undefined;
    if (!kase || !event) {
      return c.notFound();
    }
    const values = { type: event.type, date: event.date, note: event.note ?? '' };
    return renderPage(
      c,
      <EventEditPage page={pageContext(c)} kase={kase} event={event} values={values} />,
    );
  });

  app.post('/:id/events/:eventId', async (c) => {
    const kase = await ownedCase(c);
    const event = kase ? await ownedEvent(c, kase) : undefined;
    if (!kase || !event) {
      return c.notFound();
    }
    const session = requireSession(c);
    const body = await formBody(c);
    const parsed = parseEventForm(body, c.get('m'));
    if (!parsed.ok) {
      return renderPage(
        c,
        <EventEditPage
          page={pageContext(c)}
          kase={kase}
          event={event}
          values={eventValues(body)}
          errors={parsed.errors}
        />,
        422,
      );
    }
    const updated = await updateCaseEvent(
      c.get('deps').db,
      session.userId,
      kase.id,
      event.id,
      parsed.value,
    );
    if (!updated) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/timeline?notice=updated`, 303);
  });

  app.get('/:id/events/:eventId/delete', async (c) => {
    const kase = await ownedCase(c);
    const event = kase ? await ownedEvent(c, kase) : undefined;
    if (!kase || !event) {
      return c.notFound();
    }
    return renderPage(c, <EventDeletePage page={pageContext(c)} kase={kase} event={event} />);
  });

  app.post('/:id/events/:eventId/delete', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const deleted = await deleteCaseEvent(
      c.get('deps').db,
      session.userId,
      kase.id,
      c.req.param('eventId'),
    );
    if (!deleted) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/timeline?notice=deleted`, 303);
  });

  app.get('/:id/calendar', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const calendar = await findSchoolCalendar(c.get('deps').db, session.userId, kase.id);
    const values = {
      firstDay: calendar?.firstDay ?? '',
      lastDay: calendar?.lastDay ?? '',
      closedDays: calendar?.closedDays.join('\n') ?? '',
      county: calendar?.county ?? '',
    };
    return renderPage(c, <CalendarFormPage page={pageContext(c)} kase={kase} values={values} />);
  });

  app.post('/:id/calendar', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const body = await formBody(c);
    const parsed = parseCalendarForm(body, c.get('m'));
    if (!parsed.ok) {
      const values = {
        firstDay: body.firstDay,
        lastDay: body.lastDay,
        closedDays: body.closedDays,
        county: body.county,
      };
      return renderPage(
        c,
        <CalendarFormPage
          page={pageContext(c)}
          kase={kase}
          values={values}
          errors={parsed.errors}
        />,
        422,
      );
    }
    if (parsed.value === null) {
      await deleteSchoolCalendar(db, session.userId, kase.id);
      return c.redirect(`/cases/${kase.id}/timeline?notice=calendarCleared#school-calendar`, 303);
    }
    if (!(await saveSchoolCalendar(db, session.userId, kase.id, parsed.value))) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}/timeline?notice=calendar`, 303);
  });

  app.get('/:id/calendar.ics', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db } = c.get('deps');
    const locale = c.get('locale');
    const [events, calendar, reminders] = await Promise.all([
      listCaseEvents(db, session.userId, kase.id),
      findSchoolCalendar(db, session.userId, kase.id),
      listReminders(db, session.userId, kase.id),
    ]);
    const result = computeCaseDeadlines(events, calendar, todayInAlabama());
    const ics = renderDeadlinesIcs({
      deadlines: result.ok ? result.deadlines : [],
      reminders,
      locale,
      calendarName: format(c.get('m').timeline.ics.calendarName, { name: kase.childFirstName }),
      revisedAt: revisionOf(events, calendar?.updatedAt),
    });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="iep-navigator-deadlines.ics"');
    return c.body(ics);
  });

  app.post('/:id/feed', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const { db, config } = c.get('deps');
    const token = await renewCalendarFeed(db, session.userId, kase.id);
    if (!token) {
      return c.notFound();
    }
    const origin = config.baseUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin;
    // Shown once, in this response only: it is not in any URL, log or redirect.
    return renderPage(
      c,
      <FeedCreatedPage page={pageContext(c)} kase={kase} feedUrl={`${origin}/ical/${token}.ics`} />,
    );
  });

  app.post('/:id/feed/delete', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    await revokeCalendarFeed(c.get('deps').db, session.userId, kase.id);
    return c.redirect(`/cases/${kase.id}/timeline?notice=feedRevoked#export`, 303);
  });

  return app;
}

/** When a deadline's inputs last changed: its event or the school calendar, whichever is later. */
export function revisionOf(
  events: readonly CaseEvent[],
  calendarUpdatedAt: string | undefined,
): (deadline: { trigger: { eventId?: string } }) => Date | undefined {
  const byId = new Map(events.map((e) => [e.id, e.updatedAt]));
  return (deadline) => {
    const eventAt = deadline.trigger.eventId ? byId.get(deadline.trigger.eventId) : undefined;
    const latest = [eventAt, calendarUpdatedAt]
      .filter((x): x is string => Boolean(x))
      .sort()
      .pop();
    return latest ? new Date(latest) : undefined;
  };
}
