import { describe, expect, it } from 'vitest';
import { addDays, addYears, compareDates, daysBetween, isCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-12-31', true],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('adds 180 days across months', () => {
    expect(addDays('2026-06-01', 180)).toBe('2026-11-28');
  });

  it('adds one year to a leap day and lands on 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('compares and counts days', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
  });

  it('refuses to do arithmetic on an impossible date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
