/**
 * Every legal number the deadline rules use, once, with its citations, whether the number itself
 * was checked against the rule text, and when. A change in the law adds a new parameter and a new
 * dated rule version; it does not edit these values.
 *
 * `verified` is about the value: true when the number and what starts the clock were read in the
 * controlling text (or a word-for-word copy of it), and no Alabama rule could set a different
 * number, or Alabama's rule was read too. Each citation also carries its own `verified` flag.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import type { CountUnit } from './deadline-step.js';
import type { IsoDate } from './iso-date.js';

/** One legal value. */
export type DeadlineParameter = {
  readonly value: number;
  readonly unit: CountUnit;
  readonly citations: readonly Citation[];
  /** The date someone last checked this value against its sources. */
  readonly checked: IsoDate;
  /** False when the value is not confirmed from the rule text (see the module note). */
  readonly verified: boolean;
  /** What was read and what was not. */
  readonly note: string;
};

/** The day these parameters were last checked. */
export const PARAMETERS_CHECKED: IsoDate = '2026-11-28';

const checked = PARAMETERS_CHECKED;

function cfr(section: string, paragraph = '', verified = true): Citation {
  return cite(`34 CFR ${section}${paragraph}`, {
    url: `https://www.ecfr.gov/current/title-34/section-${section}`,
    verified,
    checked,
  });
}

function alabama(rule: string, paragraph: string, url: string, verified: boolean): Citation {
  return cite(`Ala. Admin. Code r. ${rule}${paragraph}`, { url, verified, checked });
}

const CASETEXT_290_8_9 =
  'https://casetext.com/regulation/alabama-administrative-code/title-290-alabama-state-board-of-education/chapter-290-8-9-special-education-services/';
const JUSTIA_290_8_9_08 =
  'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-08';

/** 34 CFR 300.11(a): "day" means calendar day unless business or school day is stated. */
export const CITE_DAY_MEANS_CALENDAR_DAY = cfr('300.11', '(a)');
/** 34 CFR 300.11(b): business day. */
export const CITE_BUSINESS_DAY = cfr('300.11', '(b)');
/** 34 CFR 300.11(c): school day. */
export const CITE_SCHOOL_DAY = cfr('300.11', '(c)');

/** The legal values, keyed by parameter id. */
export const DEADLINE_PARAMETERS = {
  initial_evaluation_days: {
    value: 60,
    unit: 'calendar_days',
    citations: [
      cfr('300.301', '(c)(1)'),
      alabama('290-8-9-.02', '(1)', `${CASETEXT_290_8_9}section-290-8-9-02-evaluations`, false),
    ],
    checked,
    verified: false,
    note: "Federal: 60 days from receipt of consent, or the state's own timeframe (300.301(c)(1), read). Alabama: three secondary sources and an ALSDE Q&A say 60 calendar days from receipt of signed consent, breaks included; the paragraph of 290-8-9-.02 itself could not be read. Exceptions: 300.301(d).",
  },
  eligibility_determination_days: {
    value: 30,
    unit: 'calendar_days',
    citations: [
      alabama(
        '290-8-9-.04',
        '(1)',
        `${CASETEXT_290_8_9}section-290-8-9-04-eligibility-and-consent-for-services`,
        true,
      ),
    ],
    checked,
    verified: true,
    note: 'Read in 290-8-9-.04(1): "within 30 calendar days from the date the public agency completes initial evaluation". IDEA sets no federal number for this step; it is an Alabama rule.',
  },
  initial_iep_meeting_days: {
    value: 30,
    unit: 'calendar_days',
    citations: [
      cfr('300.323', '(c)(1)'),
      alabama(
        '290-8-9-.05',
        '(2)(b)',
        'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-05',
        true,
      ),
    ],
    checked,
    verified: true,
    note: 'Federal and Alabama both: a meeting to develop the IEP within 30 (calendar) days of the determination that the child needs special education.',
  },
  reevaluation_years: {
    value: 3,
    unit: 'years',
    citations: [cfr('300.303', '(b)(2)')],
    checked,
    verified: true,
    note: 'At least once every 3 years unless the parent and the public agency agree it is unnecessary. The clock runs from the last evaluation; the engine starts it at the eligibility decision that follows it.',
  },
  annual_iep_review_years: {
    value: 1,
    unit: 'years',
    citations: [cfr('300.324', '(b)(1)(i)')],
    checked,
    verified: true,
    note: 'The IEP team reviews the IEP periodically, but not less than annually.',
  },
  records_access_days: {
    value: 45,
    unit: 'calendar_days',
    citations: [cfr('300.613', '(a)', false)],
    checked,
    verified: false,
    note: 'Text read only in state rules that copy 300.613(a) word for word (Iowa, Louisiana): "without unnecessary delay and before any meeting regarding an IEP, or any hearing … or resolution session …, and in no case more than 45 days after the request". No Alabama number was found; Alabama could be shorter.',
  },
  state_complaint_window_years: {
    value: 1,
    unit: 'years',
    citations: [
      cfr('300.153', '(c)'),
      alabama('290-8-9-.08', ' (complaint procedure)', JUSTIA_290_8_9_08, true),
    ],
    checked,
    verified: true,
    note: 'Read in 290-8-9-.08: the complaint "must allege a violation that occurred not more than one year prior to the date that the complaint is received".',
  },
  due_process_window_years: {
    value: 2,
    unit: 'years',
    citations: [
      cfr('300.507', '(a)(2)'),
      cfr('300.511', '(e)–(f)'),
      alabama('290-8-9-.08', ' (due process paragraph)', JUSTIA_290_8_9_08, false),
    ],
    checked,
    verified: false,
    note: 'Federal default: 2 years from when the parent knew or should have known, unless the state sets an explicit limit. Alabama: 2 years per press reports of the withdrawn 2015–16 proposal to cut it to 1 year; the current paragraph of 290-8-9-.08 could not be read. Exceptions in 300.511(f).',
  },
  state_complaint_decision_days: {
    value: 60,
    unit: 'calendar_days',
    citations: [cfr('300.152', '(a)'), cfr('300.152', '(b)(1)')],
    checked,
    verified: true,
    note: '60 days after the complaint is filed; extensions only for exceptional circumstances or by agreement to mediate (300.152(b)(1)).',
  },
  district_response_days: {
    value: 10,
    unit: 'calendar_days',
    citations: [cfr('300.508', '(e)(1)'), cfr('300.508', '(f)')],
    checked,
    verified: true,
    note: 'The district answers within 10 days when it sent no prior written notice (300.508(e)); in every other case the receiving party answers within 10 days (300.508(f)).',
  },
  sufficiency_challenge_days: {
    value: 15,
    unit: 'calendar_days',
    citations: [cfr('300.508', '(d)(1)')],
    checked,
    verified: true,
    note: 'The complaint is deemed sufficient unless the receiving party notifies the hearing officer and the other party in writing within 15 days of receiving it.',
  },
  resolution_meeting_days: {
    value: 15,
    unit: 'calendar_days',
    citations: [cfr('300.510', '(a)(1)'), cfr('300.510', '(a)(3)')],
    checked,
    verified: true,
    note: "Within 15 days of receiving notice of the parent's complaint, unless both waive it in writing or agree to mediate.",
  },
  resolution_period_days: {
    value: 30,
    unit: 'calendar_days',
    citations: [cfr('300.510', '(b)(1)–(2)'), cfr('300.510', '(c)')],
    checked,
    verified: true,
    note: 'If not resolved within 30 days of receipt, the hearing may occur; 300.510(b)(3) (parent does not take part) and 300.510(c) (written waiver etc.) can move it. Those adjustments are not computed yet.',
  },
  hearing_decision_days: {
    value: 45,
    unit: 'calendar_days',
    citations: [cfr('300.515', '(a)'), cfr('300.510', '(b)(2)'), cfr('300.515', '(c)', false)],
    checked,
    verified: true,
    note: 'Decision reached and mailed not later than 45 days after the 30-day resolution period ends. The extension paragraph (300.515(c)) was read only in secondary sources.',
  },
  resolution_agreement_review_business_days: {
    value: 3,
    unit: 'business_days',
    citations: [cfr('300.510', '(e)'), CITE_BUSINESS_DAY],
    checked,
    verified: true,
    note: 'Either party may void the agreement within 3 business days of its execution.',
  },
  evidence_disclosure_business_days: {
    value: 5,
    unit: 'business_days',
    citations: [cfr('300.512', '(a)(3)'), cfr('300.512', '(b)(1)'), CITE_BUSINESS_DAY],
    checked,
    verified: true,
    note: 'At least 5 business days before a hearing, each party discloses evaluations completed by then and recommendations based on them that it intends to use.',
  },
  civil_action_days_alabama_unverified: {
    value: 30,
    unit: 'calendar_days',
    citations: [
      alabama('290-8-9-.08', ' (civil action paragraph)', JUSTIA_290_8_9_08, false),
      cite('Andalusia City Bd. of Educ. v. Andress, 916 F. Supp. 1179 (M.D. Ala. 1996)', {
        url: 'https://law.justia.com/cases/federal/district-courts/FSupp/916/1179/1516517/',
        verified: false,
        checked,
      }),
      cfr('300.516', '(b)'),
    ],
    checked,
    verified: false,
    note: "NOT CONFIRMED FOR ALABAMA. 300.516(b): 90 days from the hearing officer's decision unless the state has an explicit time limit. In Andalusia City Bd. of Educ. v. Andress (M.D. Ala. 1996) a federal court applied the 30-day period then in the Alabama code. The current 290-8-9-.08 text was not read. Until it is, the engine gives 30 days as the date to act by and shows 90 days as the federal default.",
  },
  civil_action_days_federal_default: {
    value: 90,
    unit: 'calendar_days',
    citations: [
      cfr('300.516', '(b)'),
      cite('20 U.S.C. 1415(i)(2)(B)', {
        url: 'https://www.law.cornell.edu/uscode/text/20/1415',
        checked,
      }),
    ],
    checked,
    verified: true,
    note: "90 days from the date of the hearing officer's decision, or the time a state law explicitly allows.",
  },
  expedited_resolution_meeting_days: {
    value: 7,
    unit: 'calendar_days',
    citations: [cfr('300.532', '(c)(3)(i)')],
    checked,
    verified: true,
    note: 'Within seven days of receiving notice of the expedited complaint, unless waived in writing or mediation is used.',
  },
  expedited_resolution_period_days: {
    value: 15,
    unit: 'calendar_days',
    citations: [cfr('300.532', '(c)(3)(ii)')],
    checked,
    verified: true,
    note: 'The hearing may proceed unless the matter is resolved within 15 days of receipt of the complaint.',
  },
  expedited_hearing_school_days: {
    value: 20,
    unit: 'school_days',
    citations: [cfr('300.532', '(c)(2)'), CITE_SCHOOL_DAY],
    checked,
    verified: true,
    note: 'The expedited hearing must occur within 20 school days of the date the complaint is filed.',
  },
  expedited_decision_school_days: {
    value: 10,
    unit: 'school_days',
    citations: [cfr('300.532', '(c)(2)'), CITE_SCHOOL_DAY],
    checked,
    verified: true,
    note: 'The hearing officer makes a determination within 10 school days after the hearing.',
  },
  manifestation_determination_school_days: {
    value: 10,
    unit: 'school_days',
    citations: [
      cfr('300.530', '(e)(1)'),
      CITE_SCHOOL_DAY,
      alabama(
        '290-8-9-.09',
        '',
        'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-09',
        false,
      ),
    ],
    checked,
    verified: true,
    note: 'Federal rule read: within 10 school days of any decision to change placement for a violation of a code of student conduct. Alabama follows it (secondary source; the 290-8-9-.09 paragraph was not read).',
  },
  ocr_complaint_days: {
    value: 180,
    unit: 'calendar_days',
    citations: [
      cite('34 CFR 100.7(b) (read only as quoted by secondary sources)', {
        url: 'https://www.ecfr.gov/current/title-34/section-100.7',
        verified: false,
      }),
      cite('34 CFR 104.61', {
        url: 'https://www.ecfr.gov/current/title-34/section-104.61',
        verified: false,
        checked,
      }),
    ],
    checked,
    verified: false,
    note: '100.7(b): not later than 180 days from the alleged discrimination unless OCR extends the time. That 104.61 applies the Part 100 procedures to Section 504 is from memory and a secondary source; 104.61 itself was not read.',
  },
} as const satisfies Readonly<Record<string, DeadlineParameter>>;

/** The id of a legal value. */
export type ParameterId = keyof typeof DEADLINE_PARAMETERS;

/**
 * Looks up a parameter, typed as the general shape.
 *
 * @example
 * getParameter('initial_evaluation_days').value; // 60
 */
export function getParameter(id: ParameterId): DeadlineParameter {
  return DEADLINE_PARAMETERS[id];
}
