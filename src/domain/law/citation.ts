/**
 * A pointer to the law a number or a branch relies on.
 *
 * Every legal value in `src/domain` carries one or more citations, so pages, letters and
 * binders can say *why*. `verified` is false where the rule text could not be checked against
 * the regulation itself; the UI must say so.
 *
 * @example
 * const c = cite('34 CFR 300.301(c)(1)', { url: 'https://www.ecfr.gov/current/title-34/section-300.301' });
 */
export type Citation = {
  /** Human-readable cite, e.g. "34 CFR 300.153(c)" or "Ala. Admin. Code r. 290-8-9-.08(9)". */
  readonly cite: string;
  /** Where a reader can check it. */
  readonly url?: string;
  /** False when our text of the rule is not yet checked against the regulation itself. */
  readonly verified: boolean;
  /** The date (YYYY-MM-DD) someone last checked the cite against its source. */
  readonly checked?: string;
};

/** Builds a citation; verified unless told otherwise. */
export function cite(
  text: string,
  options: { url?: string; verified?: boolean; checked?: string } = {},
): Citation {
  return {
    cite: text,
    verified: options.verified ?? true,
    ...(options.url ? { url: options.url } : {}),
    ...(options.checked ? { checked: options.checked } : {}),
  };
}
