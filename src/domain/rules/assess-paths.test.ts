import { describe, expect, it } from 'vitest';
import { assessPaths } from './assess-paths.js';
import type {
  Assessment,
  AssessmentRequest,
  Fit,
  IsoDate,
  LetterKind,
  Path,
  PathOption,
  TriggerEvent,
} from './assessment-types.js';
import type { ReasonId } from './reason-texts.js';

const AS_OF = '2026-11-28';

type Scenario = {
  readonly name: string;
  readonly request: Partial<AssessmentRequest>;
  /** The rank-1 path. */
  readonly top: Path;
  readonly fits?: { readonly [P in Path]?: Fit };
  readonly windows?: { readonly [P in Path]?: IsoDate | null };
  readonly reasons?: { readonly [P in Path]?: readonly ReasonId[] };
  readonly absentReasons?: { readonly [P in Path]?: readonly ReasonId[] };
  readonly steps?: {
    readonly [P in Path]?: readonly {
      letter: LetterKind | null;
      startsDeadline: TriggerEvent | null;
    }[];
  };
};

function run(request: Partial<AssessmentRequest>): Assessment {
  const outcome = assessPaths({
    jurisdiction: 'US-AL',
    asOf: AS_OF,
    plan: 'iep',
    concerns: [],
    ...request,
  });
  if (!outcome.ok) {
    throw new Error(`Unexpected problems: ${JSON.stringify(outcome.problems)}`);
  }
  return outcome.assessment;
}

function option(assessment: Assessment, path: Path): PathOption {
  const found = assessment.options.find((o) => o.path === path);
  if (!found) {
    throw new Error(`No option for ${path}`);
  }
  return found;
}

const c = (type: string, date: IsoDate) => ({ type, date });

const scenarios: readonly Scenario[] = [
  // Every concern type
  {
    name: 'a dispute over speech minutes with a district willing to talk ranks mediation first',
    request: { concerns: [c('service_amount', '2026-10-01')] },
    top: 'mediation',
    fits: { mediation: 'recommended', state_complaint: 'possible', due_process: 'possible' },
    reasons: {
      mediation: ['mediation.fits_disagreement', 'mediation.how_it_works', 'mediation.voluntary'],
      state_complaint: ['state_complaint.less_suited'],
    },
  },
  {
    name: 'a placement dispute recommends filing due process with mediation for stay-put',
    request: { concerns: [c('placement', '2026-10-01')] },
    top: 'mediation',
    fits: { mediation_with_due_process: 'recommended' },
    reasons: {
      mediation_with_due_process: ['mediation_with_due_process.how', 'due_process.stay_put'],
      due_process: ['due_process.stay_put'],
    },
  },
  {
    name: 'an assistive technology dispute ranks mediation first and asks for written notice',
    request: { concerns: [c('assistive_technology', '2026-10-01')] },
    top: 'mediation',
    fits: { pwn_request: 'recommended' },
  },
  {
    name: 'a transition services dispute does not open the expedited hearing',
    request: { concerns: [c('transition_services', '2026-10-01')] },
    top: 'mediation',
    fits: { expedited_due_process: 'not_available' },
    reasons: { expedited_due_process: ['expedited.only_discipline'] },
  },
  {
    name: 'an eligibility dispute recommends an independent evaluation',
    request: { concerns: [c('eligibility', '2026-10-01')] },
    top: 'mediation',
    fits: { iee_request: 'recommended' },
    reasons: { iee_request: ['iee_request.fits'] },
  },
  {
    name: 'a refused evaluation recommends prior written notice and rules out an IEE',
    request: { concerns: [c('evaluation_refused', '2026-10-01')] },
    top: 'mediation',
    fits: { pwn_request: 'recommended', iee_request: 'not_available', state_complaint: 'possible' },
    reasons: { state_complaint: ['state_complaint.child_find'] },
  },
  {
    name: 'a missed evaluation timeline ranks the state complaint first with a 1-year window',
    request: { concerns: [c('evaluation_timeline_missed', '2026-09-15')] },
    top: 'state_complaint',
    windows: { state_complaint: '2027-09-15', due_process: '2028-09-15' },
    reasons: {
      state_complaint: [
        'state_complaint.fits_violation',
        'state_complaint.evaluation_timeline',
        'state_complaint.window_open',
      ],
    },
  },
  {
    name: 'refused prior written notice ranks the state complaint first and asks again in writing',
    request: { concerns: [c('prior_written_notice_refused', '2026-10-01')] },
    top: 'state_complaint',
    fits: { pwn_request: 'possible' },
    reasons: { pwn_request: ['pwn_request.ask_again'] },
  },
  {
    name: 'an IEP not implemented ranks the state complaint first and recommends the service logs',
    request: { concerns: [c('iep_not_implemented', '2026-10-01')] },
    top: 'state_complaint',
    fits: { records_request: 'recommended', mediation: 'possible' },
    reasons: { records_request: ['records_request.implementation'] },
  },
  {
    name: 'denied records rank the state complaint first and restart the 45-day request',
    request: { concerns: [c('records_access_denied', '2026-10-01')] },
    top: 'state_complaint',
    fits: { records_request: 'possible' },
    reasons: { records_request: ['records_request.ask_again'] },
    steps: {
      records_request: [{ letter: 'records_request', startsDeadline: 'records_request_received' }],
    },
  },
  {
    name: 'an ignored IEE request ranks the state complaint first and explains the district duty',
    request: { concerns: [c('iee_request_ignored', '2026-10-01')] },
    top: 'state_complaint',
    reasons: { due_process: ['due_process.iee'], iee_request: ['iee_request.ask_again'] },
  },
  {
    name: 'a discipline removal ranks the expedited hearing first',
    request: { concerns: [c('discipline', '2026-11-20')] },
    top: 'expedited_due_process',
    fits: { due_process: 'possible', records_request: 'recommended' },
    reasons: {
      expedited_due_process: ['expedited.fits_discipline', 'expedited.placement_during'],
      due_process: ['due_process.discipline_expedited'],
      iep_meeting: ['iep_meeting.manifestation'],
    },
    steps: {
      expedited_due_process: [
        { letter: null, startsDeadline: null },
        {
          letter: 'due_process_complaint',
          startsDeadline: 'expedited_due_process_complaint_received',
        },
      ],
    },
  },
  {
    name: 'disability discrimination of a child with an IEP goes to OCR, not the IDEA paths',
    request: { concerns: [c('disability_discrimination', '2026-10-01')] },
    top: 'ocr_complaint',
    fits: {
      state_complaint: 'not_available',
      due_process: 'not_available',
      mediation: 'not_available',
    },
    windows: { ocr_complaint: '2027-03-30' },
    reasons: { state_complaint: ['idea.not_for_discrimination'] },
  },
  // Window edges: state complaint (1 year from the violation)
  {
    name: 'the day before the state complaint window closes the state complaint is still first',
    request: { asOf: '2026-11-27', concerns: [c('iep_not_implemented', '2025-11-28')] },
    top: 'state_complaint',
    windows: { state_complaint: '2026-11-28' },
  },
  {
    name: 'on the day the state complaint window closes the state complaint can still be filed',
    request: { asOf: '2026-11-28', concerns: [c('iep_not_implemented', '2025-11-28')] },
    top: 'state_complaint',
    fits: { state_complaint: 'recommended' },
    windows: { state_complaint: '2026-11-28' },
  },
  {
    name: 'the day after the state complaint window closes it is not available and due process leads',
    request: { asOf: '2026-11-29', concerns: [c('iep_not_implemented', '2025-11-28')] },
    top: 'due_process',
    fits: { state_complaint: 'not_available', due_process: 'recommended' },
    windows: { state_complaint: '2026-11-28', due_process: '2027-11-28' },
    reasons: {
      state_complaint: ['state_complaint.window_closed'],
      due_process: ['path.best_left'],
    },
  },
  // Window edges: due process (2 years from knew or should have known)
  {
    name: 'the day before the due process window closes due process is still possible',
    request: { asOf: '2026-11-27', concerns: [c('service_amount', '2024-11-28')] },
    top: 'mediation',
    fits: { due_process: 'possible' },
    windows: { due_process: '2026-11-28' },
  },
  {
    name: 'on the day the due process window closes due process is still possible',
    request: { asOf: '2026-11-28', concerns: [c('service_amount', '2024-11-28')] },
    top: 'mediation',
    fits: { due_process: 'possible', mediation_with_due_process: 'possible' },
    windows: { due_process: '2026-11-28' },
  },
  {
    name: 'the day after the due process window closes due process is not available with its date',
    request: { asOf: '2026-11-29', concerns: [c('service_amount', '2024-11-28')] },
    top: 'mediation',
    fits: {
      due_process: 'not_available',
      mediation_with_due_process: 'not_available',
      mediation: 'recommended',
    },
    windows: { due_process: '2026-11-28', mediation: null },
    reasons: { due_process: ['due_process.window_closed'] },
  },
  // Window edges: OCR (180 days)
  {
    name: 'the day before the OCR window closes OCR is still first',
    request: { asOf: '2026-11-27', concerns: [c('disability_discrimination', '2026-06-01')] },
    top: 'ocr_complaint',
    windows: { ocr_complaint: '2026-11-28' },
  },
  {
    name: 'on the day the OCR window closes OCR is still first',
    request: { asOf: '2026-11-28', concerns: [c('disability_discrimination', '2026-06-01')] },
    top: 'ocr_complaint',
    fits: { ocr_complaint: 'recommended' },
    windows: { ocr_complaint: '2026-11-28' },
  },
  {
    name: 'the day after the OCR window closes OCR is not available with the date it closed',
    request: { asOf: '2026-11-29', concerns: [c('disability_discrimination', '2026-06-01')] },
    top: 'iep_meeting',
    fits: { ocr_complaint: 'not_available' },
    windows: { ocr_complaint: '2026-11-28' },
    reasons: { ocr_complaint: ['ocr.window_closed'], iep_meeting: ['path.best_left'] },
  },
  {
    name: 'a violation on 29 February has a state complaint window ending on 28 February',
    request: { asOf: '2025-02-28', concerns: [c('records_access_denied', '2024-02-29')] },
    top: 'state_complaint',
    windows: { state_complaint: '2025-02-28' },
  },
  {
    name: 'a violation on 29 February is past the state complaint window on 1 March',
    request: { asOf: '2025-03-01', concerns: [c('records_access_denied', '2024-02-29')] },
    top: 'due_process',
    fits: { state_complaint: 'not_available' },
    windows: { state_complaint: '2025-02-28' },
  },
  // Refusal of mediation
  {
    name: 'when the district refuses mediation for a service dispute, due process leads',
    request: { districtRefusedMediation: true, concerns: [c('service_amount', '2026-10-01')] },
    top: 'due_process',
    fits: {
      mediation: 'not_available',
      mediation_with_due_process: 'not_available',
      due_process: 'recommended',
    },
    windows: { mediation_with_due_process: null, due_process: '2028-10-01' },
    reasons: {
      mediation: ['mediation.refused'],
      due_process: ['due_process.mediation_refused'],
    },
  },
  {
    name: 'when the district refuses mediation for a procedural violation, the state complaint still leads',
    request: {
      districtRefusedMediation: true,
      concerns: [c('evaluation_timeline_missed', '2026-10-01')],
    },
    top: 'state_complaint',
    fits: { mediation: 'not_available', due_process: 'recommended' },
  },
  {
    name: 'when the district refuses mediation about discipline, the expedited hearing still leads',
    request: { districtRefusedMediation: true, concerns: [c('discipline', '2026-11-20')] },
    top: 'expedited_due_process',
    fits: { mediation: 'not_available' },
  },
  // Pending filings
  {
    name: 'a pending due process complaint closes due process and keeps mediation first',
    request: { pending: ['due_process'], concerns: [c('service_amount', '2026-10-01')] },
    top: 'mediation',
    fits: { due_process: 'not_available', mediation_with_due_process: 'not_available' },
    reasons: { due_process: ['due_process.already_pending'] },
  },
  {
    name: 'a pending due process complaint sets the overlapping state complaint aside',
    request: { pending: ['due_process'], concerns: [c('iep_not_implemented', '2026-10-01')] },
    top: 'records_request',
    fits: { state_complaint: 'possible', due_process: 'not_available' },
    reasons: { state_complaint: ['state_complaint.pending_due_process'] },
    absentReasons: { due_process: ['path.best_left'] },
  },
  {
    name: 'a pending state complaint is not filed twice and due process is not pushed instead',
    request: {
      pending: ['state_complaint'],
      concerns: [c('evaluation_timeline_missed', '2026-10-01')],
    },
    top: 'due_process',
    fits: { state_complaint: 'not_available', due_process: 'possible', mediation: 'possible' },
    reasons: { state_complaint: ['state_complaint.already_pending'] },
    absentReasons: { due_process: ['path.best_left'] },
  },
  {
    name: 'with both filings pending only talking and supporting steps remain open',
    request: {
      pending: ['state_complaint', 'due_process'],
      concerns: [c('iep_not_implemented', '2026-10-01')],
    },
    top: 'records_request',
    fits: { state_complaint: 'not_available', due_process: 'not_available', mediation: 'possible' },
  },
  // What was tried
  {
    name: 'after mediation was tried, due process leads a service dispute',
    request: { tried: ['mediation'], concerns: [c('service_amount', '2026-10-01')] },
    top: 'due_process',
    fits: { mediation: 'possible', due_process: 'recommended' },
    reasons: { mediation: ['path.tried'], due_process: ['due_process.others_failed'] },
  },
  {
    name: 'after a state complaint was tried, due process leads an implementation dispute',
    request: { tried: ['state_complaint'], concerns: [c('iep_not_implemented', '2026-10-01')] },
    top: 'due_process',
    fits: { state_complaint: 'possible' },
    reasons: { due_process: ['due_process.others_failed'] },
  },
  {
    name: 'after an IEP meeting was tried, mediation still leads a placement dispute',
    request: { tried: ['iep_meeting'], concerns: [c('placement', '2026-10-01')] },
    top: 'mediation',
    fits: { iep_meeting: 'possible' },
    reasons: { iep_meeting: ['path.tried'] },
    absentReasons: { due_process: ['due_process.others_failed'] },
  },
  // Section 504 only
  {
    name: 'a child with only a 504 plan and a service dispute goes to the 504 hearing, not IDEA',
    request: { plan: 'section_504', concerns: [c('service_amount', '2026-10-01')] },
    top: 'section_504_hearing',
    fits: {
      state_complaint: 'not_available',
      due_process: 'not_available',
      mediation: 'not_available',
      ocr_complaint: 'possible',
    },
    windows: { section_504_hearing: null, state_complaint: null },
    reasons: {
      state_complaint: ['plan.section_504_not_idea'],
      section_504_hearing: ['section_504_hearing.fits'],
    },
  },
  {
    name: 'a 504 plan not followed goes to OCR first',
    request: { plan: 'section_504', concerns: [c('iep_not_implemented', '2026-10-01')] },
    top: 'ocr_complaint',
    fits: { section_504_hearing: 'possible' },
    reasons: { ocr_complaint: ['ocr.plan_not_followed', 'ocr.grievance_optional'] },
    steps: {
      ocr_complaint: [
        { letter: null, startsDeadline: null },
        { letter: 'section_504_grievance', startsDeadline: null },
      ],
    },
  },
  {
    name: 'discipline of a child with only a 504 plan goes to the 504 hearing, not the expedited hearing',
    request: { plan: 'section_504', concerns: [c('discipline', '2026-11-20')] },
    top: 'section_504_hearing',
    fits: { expedited_due_process: 'not_available' },
    reasons: { expedited_due_process: ['plan.section_504_not_idea'] },
  },
  {
    name: 'a refused special education evaluation of a 504 child keeps IDEA due process possible',
    request: { plan: 'section_504', concerns: [c('evaluation_refused', '2026-10-01')] },
    top: 'section_504_hearing',
    fits: { due_process: 'possible', state_complaint: 'possible', pwn_request: 'recommended' },
    reasons: { due_process: ['plan.section_504_idea_identification'] },
  },
  {
    name: 'discrimination against a 504 child past 180 days closes OCR with its date',
    request: {
      plan: 'section_504',
      concerns: [c('disability_discrimination', '2026-05-01')],
    },
    top: 'iep_meeting',
    fits: { ocr_complaint: 'not_available' },
    windows: { ocr_complaint: '2026-10-28' },
  },
  // No plan or not sure
  {
    name: 'a child with no plan whose evaluation was refused keeps the IDEA paths with a child-find note',
    request: { plan: 'none', concerns: [c('evaluation_refused', '2026-10-01')] },
    top: 'mediation',
    reasons: { mediation: ['plan.none'], due_process: ['plan.none'] },
  },
  {
    name: 'a parent not sure of the plan is told to get the records',
    request: { plan: 'unknown', concerns: [c('service_amount', '2026-10-01')] },
    top: 'mediation',
    fits: { records_request: 'recommended', section_504_hearing: 'possible' },
    reasons: { records_request: ['records_request.unknown_plan'], mediation: ['plan.unknown'] },
  },
  // Several concerns at once
  {
    name: 'a service dispute and a procedural violation can both be pursued',
    request: {
      concerns: [c('service_amount', '2026-10-01'), c('iep_not_implemented', '2026-10-15')],
    },
    top: 'state_complaint',
    fits: { mediation: 'recommended', state_complaint: 'recommended' },
    reasons: { mediation: ['combined.both'], state_complaint: ['combined.both'] },
  },
  {
    name: 'three procedural violations go in one state complaint',
    request: {
      concerns: [
        c('evaluation_timeline_missed', '2026-08-01'),
        c('prior_written_notice_refused', '2026-09-01'),
        c('records_access_denied', '2026-10-01'),
      ],
    },
    top: 'state_complaint',
    windows: { state_complaint: '2027-08-01' },
    reasons: { state_complaint: ['state_complaint.several'] },
  },
  {
    name: 'discipline with disability discrimination recommends the expedited hearing and OCR',
    request: {
      concerns: [c('discipline', '2026-11-20'), c('disability_discrimination', '2026-11-20')],
    },
    top: 'expedited_due_process',
    fits: { ocr_complaint: 'recommended' },
  },
  {
    name: 'an old implementation failure and a new service dispute split the windows',
    request: {
      concerns: [c('iep_not_implemented', '2025-06-01'), c('service_amount', '2026-10-01')],
    },
    top: 'mediation',
    fits: { state_complaint: 'possible', due_process: 'recommended' },
    windows: { state_complaint: '2027-10-01', due_process: '2027-06-01' },
    reasons: {
      state_complaint: ['state_complaint.window_closed'],
      due_process: ['path.best_left'],
    },
    absentReasons: { state_complaint: ['combined.both'] },
  },
  // Next steps and the deadlines they start
  {
    name: 'a state complaint starts the state complaint received deadline',
    request: { concerns: [c('prior_written_notice_refused', '2026-10-01')] },
    top: 'state_complaint',
    steps: {
      state_complaint: [{ letter: 'state_complaint', startsDeadline: 'state_complaint_received' }],
      mediation: [{ letter: 'mediation_request', startsDeadline: null }],
    },
  },
  {
    name: 'due process points to free legal help and starts the due process received deadline',
    request: { districtRefusedMediation: true, concerns: [c('placement', '2026-10-01')] },
    top: 'due_process',
    steps: {
      due_process: [
        { letter: null, startsDeadline: null },
        { letter: 'due_process_complaint', startsDeadline: 'due_process_complaint_received' },
      ],
      mediation: [],
    },
  },
];

describe('assessPaths scenario table', () => {
  it('has at least 40 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it.each(scenarios)('$name', (scenario) => {
    const assessment = run(scenario.request);
    expect(assessment.options[0]?.path).toBe(scenario.top);
    for (const [path, fit] of Object.entries(scenario.fits ?? {})) {
      expect(option(assessment, path as Path).fit, path).toBe(fit);
    }
    for (const [path, date] of Object.entries(scenario.windows ?? {})) {
      expect(option(assessment, path as Path).windowCloses, path).toBe(date);
    }
    for (const [path, ids] of Object.entries(scenario.reasons ?? {})) {
      const got = option(assessment, path as Path).reasons.map((r) => r.id);
      expect(got, path).toEqual(expect.arrayContaining([...(ids ?? [])]));
    }
    for (const [path, ids] of Object.entries(scenario.absentReasons ?? {})) {
      const got = option(assessment, path as Path).reasons.map((r) => r.id);
      for (const id of ids ?? []) {
        expect(got, path).not.toContain(id);
      }
    }
    for (const [path, steps] of Object.entries(scenario.steps ?? {})) {
      const got = option(assessment, path as Path).nextSteps.map((s) => ({
        letter: s.letter,
        startsDeadline: s.startsDeadline,
      }));
      expect(got, path).toEqual(expect.arrayContaining([...(steps ?? [])]));
      if ((steps ?? []).length === 0) {
        expect(got, path).toEqual([]);
      }
    }
  });
});

describe('assessPaths output shape', () => {
  const assessment = run({
    concerns: [c('service_amount', '2026-10-01'), c('discipline', '2026-11-01')],
  });

  it('lists every path once with ranks 1..n', () => {
    expect(assessment.options.map((o) => o.rank)).toEqual(assessment.options.map((_, i) => i + 1));
    expect(new Set(assessment.options.map((o) => o.path)).size).toBe(11);
  });

  it('gives every reason English and Spanish text and at least one citation', () => {
    for (const o of assessment.options) {
      expect(o.reasons.length, o.path).toBeGreaterThan(0);
      for (const r of o.reasons) {
        expect(r.text.en.length, r.id).toBeGreaterThan(0);
        expect(r.text.es.length, r.id).toBeGreaterThan(0);
        expect(r.text.es, r.id).not.toBe(r.text.en);
        expect(r.citations.length, r.id).toBeGreaterThan(0);
        expect(r.text.en, r.id).not.toMatch(/\{[a-z]+\}/);
      }
    }
  });

  it('says so in the reason when a citation behind it is unverified', () => {
    for (const o of assessment.options) {
      for (const r of o.reasons) {
        const unverified = r.citations.some((cit) => !cit.verified);
        expect(r.text.en.includes('has not been checked yet'), r.id).toBe(unverified);
        expect(r.text.es.includes('aún no se ha verificado'), r.id).toBe(unverified);
      }
    }
  });

  it('gives next steps only to options that are open', () => {
    for (const o of assessment.options) {
      expect(o.nextSteps.length > 0, o.path).toBe(o.fit !== 'not_available');
    }
  });
});

describe('assessPaths bad input', () => {
  it('names the field of an unknown concern type instead of throwing', () => {
    const outcome = assessPaths({
      jurisdiction: 'US-AL',
      asOf: AS_OF,
      plan: 'iep',
      concerns: [c('bus_route', '2026-10-01')],
    });
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ field: 'concerns[0].type', code: 'unknown_concern_type' }],
    });
  });
});
