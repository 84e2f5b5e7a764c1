/**
 * Small pure helpers for calendar dates written 'YYYY-MM-DD'. No `Date` object crosses the API.
 *
 * @module
 */
import {
  addDays as addIsoDays,
  addYears as addIsoYears,
  isIsoDate,
  daysBetween as isoDaysBetween,
} from '../deadlines/iso-date.js';
import type { IsoDate } from './assessment-types.js';

// The arithmetic is the deadline engine's (src/domain/deadlines/iso-date.ts), so a filing window
// the chooser shows and the same window on the case timeline can never disagree by a day.

/**
 * True for a real calendar date in the form 'YYYY-MM-DD' (so '2026-02-30' is false), from 1900 on.
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2026-02-30'); // false
 */
export function isCalendarDate(value: string): boolean {
  return isIsoDate(value) && value >= '1900-01-01';
}

function requireDate(date: IsoDate): IsoDate {
  if (!isCalendarDate(date)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return date;
}

/**
 * Adds calendar days (may be negative).
 *
 * @example
 * addDays('2026-01-01', 180); // '2026-06-30'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return addIsoDays(requireDate(date), days);
}

/**
 * Adds whole years. 29 February moves to 28 February in a year without it, so the result is
 * never later than the true anniversary (the safe side for a filing window; a design choice, not
 * a rule of law).
 *
 * @example
 * addYears('2025-03-10', 1); // '2026-03-10'
 * addYears('2024-02-29', 1); // '2025-02-28'
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addIsoYears(requireDate(date), years).date;
}

/**
 * Compares two dates: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * compareDates('2026-01-02', '2026-01-10') < 0; // true
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-01-01', '2026-01-31'); // 30
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoDaysBetween(requireDate(from), requireDate(to));
}
