/**
 * Small pure helpers for calendar dates written 'YYYY-MM-DD'. No `Date` object crosses the API;
 * inside, UTC is used so the host time zone never shifts a day.
 *
 * @module
 */
import type { IsoDate } from './assessment-types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) {
    return null;
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * True for a real calendar date in the form 'YYYY-MM-DD' (so '2026-02-30' is false).
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2026-02-30'); // false
 */
export function isCalendarDate(value: string): boolean {
  const p = parts(value);
  if (!p || p.y < 1900 || p.m < 1 || p.m > 12 || p.d < 1) {
    return false;
  }
  return p.d <= daysInMonth(p.y, p.m);
}

function requireParts(date: IsoDate): { y: number; m: number; d: number } {
  const p = parts(date);
  if (!p || !isCalendarDate(date)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return p;
}

/**
 * Adds calendar days (may be negative).
 *
 * @example
 * addDays('2026-01-01', 180); // '2026-06-30'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = requireParts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
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
  const { y, m, d } = requireParts(date);
  const year = y + years;
  return format(year, m, Math.min(d, daysInMonth(year, m)));
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
  const a = requireParts(from);
  const b = requireParts(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
