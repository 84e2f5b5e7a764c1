/**
 * Rules as dated data. A jurisdiction's rule set holds its filing windows, the legal provisions
 * the engine's reasons rest on (each with citations), and any extra conditions a state adds before
 * a path can be used (for example Alabama's bill HB197 of 2025, if it ever takes effect). Every
 * entry has a `from` date; the engine uses what is in force on `asOf`, so a new rule is added as
 * data with its effective date, without touching the engine.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import type { IsoDate, JurisdictionId, LocalizedText, Path } from './assessment-types.js';
import { compareDates } from './calendar-date.js';
import { US_AL_RULES } from './us-al-rules.js';

/** A value that is in force from `from` (inclusive) until `until` (exclusive, if set). */
export type Dated<T> = {
  readonly from: IsoDate;
  readonly until?: IsoDate;
  readonly value: T;
  readonly citations: readonly Citation[];
};

/** How long a parent has to file, counted from the concern's date. */
export type FilingWindow = {
  readonly length: { readonly years: number } | { readonly days: number };
  /** What the concern date stands for when counting. */
  readonly countsFrom: 'violation' | 'knew_or_should_have_known' | 'discrimination';
};

/** The legal points the engine's reasons cite. Ids are stable; citations live in the data. */
export const PROVISION_IDS = [
  'mediationAvailable',
  'mediationVoluntary',
  'mediationNoDelay',
  'mediationFree',
  'mediationAgreementBinding',
  'mediationConfidential',
  'mediationStateProcess',
  'stateComplaintScope',
  'stateComplaintDecision',
  'stateComplaintRemedies',
  'stateComplaintOverlap',
  'stateComplaintAddFacts',
  'stateComplaintSeveralViolations',
  'dueProcessScope',
  'dueProcessRemedies',
  'dueProcessTimeline',
  'dueProcessNoPrerequisite',
  'dueProcessProceduralStandard',
  'dueProcessWindowExceptions',
  'dueProcessAmendment',
  'resolutionMeeting',
  'stayPut',
  'freeLegalHelp',
  'expeditedHearing',
  'disciplinePlacementDuringAppeal',
  'manifestationDetermination',
  'ieeRight',
  'priorWrittenNotice',
  'recordsAccess',
  'iepReview',
  'evaluationTimeline',
  'childFind',
  'section504Hearing',
  'section504Grievance',
  'ocrScope',
  'ocrAfterGrievance',
] as const;
export type ProvisionId = (typeof PROVISION_IDS)[number];

/**
 * A condition a state adds before some paths can be used. The paths in `paths` are
 * `not_available` until every path in `requires` has been pursued (tried, pending, or, for
 * mediation, offered and refused by the district).
 */
export type Prerequisite = {
  readonly id: string;
  readonly paths: readonly Path[];
  readonly requires: readonly Path[];
  readonly reason: LocalizedText;
};

/** Free legal help the result points to (Alabama: P&A agency and parent center). */
export type LegalHelp = {
  readonly name: LocalizedText;
  readonly phone: string;
  readonly url?: string;
  /** False while the contact details come only from secondary sources. */
  readonly verified: boolean;
};

/** Everything the engine needs to know about one jurisdiction. */
export type JurisdictionRules = {
  readonly id: JurisdictionId;
  readonly name: LocalizedText;
  /** The state education agency that takes state complaints. */
  readonly stateAgency: LocalizedText;
  readonly windows: { readonly [P in Path]?: readonly Dated<FilingWindow>[] };
  readonly provisions: { readonly [K in ProvisionId]: readonly Dated<true>[] };
  readonly prerequisites: readonly Dated<Prerequisite>[];
  readonly legalHelp: readonly LegalHelp[];
};

/**
 * The entry in force on `asOf`: the latest `from` not after `asOf`, whose `until` (if any) is
 * after `asOf`. `undefined` when nothing is in force.
 *
 * @example
 * inForce([{ from: '2000-01-01', value: 1, citations: [] }, { from: '2027-07-01', value: 2, citations: [] }], '2026-11-28')?.value; // 1
 */
export function inForce<T>(entries: readonly Dated<T>[], asOf: IsoDate): Dated<T> | undefined {
  let best: Dated<T> | undefined;
  for (const entry of entries) {
    const started = compareDates(entry.from, asOf) <= 0;
    const ended = entry.until !== undefined && compareDates(entry.until, asOf) <= 0;
    if (started && !ended && (!best || compareDates(entry.from, best.from) > 0)) {
      best = entry;
    }
  }
  return best;
}

/**
 * Every entry in force on `asOf` (used for prerequisites, which add up rather than replace).
 *
 * @example
 * allInForce(US_AL_RULES.prerequisites, '2026-11-28'); // []
 */
export function allInForce<T>(entries: readonly Dated<T>[], asOf: IsoDate): readonly Dated<T>[] {
  return entries.filter(
    (entry) =>
      compareDates(entry.from, asOf) <= 0 &&
      (entry.until === undefined || compareDates(entry.until, asOf) > 0),
  );
}

/**
 * The citations for a provision on `asOf` (empty if the provision is not in force).
 *
 * @example
 * provisionCitations(US_AL_RULES, 'stayPut', '2026-11-28')[0]?.cite; // '34 CFR 300.518(a)'
 */
export function provisionCitations(
  rules: JurisdictionRules,
  id: ProvisionId,
  asOf: IsoDate,
): readonly Citation[] {
  return inForce(rules.provisions[id], asOf)?.citations ?? [];
}

/** The rule sets the app ships, by jurisdiction id. */
export const RULES_BY_JURISDICTION: { readonly [J in JurisdictionId]: JurisdictionRules } = {
  'US-AL': US_AL_RULES,
};
