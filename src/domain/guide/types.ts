/**
 * Shared types of the guide (issue 7): the ids of meeting kinds, contacts and scripts, and the
 * link targets a guide text can point to inside the app.
 *
 * @module
 */
import type { DeadlineId } from '../deadlines/deadline-rules.js';
import type { ConcernType, LetterKind, LocalizedText } from '../rules/assessment-types.js';

export type { LocalizedText };

/** The meetings a parent can prepare for, in display order. */
export const MEETING_KINDS = [
  'annual_iep',
  'eligibility_review',
  'mediation_session',
  'resolution_meeting',
  'section_504_meeting',
] as const;
/** One of {@link MEETING_KINDS}. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Alabama bodies a parent may call or write to. */
export const CONTACT_IDS = ['alsde_special_education', 'apec', 'adap', 'ocr'] as const;
/** One of {@link CONTACT_IDS}. */
export type ContactId = (typeof CONTACT_IDS)[number];

/** The script cards, in display order. */
export const SCRIPT_IDS = [
  'ask_for_data',
  'refusal_ask_for_notice',
  'ask_for_break',
  'not_signing_today',
  'agree_in_part',
  'verbal_promise',
  'staffing_recommendation',
  'service_cut',
  'sent_home_early',
] as const;
/** One of {@link SCRIPT_IDS}. */
export type ScriptId = (typeof SCRIPT_IDS)[number];

/**
 * Where a guide text can send the parent inside the app. The web layer turns each into a URL;
 * the tests check that every letter kind, deadline id and concern type named here exists.
 */
export type GuideLink =
  | { readonly kind: 'letter'; readonly letter: LetterKind }
  | { readonly kind: 'deadline'; readonly id: DeadlineId }
  | { readonly kind: 'chooser'; readonly concern?: ConcernType }
  | { readonly kind: 'concerns_statement' }
  | { readonly kind: 'meeting_notes' }
  | { readonly kind: 'checklist'; readonly meeting: MeetingKind }
  | { readonly kind: 'contact'; readonly id: ContactId }
  | { readonly kind: 'script'; readonly id: ScriptId };

/** The three phases of a meeting checklist. */
export const PHASES = ['before', 'during', 'after'] as const;
/** One of {@link PHASES}. */
export type Phase = (typeof PHASES)[number];
