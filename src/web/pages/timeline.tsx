import type { CalendarFeedInfo } from '../../db/calendar-feeds.js';
import type { CaseEvent } from '../../db/case-events.js';
import type { Reminder } from '../../db/reminders.js';
import type { SchoolCalendarRecord } from '../../db/school-calendars.js';
import type { Case } from '../../domain/case/case.js';
import {
  ALABAMA_COUNTIES,
  type Deadline,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  type EventType,
  explainDeadline,
  formatDate,
} from '../../domain/deadlines/index.js';
import {
  format,
  formatDate as formatTimestamp,
  type Locale,
  type Messages,
} from '../../i18n/index.js';
import { EVENT_NOTE_MAX } from '../routes/timeline.schema.js';
import { childName } from './cases.js';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from './form.js';
import { CsrfField, Layout, type PageContext } from './layout.js';
import { TimelineSvg } from './timeline-svg.js';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The school finished the evaluation" in the reader's language. */
export function eventLabel(type: string, locale: Locale): string {
  const label = EVENT_TYPE_LABELS[type as EventType]?.[locale];
  return label ? capitalize(label) : type;
}

function longDate(date: string, locale: Locale): string {
  return formatDate(date, locale, { weekday: true });
}

function daysLeftText(deadline: Deadline, m: Messages): string {
  const t = m.timeline;
  const days = deadline.daysLeft ?? 0;
  if (days < 0) {
    return days === -1 ? t.overdueOne : format(t.overdue, { days: -days });
  }
  if (days === 0) {
    return t.dueToday;
  }
  return days === 1 ? t.dueTomorrow : format(t.daysLeft, { days });
}

/** The values the event form shows (what was typed, kept on an error). */
export type EventFormValues = {
  type?: string | undefined;
  date?: string | undefined;
  note?: string | undefined;
};

function EventFields({
  m,
  locale,
  values,
  errors,
}: {
  m: Messages;
  locale: Locale;
  values: EventFormValues;
  errors: FieldErrors;
}) {
  const t = m.timeline;
  return (
    <>
      <SelectField
        m={m}
        name="type"
        label={t.eventType}
        hint={t.eventTypeHint}
        value={values.type ?? ''}
        error={errors.type}
        options={[
          { value: '', label: t.chooseType },
          ...EVENT_TYPES.map((type) => ({ value: type, label: eventLabel(type, locale) })),
        ]}
      />
      <TextField
        m={m}
        name="date"
        type="date"
        label={t.eventDate}
        hint={t.eventDateHint}
        value={values.date}
        error={errors.date}
      />
      <TextArea
        m={m}
        name="note"
        label={t.eventNote}
        optional={m.form.optional}
        hint={t.eventNoteHint}
        value={values.note}
        maxlength={EVENT_NOTE_MAX}
        error={errors.note}
      />
    </>
  );
}

function DeadlineItem({
  deadline,
  page,
  caseId,
  fromLetter = false,
}: {
  deadline: Deadline;
  page: PageContext;
  caseId: string;
  /** The event was recorded by sending a letter from the app. */
  fromLetter?: boolean;
}) {
  const { m, locale } = page;
  const t = m.timeline;
  const overdue = deadline.status === 'overdue';
  return (
    <li class={`deadline${overdue ? ' deadline--overdue' : ''}`} id={`deadline-${deadline.key}`}>
      <h3 class="deadline-title">{deadline.title[locale]}</h3>
      <p class="deadline-due">
        <strong>{format(t.dueOn, { date: longDate(deadline.due, locale) })}</strong>{' '}
        <span
          class={`due-tag${overdue ? ' due-tag--overdue' : deadline.status === 'due_today' ? ' due-tag--today' : ''}`}
        >
          {daysLeftText(deadline, m)}
        </span>
        {deadline.unverified ? (
          <>
            {' '}
            <span class="due-tag due-tag--unverified">{t.unverifiedTag}</span>
          </>
        ) : null}
        {deadline.estimate ? (
          <>
            {' '}
            <span class="due-tag due-tag--estimate">{t.estimateTag}</span>
          </>
        ) : null}
      </p>
      {deadline.unverified ? (
        <p class="deadline-warning">
          <strong>{t.unverifiedTag}:</strong> {t.unverified}
        </p>
      ) : null}
      {deadline.dueOnNonBusinessDay ? (
        <p>
          {format(t.nonBusinessDay, {
            date: longDate(deadline.dueOnNonBusinessDay.actBy, locale),
          })}
        </p>
      ) : null}
      {deadline.estimate ? (
        <p>
          {t.estimate} <a href={`/cases/${caseId}/calendar`}>{t.estimateLink}</a>
        </p>
      ) : null}
      <p>{deadline.summary[locale]}</p>
      {deadline.alternative ? (
        <p>{format(t.federalDefault, { date: longDate(deadline.alternative.due, locale) })}</p>
      ) : null}
      <p class="deadline-from">
        {format(t.startsFrom, {
          event: eventLabel(deadline.trigger.type, locale),
          date: formatDate(deadline.trigger.date, locale),
        })}
      </p>
      {overdue && fromLetter ? (
        <p class="deadline-follow-up">
          <a href={`/cases/${caseId}/letters/new?kind=pwn_request`}>{m.letters.timelineFollowUp}</a>
        </p>
      ) : null}
      <details class="why">
        <summary>{t.whyThisDate}</summary>
        <ol class="steps">
          {explainDeadline(deadline, locale).map((step) => (
            <li>{step}</li>
          ))}
        </ol>
        <h4>{t.law}</h4>
        <ul class="law-list">
          {deadline.citations.map((c) => (
            <li>
              {c.url ? <a href={c.url}>{c.cite}</a> : c.cite}
              {c.verified ? null : <span class="citation-note"> ({t.notChecked})</span>}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export type TimelinePageProps = {
  page: PageContext;
  kase: Case;
  events: readonly CaseEvent[];
  /** The parent's own dates (promises, follow-ups). */
  reminders?: readonly Reminder[];
  /** Events recorded by sending a letter from the app (an overdue answer offers a follow-up). */
  letterEventIds?: ReadonlySet<string>;
  deadlines: readonly Deadline[];
  computeFailed: boolean;
  calendar: SchoolCalendarRecord | undefined;
  feed: CalendarFeedInfo | undefined;
  today: string;
  notice?: string | undefined;
  values?: EventFormValues;
  errors?: FieldErrors;
};

/** The parent's own dates: promises and follow-ups, kept apart from the law's deadlines. */
function ReminderList(props: { reminders: readonly Reminder[]; page: PageContext; today: string }) {
  const { m, locale } = props.page;
  const t = m.timeline.reminders;
  return (
    <>
      <h2 id="reminders">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul class="reminder-list">
        {props.reminders.map((reminder) => (
          <li class={reminder.date < props.today ? 'reminder reminder-past' : 'reminder'}>
            <strong>{formatDate(reminder.date, locale, { weekday: true })}</strong>:{' '}
            {reminder.title}
            <br />
            <span class="hint">
              {t.from[reminder.source]}
              {reminder.date < props.today ? ` · ${t.overdue}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function TimelinePage(props: TimelinePageProps) {
  const { page, kase, events, deadlines, calendar, feed, today } = props;
  const { m, locale } = page;
  const t = m.timeline;
  const errors = props.errors ?? {};
  const name = childName(kase);
  const title = format(t.title, { name: kase.childFirstName });
  const base = `/cases/${kase.id}`;
  return (
    <Layout page={page} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>
        <a href={base}>{format(t.back, { name })}</a>
      </p>
      <h1>{title}</h1>
      <p>{t.intro}</p>

      <h2 id="deadlines">{t.deadlinesHeading}</h2>
      {props.computeFailed ? (
        <p class="warning-text">{t.computeFailed}</p>
      ) : events.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : deadlines.length === 0 ? (
        <p>{t.noDeadlines}</p>
      ) : (
        <>
          {deadlines.some((d) => d.unverified) ? (
            <p class="deadline-warning">{t.someUnverified}</p>
          ) : null}
          <ol class="deadline-list">
            {deadlines.map((deadline) => (
              <DeadlineItem
                deadline={deadline}
                page={page}
                caseId={kase.id}
                fromLetter={
                  deadline.trigger.eventId !== undefined &&
                  (props.letterEventIds?.has(deadline.trigger.eventId) ?? false)
                }
              />
            ))}
          </ol>
        </>
      )}

      {props.reminders && props.reminders.length > 0 ? (
        <ReminderList reminders={props.reminders} page={page} today={today} />
      ) : null}

      {events.length > 0 ? (
        <>
          <h2 id="picture">{t.pictureHeading}</h2>
          <figure class="timeline-figure">
            <TimelineSvg
              events={events}
              deadlines={deadlines}
              today={today}
              locale={locale}
              m={m}
              name={kase.childFirstName}
            />
          </figure>
        </>
      ) : null}

      <h2 id="events">{t.eventsHeading}</h2>
      {events.length === 0 ? (
        <p>{t.eventsNone}</p>
      ) : (
        <ul class="event-list">
          {events.map((event) => {
            const label = eventLabel(event.type, locale);
            const date = formatDate(event.date, locale);
            return (
              <li id={`event-${event.id}`}>
                <span class="event-date">{longDate(event.date, locale)}</span>
                <span class="event-label">{label}</span>
                {event.note ? (
                  <span class="event-note">
                    <span class="visually-hidden">{t.noteLabel} </span>
                    {event.note}
                  </span>
                ) : null}
                <span class="event-actions">
                  <a href={`${base}/events/${event.id}/edit`}>
                    {t.edit}
                    <span class="visually-hidden">{` ${label} (${date})`}</span>
                  </a>
                  <a href={`${base}/events/${event.id}/delete`}>
                    {t.delete}
                    <span class="visually-hidden">{` ${label} (${date})`}</span>
                  </a>
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="add-event">{t.addEventHeading}</h3>
      <form method="post" action={`${base}/events`} novalidate class="event-form">
        <CsrfField token={page.csrfToken} />
        <EventFields m={m} locale={locale} values={props.values ?? {}} errors={errors} />
        <div class="actions">
          <button type="submit" class="button">
            {t.addEvent}
          </button>
        </div>
      </form>

      <h2 id="school-calendar">{t.calendarHeading}</h2>
      <CalendarSummary page={page} calendar={calendar} />
      <p>
        <a href={`${base}/calendar`}>{calendar?.firstDay ? t.calendarChange : t.calendarSet}</a>
      </p>

      <h2 id="export">{t.exportHeading}</h2>
      <p>
        <a href={`${base}/calendar.ics`} download="iep-navigator-deadlines.ics">
          {t.download}
        </a>
      </p>
      <p class="hint">{t.downloadHint}</p>
      <p>{t.feedIntro}</p>
      {feed ? (
        <>
          <p>{format(t.feedOn, { date: formatTimestamp(locale, feed.createdAt) })}</p>
          <div class="actions">
            <form method="post" action={`${base}/feed`} class="inline-form">
              <CsrfField token={page.csrfToken} />
              <button
                type="submit"
                class="button button--secondary"
                aria-describedby="feed-renew-hint"
              >
                {t.feedRenew}
              </button>
            </form>
            <form method="post" action={`${base}/feed/delete`} class="inline-form">
              <CsrfField token={page.csrfToken} />
              <button type="submit" class="button button--warning">
                {t.feedRevoke}
              </button>
            </form>
          </div>
          <p class="hint" id="feed-renew-hint">
            {t.feedRenewHint}
          </p>
        </>
      ) : (
        <form method="post" action={`${base}/feed`}>
          <CsrfField token={page.csrfToken} />
          <div class="actions">
            <button type="submit" class="button button--secondary">
              {t.feedCreate}
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

function CalendarSummary({
  page,
  calendar,
}: {
  page: PageContext;
  calendar: SchoolCalendarRecord | undefined;
}) {
  const { m, locale } = page;
  const t = m.timeline;
  if (!calendar) {
    return <p>{t.calendarNone}</p>;
  }
  return (
    <>
      {calendar.firstDay && calendar.lastDay ? (
        <p>
          {format(t.calendarYear, {
            first: formatDate(calendar.firstDay, locale),
            last: formatDate(calendar.lastDay, locale),
          })}{' '}
          {format(t.calendarClosed, { count: calendar.closedDays.length })}
        </p>
      ) : (
        <p>{t.calendarNone}</p>
      )}
      {calendar.county ? <p>{format(t.calendarCounty, { county: calendar.county })}</p> : null}
    </>
  );
}

export function EventEditPage({
  page,
  kase,
  event,
  values,
  errors = {},
}: {
  page: PageContext;
  kase: Case;
  event: CaseEvent;
  values: EventFormValues;
  errors?: FieldErrors;
}) {
  const { m, locale } = page;
  const t = m.timeline;
  const back = `/cases/${kase.id}/timeline`;
  return (
    <Layout page={page} title={t.editEventTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={back}>{t.feedBack}</a>
      </p>
      <h1>{t.editEventTitle}</h1>
      <p>{t.editEventIntro}</p>
      <form method="post" action={`/cases/${kase.id}/events/${event.id}`} novalidate>
        <CsrfField token={page.csrfToken} />
        <EventFields m={m} locale={locale} values={values} errors={errors} />
        <div class="actions">
          <button type="submit" class="button">
            {m.form.save}
          </button>
          <a href={back}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

export function EventDeletePage({
  page,
  kase,
  event,
}: {
  page: PageContext;
  kase: Case;
  event: CaseEvent;
}) {
  const { m, locale } = page;
  const t = m.timeline;
  const back = `/cases/${kase.id}/timeline`;
  return (
    <Layout page={page} title={t.deleteEventTitle}>
      <h1>{t.deleteEventTitle}</h1>
      <p>
        <strong>{longDate(event.date, locale)}</strong>: {eventLabel(event.type, locale)}
      </p>
      <p class="warning-text">{t.deleteEventWarning}</p>
      <form method="post" action={`/cases/${kase.id}/events/${event.id}/delete`}>
        <CsrfField token={page.csrfToken} />
        <div class="actions">
          <button type="submit" class="button button--warning">
            {t.deleteEventConfirm}
          </button>
          <a href={back}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

/** What the calendar form shows: the saved calendar or what was typed. */
export type CalendarFormValues = {
  firstDay?: string | undefined;
  lastDay?: string | undefined;
  closedDays?: string | undefined;
  county?: string | undefined;
};

export function CalendarFormPage({
  page,
  kase,
  values,
  errors = {},
}: {
  page: PageContext;
  kase: Case;
  values: CalendarFormValues;
  errors?: FieldErrors;
}) {
  const { m } = page;
  const t = m.timeline;
  const title = format(t.calendarTitle, { name: kase.childFirstName });
  const back = `/cases/${kase.id}/timeline`;
  return (
    <Layout page={page} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary m={m} errors={errors} />
      <p>
        <a href={back}>{t.feedBack}</a>
      </p>
      <h1>{title}</h1>
      <p>{t.calendarIntro}</p>
      <form method="post" action={`/cases/${kase.id}/calendar`} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          m={m}
          name="firstDay"
          type="date"
          label={t.firstDay}
          hint={t.dayHint}
          value={values.firstDay}
          error={errors.firstDay}
        />
        <TextField
          m={m}
          name="lastDay"
          type="date"
          label={t.lastDay}
          hint={t.dayHint}
          value={values.lastDay}
          error={errors.lastDay}
        />
        <TextArea
          m={m}
          name="closedDays"
          label={t.closedDays}
          optional={m.form.optional}
          hint={t.closedDaysHint}
          value={values.closedDays}
          error={errors.closedDays}
        />
        <SelectField
          m={m}
          name="county"
          label={t.county}
          optional={m.form.optional}
          hint={t.countyHint}
          value={values.county ?? ''}
          error={errors.county}
          options={[
            { value: '', label: t.countyNone },
            ...ALABAMA_COUNTIES.map((county) => ({ value: county, label: county })),
          ]}
        />
        <p class="hint">{t.clearHint}</p>
        <div class="actions">
          <button type="submit" class="button">
            {t.saveCalendar}
          </button>
          <a href={back}>{m.form.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

export function FeedCreatedPage({
  page,
  kase,
  feedUrl,
}: {
  page: PageContext;
  kase: Case;
  feedUrl: string;
}) {
  const { m } = page;
  const t = m.timeline;
  const webcal = feedUrl.replace(/^https?:/, 'webcal:');
  return (
    <Layout page={page} title={t.feedCreatedTitle}>
      <h1>{t.feedCreatedTitle}</h1>
      <p>{t.feedCreated}</p>
      <div class="field">
        <label for="feedUrl">{t.feedUrlLabel}</label>
        <input
          id="feedUrl"
          type="text"
          readonly
          value={feedUrl}
          class="feed-url"
          autocomplete="off"
          spellcheck={false}
        />
      </div>
      <p>
        <a href={webcal}>{t.feedSubscribe}</a>
      </p>
      <p>
        <a href={`/cases/${kase.id}/timeline#export`}>{t.feedBack}</a>
      </p>
    </Layout>
  );
}
