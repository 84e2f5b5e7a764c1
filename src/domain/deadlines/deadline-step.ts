/**
 * The structured steps that explain how a deadline's date was reached. Each step is data; the
 * sentence a parent reads comes from `renderStep` in English or Spanish.
 *
 * @module
 */
import type { HolidayOccurrence } from './holiday-calendar.js';
import type { IsoDate } from './iso-date.js';

/** Units a rule counts in. "Days" are always qualified: calendar, business or school. */
export type CountUnit = 'calendar_days' | 'business_days' | 'school_days' | 'months' | 'years';

/** One explained step. */
export type DeadlineStep =
  /** The trigger event and its date. */
  | {
      readonly kind: 'start';
      readonly date: IsoDate;
      readonly eventType: string;
      /** 'after': counting starts the next day; 'before': it goes back from the day before. */
      readonly direction: 'after' | 'before';
    }
  /** This deadline starts from another deadline's date (e.g. 45 days after the resolution period). */
  | { readonly kind: 'start_after_deadline'; readonly date: IsoDate; readonly deadlineId: string }
  | {
      readonly kind: 'count_forward';
      readonly from: IsoDate;
      readonly count: number;
      readonly unit: CountUnit;
      readonly to: IsoDate;
    }
  /** "N business days before X": X itself is not counted. */
  | {
      readonly kind: 'count_back';
      readonly from: IsoDate;
      readonly count: number;
      readonly unit: CountUnit;
      readonly to: IsoDate;
    }
  | { readonly kind: 'skipped_weekend_days'; readonly days: number }
  | {
      readonly kind: 'skipped_holiday';
      readonly date: IsoDate;
      readonly holidays: readonly HolidayOccurrence[];
    }
  /** A weekday the district calendar lists as closed. */
  | {
      readonly kind: 'skipped_closed_day';
      readonly date: IsoDate;
      readonly holidays: readonly HolidayOccurrence[];
    }
  /** Days outside the school year (before the first day, or summer). */
  | { readonly kind: 'skipped_no_school'; readonly from: IsoDate; readonly to: IsoDate }
  /** Adding months or years reached a day that does not exist, e.g. Feb 29 in a common year. */
  | { readonly kind: 'clamped_to_month_end'; readonly missing: string; readonly to: IsoDate }
  | { readonly kind: 'estimate_without_school_calendar' }
  | {
      readonly kind: 'school_calendar_ended';
      readonly lastDay: IsoDate;
      readonly remaining: number;
    }
  /** An earlier event cuts the period short ("or before the next IEP meeting, whichever is first"). */
  | {
      readonly kind: 'outer_limit';
      readonly eventType: string;
      readonly date: IsoDate;
      readonly limitDue: IsoDate;
    }
  /** The date falls on a weekend or holiday. IDEA does not move it; act on `actBy`. */
  | {
      readonly kind: 'lands_on_non_business_day';
      readonly date: IsoDate;
      readonly weekend: boolean;
      readonly holidays: readonly HolidayOccurrence[];
      readonly actBy: IsoDate;
    }
  /** Another possible reading of the law, shown next to the date we use. */
  | {
      readonly kind: 'alternative';
      readonly basis: 'federal_default';
      readonly count: number;
      readonly unit: CountUnit;
      readonly date: IsoDate;
    };
