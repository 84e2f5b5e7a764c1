/**
 * Turns dated holiday rules into the holidays observed on each date, for one case (its
 * jurisdiction and county). Pure: the only memory is a per-calendar cache of computed years.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import type { HolidayLevel, HolidayRule } from './holiday-rules.js';
import {
  addDays,
  easterSunday,
  formatIsoDate,
  type IsoDate,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  weekday,
  yearOf,
} from './iso-date.js';
import type { Localized } from './localized.js';

/** One holiday as it falls on a real date. */
export type HolidayOccurrence = {
  readonly id: string;
  readonly level: HolidayLevel;
  readonly name: Localized;
  /** The day offices close (after the weekend rule). */
  readonly date: IsoDate;
  /** The day the law names, before any weekend shift. */
  readonly nominalDate: IsoDate;
  readonly citations: readonly Citation[];
};

/** The holidays that apply to one case. */
export type HolidayCalendar = {
  /** Holidays observed on `date` (empty when none). */
  readonly holidaysOn: (date: IsoDate) => readonly HolidayOccurrence[];
  /** Every holiday observed in `year`, in date order. */
  readonly holidaysInYear: (year: number) => readonly HolidayOccurrence[];
};

/**
 * Normalises a county name: "Mobile County" → "mobile".
 *
 * @example
 * normalizeCounty('Mobile County'); // 'mobile'
 */
export function normalizeCounty(county: string): string {
  return county
    .trim()
    .toLowerCase()
    .replace(/\s+county$/, '')
    .replace(/\s+/g, ' ');
}

function nominalDate(rule: HolidayRule, year: number): IsoDate | undefined {
  const spec = rule.date;
  switch (spec.kind) {
    case 'fixed':
      return formatIsoDate({ year, month: spec.month, day: spec.day });
    case 'nth_weekday':
      return nthWeekdayOfMonth(year, spec.month, spec.weekday, spec.n);
    case 'last_weekday':
      return lastWeekdayOfMonth(year, spec.month, spec.weekday);
    case 'easter_offset':
      return addDays(easterSunday(year), spec.days);
    case 'one_off':
      return yearOf(spec.date) === year ? spec.date : undefined;
  }
}

function observedDate(rule: HolidayRule, nominal: IsoDate): IsoDate {
  if (rule.observance === 'saturday_to_friday_sunday_to_monday') {
    const day = weekday(nominal);
    if (day === 6) {
      return addDays(nominal, -1);
    }
    if (day === 0) {
      return addDays(nominal, 1);
    }
  }
  return nominal;
}

function appliesInCounty(rule: HolidayRule, county: string | undefined): boolean {
  if (rule.level !== 'county') {
    return true;
  }
  if (county === undefined) {
    return false;
  }
  const wanted = normalizeCounty(county);
  return (rule.counties ?? []).some((name) => normalizeCounty(name) === wanted);
}

/** Shared answer for the (most common) day without a holiday. */
const NO_HOLIDAYS: readonly HolidayOccurrence[] = Object.freeze([]);

/**
 * Builds the holiday calendar for a case.
 *
 * @example
 * const calendar = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS], { county: 'Mobile' });
 * calendar.holidaysOn('2026-02-17').map((h) => h.name.en); // ['Mardi Gras']
 */
export function createHolidayCalendar(
  rules: readonly HolidayRule[],
  options: { readonly county?: string } = {},
): HolidayCalendar {
  const applicable = rules.filter((rule) => appliesInCounty(rule, options.county));
  const byYear = new Map<number, Map<IsoDate, HolidayOccurrence[]>>();

  function computeYear(year: number): Map<IsoDate, HolidayOccurrence[]> {
    const cached = byYear.get(year);
    if (cached) {
      return cached;
    }
    const result = new Map<IsoDate, HolidayOccurrence[]>();
    // A holiday of the next year can be observed in this one (Sat Jan 1 → Fri Dec 31).
    for (const nominalYear of [year - 1, year, year + 1]) {
      for (const rule of applicable) {
        const nominal = nominalDate(rule, nominalYear);
        if (nominal === undefined) {
          continue;
        }
        const date = observedDate(rule, nominal);
        if (yearOf(date) !== year || date < rule.effectiveFrom) {
          continue;
        }
        if (rule.effectiveTo !== undefined && date > rule.effectiveTo) {
          continue;
        }
        const occurrence: HolidayOccurrence = {
          id: rule.id,
          level: rule.level,
          name: rule.name,
          date,
          nominalDate: nominal,
          citations: rule.citations,
        };
        const list = result.get(date);
        if (list) {
          list.push(occurrence);
        } else {
          result.set(date, [occurrence]);
        }
      }
    }
    byYear.set(year, result);
    return result;
  }

  return {
    holidaysOn(date) {
      return computeYear(yearOf(date)).get(date) ?? NO_HOLIDAYS;
    },
    holidaysInYear(year) {
      return [...computeYear(year).values()]
        .flat()
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    },
  };
}
