import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  addMonthsOrYears,
  addSchoolDays,
  isBusinessDay,
  previousBusinessDay,
  type SchoolCalendar,
  subtractBusinessDays,
} from './day-count.js';
import { createHolidayCalendar } from './holiday-calendar.js';
import { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS } from './holiday-rules.js';
import { addDays, fromDayNumber, toDayNumber } from './iso-date.js';

const rules = [...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS];
const alabama = createHolidayCalendar(rules);
const mobile = createHolidayCalendar(rules, { county: 'Mobile' });

describe('business days (34 CFR 300.11(b)): Monday–Friday except federal and state holidays', () => {
  it.each([
    [
      'Thu Jan 14, 2021 + 3 business days skips the weekend and Mon Jan 18 (Lee / King Day)',
      '2021-01-14',
      3,
      alabama,
      '2021-01-20',
    ],
    ['Wed Jan 13, 2021 + 1 business day is Thu Jan 14', '2021-01-13', 1, alabama, '2021-01-14'],
    [
      'Thu Dec 31, 2026 + 3 business days skips New Year 2027 (a Friday)',
      '2026-12-31',
      3,
      alabama,
      '2027-01-06',
    ],
    [
      'Wed Dec 29, 2021 + 2 business days skips Fri Dec 31, 2021 (New Year 2022 observed)',
      '2021-12-29',
      2,
      alabama,
      '2022-01-03',
    ],
    [
      'Fri Apr 24, 2026 + 1 business day skips Confederate Memorial Day, an Alabama-only holiday',
      '2026-04-24',
      1,
      alabama,
      '2026-04-28',
    ],
    [
      "Fri May 29, 2026 + 1 business day skips Jefferson Davis' Birthday, an Alabama-only holiday",
      '2026-05-29',
      1,
      alabama,
      '2026-06-02',
    ],
    [
      'Fri Feb 13, 2026 + 2 business days in Mobile County skips Presidents Day and Mardi Gras',
      '2026-02-13',
      2,
      mobile,
      '2026-02-19',
    ],
    [
      'Fri Feb 13, 2026 + 2 business days outside Mobile and Baldwin skips only Presidents Day',
      '2026-02-13',
      2,
      alabama,
      '2026-02-18',
    ],
    [
      'Thu Nov 9, 2023 + 1 business day skips Fri Nov 10 (Veterans Day on a Saturday)',
      '2023-11-09',
      1,
      alabama,
      '2023-11-13',
    ],
    [
      "Wed Nov 22, 2023 + 1 business day skips Thanksgiving and the Governor's Nov 24",
      '2023-11-22',
      1,
      alabama,
      '2023-11-27',
    ],
    [
      'Wed Nov 25, 2026 + 1 business day skips only Thanksgiving (no proclamation known)',
      '2026-11-25',
      1,
      alabama,
      '2026-11-27',
    ],
  ])('%s', (_sentence, start, count, holidays, expected) => {
    expect(addBusinessDays(start, count, holidays).date).toBe(expected);
  });

  it.each([
    [
      '5 business days before Mon Mar 16, 2026 is Mon Mar 9 (the hearing day is not counted)',
      '2026-03-16',
      5,
      '2026-03-09',
    ],
    [
      '5 business days before Tue May 26, 2026 skips Memorial Day: Mon May 18',
      '2026-05-26',
      5,
      '2026-05-18',
    ],
    [
      '5 business days before Fri Jan 8, 2027 skips New Year: Thu Dec 31, 2026',
      '2027-01-08',
      5,
      '2026-12-31',
    ],
    [
      '1 business day before Mon Jan 20, 2025 (Lee / King Day) is Fri Jan 17',
      '2025-01-20',
      1,
      '2025-01-17',
    ],
  ])('%s', (_sentence, end, count, expected) => {
    expect(subtractBusinessDays(end, count, alabama).date).toBe(expected);
  });

  it('lists each skipped holiday and the weekend days as steps', () => {
    const { steps } = addBusinessDays('2021-01-14', 3, alabama);
    expect(steps.map((s) => s.kind)).toEqual([
      'count_forward',
      'skipped_holiday',
      'skipped_weekend_days',
    ]);
    expect(steps[1]).toMatchObject({ kind: 'skipped_holiday', date: '2021-01-18' });
    expect(steps[2]).toEqual({ kind: 'skipped_weekend_days', days: 2 });
  });

  it('the business day before Mon Sept 7, 2026 (Labor Day) is Fri Sept 4', () => {
    expect(previousBusinessDay('2026-09-08', alabama)).toBe('2026-09-04');
  });
});

describe('calendar days, months and years', () => {
  it('Sept 2, 2026 + 60 calendar days = Nov 1, 2026, a Sunday, and the date is not moved', () => {
    expect(addCalendarDays('2026-09-02', 60).date).toBe('2026-11-01');
  });
  it.each([
    [
      'Feb 29, 2028 + 1 year = Feb 28, 2029 (clamped to month end)',
      '2028-02-29',
      1,
      'years',
      '2029-02-28',
      true,
    ],
    [
      'Feb 28, 2027 + 1 year = Feb 28, 2028 (not moved to Feb 29)',
      '2027-02-28',
      1,
      'years',
      '2028-02-28',
      false,
    ],
    ['Jan 31, 2026 + 1 month = Feb 28, 2026', '2026-01-31', 1, 'months', '2026-02-28', true],
    ['Dec 31, 2026 + 2 years = Dec 31, 2028', '2026-12-31', 2, 'years', '2028-12-31', false],
  ] as const)('%s', (_sentence, start, count, unit, expected, clamped) => {
    const result = addMonthsOrYears(start, count, unit);
    expect(result.date).toBe(expected);
    expect(result.steps.some((s) => s.kind === 'clamped_to_month_end')).toBe(clamped);
  });
});

describe('school days (34 CFR 300.11(c))', () => {
  const calendar: SchoolCalendar = {
    firstDay: '2026-08-10',
    lastDay: '2027-05-21',
    closedDays: [
      '2026-09-07',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ],
  };

  it('10 school days after Fri Nov 13, 2026 skip Thanksgiving week closed on the district calendar: Fri Dec 4', () => {
    const result = addSchoolDays('2026-11-13', 10, alabama, calendar);
    expect(result.date).toBe('2026-12-04');
    expect(result.estimate).toBe(false);
    expect(result.steps.filter((s) => s.kind === 'skipped_closed_day')).toHaveLength(5);
  });

  it('a state holiday the district does not close (Confederate Memorial Day) counts as a school day', () => {
    expect(addSchoolDays('2027-04-23', 1, alabama, calendar).date).toBe('2027-04-26');
  });

  it('without a calendar the same day is skipped as a holiday and the date is an estimate', () => {
    const result = addSchoolDays('2027-04-23', 1, alabama);
    expect(result.date).toBe('2027-04-27');
    expect(result.estimate).toBe(true);
  });

  it('a discipline decision in summer counts from the first day of school', () => {
    const result = addSchoolDays('2026-07-20', 10, alabama, calendar);
    expect(result.date).toBe('2026-08-21');
    expect(result.steps).toContainEqual({
      kind: 'skipped_no_school',
      from: '2026-07-21',
      to: '2026-08-09',
    });
  });

  it('when the school year ends first, the rest is estimated past the last day and flagged', () => {
    const result = addSchoolDays('2027-05-18', 10, alabama, calendar);
    expect(result.estimate).toBe(true);
    expect(result.steps).toContainEqual({
      kind: 'school_calendar_ended',
      lastDay: '2027-05-21',
      remaining: 7,
    });
    expect(result.date).toBe('2027-06-02');
  });

  it('the last school day itself still counts: 3 school days after Tue May 18, 2027 is Fri May 21', () => {
    const result = addSchoolDays('2027-05-18', 3, alabama, calendar);
    expect(result).toMatchObject({ date: '2027-05-21', estimate: false });
  });
});

describe('properties', () => {
  const dayNumber = fc.integer({ min: toDayNumber('2006-10-13'), max: toDayNumber('2099-06-30') });
  const calendars = fc.constantFrom(alabama, mobile);

  it('business-day results never land on a non-business day, forward or back', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 1, max: 30 }), calendars, (n, count, holidays) => {
        const start = fromDayNumber(n);
        return (
          isBusinessDay(addBusinessDays(start, count, holidays).date, holidays) &&
          isBusinessDay(subtractBusinessDays(start, count, holidays).date, holidays)
        );
      }),
    );
  });

  it('a longer period never ends earlier, for every kind of day', () => {
    const calendar: SchoolCalendar = {
      firstDay: '2026-08-10',
      lastDay: '2027-05-21',
      closedDays: ['2026-11-26'],
    };
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2026-06-01'), max: toDayNumber('2027-07-01') }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (n, a, b) => {
          const start = fromDayNumber(n);
          const [short, long] = a <= b ? [a, b] : [b, a];
          const pairs = [
            [addCalendarDays(start, short).date, addCalendarDays(start, long).date],
            [
              addBusinessDays(start, short, alabama).date,
              addBusinessDays(start, long, alabama).date,
            ],
            [addSchoolDays(start, short, alabama).date, addSchoolDays(start, long, alabama).date],
            [
              addSchoolDays(start, short, alabama, calendar).date,
              addSchoolDays(start, long, alabama, calendar).date,
            ],
            [
              addMonthsOrYears(start, short, 'months').date,
              addMonthsOrYears(start, long, 'months').date,
            ],
            [
              addMonthsOrYears(start, short, 'years').date,
              addMonthsOrYears(start, long, 'years').date,
            ],
          ];
          return pairs.every(
            ([first, second]) => first !== undefined && second !== undefined && first <= second,
          );
        },
      ),
    );
  });

  it('adding then subtracting N business days returns to a business day at or before the start', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 1, max: 30 }), calendars, (n, count, holidays) => {
        const start = fromDayNumber(n);
        const back = subtractBusinessDays(
          addBusinessDays(start, count, holidays).date,
          count,
          holidays,
        ).date;
        const expected = isBusinessDay(start, holidays)
          ? start
          : previousBusinessDay(start, holidays);
        return back === expected && back <= start && isBusinessDay(back, holidays);
      }),
    );
  });

  it('N business days after a date are always more than N calendar days later only when a non-business day is in between', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 1, max: 15 }), (n, count) => {
        const start = fromDayNumber(n);
        const end = addBusinessDays(start, count, alabama).date;
        let nonBusiness = 0;
        for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) {
          if (!isBusinessDay(d, alabama)) {
            nonBusiness += 1;
          }
        }
        return toDayNumber(end) - n === count + nonBusiness;
      }),
    );
  });
});
