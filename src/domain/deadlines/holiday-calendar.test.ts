import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar, normalizeCounty } from './holiday-calendar.js';
import { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS } from './holiday-rules.js';
import { isWeekend, weekday } from './iso-date.js';

const alabama = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS]);
const mobile = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS], {
  county: 'Mobile',
});
const federal = createHolidayCalendar(FEDERAL_HOLIDAYS);

function idsOn(calendar: typeof alabama, date: string): string[] {
  return calendar
    .holidaysOn(date)
    .map((h) => h.id)
    .sort();
}

describe('Alabama and federal holidays in 2026', () => {
  it.each([
    ['2026-01-01', ['al_new_years_day', 'us_new_years_day']],
    ['2026-01-19', ['al_lee_king_birthday', 'us_mlk_birthday']],
    ['2026-02-16', ['al_washington_jefferson_birthday', 'us_washingtons_birthday']],
    ['2026-04-27', ['al_confederate_memorial_day']],
    ['2026-05-25', ['al_memorial_day', 'us_memorial_day']],
    ['2026-06-01', ['al_jefferson_davis_birthday']],
    ['2026-06-19', ['al_juneteenth', 'us_juneteenth']],
    ['2026-07-03', ['al_independence_day', 'us_independence_day']],
    ['2026-09-07', ['al_labor_day', 'us_labor_day']],
    ['2026-10-12', ['al_columbus_fraternal_american_indian_heritage_day', 'us_columbus_day']],
    ['2026-11-11', ['al_veterans_day', 'us_veterans_day']],
    ['2026-11-26', ['al_thanksgiving_day', 'us_thanksgiving_day']],
    ['2026-12-25', ['al_christmas_day', 'us_christmas_day']],
  ])('on %s Alabama keeps %j', (date, ids) => {
    expect(idsOn(alabama, date)).toEqual(ids);
  });

  it('lists exactly 13 holiday dates in 2026 outside Mobile and Baldwin counties', () => {
    expect(new Set(alabama.holidaysInYear(2026).map((h) => h.date)).size).toBe(13);
  });

  it('has no holiday on the Saturday July 4, 2026 itself: it is kept on Friday July 3', () => {
    expect(alabama.holidaysOn('2026-07-04')).toEqual([]);
  });
});

describe('weekend holidays move to Friday or Monday (5 U.S.C. 6103(b); Code of Ala. § 1-3-8(a))', () => {
  it.each([
    [
      'New Year 2022 fell on a Saturday, so Friday Dec 31, 2021 is the holiday',
      '2021-12-31',
      'us_new_years_day',
    ],
    [
      'New Year 2023 fell on a Sunday, so Monday Jan 2, 2023 is the holiday',
      '2023-01-02',
      'us_new_years_day',
    ],
    [
      'Juneteenth 2021 fell on a Saturday, so Friday June 18, 2021 was the first one',
      '2021-06-18',
      'us_juneteenth',
    ],
    [
      'Veterans Day 2023 fell on a Saturday, so Friday Nov 10, 2023 is the holiday',
      '2023-11-10',
      'us_veterans_day',
    ],
    [
      'Veterans Day 2029 falls on a Sunday, so Monday Nov 12, 2029 is the holiday',
      '2029-11-12',
      'us_veterans_day',
    ],
    [
      'Christmas 2022 fell on a Sunday, so Monday Dec 26, 2022 is the holiday',
      '2022-12-26',
      'al_christmas_day',
    ],
    [
      'Independence Day 2027 falls on a Sunday, so Monday July 5, 2027 is the holiday',
      '2027-07-05',
      'al_independence_day',
    ],
  ])('%s', (_sentence, date, id) => {
    expect(idsOn(alabama, date)).toContain(id);
  });
});

describe('holidays are dated, not rewritten', () => {
  it('Juneteenth was not a federal holiday in 2020 (the Act was signed June 17, 2021)', () => {
    expect(federal.holidaysOn('2020-06-19')).toEqual([]);
  });
  it('Juneteenth on Friday June 19, 2020 was not yet a holiday, but Friday June 18, 2021 was', () => {
    expect(idsOn(federal, '2021-06-18')).toEqual(['us_juneteenth']);
  });
  it('Juneteenth 2024 is only a federal holiday in Alabama law (state law added it in 2025)', () => {
    expect(idsOn(alabama, '2024-06-19')).toEqual(['us_juneteenth']);
  });
  it('Juneteenth 2025 is both a federal and an Alabama state holiday', () => {
    expect(idsOn(alabama, '2025-06-19')).toEqual(['al_juneteenth', 'us_juneteenth']);
  });
  it("the Governor's 2023 day after Thanksgiving is a state holiday only in 2023", () => {
    expect(idsOn(alabama, '2023-11-24')).toEqual(['al_proclaimed_2023_11_24']);
    expect(alabama.holidaysOn('2024-11-29')).toEqual([]);
  });
});

describe('Mardi Gras is a holiday only in Mobile and Baldwin counties', () => {
  it.each([
    ['Mobile', '2026-02-17', true],
    ['Baldwin County', '2026-02-17', true],
    ['mobile county', '2027-02-09', true],
    ['Montgomery', '2026-02-17', false],
    ['Jefferson', '2027-02-09', false],
  ])('in %s, Mardi Gras on %s is a holiday: %s', (county, date, expected) => {
    const calendar = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS], { county });
    expect(calendar.holidaysOn(date).some((h) => h.id === 'al_mardi_gras')).toBe(expected);
  });
  it('Mardi Gras is always the Tuesday 47 days before Easter', () => {
    const mardiGras = [2024, 2025, 2026, 2027, 2028].map(
      (year) => mobile.holidaysInYear(year).find((h) => h.id === 'al_mardi_gras')?.date,
    );
    expect(mardiGras).toEqual([
      '2024-02-13',
      '2025-03-04',
      '2026-02-17',
      '2027-02-09',
      '2028-02-29',
    ]);
    expect(mardiGras.every((date) => date !== undefined && weekday(date) === 2)).toBe(true);
  });
  it('without a county there is no Mardi Gras holiday', () => {
    expect(alabama.holidaysOn('2026-02-17')).toEqual([]);
  });
  it('county names are compared without case or the word "County"', () => {
    expect(normalizeCounty('  St. Clair County ')).toBe('st. clair');
  });
});

describe('cross-check against date-holidays 3.37 (weekday holidays, 2007–2060)', () => {
  function compare(state: string | undefined, calendar: typeof alabama) {
    const library = state === undefined ? new Holidays('US') : new Holidays('US', state);
    const onlyOurs: string[] = [];
    const onlyLibrary: string[] = [];
    for (let year = 2007; year <= 2060; year += 1) {
      const theirs = new Set(
        library
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10))
          .filter((date) => date.startsWith(String(year)) && !isWeekend(date)),
      );
      const ours = new Set(calendar.holidaysInYear(year).map((h) => h.date));
      onlyOurs.push(...[...ours].filter((date) => !theirs.has(date)));
      onlyLibrary.push(...[...theirs].filter((date) => !ours.has(date)));
    }
    return { onlyOurs, onlyLibrary };
  }

  // Every Veterans Day that falls on a weekend, moved by 5 U.S.C. 6103(b); date-holidays keeps Nov 11.
  const veteransDayShifts = [
    '2007-11-12',
    '2012-11-12',
    '2017-11-10',
    '2018-11-12',
    '2023-11-10',
    '2028-11-10',
    '2029-11-12',
    '2034-11-10',
    '2035-11-12',
    '2040-11-12',
    '2045-11-10',
    '2046-11-12',
    '2051-11-10',
    '2056-11-10',
    '2057-11-12',
  ];

  it('federal holidays agree with date-holidays except the weekend Veterans Day rule', () => {
    expect(compare(undefined, federal)).toEqual({ onlyOurs: veteransDayShifts, onlyLibrary: [] });
  });

  it("Alabama holidays agree with date-holidays except Veterans Day and the Governor's 2023 day", () => {
    const { onlyOurs, onlyLibrary } = compare('AL', alabama);
    expect(onlyLibrary).toEqual([]);
    expect(onlyOurs.sort()).toEqual([...veteransDayShifts, '2023-11-24'].sort());
  });
});
