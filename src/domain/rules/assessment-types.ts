/**
 * Ids and types of the path chooser (issue 4): what a parent tells us, and the ranked dispute
 * paths we answer with. The id lists are exported as `const` tuples so the web layer can build
 * zod enums from them (`z.enum(CONCERN_TYPES)`).
 *
 * @module
 */
import type { Citation } from '../law/citation.js';

/** Jurisdictions with a rule set. Other states are added as data in `jurisdiction-rules.ts`. */
export const JURISDICTIONS = ['US-AL'] as const;
export type JurisdictionId = (typeof JURISDICTIONS)[number];

/** The child's plan, as far as the parent knows. */
export const PLANS = ['iep', 'section_504', 'none', 'unknown'] as const;
export type Plan = (typeof PLANS)[number];

/** What the parent disagrees with. */
export const CONCERN_TYPES = [
  'service_amount',
  'placement',
  'assistive_technology',
  'transition_services',
  'eligibility',
  'evaluation_refused',
  'evaluation_timeline_missed',
  'prior_written_notice_refused',
  'iep_not_implemented',
  'records_access_denied',
  'iee_request_ignored',
  'discipline',
  'disability_discrimination',
] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

/** Dispute paths and the supporting steps, in a stable display order. */
export const PATHS = [
  'iep_meeting',
  'mediation',
  'state_complaint',
  'due_process',
  'mediation_with_due_process',
  'expedited_due_process',
  'section_504_hearing',
  'ocr_complaint',
  'records_request',
  'iee_request',
  'pwn_request',
] as const;
export type Path = (typeof PATHS)[number];

/** The paths that are supporting steps rather than a way to settle the dispute. */
export const SUPPORTING_PATHS = ['records_request', 'iee_request', 'pwn_request'] as const;

/** Filings that can already be open. */
export const PENDING_KINDS = ['due_process', 'state_complaint'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

export const FITS = ['recommended', 'possible', 'not_available'] as const;
export type Fit = (typeof FITS)[number];

/** Letters the letter builder can write for a next step. */
export const LETTER_KINDS = [
  'mediation_request',
  'state_complaint',
  'due_process_complaint',
  'records_request',
  'iee_request',
  'pwn_request',
  'meeting_follow_up',
  'section_504_grievance',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Events that start a deadline the deadline engine can track. */
export const TRIGGER_EVENTS = [
  'state_complaint_received',
  'due_process_complaint_received',
  'expedited_due_process_complaint_received',
  'records_request_received',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. */
export type LocalizedText = { readonly en: string; readonly es: string };

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

/** The request as it arrives (strings not yet checked). */
export type AssessmentRequest = {
  readonly jurisdiction: string;
  readonly asOf: string;
  readonly plan: string;
  readonly concerns: readonly { readonly type: string; readonly date: string }[];
  readonly districtRefusedMediation?: boolean;
  readonly pending?: readonly string[];
  readonly tried?: readonly string[];
};

/** One concern after validation. `date` is when it happened or became known. */
export type Concern = { readonly type: ConcernType; readonly date: IsoDate };

/** The request after validation. */
export type AssessmentInput = {
  readonly jurisdiction: JurisdictionId;
  readonly asOf: IsoDate;
  readonly plan: Plan;
  readonly concerns: readonly Concern[];
  readonly districtRefusedMediation: boolean;
  readonly pending: readonly PendingKind[];
  readonly tried: readonly Path[];
};

/** Why a path has its fit, in plain words, with the law behind it. */
export type Reason = {
  /** Stable id, e.g. 'mediation.refused'. Useful for tests and analytics. */
  readonly id: string;
  readonly text: LocalizedText;
  readonly citations: readonly Citation[];
};

/** Something the parent can do next: a letter to write and/or a deadline that starts. */
export type NextStep = {
  readonly letter: LetterKind | null;
  readonly startsDeadline: TriggerEvent | null;
  readonly text: LocalizedText;
};

/** One path in the result. */
export type PathOption = {
  readonly path: Path;
  readonly fit: Fit;
  /** 1 is the best `recommended` option; every option has a distinct rank. */
  readonly rank: number;
  readonly reasons: readonly Reason[];
  /** Last day to file (or the day the window closed, when `not_available` because of it). */
  readonly windowCloses: IsoDate | null;
  readonly nextSteps: readonly NextStep[];
};

/** The engine's answer, with texts in every language. */
export type Assessment = { readonly options: readonly PathOption[] };

/** Codes for bad input; the HTTP layer maps them to 400/422. */
export const PROBLEM_CODES = [
  'unknown_jurisdiction',
  'invalid_date',
  'future_date',
  'no_concerns',
  'unknown_concern_type',
  'unknown_plan',
  'unknown_pending',
  'unknown_path',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A problem with one field of the request, e.g. `{ field: 'concerns[1].date', code: 'future_date' }`. */
export type Problem = {
  readonly field: string;
  readonly code: ProblemCode;
  readonly message: string;
};

/** Either an assessment or the problems that prevented one. */
export type AssessmentOutcome =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problems: readonly Problem[] };
