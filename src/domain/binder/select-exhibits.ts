/**
 * Which documents go in a binder, in what order, and which are left out and why; and the
 * chronology (documents and log entries by date).
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import { CITE_MEDIATION_CONFIDENTIAL } from './binder-citations.js';
import {
  type BinderDocument,
  type BinderLogEntry,
  type BinderPurpose,
  DOCUMENT_CATEGORIES,
  type DocumentCategory,
  type ExclusionReason,
} from './binder-types.js';
import type { ExhibitInput } from './layout-binder.js';

/** The ready-made selections a parent can start from. */
export const BINDER_PRESETS = [
  'mediation_packet',
  'hearing_disclosure',
  'state_complaint_exhibits',
] as const;
export type BinderPreset = (typeof BINDER_PRESETS)[number];

/** What each preset is for. */
export const PRESET_PURPOSE: Readonly<Record<BinderPreset, BinderPurpose>> = {
  mediation_packet: 'mediation',
  hearing_disclosure: 'hearing',
  state_complaint_exhibits: 'state_complaint',
};

/**
 * The categories each preset picks. A preset is a starting point: the parent sees every box
 * ticked or not and can change any of them. `other` is never picked, because nobody knows what
 * it holds; the parent adds those by hand.
 *
 * - Mediation packet: the papers a mediator and the school need to talk about what is
 *   appropriate: the IEP, the school's and the independent evaluations, progress data, prior
 *   written notices, letters and emails, meeting notes, discipline records, and mediation papers
 *   (an earlier session's notes may be shared in mediation: 34 CFR 300.506(b)(8) only keeps them
 *   out of a later hearing or court case). Medical records are left for the parent to add: they
 *   are the most private papers and mediation rarely needs them.
 * - Hearing disclosure: everything the parent may use as evidence, because evidence not disclosed
 *   at least 5 business days before the hearing can be barred (34 CFR 300.512(a)(3)), and
 *   evaluations and the recommendations based on them must be disclosed (300.512(b)). That
 *   includes medical records (a diagnosis can carry a claim). Mediation papers are picked too, so
 *   that the confidentiality rule visibly takes them out again and the table of contents can say
 *   how many were left out and why (300.506(b)(8)); they never reach the PDF.
 * - State complaint exhibits: a complaint says the school broke a rule and gives the facts
 *   (34 CFR 300.153(b)), so it needs what shows the rule and what happened: the IEP, evaluations
 *   (for evaluation timelines), progress reports (services not delivered), prior written
 *   notices, letters and emails (requests and answers), meeting notes and discipline records
 *   (removals). Independent evaluations and medical records argue what is appropriate, which is
 *   a hearing question, not a compliance one; mediation papers stay out as the confidential
 *   discussions they are.
 */
export const PRESET_CATEGORIES: Readonly<Record<BinderPreset, readonly DocumentCategory[]>> = {
  mediation_packet: [
    'iep',
    'evaluation',
    'independent_evaluation',
    'progress',
    'prior_written_notice',
    'correspondence',
    'meeting_notes',
    'discipline',
    'mediation',
  ],
  hearing_disclosure: [
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
  ],
  state_complaint_exhibits: [
    'iep',
    'evaluation',
    'progress',
    'prior_written_notice',
    'correspondence',
    'meeting_notes',
    'discipline',
  ],
};

/**
 * A category as the binder knows it; anything unknown is `other`.
 *
 * @example
 * categoryOf('iep'); // 'iep'
 * categoryOf('photo'); // 'other'
 */
export function categoryOf(category: string): DocumentCategory {
  return (DOCUMENT_CATEGORIES as readonly string[]).includes(category)
    ? (category as DocumentCategory)
    : 'other';
}

/**
 * True when a document is mediation material. The mediation category is confidential whatever
 * its flag says, so a document filed there can never reach a hearing binder by mistake.
 */
export function isMediationConfidential(
  document: Pick<BinderDocument, 'category' | 'mediationConfidential'>,
): boolean {
  return document.mediationConfidential || categoryOf(document.category) === 'mediation';
}

function byDateThenTitle(a: BinderDocument, b: BinderDocument): number {
  // Undated documents go last: a date-ordered binder cannot place them.
  if (a.date !== b.date) {
    if (a.date === null) {
      return 1;
    }
    if (b.date === null) {
      return -1;
    }
    return a.date < b.date ? -1 : 1;
  }
  if (a.title !== b.title) {
    return a.title < b.title ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The IEP in dispute: the one the parent named, or else the most recent dated IEP.
 *
 * @example
 * disputedIep(docs)?.title; // 'IEP 2026-27'
 */
export function disputedIep(
  documents: readonly BinderDocument[],
  disputedId?: string,
): BinderDocument | undefined {
  if (disputedId !== undefined) {
    const named = documents.find((d) => d.id === disputedId);
    if (named) {
      return named;
    }
  }
  const ieps = documents.filter((d) => categoryOf(d.category) === 'iep').sort(byDateThenTitle);
  // Sorted oldest first with undated last: the latest dated IEP, or an undated one if that is all.
  const dated = ieps.filter((d) => d.date !== null);
  return dated[dated.length - 1] ?? ieps[0];
}

/**
 * The default order: the disputed IEP first, then everything else by date (oldest first,
 * undated last).
 *
 * @example
 * defaultOrder(docs).map((d) => d.title); // ['IEP 2026-27', 'Evaluation 2025', 'Email 2026-01-05', …]
 */
export function defaultOrder(
  documents: readonly BinderDocument[],
  disputedId?: string,
): BinderDocument[] {
  const first = disputedIep(documents, disputedId);
  const rest = documents.filter((d) => d !== first).sort(byDateThenTitle);
  return first ? [first, ...rest] : rest;
}

/**
 * The documents a preset picks, in the default order.
 *
 * @example
 * presetSelection('state_complaint_exhibits', docs); // ['doc-iep', 'doc-pwn', …]
 */
export function presetSelection(
  preset: BinderPreset,
  documents: readonly BinderDocument[],
  disputedId?: string,
): string[] {
  const categories = new Set<DocumentCategory>(PRESET_CATEGORIES[preset]);
  return defaultOrder(
    documents.filter((d) => categories.has(categoryOf(d.category))),
    disputedId,
  ).map((d) => d.id);
}

/** One line of the chronology. */
export type ChronologyRow = {
  readonly date: string | null;
  readonly kind: 'document' | 'log';
  readonly title: string;
  /** For a document: its id, so the renderer can print its exhibit label. */
  readonly documentId?: string;
};

/** How many items were left out, by reason, with the law behind the reason. */
export type LeftOut = {
  readonly mediationConfidential: {
    readonly documents: number;
    readonly logEntries: number;
    readonly citations: readonly Citation[];
  };
  readonly noPages: number;
  readonly cannotGoInBinder: number;
  readonly total: number;
};

/** Everything the renderer needs to know about what is in the binder. */
export type BinderPlan = {
  readonly purpose: BinderPurpose;
  /** The selected items in order, each either in or with the reason it is out. */
  readonly exhibits: readonly ExhibitInput[];
  readonly chronology: readonly ChronologyRow[];
  readonly leftOut: LeftOut;
};

export type PlanBinderInput = {
  readonly purpose: BinderPurpose;
  /** Every document of the case (the selection names them by id). */
  readonly documents: readonly BinderDocument[];
  /** The parent's selection, in binder order. Unknown and repeated ids are ignored. */
  readonly selectedIds: readonly string[];
  /** Every entry of the case's communication log. */
  readonly logEntries: readonly BinderLogEntry[];
};

function exclusionOf(purpose: BinderPurpose, document: BinderDocument): ExclusionReason | null {
  // 34 CFR 300.506(b)(8): discussions in mediation are confidential and may not be used as
  // evidence in a later due process hearing.
  if (purpose === 'hearing' && isMediationConfidential(document)) {
    return 'mediation_confidential';
  }
  if (!document.binderOk) {
    return 'cannot_go_in_binder';
  }
  if (document.pageCount === 0) {
    return 'no_pages';
  }
  return null;
}

function chronologyOrder(a: ChronologyRow, b: ChronologyRow): number {
  if (a.date !== b.date) {
    if (a.date === null) {
      return 1;
    }
    if (b.date === null) {
      return -1;
    }
    return a.date < b.date ? -1 : 1;
  }
  // On the same day, documents before log entries, then by title: a stable, explainable order.
  if (a.kind !== b.kind) {
    return a.kind === 'document' ? -1 : 1;
  }
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/**
 * Applies the binder's rules to the parent's selection: a hearing binder leaves out every
 * mediation-confidential document and log entry (34 CFR 300.506(b)(8)); any binder leaves out
 * documents the vault cannot put in a binder and documents with no pages. Counts what was left
 * out and why, and builds the chronology of the documents in the binder and the log entries.
 *
 * @example
 * const plan = planBinder({ purpose: 'hearing', documents, selectedIds, logEntries });
 * plan.leftOut.mediationConfidential.documents; // 1
 */
export function planBinder(input: PlanBinderInput): BinderPlan {
  const byId = new Map(input.documents.map((d) => [d.id, d] as const));
  const seen = new Set<string>();
  const exhibits: ExhibitInput[] = [];
  let confidentialDocuments = 0;
  let noPages = 0;
  let cannotGoInBinder = 0;
  const chronology: ChronologyRow[] = [];
  for (const id of input.selectedIds) {
    const document = byId.get(id);
    if (!document || seen.has(id)) {
      continue;
    }
    seen.add(id);
    const exclusion = exclusionOf(input.purpose, document);
    const base = {
      id: document.id,
      title: document.title,
      date: document.date,
      pageCount: document.pageCount,
    };
    if (exclusion) {
      exhibits.push({ ...base, exclusion });
      if (exclusion === 'mediation_confidential') {
        confidentialDocuments += 1;
      } else if (exclusion === 'no_pages') {
        noPages += 1;
      } else {
        cannotGoInBinder += 1;
      }
      continue;
    }
    exhibits.push(base);
    chronology.push({
      date: document.date,
      kind: 'document',
      title: document.title,
      documentId: document.id,
    });
  }
  let confidentialEntries = 0;
  for (const entry of input.logEntries) {
    if (input.purpose === 'hearing' && entry.mediationConfidential) {
      confidentialEntries += 1;
      continue;
    }
    chronology.push({ date: entry.date, kind: 'log', title: entry.title });
  }
  chronology.sort(chronologyOrder);
  return {
    purpose: input.purpose,
    exhibits,
    chronology,
    leftOut: {
      mediationConfidential: {
        documents: confidentialDocuments,
        logEntries: confidentialEntries,
        citations: [CITE_MEDIATION_CONFIDENTIAL],
      },
      noPages,
      cannotGoInBinder,
      total: confidentialDocuments + confidentialEntries + noPages + cannotGoInBinder,
    },
  };
}
