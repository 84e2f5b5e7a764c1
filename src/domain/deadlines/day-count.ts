/**
 * Counting calendar, business and school days (34 CFR 300.11), forward from a trigger or back
 * from a date, with every skipped day recorded as a step.
 *
 * Conventions (design choices, see 34 CFR 300.510(c) for the one IDEA rule that says so):
 * counting starts the day after the trigger; nothing is rolled over a weekend or holiday.
 *
 * @module
 */
import type { DeadlineStep } from './deadline-step.js';
import type { HolidayCalendar, HolidayOccurrence } from './holiday-calendar.js';
import {
  addDays,
  addMonths,
  addYears,
  fromDayNumber,
  type IsoDate,
  isWeekend,
  toDayNumber,
  weekdayOfDayNumber,
} from './iso-date.js';

/** The kinds of day in 34 CFR 300.11. */
export type DayType = 'calendar' | 'business' | 'school';

/** A district calendar: the school year and the weekdays without school. */
export type SchoolCalendar = {
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly closedDays: readonly IsoDate[];
};

/** The result of a count: the date and how it was reached. */
export type CountResult = {
  readonly date: IsoDate;
  readonly steps: readonly DeadlineStep[];
  /** True when school days were estimated (no calendar, or past its last day). */
  readonly estimate: boolean;
};

/**
 * Business day (34 CFR 300.11(b)): Monday–Friday except federal and state holidays.
 *
 * @example
 * isBusinessDay('2026-01-19', alabamaHolidays); // false: Robert E. Lee / MLK Birthday
 */
export function isBusinessDay(date: IsoDate, holidays: HolidayCalendar): boolean {
  return !isWeekend(date) && holidays.holidaysOn(date).length === 0;
}

/**
 * The nearest business day strictly before `date`.
 *
 * @example
 * previousBusinessDay('2026-09-08', holidays); // '2026-09-04' (skips Labor Day)
 */
export function previousBusinessDay(date: IsoDate, holidays: HolidayCalendar): IsoDate {
  let day = addDays(date, -1);
  while (!isBusinessDay(day, holidays)) {
    day = addDays(day, -1);
  }
  return day;
}

type DayClass =
  | { readonly kind: 'counted' }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'holiday'; readonly holidays: readonly HolidayOccurrence[] }
  | { readonly kind: 'closed'; readonly holidays: readonly HolidayOccurrence[] }
  | { readonly kind: 'no_school' };

// The classes without data are shared: counting walks day by day and should not allocate.
const COUNTED: DayClass = { kind: 'counted' };
const WEEKEND: DayClass = { kind: 'weekend' };
const NO_SCHOOL: DayClass = { kind: 'no_school' };

function isWeekendDayNumber(dayNumber: number): boolean {
  const day = weekdayOfDayNumber(dayNumber);
  return day === 0 || day === 6;
}

function classifyBusinessDay(
  date: IsoDate,
  dayNumber: number,
  holidays: HolidayCalendar,
): DayClass {
  if (isWeekendDayNumber(dayNumber)) {
    return WEEKEND;
  }
  const found = holidays.holidaysOn(date);
  return found.length > 0 ? { kind: 'holiday', holidays: found } : COUNTED;
}

/** The closed days of a calendar as a set, made once per calendar object. */
const CLOSED_SETS = new WeakMap<SchoolCalendar, ReadonlySet<IsoDate>>();

function closedSet(calendar: SchoolCalendar): ReadonlySet<IsoDate> {
  let set = CLOSED_SETS.get(calendar);
  if (set === undefined) {
    set = new Set(calendar.closedDays);
    CLOSED_SETS.set(calendar, set);
  }
  return set;
}

/** The later of two ISO dates (they sort as strings). */
function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  if (a < b) {
    return b;
  }
  return a;
}

/** Walks day by day in `direction`, counting `count` days of the given class. */
function walk(
  start: IsoDate,
  count: number,
  direction: 1 | -1,
  classify: (date: IsoDate, dayNumber: number) => DayClass,
): { date: IsoDate; steps: DeadlineStep[] } {
  const steps: DeadlineStep[] = [];
  let weekendDays = 0;
  let noSchoolFrom: IsoDate | undefined;
  let noSchoolTo: IsoDate | undefined;
  let day = start;
  let counted = 0;
  const flushNoSchool = (): void => {
    if (noSchoolFrom !== undefined && noSchoolTo !== undefined) {
      const [from, to] = direction === 1 ? [noSchoolFrom, noSchoolTo] : [noSchoolTo, noSchoolFrom];
      steps.push({ kind: 'skipped_no_school', from, to });
    }
    noSchoolFrom = undefined;
    noSchoolTo = undefined;
  };
  let dayNumber = toDayNumber(start);
  while (counted < count) {
    dayNumber += direction;
    day = fromDayNumber(dayNumber);
    const cls = classify(day, dayNumber);
    if (cls.kind !== 'no_school') {
      flushNoSchool();
    }
    switch (cls.kind) {
      case 'counted':
        counted += 1;
        break;
      case 'weekend':
        weekendDays += 1;
        break;
      case 'holiday':
        steps.push({ kind: 'skipped_holiday', date: day, holidays: cls.holidays });
        break;
      case 'closed':
        steps.push({ kind: 'skipped_closed_day', date: day, holidays: cls.holidays });
        break;
      case 'no_school':
        noSchoolFrom ??= day;
        noSchoolTo = day;
        break;
    }
  }
  flushNoSchool();
  if (weekendDays > 0) {
    steps.push({ kind: 'skipped_weekend_days', days: weekendDays });
  }
  return { date: day, steps };
}

/**
 * Adds calendar days; counting starts the day after `start`.
 *
 * @example
 * addCalendarDays('2026-09-02', 60).date; // '2026-11-01'
 */
export function addCalendarDays(start: IsoDate, count: number): CountResult {
  const date = addDays(start, count);
  return {
    date,
    steps: [{ kind: 'count_forward', from: start, count, unit: 'calendar_days', to: date }],
    estimate: false,
  };
}

/**
 * Adds business days; weekends and federal and state holidays are skipped and listed.
 *
 * @example
 * addBusinessDays('2026-01-15', 3, holidays).date; // '2026-01-21' (skips the weekend and Mon Jan 19)
 */
export function addBusinessDays(
  start: IsoDate,
  count: number,
  holidays: HolidayCalendar,
): CountResult {
  const { date, steps } = walk(start, count, 1, (d, n) => classifyBusinessDay(d, n, holidays));
  return {
    date,
    steps: [
      { kind: 'count_forward', from: start, count, unit: 'business_days', to: date },
      ...steps,
    ],
    estimate: false,
  };
}

/**
 * "N business days before X": steps back from `end`, `end` itself not counted.
 *
 * @example
 * subtractBusinessDays('2026-03-16', 5, holidays).date; // '2026-03-09'
 */
export function subtractBusinessDays(
  end: IsoDate,
  count: number,
  holidays: HolidayCalendar,
): CountResult {
  const { date, steps } = walk(end, count, -1, (d, n) => classifyBusinessDay(d, n, holidays));
  return {
    date,
    steps: [{ kind: 'count_back', from: end, count, unit: 'business_days', to: date }, ...steps],
    estimate: false,
  };
}

/**
 * Adds school days (34 CFR 300.11(c)). With a district calendar, a school day is a weekday from
 * its first to its last day that is not listed as closed; holidays are not removed on their own,
 * because Alabama schools stay open on some state holidays. Without a calendar, or past its last
 * day, weekdays minus holidays are counted and the result is marked as an estimate.
 *
 * @example
 * addSchoolDays('2026-10-01', 10, holidays).estimate; // true: no calendar given
 */
export function addSchoolDays(
  start: IsoDate,
  count: number,
  holidays: HolidayCalendar,
  calendar?: SchoolCalendar,
): CountResult {
  if (calendar === undefined) {
    const { date, steps } = walk(start, count, 1, (d, n) => classifyBusinessDay(d, n, holidays));
    return {
      date,
      steps: [
        { kind: 'count_forward', from: start, count, unit: 'school_days', to: date },
        ...steps,
        { kind: 'estimate_without_school_calendar' },
      ],
      estimate: true,
    };
  }
  const closed = closedSet(calendar);
  // Jump over the days before the first day of school in one step.
  const leadSteps: DeadlineStep[] = [];
  let origin = start;
  const dayBeforeFirst = addDays(calendar.firstDay, -1);
  if (addDays(start, 1) < calendar.firstDay) {
    leadSteps.push({ kind: 'skipped_no_school', from: addDays(start, 1), to: dayBeforeFirst });
    origin = dayBeforeFirst;
  }
  let available = 0;
  // How many school days remain in the calendar after `origin`? Walk at most to its last day.
  const firstNumber = toDayNumber(calendar.firstDay);
  const lastNumber = toDayNumber(calendar.lastDay);
  for (let n = toDayNumber(origin) + 1; n <= lastNumber && available < count; n += 1) {
    if (n >= firstNumber && !isWeekendDayNumber(n) && !closed.has(fromDayNumber(n))) {
      available += 1;
    }
  }
  const classifyInCalendar = (d: IsoDate, n: number): DayClass => {
    if (n < firstNumber || n > lastNumber) {
      return NO_SCHOOL;
    }
    if (isWeekendDayNumber(n)) {
      return WEEKEND;
    }
    if (closed.has(d)) {
      return { kind: 'closed', holidays: holidays.holidaysOn(d) };
    }
    return COUNTED;
  };
  if (available >= count) {
    const { date, steps } = walk(origin, count, 1, classifyInCalendar);
    return {
      date,
      steps: [
        { kind: 'count_forward', from: start, count, unit: 'school_days', to: date },
        ...leadSteps,
        ...steps,
      ],
      estimate: false,
    };
  }
  // The school year ends first: count what is left in it, then estimate past its last day.
  const inYear =
    available > 0
      ? walk(origin, available, 1, classifyInCalendar)
      : { date: origin, steps: [] as DeadlineStep[] };
  const fromLastDay = laterOf(calendar.lastDay, inYear.date);
  const remaining = count - available;
  const after = walk(fromLastDay, remaining, 1, (d, n) => classifyBusinessDay(d, n, holidays));
  return {
    date: after.date,
    steps: [
      { kind: 'count_forward', from: start, count, unit: 'school_days', to: after.date },
      ...leadSteps,
      ...inYear.steps,
      { kind: 'school_calendar_ended', lastDay: calendar.lastDay, remaining },
      ...after.steps,
    ],
    estimate: true,
  };
}

/**
 * Adds months or years, clamping to month end (Feb 29 + 1 year = Feb 28).
 *
 * @example
 * addMonthsOrYears('2028-02-29', 1, 'years').date; // '2029-02-28'
 */
export function addMonthsOrYears(
  start: IsoDate,
  count: number,
  unit: 'months' | 'years',
): CountResult {
  const result = unit === 'years' ? addYears(start, count) : addMonths(start, count);
  const steps: DeadlineStep[] = [
    { kind: 'count_forward', from: start, count, unit, to: result.date },
  ];
  if (result.clampedFrom !== undefined) {
    steps.push({ kind: 'clamped_to_month_end', missing: result.clampedFrom, to: result.date });
  }
  return { date: result.date, steps, estimate: false };
}
