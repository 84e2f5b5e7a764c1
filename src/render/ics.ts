/**
 * A case's deadlines as an iCalendar file (RFC 5545), for download and for the private
 * subscription feed. All-day events; each UID comes from the deadline's stable `key`, so when an
 * event's date changes the calendar entry moves instead of being duplicated.
 *
 * Least data: only deadline titles, dates and explanations go in. No notes, no last name.
 *
 * @module
 */
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { type Deadline, explainDeadline, formatDate } from '../domain/deadlines/index.js';
import { addDays } from '../domain/deadlines/iso-date.js';
import { format, type Locale, messages } from '../i18n/index.js';

/** The domain part of every UID, so ours never collide with other calendars' entries. */
export const ICS_UID_DOMAIN = 'iep-navigator';

/** SEQUENCE counts seconds from here: it grows with every change and fits in 31 bits until 2094. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** A date the parent saved (a promise, a follow-up); its id keeps the calendar entry stable. */
export type IcsReminder = { readonly id: string; readonly date: string; readonly title: string };

/**
 * When a calendar app reminds, in seconds before the start of an all-day entry (its midnight):
 * the day before at 9:00 is 15 hours before; a week before at 9:00 is 6 days and 15 hours before;
 * the same day at 9:00 is 9 hours after (negative).
 */
const DAY_BEFORE_AT_9 = 15 * 3600;
const WEEK_BEFORE_AT_9 = 6 * 86_400 + DAY_BEFORE_AT_9;
const SAME_DAY_AT_9 = -9 * 3600;

/** A notice on screen. */
const ALARM = { type: ICalAlarmType.display } as const;

/** The UID of a deadline's calendar entry. */
export function icsUid(deadline: Pick<Deadline, 'key'>): string {
  return `${deadline.key}@${ICS_UID_DOMAIN}`;
}

function description(deadline: Deadline, locale: Locale): string {
  const t = messages(locale).timeline;
  const lines: string[] = [deadline.summary[locale]];
  if (deadline.unverified) {
    lines.push('', `${t.unverifiedTag.toUpperCase()}: ${t.unverified}`);
  }
  if (deadline.dueOnNonBusinessDay) {
    lines.push(
      '',
      format(t.ics.actBy, {
        date: formatDate(deadline.dueOnNonBusinessDay.actBy, locale, { weekday: true }),
      }),
    );
  }
  lines.push('', t.ics.whyThisDate, ...explainDeadline(deadline, locale).map((s) => `- ${s}`));
  lines.push(
    '',
    t.ics.law,
    ...deadline.citations.map((c) => `- ${c.cite}${c.url ? ` (${c.url})` : ''}`),
  );
  lines.push('', t.ics.disclaimer);
  return lines.join('\n');
}

/**
 * Renders deadlines as an .ics text.
 *
 * @example
 * renderDeadlinesIcs({ deadlines, locale: 'es', calendarName: 'IEP Navigator: Maya' });
 */
export function renderDeadlinesIcs(options: {
  readonly deadlines: readonly Deadline[];
  readonly locale: Locale;
  readonly calendarName: string;
  /** DTSTAMP of every entry; now by default. */
  readonly now?: Date;
  /**
   * When a deadline's inputs last changed (its event, the school calendar). It becomes the
   * entry's LAST-MODIFIED and SEQUENCE, so a re-imported file updates the entry it replaces.
   */
  readonly revisedAt?: (deadline: Deadline) => Date | undefined;
  /** The parent's own dates (promises, follow-ups), as all-day entries marked "Reminder". */
  readonly reminders?: readonly IcsReminder[];
}): string {
  const { locale } = options;
  const t = messages(locale).timeline;
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'IEP Navigator', product: 'deadlines', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars check back about every six hours.
    ttl: 6 * 60 * 60,
  });
  for (const deadline of options.deadlines) {
    const title = deadline.title[locale];
    const revised = options.revisedAt?.(deadline);
    const event = calendar.createEvent({
      id: icsUid(deadline),
      start: deadline.due,
      end: addDays(deadline.due, 1),
      allDay: true,
      stamp: options.now ?? new Date(),
      summary: deadline.unverified ? `${title} (${t.unverifiedTag})` : title,
      description: description(deadline, locale),
      ...(revised
        ? {
            lastModified: revised,
            sequence: Math.max(0, Math.floor((revised.getTime() - SEQUENCE_EPOCH) / 1000)),
          }
        : {}),
    });
    // A week ahead and the day before, at 9 in the morning: time to act, not a midnight buzz.
    for (const before of [WEEK_BEFORE_AT_9, DAY_BEFORE_AT_9]) {
      event
        .createAlarm({ ...ALARM, trigger: before, description: title })
        // Timed from the start (ical-generator times one after the start from the end otherwise,
        // and does not take `relatesTo` in createAlarm's options).
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  for (const reminder of options.reminders ?? []) {
    const event = calendar.createEvent({
      id: `reminder-${reminder.id}@${ICS_UID_DOMAIN}`,
      start: reminder.date,
      end: addDays(reminder.date, 1),
      allDay: true,
      stamp: options.now ?? new Date(),
      summary: format(t.ics.reminder, { title: reminder.title }),
      description: t.ics.reminderNote,
    });
    for (const before of [DAY_BEFORE_AT_9, SAME_DAY_AT_9]) {
      event
        .createAlarm({ ...ALARM, trigger: before, description: reminder.title })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  return calendar.toString();
}
