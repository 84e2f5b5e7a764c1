/**
 * The law behind the binder's rules, as `Citation`s.
 *
 * Source: /work/shared/reference/legal.md. 300.506(b)(8) is labeled V there (read in a summary
 * with the key rule text and in the Part C twin 303.431(b)(7)); 300.512(a)(3) and (b) are V. The
 * 5-business-day count itself comes from the deadline engine's parameter, which carries its own
 * citations (`DEADLINE_PARAMETERS.evidence_disclosure_business_days`).
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import { ecfr300 } from '../law/sources.js';

/** The day these citations were checked against legal.md. */
export const BINDER_CITATIONS_CHECKED = '2026-11-28';

const checked = BINDER_CITATIONS_CHECKED;

/**
 * 34 CFR 300.506(b)(8): discussions that happen during mediation are confidential and may not be
 * used as evidence in any later due process hearing or civil proceeding.
 */
export const CITE_MEDIATION_CONFIDENTIAL: Citation = cite('34 CFR 300.506(b)(8)', {
  url: ecfr300('506'),
  checked,
});

/**
 * 34 CFR 300.512(a)(3): a party may prohibit evidence at the hearing that was not disclosed at
 * least 5 business days before it.
 */
export const CITE_EVIDENCE_NOT_DISCLOSED: Citation = cite('34 CFR 300.512(a)(3)', {
  url: ecfr300('512'),
  checked,
});

/**
 * 34 CFR 300.512(b): at least 5 business days before the hearing, each party discloses the
 * evaluations completed by then and the recommendations based on them that it intends to use.
 */
export const CITE_EVALUATIONS_DISCLOSED: Citation = cite('34 CFR 300.512(b)', {
  url: ecfr300('512'),
  checked,
});

/** 34 CFR 300.11(b): business days are Monday to Friday except federal and state holidays. */
export const CITE_BUSINESS_DAYS: Citation = cite('34 CFR 300.11(b)', {
  url: ecfr300('11'),
  checked,
});
