import { z } from 'zod';
import type { CaseEventFields } from '../../db/case-events.js';
import type { SchoolCalendarFields } from '../../db/school-calendars.js';
import {
  ALABAMA_COUNTIES,
  EVENT_TYPES,
  SUPPORTED_FROM,
  SUPPORTED_TO,
} from '../../domain/deadlines/index.js';
import { daysBetween, isIsoDate } from '../../domain/deadlines/iso-date.js';
import { format, type Messages } from '../../i18n/index.js';
import type { FieldErrors } from '../pages/form.js';

/** A note on an event: for the parent only, never in a calendar feed. */
export const EVENT_NOTE_MAX = 1000;
/** More events than any real case has; it keeps one page and one computation small. */
export const MAX_EVENTS_PER_CASE = 300;
/** A school year is about 180 school days in 10 months; this leaves room for year-round schools. */
export const MAX_SCHOOL_YEAR_DAYS = 400;
/** Closed days after expanding breaks ("2026-12-21 to 2027-01-01"). */
export const MAX_CLOSED_DAYS = 400;
export const CLOSED_DAYS_TEXT_MAX = 20_000;

const clean = (v: string) => v.replaceAll('\u0000', '').trim();

/** Why a typed date was refused. */
export type LooseDateError = 'not_date' | 'impossible';

/**
 * Reads a date the way parents write it: 2026-11-26, 2026/11/26, 11/26/2026, 11-26-2026 or
 * 11/26/26 (month first, as on US school calendars).
 *
 * @example
 * parseLooseDate('11/26/2026'); // { ok: true, date: '2026-11-26' }
 * parseLooseDate('2026-02-30'); // { ok: false, error: 'impossible' }
 */
export function parseLooseDate(
  text: string,
): { ok: true; date: string } | { ok: false; error: LooseDateError } {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) {
    year = Number(match[1]);
    month = Number(match[2]);
    day = Number(match[3]);
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
    if (!match) {
      return { ok: false, error: 'not_date' };
    }
    month = Number(match[1]);
    day = Number(match[2]);
    const y = match[3] ?? '';
    year = y.length === 2 ? 2000 + Number(y) : Number(y);
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, date: iso } : { ok: false, error: 'impossible' };
}

function inSupportedRange(date: string): boolean {
  return date >= SUPPORTED_FROM && date <= SUPPORTED_TO;
}

const eventFormShape = z.object({
  type: z.string().max(80),
  date: z.string().max(40),
  note: z.string().max(EVENT_NOTE_MAX),
});

/** The fields of the event form, kept as typed to show again next to the errors. */
export type EventFormValues = { type?: string; date?: string; note?: string };

/**
 * Checks the event form. Dates may be typed as 2026-09-02 or 9/2/2026; they must fall in the
 * years the deadline engine supports, so a saved event can always be computed.
 */
export function parseEventForm(
  body: Record<string, string>,
  m: Messages,
): { ok: true; value: CaseEventFields } | { ok: false; errors: FieldErrors } {
  const e = m.timeline.errors;
  const errors: FieldErrors = {};
  const shape = eventFormShape.safeParse({
    type: body.type ?? '',
    date: body.date ?? '',
    note: body.note ?? '',
  });
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const field = String(issue.path[0] ?? 'type');
      errors[field] ??=
        field === 'note'
          ? format(e.tooLong, { max: EVENT_NOTE_MAX })
          : field === 'date'
            ? e.dateInvalid
            : e.typeRequired;
    }
    return { ok: false, errors: ordered(errors, ['type', 'date', 'note']) };
  }
  const { type, date, note } = shape.data;
  const typeOk = (EVENT_TYPES as readonly string[]).includes(type);
  if (!typeOk) {
    errors.type = e.typeRequired;
  }
  const parsedDate = parseLooseDate(date);
  if (!parsedDate.ok) {
    errors.date = e.dateInvalid;
  } else if (!inSupportedRange(parsedDate.date)) {
    errors.date = format(e.dateOutOfRange, { from: SUPPORTED_FROM, to: SUPPORTED_TO });
  }
  if (!typeOk || !parsedDate.ok || errors.date) {
    return { ok: false, errors };
  }
  const noteText = clean(note);
  return {
    ok: true,
    value: { type, date: parsedDate.date, note: noteText === '' ? null : noteText },
  };
}

function ordered(errors: FieldErrors, order: readonly string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const key of [...order, ...Object.keys(errors)]) {
    const message = errors[key];
    if (message !== undefined && !(key in out)) {
      out[key] = message;
    }
  }
  return out;
}

/** A date as parents write it, wherever it sits in a line ("Thanksgiving 11/26/2026"). */
const DATE_TOKEN =
  /(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?!\d)/g;
/** What may stand between the two ends of a break: "to", "a", "al", "hasta", "through", dashes. */
const RANGE_WORD = /^\s*(?:to|through|thru|until|a|al|hasta|-|–|—)\s*$/i;

type ClosedDaysResult = { ok: true; days: string[] } | { ok: false; message: string };

/** The dates (or one break) written in one comma-separated part of a line. */
function datesInPart(
  part: string,
): { ranges: string[][] } | { error: LooseDateError; text: string } {
  const tokens = [...part.matchAll(DATE_TOKEN)];
  if (tokens.length === 0) {
    return { error: 'not_date', text: part };
  }
  const parsed: string[] = [];
  for (const token of tokens) {
    const result = parseLooseDate(token[0]);
    if (!result.ok) {
      return { error: result.error, text: token[0] };
    }
    parsed.push(result.date);
  }
  const [first, second] = tokens;
  if (tokens.length === 2 && first && second) {
    const between = part.slice((first.index ?? 0) + first[0].length, second.index ?? 0);
    if (RANGE_WORD.test(between)) {
      return { ranges: [[parsed[0] ?? '', parsed[1] ?? '']] };
    }
  }
  return { ranges: parsed.map((d) => [d, d]) };
}

/**
 * Reads the pasted list of days without school: one per line or comma (or semicolon)
 * separated, with breaks as "2026-12-21 to 2027-01-01", words around dates allowed
 * ("Thanksgiving 11/26/2026"). Each mistake names its line.
 *
 * @example
 * parseClosedDays('2026-11-26, 11/27/2026\n2026-12-21 to 2026-12-23', m, year).days;
 * // ['2026-11-26', '2026-11-27', '2026-12-21', '2026-12-22', '2026-12-23']
 */
export function parseClosedDays(
  text: string,
  m: Messages,
  year: { firstDay: string; lastDay: string },
): ClosedDaysResult {
  const e = m.timeline.calendarErrors;
  const problems: string[] = [];
  const days = new Set<string>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    for (const raw of lineText.split(/[,;]/)) {
      const part = raw.trim();
      if (part === '') {
        continue;
      }
      const found = datesInPart(part);
      if ('error' in found) {
        problems.push(
          format(found.error === 'impossible' ? e.lineImpossible : e.lineNotDate, {
            line,
            text: found.text.slice(0, 40),
          }),
        );
        continue;
      }
      for (const [start = '', end = ''] of found.ranges) {
        if (!addRange(start, end, part, line)) {
          return;
        }
      }
    }
  });

  /** Adds one day or break; false when the list is already too long. */
  function addRange(start: string, end: string, part: string, line: number): boolean {
    if (end < start) {
      problems.push(format(e.lineBackwards, { line, text: part.slice(0, 60) }));
      return true;
    }
    const outside = [start, end].find((d) => d < year.firstDay || d > year.lastDay);
    if (outside !== undefined) {
      problems.push(format(e.lineOutside, { line, date: outside }));
      return true;
    }
    const length = daysBetween(start, end);
    if (days.size + length + 1 > MAX_CLOSED_DAYS) {
      problems.push(format(e.tooManyDays, { max: MAX_CLOSED_DAYS }));
      return false;
    }
    for (let i = 0; i <= length; i += 1) {
      days.add(addDaysIso(start, i));
    }
    return true;
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5);
    return { ok: false, message: shown.join(' ') };
  }
  return { ok: true, days: [...days].sort() };
}

function addDaysIso(date: string, days: number): string {
  const ms = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + days,
  );
  return new Date(ms).toISOString().slice(0, 10);
}

const calendarFormShape = z.object({
  firstDay: z.string().max(40),
  lastDay: z.string().max(40),
  closedDays: z.string().max(CLOSED_DAYS_TEXT_MAX),
  county: z.string().max(60),
});

export type CalendarFormValues = {
  firstDay?: string;
  lastDay?: string;
  closedDays?: string;
  county?: string;
};

/**
 * Checks the school calendar form. Everything empty means "remove the calendar" (value null).
 * The county alone may be given (it decides county holidays); the first and last day come as a
 * pair, and days without school need them.
 */
export function parseCalendarForm(
  body: Record<string, string>,
  m: Messages,
): { ok: true; value: SchoolCalendarFields | null } | { ok: false; errors: FieldErrors } {
  const e = m.timeline.calendarErrors;
  const shape = calendarFormShape.safeParse({
    firstDay: body.firstDay ?? '',
    lastDay: body.lastDay ?? '',
    closedDays: body.closedDays ?? '',
    county: body.county ?? '',
  });
  if (!shape.success) {
    const errors: FieldErrors = {};
    for (const issue of shape.error.issues) {
      const field = String(issue.path[0] ?? 'firstDay');
      errors[field] ??=
        field === 'closedDays'
          ? format(e.tooLong, { max: CLOSED_DAYS_TEXT_MAX })
          : field === 'county'
            ? e.countyUnknown
            : e.dayInvalid;
    }
    return { ok: false, errors };
  }
  const firstText = clean(shape.data.firstDay);
  const lastText = clean(shape.data.lastDay);
  const closedText = shape.data.closedDays.replaceAll('\u0000', '');
  const countyText = clean(shape.data.county);
  const errors: FieldErrors = {};

  let county: string | null = null;
  if (countyText !== '') {
    county = ALABAMA_COUNTIES.find((name) => name === countyText) ?? null;
    if (county === null) {
      errors.county = e.countyUnknown;
    }
  }

  const readDay = (text: string, field: 'firstDay' | 'lastDay'): string | undefined => {
    if (text === '') {
      return undefined;
    }
    const parsed = parseLooseDate(text);
    if (!parsed.ok) {
      errors[field] = e.dayInvalid;
      return undefined;
    }
    if (!inSupportedRange(parsed.date)) {
      errors[field] = format(m.timeline.errors.dateOutOfRange, {
        from: SUPPORTED_FROM,
        to: SUPPORTED_TO,
      });
      return undefined;
    }
    return parsed.date;
  };
  const firstDay = readDay(firstText, 'firstDay');
  const lastDay = readDay(lastText, 'lastDay');
  if (firstText === '' && lastText !== '') {
    errors.firstDay = e.bothDays;
  } else if (lastText === '' && firstText !== '') {
    errors.lastDay = e.bothDays;
  } else if (firstDay !== undefined && lastDay !== undefined) {
    if (lastDay <= firstDay) {
      errors.lastDay = e.lastBeforeFirst;
    } else if (daysBetween(firstDay, lastDay) > MAX_SCHOOL_YEAR_DAYS) {
      errors.lastDay = format(e.yearTooLong, { max: MAX_SCHOOL_YEAR_DAYS });
    }
  }

  let closedDays: string[] = [];
  if (closedText.trim() !== '') {
    if (firstText === '' && lastText === '') {
      errors.closedDays = e.needYear;
    } else if (firstDay !== undefined && lastDay !== undefined && !errors.lastDay) {
      const parsed = parseClosedDays(closedText, m, { firstDay, lastDay });
      if (parsed.ok) {
        closedDays = parsed.days;
      } else {
        errors.closedDays = parsed.message;
      }
    }
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors: ordered(errors, ['firstDay', 'lastDay', 'closedDays', 'county']) };
  }
  if (firstDay === undefined && county === null) {
    return { ok: true, value: null };
  }
  return {
    ok: true,
    value: { firstDay: firstDay ?? null, lastDay: lastDay ?? null, closedDays, county },
  };
}
