/**
 * Jurisdictions as data: each names its holidays, its counties and its rule set. Alabama is the
 * only one today; another state is a new entry here, not new code.
 *
 * @module
 */
import { ALABAMA_DEADLINE_RULES, type DeadlineRule } from './deadline-rules.js';
import { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS, type HolidayRule } from './holiday-rules.js';
import type { Localized } from './localized.js';

/** Every supported jurisdiction id (ISO 3166-2), for a zod enum at the HTTP boundary. */
export const JURISDICTION_IDS = ['US-AL'] as const;

/** One of {@link JURISDICTION_IDS}. */
export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

/** What the engine needs to know about a jurisdiction. */
export type Jurisdiction = {
  readonly id: JurisdictionId;
  readonly name: Localized;
  /** Federal plus state (and county) holidays, for business days under 34 CFR 300.11(b). */
  readonly holidays: readonly HolidayRule[];
  /** County names without the word "County". */
  readonly counties: readonly string[];
  readonly rules: readonly DeadlineRule[];
};

/** Alabama's 67 counties. */
export const ALABAMA_COUNTIES: readonly string[] = [
  'Autauga',
  'Baldwin',
  'Barbour',
  'Bibb',
  'Blount',
  'Bullock',
  'Butler',
  'Calhoun',
  'Chambers',
  'Cherokee',
  'Chilton',
  'Choctaw',
  'Clarke',
  'Clay',
  'Cleburne',
  'Coffee',
  'Colbert',
  'Conecuh',
  'Coosa',
  'Covington',
  'Crenshaw',
  'Cullman',
  'Dale',
  'Dallas',
  'DeKalb',
  'Elmore',
  'Escambia',
  'Etowah',
  'Fayette',
  'Franklin',
  'Geneva',
  'Greene',
  'Hale',
  'Henry',
  'Houston',
  'Jackson',
  'Jefferson',
  'Lamar',
  'Lauderdale',
  'Lawrence',
  'Lee',
  'Limestone',
  'Lowndes',
  'Macon',
  'Madison',
  'Marengo',
  'Marion',
  'Marshall',
  'Mobile',
  'Monroe',
  'Montgomery',
  'Morgan',
  'Perry',
  'Pickens',
  'Pike',
  'Randolph',
  'Russell',
  'St. Clair',
  'Shelby',
  'Sumter',
  'Talladega',
  'Tallapoosa',
  'Tuscaloosa',
  'Walker',
  'Washington',
  'Wilcox',
  'Winston',
];

/** The jurisdictions the engine knows. */
export const JURISDICTIONS: Readonly<Record<JurisdictionId, Jurisdiction>> = {
  'US-AL': {
    id: 'US-AL',
    name: { en: 'Alabama', es: 'Alabama' },
    holidays: [...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS],
    counties: ALABAMA_COUNTIES,
    rules: ALABAMA_DEADLINE_RULES,
  },
};

/**
 * True when `value` is a supported jurisdiction id.
 *
 * @example
 * isJurisdictionId('US-AL'); // true
 */
export function isJurisdictionId(value: unknown): value is JurisdictionId {
  return typeof value === 'string' && (JURISDICTION_IDS as readonly string[]).includes(value);
}
