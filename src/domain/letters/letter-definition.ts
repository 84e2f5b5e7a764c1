/**
 * The shape of one letter kind: its title, the elements it is checked for (required ones block
 * finalizing; recommended ones warn), the filing window its dates are checked against, the law
 * it relies on, and its template.
 *
 * @module
 */
import type { Localized } from '../deadlines/localized.js';
import type { Citation } from '../law/citation.js';
import type { ComposeContext, Composed } from './compose-helpers.js';
import type { ElementId } from './letter-elements.js';
import type { LetterDataMap, LetterKind } from './letter-types.js';

/**
 * Why an element is asked for.
 * - `law`: the cited rule lists it as required content.
 * - `app`: the rule lists no content (or not this item); the app requires it so the reader can
 *   identify the child and act on the letter.
 * - `good_practice`: advocates recommend it (a warning, never a blocker).
 */
export type ElementBasis = 'law' | 'app' | 'good_practice';

/** One element a kind is checked for. */
export type ElementRule = {
  readonly id: ElementId;
  /** `required` blocks finalizing; `recommended` gives a warning. */
  readonly level: 'required' | 'recommended';
  readonly basis: ElementBasis;
  /** The rule that requires it (law) or that the request rests on (app, good practice). */
  readonly citations: readonly Citation[];
};

/** Which filing window (in the jurisdiction's rules) the `violation_window` check uses. */
export type WindowPath = 'state_complaint' | 'due_process' | 'ocr_complaint';

/** One letter kind. */
export type LetterDefinition<K extends LetterKind> = {
  readonly kind: K;
  readonly title: Localized;
  readonly elements: readonly ElementRule[];
  readonly window?: WindowPath;
  /** Everything the letter cites, for the app to list with its verified flags. */
  readonly citations: readonly Citation[];
  /** Where the recipients came from and what is unverified about them. */
  readonly recipientNote: Localized;
  readonly compose: (ctx: ComposeContext<LetterDataMap[K]>) => Composed;
};

/**
 * A required element.
 *
 * @example
 * required('child_name', 'law', LETTER_CITATIONS.dp508b1);
 */
export function required(
  id: ElementId,
  basis: ElementBasis,
  ...citations: Citation[]
): ElementRule {
  return { id, level: 'required', basis, citations };
}

/**
 * A recommended element (a warning when absent).
 *
 * @example
 * recommended('response_date');
 */
export function recommended(id: ElementId, ...citations: Citation[]): ElementRule {
  return { id, level: 'recommended', basis: 'good_practice', citations };
}

/** The identification elements almost every kind asks for, on the app's own basis. */
export function appIdentity(...citations: Citation[]): ElementRule[] {
  return [
    required('letter_date', 'app', ...citations),
    required('parent_name', 'app', ...citations),
    required('parent_contact', 'app', ...citations),
    required('child_name', 'app', ...citations),
    required('child_school', 'app', ...citations),
    required('district_name', 'app', ...citations),
  ];
}
