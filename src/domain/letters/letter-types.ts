/**
 * The input of every letter kind: the core shared by all kinds (issue 5) plus each kind's own
 * fields. Everything is plain text as the parent typed it; dates are 'YYYY-MM-DD'. The builder
 * cleans text (control and direction-override characters) and never trusts it as markup.
 *
 * @module
 */
import type { ParentLanguage } from '../case/case.js';
import type { IsoDate } from '../deadlines/iso-date.js';

/** Every letter kind, in the order the app lists them. */
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

/** One of {@link LETTER_KINDS}. */
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * True when `value` is a letter kind.
 *
 * @example
 * isLetterKind('state_complaint'); // true
 */
export function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === 'string' && (LETTER_KINDS as readonly string[]).includes(value);
}

/** The parent (or other filer) who signs the letter. */
export type LetterParent = {
  readonly name: string;
  /** Mailing address; may hold several lines separated by "\n". */
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  /** The language the parent reads best; drives the interpreter warning. */
  readonly language?: ParentLanguage;
};

/** The child the letter is about. */
export type LetterChild = {
  readonly name: string;
  /** 'YYYY-MM-DD' when known; other text is shown as written. */
  readonly dateOfBirth: string;
  /** Home address, or contact information if the child is homeless. */
  readonly address: string;
  readonly school: string;
  readonly grade: string;
};

/** The school district (the "public agency"). */
export type LetterDistrict = {
  readonly name: string;
  /** Mailing address; may hold several lines separated by "\n". */
  readonly address: string;
};

/** One problem, in the parent's words: what went wrong and the facts (dates, names, what happened). */
export type LetterConcern = {
  readonly description: string;
  readonly facts: string;
  /** When it happened, if known; used to warn about filing windows. */
  readonly date?: IsoDate;
};

/** Whether the parent needs an interpreter or translation, stated either way. */
export type InterpreterNeed = {
  readonly needed: boolean;
  /** The language, e.g. "Spanish" or "español"; defaults to the parent's language. */
  readonly language?: string;
};

/** The fields every letter kind shares (issue 5, "Public API"). */
export type LetterCore = {
  /** The date printed on the letter. */
  readonly date: IsoDate;
  readonly parent: LetterParent;
  readonly child: LetterChild;
  readonly district: LetterDistrict;
  readonly concerns: readonly LetterConcern[];
  /** What the parent wants done (a proposed resolution, the decisions wanted, the remedy). */
  readonly proposedResolution: string;
  /** The typed signature, usually the parent's name; printed as "/s/ Name". */
  readonly signature?: string;
  /** The date by which the parent asks for a written answer. */
  readonly responseBy?: IsoDate;
  /** An interpreter or translation need; leave out when not yet asked. */
  readonly interpreter?: InterpreterNeed;
  /** Accommodations the parent needs to take part (e.g. large print, a ramp, phone attendance). */
  readonly accommodations?: string;
};

/** `mediation_request`: asking for IDEA mediation run by the state. */
export type MediationRequestData = LetterCore & {
  /** Days and times the parent can meet. */
  readonly availability: string;
  /** Whether a due process complaint is already pending; null = not answered yet. */
  readonly dueProcessPending: boolean | null;
  /** Whether a state complaint is already pending. */
  readonly stateComplaintPending?: boolean;
  /** A place that is convenient for the parent. */
  readonly preferredLocation?: string;
  /** Who will come with the parent (an advocate, a lawyer, a friend). */
  readonly companions?: string;
};

/** `state_complaint`: a signed written complaint to ALSDE (34 CFR 300.153). */
export type StateComplaintData = LetterCore;

/** `due_process_complaint`: the due process complaint notice (34 CFR 300.508). */
export type DueProcessComplaintData = LetterCore & {
  /** Say that stay-put applies (34 CFR 300.518(a)); default true. */
  readonly stayPut?: boolean;
  /** Say the parent is open to mediation instead of a resolution meeting. */
  readonly openToMediation?: boolean;
};

/** `records_request`: inspect and review every education record (34 CFR 300.613). */
export type RecordsRequestData = LetterCore & {
  /** The next IEP meeting, hearing or resolution session, if one is set. */
  readonly nextMeetingDate?: IsoDate;
  readonly preferredFormat?: 'electronic' | 'paper';
  /** Records the parent wants beyond the standard list. */
  readonly additionalRecords?: string;
  /** When the parent can come in to look at records (and test protocols). */
  readonly inspectionAvailability?: string;
};

/** The district evaluation the parent disagrees with. */
export type DisputedEvaluation = {
  /** What it was, e.g. "psychoeducational evaluation". */
  readonly name: string;
  /** 'YYYY-MM-DD' when known; other text is shown as written. */
  readonly date: string;
  readonly evaluator?: string;
};

/** `iee_request`: an independent educational evaluation at public expense (34 CFR 300.502). */
export type IeeRequestData = LetterCore & {
  readonly evaluation: DisputedEvaluation;
  /** Areas the IEE should assess. */
  readonly areas?: string;
  /** An evaluator the parent prefers (optional; the parent is not limited to the district list). */
  readonly preferredEvaluator?: string;
};

/**
 * `pwn_request`: prior written notice (34 CFR 300.503). Each concern is one decision: the
 * description says what the school proposed or refused, the facts say when and how (a meeting,
 * a call, an email).
 */
export type PwnRequestData = LetterCore;

/** A promise made at a meeting. */
export type MeetingPromise = {
  readonly who: string;
  readonly what: string;
  /** By when, as said at the meeting. */
  readonly when?: string;
};

/** `meeting_follow_up`: what was discussed and promised at a meeting. */
export type MeetingFollowUpData = LetterCore & {
  readonly meeting: {
    readonly date: IsoDate;
    /** e.g. "annual IEP meeting". */
    readonly type?: string;
    /** Who was there, with roles. */
    readonly attendees: string;
  };
  readonly decisions?: readonly string[];
  readonly promises?: readonly MeetingPromise[];
  /** Things the parent asked for that the school refused (the letter asks for prior written notice). */
  readonly refused?: readonly string[];
  /** Documents the school still owes the parent. */
  readonly documentsOwed?: readonly string[];
};

/** `section_504_grievance`: a grievance to the district's Section 504 coordinator. */
export type Section504GrievanceData = LetterCore & {
  readonly coordinatorName?: string;
  /** How the problem affects the child. */
  readonly impact?: string;
};

/** The input of each kind. */
export type LetterDataMap = {
  readonly mediation_request: MediationRequestData;
  readonly state_complaint: StateComplaintData;
  readonly due_process_complaint: DueProcessComplaintData;
  readonly records_request: RecordsRequestData;
  readonly iee_request: IeeRequestData;
  readonly pwn_request: PwnRequestData;
  readonly meeting_follow_up: MeetingFollowUpData;
  readonly section_504_grievance: Section504GrievanceData;
};

/** The input of kind `K`. */
export type LetterData<K extends LetterKind = LetterKind> = LetterDataMap[K];
