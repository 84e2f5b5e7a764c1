/**
 * How well each path fits one concern, before windows, refusals, pending filings and what was
 * already tried are taken into account. This is the seed's decision framework written as data:
 *
 * - disagreements about what is appropriate (amount of service, placement, AT, transition,
 *   eligibility, a refused evaluation) fit mediation best (34 CFR 300.506);
 * - clear procedural violations fit a state complaint best (34 CFR 300.151-300.153);
 * - discipline brings in the expedited hearing (34 CFR 300.532);
 * - disability discrimination goes to OCR (34 CFR 104.4; 28 CFR 35.170), and a child with only a
 *   504 plan is routed to the 504 hearing (34 CFR 104.36) and OCR, not to the IDEA paths.
 *
 * Scores only order the options (higher is better); they carry no legal meaning.
 *
 * @module
 */
import type { ConcernType, Fit, Path, Plan } from './assessment-types.js';
import type { ReasonId } from './reason-texts.js';

/** One path's fit for one concern. */
export type Cell = {
  readonly fit: Fit;
  readonly score: number;
  readonly reasons: readonly ReasonId[];
};

export type Profile = { readonly [P in Path]: Cell };

/** What kind of problem a concern is. */
export type ConcernKind = 'appropriateness' | 'procedural' | 'discipline' | 'discrimination';

export const CONCERN_KINDS: { readonly [C in ConcernType]: ConcernKind } = {
  service_amount: 'appropriateness',
  placement: 'appropriateness',
  assistive_technology: 'appropriateness',
  transition_services: 'appropriateness',
  eligibility: 'appropriateness',
  evaluation_refused: 'appropriateness',
  evaluation_timeline_missed: 'procedural',
  prior_written_notice_refused: 'procedural',
  iep_not_implemented: 'procedural',
  records_access_denied: 'procedural',
  iee_request_ignored: 'procedural',
  discipline: 'discipline',
  disability_discrimination: 'discrimination',
};

const R = (score: number, ...reasons: ReasonId[]): Cell => ({
  fit: 'recommended',
  score,
  reasons,
});
const P = (score: number, ...reasons: ReasonId[]): Cell => ({ fit: 'possible', score, reasons });
const NA = (...reasons: ReasonId[]): Cell => ({ fit: 'not_available', score: 0, reasons });

const MEDIATION_INFO: readonly ReasonId[] = [
  'mediation.how_it_works',
  'mediation.voluntary',
  'mediation.state_process',
];

const IDEA_APPROPRIATENESS: Profile = {
  iep_meeting: P(50, 'iep_meeting.talk'),
  mediation: R(90, 'mediation.fits_disagreement', ...MEDIATION_INFO),
  state_complaint: P(45, 'state_complaint.less_suited', 'state_complaint.how'),
  due_process: P(60, 'due_process.formal', 'due_process.cost'),
  mediation_with_due_process: P(55, 'mediation_with_due_process.how', 'due_process.stay_put'),
  expedited_due_process: NA('expedited.only_discipline'),
  section_504_hearing: P(10, 'section_504_hearing.iep_child'),
  ocr_complaint: P(12, 'ocr.possible'),
  records_request: P(30, 'records_request.useful'),
  iee_request: P(25, 'iee_request.fits'),
  pwn_request: R(70, 'pwn_request.fits'),
};

const IDEA_PROCEDURAL: Profile = {
  iep_meeting: P(35, 'iep_meeting.talk'),
  mediation: P(55, 'mediation.procedural_possible', ...MEDIATION_INFO),
  state_complaint: R(95, 'state_complaint.fits_violation', 'state_complaint.how'),
  // Above mediation: when the state complaint window has passed, a hearing can still order
  // make-up services for a clear violation; a mediator cannot order anything.
  due_process: P(58, 'due_process.formal', 'due_process.procedural_standard', 'due_process.cost'),
  mediation_with_due_process: P(40, 'mediation_with_due_process.how', 'due_process.stay_put'),
  expedited_due_process: NA('expedited.only_discipline'),
  section_504_hearing: P(10, 'section_504_hearing.iep_child'),
  ocr_complaint: P(12, 'ocr.possible'),
  records_request: P(30, 'records_request.useful'),
  iee_request: NA('iee_request.not_relevant'),
  pwn_request: NA('pwn_request.not_relevant'),
};

const IDEA_DISCIPLINE: Profile = {
  iep_meeting: P(45, 'iep_meeting.manifestation'),
  mediation: P(60, 'mediation.discipline', ...MEDIATION_INFO),
  state_complaint: P(50, 'state_complaint.discipline', 'state_complaint.how'),
  due_process: P(40, 'due_process.discipline_expedited', 'due_process.formal'),
  mediation_with_due_process: P(35, 'mediation_with_due_process.how'),
  expedited_due_process: R(95, 'expedited.fits_discipline', 'expedited.placement_during'),
  section_504_hearing: P(10, 'section_504_hearing.iep_child'),
  ocr_complaint: P(12, 'ocr.possible'),
  records_request: R(55, 'records_request.discipline'),
  iee_request: NA('iee_request.not_relevant'),
  pwn_request: P(25, 'pwn_request.fits'),
};

const IDEA_DISCRIMINATION: Profile = {
  iep_meeting: P(40, 'iep_meeting.talk'),
  mediation: NA('idea.not_for_discrimination'),
  state_complaint: NA('idea.not_for_discrimination'),
  due_process: NA('idea.not_for_discrimination'),
  mediation_with_due_process: NA('idea.not_for_discrimination'),
  expedited_due_process: NA('expedited.only_discipline'),
  section_504_hearing: P(30, 'section_504_hearing.not_for_discrimination'),
  ocr_complaint: R(90, 'ocr.fits_discrimination', 'ocr.grievance_optional'),
  records_request: P(30, 'records_request.useful'),
  iee_request: NA('iee_request.not_relevant'),
  pwn_request: NA('pwn_request.not_relevant'),
};

/** Per-concern changes to the IDEA tables. */
const IDEA_OVERRIDES: { readonly [C in ConcernType]?: Partial<Profile> } = {
  placement: {
    due_process: P(65, 'due_process.formal', 'due_process.stay_put', 'due_process.cost'),
    mediation_with_due_process: R(80, 'mediation_with_due_process.how', 'due_process.stay_put'),
  },
  eligibility: {
    mediation: R(85, 'mediation.fits_disagreement', ...MEDIATION_INFO),
    iee_request: R(75, 'iee_request.fits'),
    due_process: P(65, 'due_process.formal', 'due_process.cost'),
    state_complaint: P(40, 'state_complaint.less_suited', 'state_complaint.how'),
  },
  evaluation_refused: {
    mediation: R(80, 'mediation.fits_disagreement', ...MEDIATION_INFO),
    pwn_request: R(75, 'pwn_request.fits'),
    due_process: P(65, 'due_process.formal', 'due_process.cost'),
    state_complaint: P(50, 'state_complaint.child_find', 'state_complaint.how'),
    iee_request: NA('iee_request.not_relevant'),
  },
  evaluation_timeline_missed: {
    state_complaint: R(
      95,
      'state_complaint.fits_violation',
      'state_complaint.evaluation_timeline',
      'state_complaint.how',
    ),
  },
  prior_written_notice_refused: {
    pwn_request: P(40, 'pwn_request.ask_again'),
  },
  iep_not_implemented: {
    records_request: R(60, 'records_request.implementation', 'records_request.useful'),
    iep_meeting: P(40, 'iep_meeting.talk'),
  },
  records_access_denied: {
    records_request: P(45, 'records_request.ask_again'),
  },
  iee_request_ignored: {
    iee_request: P(40, 'iee_request.ask_again'),
    due_process: P(58, 'due_process.formal', 'due_process.iee', 'due_process.cost'),
  },
};

const IDEA_BY_KIND: { readonly [K in ConcernKind]: Profile } = {
  appropriateness: IDEA_APPROPRIATENESS,
  procedural: IDEA_PROCEDURAL,
  discipline: IDEA_DISCIPLINE,
  discrimination: IDEA_DISCRIMINATION,
};

const NOT_IDEA = NA('plan.section_504_not_idea');

/** Concerns where a child with only a 504 plan may still be owed an IDEA evaluation. */
const IDEA_IDENTIFICATION: readonly ConcernType[] = ['eligibility', 'evaluation_refused'];

const SECTION_504_BASE: Profile = {
  iep_meeting: P(45, 'iep_meeting.section_504'),
  mediation: NOT_IDEA,
  state_complaint: NOT_IDEA,
  due_process: NOT_IDEA,
  mediation_with_due_process: NOT_IDEA,
  expedited_due_process: NOT_IDEA,
  section_504_hearing: R(85, 'section_504_hearing.fits'),
  ocr_complaint: P(60, 'ocr.possible', 'ocr.grievance_optional'),
  records_request: P(30, 'records_request.section_504'),
  iee_request: NA('iee_request.section_504'),
  pwn_request: P(20, 'pwn_request.section_504'),
};

const SECTION_504_OVERRIDES: { readonly [C in ConcernType]?: Partial<Profile> } = {
  eligibility: {
    mediation: P(50, 'plan.section_504_idea_identification', ...MEDIATION_INFO),
    state_complaint: P(40, 'plan.section_504_idea_identification', 'state_complaint.child_find'),
    due_process: P(50, 'plan.section_504_idea_identification', 'due_process.formal'),
    iee_request: P(30, 'plan.section_504_idea_identification', 'iee_request.fits'),
    pwn_request: R(60, 'plan.section_504_idea_identification', 'pwn_request.fits'),
  },
  evaluation_refused: {
    mediation: P(50, 'plan.section_504_idea_identification', ...MEDIATION_INFO),
    state_complaint: P(40, 'plan.section_504_idea_identification', 'state_complaint.child_find'),
    due_process: P(50, 'plan.section_504_idea_identification', 'due_process.formal'),
    pwn_request: R(60, 'plan.section_504_idea_identification', 'pwn_request.fits'),
  },
  iep_not_implemented: {
    section_504_hearing: P(50, 'section_504_hearing.fits'),
    ocr_complaint: R(88, 'ocr.plan_not_followed', 'ocr.grievance_optional'),
    records_request: R(55, 'records_request.implementation', 'records_request.section_504'),
  },
  iee_request_ignored: {
    section_504_hearing: P(40, 'section_504_hearing.fits'),
  },
  discipline: {
    records_request: R(55, 'records_request.discipline'),
  },
  disability_discrimination: {
    section_504_hearing: P(30, 'section_504_hearing.not_for_discrimination'),
    ocr_complaint: R(90, 'ocr.fits_discrimination', 'ocr.grievance_optional'),
    pwn_request: NA('pwn_request.not_relevant'),
  },
};

/** For a child who may have no plan or a 504 plan we do not know of, 504 routes are closer. */
const UNSURE_PLAN_504: Partial<Profile> = {
  section_504_hearing: P(45, 'section_504_hearing.fits'),
};

/**
 * The profile of one concern for a child's plan.
 *
 * @example
 * profileFor('service_amount', 'iep').mediation.fit; // 'recommended'
 * profileFor('service_amount', 'section_504').state_complaint.fit; // 'not_available'
 */
export function profileFor(type: ConcernType, plan: Plan): Profile {
  if (plan === 'section_504') {
    const base = IDEA_IDENTIFICATION.includes(type)
      ? { ...SECTION_504_BASE, iee_request: NA('iee_request.not_relevant') }
      : SECTION_504_BASE;
    return { ...base, ...SECTION_504_OVERRIDES[type] };
  }
  const kind = CONCERN_KINDS[type];
  const idea: Profile = { ...IDEA_BY_KIND[kind], ...IDEA_OVERRIDES[type] };
  if ((plan === 'none' || plan === 'unknown') && kind !== 'discrimination') {
    return { ...idea, ...UNSURE_PLAN_504 };
  }
  return idea;
}
