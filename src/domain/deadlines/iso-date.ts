/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') with no `Date` object and no time zone.
 *
 * Internally a date is a day number (days since 1970-01-01, proleptic Gregorian), computed with
 * integer "days from civil" arithmetic. Nothing here reads the clock or the host time zone, so
 * results are the same under TZ=UTC and TZ=America/Chicago.
 *
 * @module
 */

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The parts of a calendar date; month is 1–12. */
export type DateParts = { readonly year: number; readonly month: number; readonly day: number };

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for leap years in the Gregorian calendar.
 *
 * @example
 * isLeapYear(2028); // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (month 1–12).
 *
 * @example
 * daysInMonth(2027, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** Why a string is not a usable ISO date. */
export type IsoDateError = 'malformed' | 'impossible';

/**
 * Parses 'YYYY-MM-DD', rejecting both bad shapes ('2026-2-3') and impossible days ('2026-02-30').
 *
 * @example
 * parseIsoDate('2026-02-30'); // { ok: false, error: 'impossible' }
 */
export function parseIsoDate(
  text: unknown,
): { ok: true; parts: DateParts } | { ok: false; error: IsoDateError } {
  if (typeof text !== 'string') {
    return { ok: false, error: 'malformed' };
  }
  const match = ISO_PATTERN.exec(text);
  if (!match) {
    return { ok: false, error: 'malformed' };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: 'impossible' };
  }
  return { ok: true, parts: { year, month, day } };
}

/**
 * True when `text` is a real calendar date in 'YYYY-MM-DD' form.
 *
 * @example
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text).ok;
}

/**
 * Splits a date already known to be valid. Throws on garbage: callers validate first.
 *
 * @example
 * dateParts('2026-09-02'); // { year: 2026, month: 9, day: 2 }
 */
export function dateParts(date: IsoDate): DateParts {
  const parsed = parseIsoDate(date);
  if (!parsed.ok) {
    throw new RangeError(`Not an ISO date: ${String(date)}`);
  }
  return parsed.parts;
}

/**
 * Builds 'YYYY-MM-DD' from parts.
 *
 * @example
 * formatIsoDate({ year: 2026, month: 9, day: 2 }); // '2026-09-02'
 */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Splits a date already validated at the boundary, without re-checking it (hot path). */
function fastParts(date: IsoDate): DateParts {
  return { year: yearDigits(date), month: twoDigits(date, 5), day: twoDigits(date, 8) };
}

const ZERO = 48;

/** The number in two ASCII digits at `at` (no substring, no allocation). */
function twoDigits(date: IsoDate, at: number): number {
  return (date.charCodeAt(at) - ZERO) * 10 + (date.charCodeAt(at + 1) - ZERO);
}

/** The year of 'YYYY-MM-DD' from its first four ASCII digits. */
function yearDigits(date: IsoDate): number {
  return twoDigits(date, 0) * 100 + twoDigits(date, 2);
}

/**
 * Days since 1970-01-01 (H. Hinnant's days_from_civil).
 *
 * @example
 * toDayNumber('1970-01-02'); // 1
 */
export function toDayNumber(date: IsoDate): number {
  const year = yearDigits(date);
  const month = twoDigits(date, 5);
  const day = twoDigits(date, 8);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Inverse of {@link toDayNumber}.
 *
 * @example
 * fromDayNumber(1); // '1970-01-02'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const slot = dayNumber - CACHE_FIRST_DAY;
  if (slot >= 0 && slot < CACHE_DAYS) {
    const cached = DATE_TEXT[slot];
    if (cached !== undefined) {
      return cached;
    }
    const text = computeFromDayNumber(dayNumber);
    DATE_TEXT[slot] = text;
    return text;
  }
  return computeFromDayNumber(dayNumber);
}

/** Day numbers 1900-01-01 to 2199-12-31 keep their text once made: counting walks day by day. */
const CACHE_FIRST_DAY = -25567;
const CACHE_DAYS = 109573;
const DATE_TEXT: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(CACHE_DAYS);

function computeFromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/**
 * Adds (or with a negative number, subtracts) calendar days.
 *
 * @example
 * addDays('2026-09-02', 60); // '2026-11-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-11-28', '2026-12-01'); // 3
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Day of the week, 0 = Sunday.
 *
 * @example
 * weekday('2026-11-01'); // 0 (Sunday)
 */
export function weekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/**
 * True on Saturdays and Sundays.
 *
 * @example
 * isWeekend('2026-10-17'); // true
 */
export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The result of adding months or years, saying whether the day had to be clamped. */
export type MonthAddResult = {
  readonly date: IsoDate;
  /** The day that does not exist (e.g. '2027-02-29'), when the result was clamped to month end. */
  readonly clampedFrom?: string;
};

/**
 * Adds whole months, clamping to the last day of the month when the day does not exist there.
 *
 * @example
 * addMonths('2026-01-31', 1); // { date: '2026-02-28', clampedFrom: '2026-02-31' }
 */
export function addMonths(date: IsoDate, months: number): MonthAddResult {
  const { year, month, day } = fastParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const lastDay = daysInMonth(newYear, newMonth);
  if (day > lastDay) {
    return {
      date: formatIsoDate({ year: newYear, month: newMonth, day: lastDay }),
      clampedFrom: `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  }
  return { date: formatIsoDate({ year: newYear, month: newMonth, day }) };
}

/**
 * Adds whole years; Feb 29 + 1 year = Feb 28.
 *
 * @example
 * addYears('2028-02-29', 1); // { date: '2029-02-28', clampedFrom: '2029-02-29' }
 */
export function addYears(date: IsoDate, years: number): MonthAddResult {
  return addMonths(date, years * 12);
}

/**
 * The n-th (1-based) given weekday of a month, e.g. the 3rd Monday of January.
 *
 * @example
 * nthWeekdayOfMonth(2021, 1, 1, 3); // '2021-01-18'
 */
export function nthWeekdayOfMonth(year: number, month: number, day: Weekday, n: number): IsoDate {
  const first = formatIsoDate({ year, month, day: 1 });
  const offset = (day - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/**
 * The last given weekday of a month, e.g. the last Monday of May.
 *
 * @example
 * lastWeekdayOfMonth(2026, 5, 1); // '2026-05-25'
 */
export function lastWeekdayOfMonth(year: number, month: number, day: Weekday): IsoDate {
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  const offset = (weekday(last) - day + 7) % 7;
  return addDays(last, -offset);
}

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @example
 * easterSunday(2026); // '2026-04-05'
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/**
 * The year of a valid ISO date.
 *
 * @example
 * yearOf('2026-09-02'); // 2026
 */
export function yearOf(date: IsoDate): number {
  return yearDigits(date);
}

/**
 * Day of the week of a day number, 0 = Sunday.
 *
 * @example
 * weekdayOfDayNumber(0); // 4 (1970-01-01 was a Thursday)
 */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}
