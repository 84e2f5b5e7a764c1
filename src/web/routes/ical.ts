import { Hono } from 'hono';
import { findCaseByFeedToken } from '../../db/calendar-feeds.js';
import { listEventsOfCase } from '../../db/case-events.js';
import { listRemindersOfCase } from '../../db/reminders.js';
import { findSchoolCalendarOfCase } from '../../db/school-calendars.js';
import { format, isLocale, messages } from '../../i18n/index.js';
import { renderDeadlinesIcs } from '../../render/ics.js';
import { computeCaseDeadlines } from '../case-deadlines.js';
import type { Deps } from '../context.js';
import { todayInAlabama } from '../today.js';
import { revisionOf } from './timeline.js';

/**
 * GET /ical/:token.ics, the private subscription feed. The secret token in the URL is the only
 * credential: no session, and no cookie is read or set (the app mounts this before its session
 * middleware). Unknown, malformed and revoked tokens all answer the same 404.
 */
export function icalRoutes(deps: Deps): Hono {
  const app = new Hono();

  app.get('/:file', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    const file = c.req.param('file');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const feed = token ? await findCaseByFeedToken(deps.db, token) : undefined;
    if (!feed) {
      return c.text('Not found', 404);
    }
    const locale = isLocale(feed.locale) ? feed.locale : 'en';
    const [events, calendar, reminders] = await Promise.all([
      listEventsOfCase(deps.db, feed.caseId),
      findSchoolCalendarOfCase(deps.db, feed.caseId),
      listRemindersOfCase(deps.db, feed.caseId),
    ]);
    const result = computeCaseDeadlines(events, calendar, todayInAlabama());
    const ics = renderDeadlinesIcs({
      deadlines: result.ok ? result.deadlines : [],
      reminders,
      locale,
      calendarName: format(messages(locale).timeline.ics.calendarName, {
        name: feed.childFirstName,
      }),
      revisedAt: revisionOf(events, calendar?.updatedAt),
    });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'inline; filename="iep-navigator-deadlines.ics"');
    return c.body(ics);
  });

  return app;
}
