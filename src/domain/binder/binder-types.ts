/**
 * The words of the exhibit binder: what a binder is for, how exhibits are labeled, what a
 * document in the vault and an entry in the communication log look like to the binder, and why
 * an item can be left out.
 *
 * @module
 */
import type { IsoDate } from '../deadlines/iso-date.js';
import type { Locale } from '../deadlines/localized.js';

/** What the binder is for. Only a hearing binder must leave out mediation material. */
export const BINDER_PURPOSES = ['hearing', 'mediation', 'state_complaint', 'other'] as const;
export type BinderPurpose = (typeof BINDER_PURPOSES)[number];

/**
 * How exhibits are labeled: `p_number` gives P-1, P-2 … (the parent's exhibits, the way hearing
 * officers number them), `letter` gives A, B … Z, AA, AB …
 */
export const LABEL_STYLES = ['p_number', 'letter'] as const;
export type LabelStyle = (typeof LABEL_STYLES)[number];

/**
 * The vault's document categories (the same codes as `DOCUMENT_CATEGORIES` in src/db/documents.ts;
 * the domain cannot import the database layer), as the binder understands them. A category the
 * binder does not know is treated as `other`.
 */
export const DOCUMENT_CATEGORIES = [
  'iep',
  'evaluation',
  'independent_evaluation',
  'progress',
  'prior_written_notice',
  'correspondence',
  'meeting_notes',
  'discipline',
  'medical',
  'mediation',
  'other',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** A document of the case, as the binder needs it (no bytes: those are loaded when rendering). */
export type BinderDocument = {
  readonly id: string;
  readonly title: string;
  /** The date on the document ('YYYY-MM-DD'), or null when the parent did not give one. */
  readonly date: IsoDate | null;
  /** One of {@link DOCUMENT_CATEGORIES}; anything else counts as `other`. */
  readonly category: string;
  /** Pages the document has as a PDF (photos: one page each). */
  readonly pageCount: number;
  /** Marked mediation-confidential (automatic for the mediation category). */
  readonly mediationConfidential: boolean;
  /** False when the vault found the file cannot go in a binder (e.g. encrypted). */
  readonly binderOk: boolean;
};

/** An entry of the communication log, as the chronology needs it. */
export type BinderLogEntry = {
  readonly id: string;
  readonly date: IsoDate;
  /** What the chronology shows, e.g. "Phone call with Ms. Lee: agreed to send the data". */
  readonly title: string;
  readonly mediationConfidential: boolean;
};

/** Why an item is not in the binder. */
export const EXCLUSION_REASONS = [
  /** 34 CFR 300.506(b)(8): mediation discussions may not be used as evidence at a hearing. */
  'mediation_confidential',
  /** The document has no pages, so there is nothing to put in the binder. */
  'no_pages',
  /** The vault marked the file as one that cannot go in a binder (with its own reason). */
  'cannot_go_in_binder',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** The language the binder's own pages (cover, contents, stamps) are written in. */
export type BinderLanguage = Locale;
