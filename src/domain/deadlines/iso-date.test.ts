import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  easterSunday,
  fromDayNumber,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseIsoDate,
  toDayNumber,
  weekday,
} from './iso-date.js';

describe('parsing ISO dates', () => {
  it.each([
    ['2026-02-30', 'impossible'],
    ['2026-02-29', 'impossible'],
    ['1900-02-29', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['2026-04-31', 'impossible'],
    ['2026-2-3', 'malformed'],
    ['2026-02-03T00:00:00Z', 'malformed'],
    ['', 'malformed'],
  ])('%s is refused as %s', (text, error) => {
    expect(parseIsoDate(text)).toEqual({ ok: false, error });
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('%s is a real date', (text) => {
    expect(parseIsoDate(text).ok).toBe(true);
  });

  it('a non-string is malformed', () => {
    expect(parseIsoDate(20260203)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-09-02', 60, '2026-11-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
  ])('%s + %i days = %s', (start, days, expected) => {
    expect(addDays(start, days)).toBe(expected);
  });

  it.each([
    ['2028-02-29', 1, '2029-02-28', '2029-02-29'],
    ['2024-02-29', 4, '2028-02-29', undefined],
    ['2026-03-10', 2, '2028-03-10', undefined],
  ])('%s + %i years = %s', (start, years, expected, clampedFrom) => {
    expect(addYears(start, years)).toEqual(
      clampedFrom ? { date: expected, clampedFrom } : { date: expected },
    );
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i month = %s', (start, months, expected) => {
    expect(addMonths(start, months).date).toBe(expected);
  });

  it('2026-09-02 is a Wednesday and 1970-01-01 a Thursday', () => {
    expect(weekday('2026-09-02')).toBe(3);
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('the 3rd Monday of January 2021 is Jan 18 and the last Monday of May 2026 is May 25', () => {
    expect(nthWeekdayOfMonth(2021, 1, 1, 3)).toBe('2021-01-18');
    expect(lastWeekdayOfMonth(2026, 5, 1)).toBe('2026-05-25');
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('day numbers round-trip for every date from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const date = fromDayNumber(n);
        return parseIsoDate(date).ok && toDayNumber(date) === n;
      }),
    );
  });

  it('adding days then measuring the gap gives the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }),
        fc.integer({ min: -800, max: 800 }),
        (n, k) => {
          const date = fromDayNumber(n);
          return daysBetween(date, addDays(date, k)) === k;
        },
      ),
    );
  });
});
