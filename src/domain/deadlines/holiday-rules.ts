/**
 * Holidays as dated, cited data: federal legal public holidays (5 U.S.C. 6103) and Alabama state
 * holidays (Code of Ala. 1975 § 1-3-8). Business days under 34 CFR 300.11(b) are Monday–Friday
 * except federal and state holidays, so both lists matter.
 *
 * A holiday that is added or dropped gets `effectiveFrom` / `effectiveTo`; entries are never
 * rewritten for an earlier year. `effectiveFrom` is compared with the *observed* date.
 *
 * Why our own data and not `date-holidays` at run time: checked on 2026-11-28 against
 * date-holidays 3.37.0, it (1) does not move Veterans Day off a weekend (5 U.S.C. 6103(b) does:
 * Sat 2023-11-11 was observed Fri 2023-11-10), (2) has no Mardi Gras for Mobile and Baldwin
 * counties, and (3) does not date Alabama's 2025 Juneteenth law. It is used as a cross-check in
 * `holiday-calendar.test.ts`, where each difference is listed.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import type { IsoDate, Weekday } from './iso-date.js';
import type { Localized } from './localized.js';

/** Who declares the holiday. County holidays apply only in the listed counties. */
export type HolidayLevel = 'federal' | 'state' | 'county';

/** How the nominal date of a holiday is found in a given year. */
export type HolidayDateRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | {
      readonly kind: 'nth_weekday';
      readonly month: number;
      readonly weekday: Weekday;
      readonly n: number;
    }
  | { readonly kind: 'last_weekday'; readonly month: number; readonly weekday: Weekday }
  | { readonly kind: 'easter_offset'; readonly days: number }
  | { readonly kind: 'one_off'; readonly date: IsoDate };

/**
 * `saturday_to_friday_sunday_to_monday`: a holiday on Saturday is kept the Friday before, one on
 * Sunday the Monday after (5 U.S.C. 6103(b); Code of Ala. § 1-3-8(a)).
 */
export type HolidayObservance = 'saturday_to_friday_sunday_to_monday' | 'none';

/** One holiday, as law defines it, for the period it is in force. */
export type HolidayRule = {
  readonly id: string;
  readonly level: HolidayLevel;
  readonly name: Localized;
  readonly date: HolidayDateRule;
  readonly observance: HolidayObservance;
  /** First observed date on which this entry applies. */
  readonly effectiveFrom: IsoDate;
  /** Last observed date on which this entry applies, if it was dropped or replaced. */
  readonly effectiveTo?: IsoDate;
  /** For county holidays: the counties that keep it (names without "County"). */
  readonly counties?: readonly string[];
  readonly citations: readonly Citation[];
  /** The date someone last checked this entry against its sources. */
  readonly checked: IsoDate;
  /** Research note: what was read, what was not. */
  readonly note?: string;
};

/** The date our holiday data was last checked. */
export const HOLIDAYS_CHECKED: IsoDate = '2026-11-28';

/**
 * Earliest date the holiday data covers. Holidays before it are not modelled (the engine only
 * accepts triggers from 2006-10-13, see `SUPPORTED_FROM`).
 */
export const HOLIDAY_DATA_FROM: IsoDate = '2000-01-01';

const MON: Weekday = 1;
const THU: Weekday = 4;
const SHIFT: HolidayObservance = 'saturday_to_friday_sunday_to_monday';

const USC_6103_URL = 'https://www.law.cornell.edu/uscode/text/5/6103';
const USC_6103_A = cite('5 U.S.C. 6103(a)', { url: USC_6103_URL, checked: HOLIDAYS_CHECKED });
const USC_6103_B = cite('5 U.S.C. 6103(b); Executive Order 11582 (1971)', {
  url: USC_6103_URL,
  checked: HOLIDAYS_CHECKED,
});
const JUNETEENTH_ACT = cite(
  'Juneteenth National Independence Day Act, Pub. L. 117-17 (June 17, 2021)',
  {
    url: 'https://www.congress.gov/bill/117th-congress/senate-bill/475',
    checked: HOLIDAYS_CHECKED,
  },
);

const ALA_1_3_8_URL =
  'https://law.uslawyerdatabase.com/section-1-3-8-holidays-enumerated-personal-leave-days-state-holidays-observed-by-closing-of-state-offices-compensatory-leave-days';
const ALA_1_3_8_A = cite('Code of Ala. 1975 § 1-3-8(a)', {
  url: ALA_1_3_8_URL,
  checked: HOLIDAYS_CHECKED,
});
const ALA_1_3_8_B = cite('Code of Ala. 1975 § 1-3-8(b)', {
  url: ALA_1_3_8_URL,
  checked: HOLIDAYS_CHECKED,
});
const ALA_MARDI_GRAS = cite(
  'Code of Ala. 1975 § 1-3-8 (Mardi Gras paragraph: Baldwin and Mobile counties)',
  {
    url: 'http://www.archives.alabama.gov/intro/holidays.html',
    verified: false,
    checked: HOLIDAYS_CHECKED,
  },
);
const ALA_HB165_2025 = cite(
  'Ala. Acts 2025, HB165 (2025 Reg. Sess.), amending Code of Ala. 1975 § 1-3-8 to add Juneteenth',
  {
    url: 'https://www.alreporter.com/2025/05/09/alabama-formally-recognizes-juneteenth-as-state-holiday-with-new-law',
    verified: false,
    checked: HOLIDAYS_CHECKED,
  },
);
const ALA_2023_SCHEDULE = cite("State of Alabama 2023 holiday schedule (Governor's proclamation)", {
  url: 'https://inform.alabama.gov/calendar.aspx',
  verified: false,
  checked: HOLIDAYS_CHECKED,
});

/**
 * Federal legal public holidays, 5 U.S.C. 6103(a), with the weekend rule of 6103(b).
 * Inauguration Day (6103(c)) is left out: it applies only around Washington, D.C.
 * One-day closures by executive order are not "legal public holidays" and are not listed.
 */
export const FEDERAL_HOLIDAYS: readonly HolidayRule[] = [
  {
    id: 'us_new_years_day',
    level: 'federal',
    name: { en: "New Year's Day", es: 'Año Nuevo' },
    date: { kind: 'fixed', month: 1, day: 1 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A, USC_6103_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_mlk_birthday',
    level: 'federal',
    name: {
      en: 'Birthday of Martin Luther King, Jr.',
      es: 'Natalicio de Martin Luther King Jr.',
    },
    date: { kind: 'nth_weekday', month: 1, weekday: MON, n: 3 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_washingtons_birthday',
    level: 'federal',
    name: { en: "Washington's Birthday", es: 'Natalicio de George Washington' },
    date: { kind: 'nth_weekday', month: 2, weekday: MON, n: 3 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_memorial_day',
    level: 'federal',
    name: { en: 'Memorial Day', es: 'Día de los Caídos (Memorial Day)' },
    date: { kind: 'last_weekday', month: 5, weekday: MON },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_juneteenth',
    level: 'federal',
    name: { en: 'Juneteenth', es: 'Juneteenth (Día de la Liberación)' },
    date: { kind: 'fixed', month: 6, day: 19 },
    observance: SHIFT,
    // Signed June 17, 2021; first observed Friday June 18, 2021 (June 19 was a Saturday).
    effectiveFrom: '2021-06-17',
    citations: [USC_6103_A, JUNETEENTH_ACT, USC_6103_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_independence_day',
    level: 'federal',
    name: { en: 'Independence Day', es: 'Día de la Independencia' },
    date: { kind: 'fixed', month: 7, day: 4 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A, USC_6103_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_labor_day',
    level: 'federal',
    name: { en: 'Labor Day', es: 'Día del Trabajo' },
    date: { kind: 'nth_weekday', month: 9, weekday: MON, n: 1 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_columbus_day',
    level: 'federal',
    name: { en: 'Columbus Day', es: 'Día de Colón' },
    date: { kind: 'nth_weekday', month: 10, weekday: MON, n: 2 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_veterans_day',
    level: 'federal',
    name: { en: 'Veterans Day', es: 'Día de los Veteranos' },
    date: { kind: 'fixed', month: 11, day: 11 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A, USC_6103_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_thanksgiving_day',
    level: 'federal',
    name: { en: 'Thanksgiving Day', es: 'Día de Acción de Gracias' },
    date: { kind: 'nth_weekday', month: 11, weekday: THU, n: 4 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'us_christmas_day',
    level: 'federal',
    name: { en: 'Christmas Day', es: 'Navidad' },
    date: { kind: 'fixed', month: 12, day: 25 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [USC_6103_A, USC_6103_B],
    checked: HOLIDAYS_CHECKED,
  },
];

/**
 * Alabama state holidays, Code of Ala. 1975 § 1-3-8. Statute text (a) and (b) read in a copy on
 * 2026-11-28: "If any holiday falls on Sunday, the following day is the holiday. If any holiday
 * falls on Saturday, the preceding day is the holiday." Public schools in Alabama stay open on
 * some of these days (e.g. Confederate Memorial Day); that is why school days come from the
 * district calendar, not from this list.
 */
export const ALABAMA_HOLIDAYS: readonly HolidayRule[] = [
  {
    id: 'al_new_years_day',
    level: 'state',
    name: { en: "New Year's Day", es: 'Año Nuevo' },
    date: { kind: 'fixed', month: 1, day: 1 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_lee_king_birthday',
    level: 'state',
    name: {
      en: 'Robert E. Lee / Martin Luther King Jr. Birthday',
      es: 'Natalicio de Robert E. Lee y de Martin Luther King Jr.',
    },
    date: { kind: 'nth_weekday', month: 1, weekday: MON, n: 3 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A, ALA_1_3_8_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_washington_jefferson_birthday',
    level: 'state',
    name: {
      en: 'George Washington / Thomas Jefferson Birthday',
      es: 'Natalicio de George Washington y de Thomas Jefferson',
    },
    date: { kind: 'nth_weekday', month: 2, weekday: MON, n: 3 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A, ALA_1_3_8_B],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_mardi_gras',
    level: 'county',
    name: { en: 'Mardi Gras', es: 'Mardi Gras (Martes de Carnaval)' },
    // Tuesday before Ash Wednesday = Easter Sunday minus 47 days.
    date: { kind: 'easter_offset', days: -47 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    counties: ['Baldwin', 'Mobile'],
    citations: [ALA_MARDI_GRAS],
    checked: HOLIDAYS_CHECKED,
    note: 'The Mardi Gras paragraph of § 1-3-8 itself was not read. The Alabama Department of Archives and History holiday page, the state holiday schedule (inform.alabama.gov) and a press quote of the statute ("all state offices shall be closed in those counties on Mardi Gras") agree on Baldwin and Mobile counties only.',
  },
  {
    id: 'al_confederate_memorial_day',
    level: 'state',
    name: {
      en: 'Confederate Memorial Day',
      es: 'Día de Recordación Confederada (Confederate Memorial Day)',
    },
    date: { kind: 'nth_weekday', month: 4, weekday: MON, n: 4 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_memorial_day',
    level: 'state',
    name: { en: 'Memorial Day', es: 'Día de los Caídos (Memorial Day)' },
    date: { kind: 'last_weekday', month: 5, weekday: MON },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_jefferson_davis_birthday',
    level: 'state',
    name: { en: "Jefferson Davis' Birthday", es: 'Natalicio de Jefferson Davis' },
    date: { kind: 'nth_weekday', month: 6, weekday: MON, n: 1 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
    note: "Reported (not read in the enrolled text): HB165 (2025) lets each state agency give employees the choice of Juneteenth or Jefferson Davis' Birthday. The day stays on the statutory list, so it is still a state holiday for counting business days.",
  },
  {
    id: 'al_juneteenth',
    level: 'state',
    name: { en: 'Juneteenth', es: 'Juneteenth (Día de la Liberación)' },
    date: { kind: 'fixed', month: 6, day: 19 },
    observance: SHIFT,
    // HB165 (2025) took effect June 1, 2025 as reported. Before that the Governor proclaimed it
    // each year; it is a federal holiday since 2021 either way, so business-day counts do not change.
    effectiveFrom: '2025-06-01',
    citations: [ALA_HB165_2025],
    checked: HOLIDAYS_CHECKED,
    note: 'Signed by the Governor in May 2025 (news reports, bill trackers). The enrolled act text was not read.',
  },
  {
    id: 'al_independence_day',
    level: 'state',
    name: { en: 'Independence Day', es: 'Día de la Independencia' },
    date: { kind: 'fixed', month: 7, day: 4 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_labor_day',
    level: 'state',
    name: { en: 'Labor Day', es: 'Día del Trabajo' },
    date: { kind: 'nth_weekday', month: 9, weekday: MON, n: 1 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_columbus_fraternal_american_indian_heritage_day',
    level: 'state',
    name: {
      en: 'Columbus Day, Fraternal Day and American Indian Heritage Day',
      es: 'Día de Colón, Día Fraternal y Día de la Herencia Indígena Americana',
    },
    date: { kind: 'nth_weekday', month: 10, weekday: MON, n: 2 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_veterans_day',
    level: 'state',
    name: { en: 'Veterans Day', es: 'Día de los Veteranos' },
    date: { kind: 'fixed', month: 11, day: 11 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_thanksgiving_day',
    level: 'state',
    name: { en: 'Thanksgiving Day', es: 'Día de Acción de Gracias' },
    date: { kind: 'nth_weekday', month: 11, weekday: THU, n: 4 },
    observance: 'none',
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
    note: '§ 1-3-8 names "the day designated by the Governor for public thanksgiving"; state schedules use the fourth Thursday in November, the federal day.',
  },
  {
    id: 'al_christmas_day',
    level: 'state',
    name: { en: 'Christmas Day', es: 'Navidad' },
    date: { kind: 'fixed', month: 12, day: 25 },
    observance: SHIFT,
    effectiveFrom: HOLIDAY_DATA_FROM,
    citations: [ALA_1_3_8_A],
    checked: HOLIDAYS_CHECKED,
  },
  {
    id: 'al_proclaimed_2023_11_24',
    level: 'state',
    name: {
      en: "State holiday by the Governor's proclamation (day after Thanksgiving)",
      es: 'Día festivo estatal por proclamación del Gobernador (día después de Acción de Gracias)',
    },
    date: { kind: 'one_off', date: '2023-11-24' },
    observance: 'none',
    effectiveFrom: '2023-11-24',
    effectiveTo: '2023-11-24',
    citations: [ALA_2023_SCHEDULE],
    checked: HOLIDAYS_CHECKED,
    note: 'Listed as "State Holiday" on the State of Alabama 2023 schedule. The Governor can proclaim extra days; add each one here as a dated one-off entry once it is known. Other years\' proclamations were not found.',
  },
];
