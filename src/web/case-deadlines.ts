import type { CaseEvent } from '../db/case-events.js';
import type { SchoolCalendarRecord } from '../db/school-calendars.js';
import {
  type ComputeDeadlinesResult,
  computeDeadlines,
  JURISDICTION_IDS,
} from '../domain/deadlines/index.js';

/**
 * Every deadline of a case from its stored events and calendar. Event ids go to the engine so a
 * deadline's `key` stays the same when the parent changes an event's date.
 */
export function computeCaseDeadlines(
  events: readonly CaseEvent[],
  calendar: SchoolCalendarRecord | undefined,
  today: string,
): ComputeDeadlinesResult {
  const schoolCalendar =
    calendar?.firstDay && calendar.lastDay
      ? { firstDay: calendar.firstDay, lastDay: calendar.lastDay, closedDays: calendar.closedDays }
      : undefined;
  return computeDeadlines({
    jurisdiction: JURISDICTION_IDS[0],
    events: events.map((e) => ({ id: e.id, type: e.type, date: e.date })),
    today,
    ...(calendar?.county ? { county: calendar.county } : {}),
    ...(schoolCalendar ? { schoolCalendar } : {}),
  });
}
