/**
 * Alabama's rule set for the path chooser: federal IDEA, Section 504 and ADA rules as Alabama
 * applies them, plus the Alabama Administrative Code where it was read.
 *
 * Sources: /work/shared/reference/legal.md (the research fact sheet) and, where marked
 * `checked: '2026-11-28'`, a word-for-word copy of the rule text read on that day. A citation is
 * `verified: false` when only a secondary source, a mirror of a twin rule, or memory supports it;
 * the engine then tells the parent that part of the law behind a reason is not checked yet.
 *
 * Adding a rule: add a dated entry (`from`, optional `until`) here. The engine picks what is in
 * force on `asOf`. Alabama bill HB197 (2025), which would require a state complaint and an offer
 * of mediation before a due process hearing, is NOT in force as far as we know (status unknown,
 * last seen pending in House Judiciary on 2025-02-05). If it becomes law, add it to
 * `prerequisites` with its real effective date, e.g.
 * `{ from: 'YYYY-MM-DD', value: { id: 'AL-HB197-2025', paths: ['due_process', 'mediation_with_due_process'], requires: ['state_complaint', 'mediation'], reason: {...} }, citations: [...] }`.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import { AL_08, ecfr104, ecfr300 } from '../law/sources.js';
import type { Dated, FilingWindow, JurisdictionRules, ProvisionId } from './jurisdiction-rules.js';

/** In force before any date this app handles; the true effective date is not recorded here. */
const LONG_STANDING = '1900-01-01';
/** The day the rule text below was read in a word-for-word copy. */
const CHECKED = '2026-11-28';

const C = {
  p506a: cite('34 CFR 300.506(a)', { url: ecfr300('506') }),
  p506b1: cite('34 CFR 300.506(b)(1)(i)-(ii)', { url: ecfr300('506') }),
  p506b4: cite('34 CFR 300.506(b)(4)', { url: ecfr300('506') }),
  p506b6: cite('34 CFR 300.506(b)(6)-(7)', { url: ecfr300('506') }),
  p506b8: cite('34 CFR 300.506(b)(8)', { url: ecfr300('506') }),
  alMediation: cite('Ala. Admin. Code r. 290-8-9-.08 (mediation paragraph, not read)', {
    url: AL_08,
    verified: false,
  }),
  p153ab: cite('34 CFR 300.153(a)-(b)', { url: ecfr300('153'), checked: CHECKED }),
  p153c: cite('34 CFR 300.153(c)', { url: ecfr300('153'), checked: CHECKED }),
  p153preamble: cite(
    'Preamble to 34 CFR 300.153 (71 Fed. Reg., Aug. 14, 2006): no cap on filings',
    {
      url: 'http://idea.ed.gov/explore/view/p/,root,regs,preamble2,prepart2,B,1228,.html',
      checked: CHECKED,
    },
  ),
  alComplaint: cite('Ala. Admin. Code r. 290-8-9-.08 (state complaint procedure)', {
    url: AL_08,
    checked: CHECKED,
  }),
  p152a: cite('34 CFR 300.152(a)', { url: ecfr300('152') }),
  p152b2: cite('34 CFR 300.152(b)(2)', { url: ecfr300('152') }),
  p151b: cite('34 CFR 300.151(b) (read only in the Part C twin, 34 CFR 303.432(b))', {
    url: ecfr300('151'),
    verified: false,
  }),
  p152c: cite('34 CFR 300.152(c)(1)-(3)', { url: ecfr300('152') }),
  p507a1: cite('34 CFR 300.507(a)(1) (wording from memory in the fact sheet)', {
    url: ecfr300('507'),
    verified: false,
  }),
  p507a2: cite('34 CFR 300.507(a)(2)', { url: ecfr300('507'), checked: CHECKED }),
  p507b: cite('34 CFR 300.507(b)', { url: ecfr300('507'), checked: CHECKED }),
  p511e: cite('34 CFR 300.511(e); 20 U.S.C. 1415(f)(3)(C)', { url: ecfr300('511') }),
  p511f: cite('34 CFR 300.511(f)', { url: ecfr300('511') }),
  alDueProcess: cite(
    'Ala. Admin. Code r. 290-8-9-.08 (due process paragraph, not read; 2 years per secondary sources)',
    { url: AL_08, verified: false },
  ),
  compensatory: cite(
    'Compensatory education as a hearing remedy (case law; not in the text of 34 CFR Part 300)',
    { verified: false },
  ),
  p518a: cite('34 CFR 300.518(a)', { url: ecfr300('518'), checked: CHECKED }),
  p518d: cite('34 CFR 300.518(d)', { url: ecfr300('518'), checked: CHECKED }),
  p510ab: cite('34 CFR 300.510(a)-(b)', { url: ecfr300('510') }),
  p510c: cite('34 CFR 300.510(a)(3), (c)(3)', { url: ecfr300('510') }),
  p515a: cite('34 CFR 300.515(a)', { url: ecfr300('515') }),
  p508preamble: cite('Preamble to 34 CFR 300.508 (2006): a state complaint is not required first', {
    url: 'http://idea.ed.gov/explore/view/p/,root,regs,preamble2,prepart2,E,3071,.html',
  }),
  p508d3: cite('34 CFR 300.508(d)(3)-(4) (read only in the Part C twin, 303.441(d))', {
    url: ecfr300('508'),
    verified: false,
  }),
  p513a: cite('34 CFR 300.513(a)', { url: ecfr300('513') }),
  p532a: cite('34 CFR 300.532(a) (read only in a state copy)', {
    url: ecfr300('532'),
    verified: false,
  }),
  p532c: cite('34 CFR 300.532(c)(2)-(3)', { url: ecfr300('532'), checked: CHECKED }),
  p533: cite('34 CFR 300.533 (from memory in the fact sheet)', {
    url: ecfr300('533'),
    verified: false,
  }),
  p530e: cite('34 CFR 300.530(e)', { url: ecfr300('530') }),
  al09: cite('Ala. Admin. Code r. 290-8-9-.09', {
    url: 'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-09',
  }),
  p502b: cite('34 CFR 300.502(b)(1)-(2)', { url: ecfr300('502') }),
  // Read 2026-12-07 in the Government Publishing Office's CFR text (34cfr300.503.htm).
  p503a: cite('34 CFR 300.503(a)', { url: ecfr300('503'), checked: '2026-12-07' }),
  p503b: cite('34 CFR 300.503(b)', { url: ecfr300('503') }),
  p613: cite('34 CFR 300.613(a) (read only in state copies that repeat it word for word)', {
    url: ecfr300('613'),
    verified: false,
  }),
  p324b1: cite('34 CFR 300.324(b)(1)', { url: ecfr300('324') }),
  p301c1: cite('34 CFR 300.301(c)(1)', { url: ecfr300('301') }),
  al02: cite('Ala. Admin. Code r. 290-8-9-.02(1) (60 calendar days; rule text not read)', {
    verified: false,
  }),
  p111: cite('34 CFR 300.111 (child find; not in the fact sheet, not checked)', {
    url: ecfr300('111'),
    verified: false,
  }),
  p104_36: cite('34 CFR 104.36', { url: ecfr104('36'), checked: CHECKED }),
  p104_7: cite('34 CFR 104.7 (read only in other agencies\u2019 identical Section 504 rules)', {
    url: ecfr104('7'),
    verified: false,
  }),
  p104_4: cite('34 CFR 104.4 (secondary sources only)', { url: ecfr104('4'), verified: false }),
  adaTitle2: cite('28 CFR 35.170(a)-(b)', {
    url: 'https://www.ecfr.gov/current/title-28/chapter-I/part-35/subpart-F/section-35.170',
    checked: CHECKED,
  }),
  p100_7b: cite('34 CFR 100.7(b) (read only as quoted by secondary sources)', {
    url: 'https://www.ecfr.gov/current/title-34/subtitle-B/chapter-I/part-100/section-100.7',
    verified: false,
  }),
  p104_61: cite('34 CFR 104.61 (applies 34 CFR 100.6-100.10 to Section 504; not read)', {
    url: ecfr104('61'),
    verified: false,
  }),
  ocrManual: cite(
    'OCR Case Processing Manual (180 days; waiver for good cause; 60 days after a grievance)',
    {
      verified: false,
    },
  ),
} satisfies Record<string, Citation>;

/** The path rules' citations, for the test that every registry marks a cite alike. */
export const RULE_CITATIONS: Readonly<Record<string, Citation>> = C;

function always(...citations: Citation[]): readonly Dated<true>[] {
  return [{ from: LONG_STANDING, value: true, citations }];
}

const provisions: { readonly [K in ProvisionId]: readonly Dated<true>[] } = {
  mediationAvailable: always(C.p506a),
  mediationVoluntary: always(C.p506b1),
  mediationNoDelay: always(C.p506b1),
  mediationFree: always(C.p506b4),
  mediationAgreementBinding: always(C.p506b6),
  mediationConfidential: always(C.p506b8),
  mediationStateProcess: always(C.alMediation),
  stateComplaintScope: always(C.p153ab, C.alComplaint),
  stateComplaintDecision: always(C.p152a, C.p152b2),
  stateComplaintRemedies: always(C.p151b),
  stateComplaintOverlap: always(C.p152c),
  stateComplaintAddFacts: always(C.p152a),
  stateComplaintSeveralViolations: always(C.p153ab, C.p153preamble),
  dueProcessScope: always(C.p507a1),
  dueProcessRemedies: always(C.p507a1, C.p518d, C.compensatory),
  dueProcessTimeline: always(C.p510ab, C.p515a),
  dueProcessNoPrerequisite: always(C.p507a1, C.p508preamble),
  dueProcessProceduralStandard: always(C.p513a),
  dueProcessWindowExceptions: always(C.p511f),
  dueProcessAmendment: always(C.p508d3),
  resolutionMeeting: always(C.p510ab, C.p510c),
  stayPut: always(C.p518a),
  freeLegalHelp: always(C.p507b),
  expeditedHearing: always(C.p532a, C.p532c),
  disciplinePlacementDuringAppeal: always(C.p533),
  manifestationDetermination: always(C.p530e, C.al09),
  ieeRight: always(C.p502b),
  priorWrittenNotice: always(C.p503a, C.p503b),
  recordsAccess: always(C.p613),
  iepReview: always(C.p324b1),
  evaluationTimeline: always(C.p301c1, C.al02),
  childFind: always(C.p111),
  section504Hearing: always(C.p104_36),
  section504Grievance: always(C.p104_7),
  ocrScope: always(C.p104_4, C.adaTitle2),
  ocrAfterGrievance: always(C.ocrManual),
};

const oneYearFromViolation: FilingWindow = { length: { years: 1 }, countsFrom: 'violation' };
const twoYearsFromKnowing: FilingWindow = {
  length: { years: 2 },
  countsFrom: 'knew_or_should_have_known',
};
const dueProcessWindow: readonly Dated<FilingWindow>[] = [
  {
    from: LONG_STANDING,
    value: twoYearsFromKnowing,
    citations: [C.p507a2, C.p511e, C.alDueProcess],
  },
];

/** Alabama's rule set. */
export const US_AL_RULES: JurisdictionRules = {
  id: 'US-AL',
  name: { en: 'Alabama', es: 'Alabama' },
  stateAgency: {
    en: 'the Alabama State Department of Education (ALSDE), Special Education Services, P.O. Box 302101, Montgomery, AL 36130-2101',
    es: 'el Departamento de Educación del Estado de Alabama (ALSDE), Servicios de Educación Especial, P.O. Box 302101, Montgomery, AL 36130-2101',
  },
  windows: {
    state_complaint: [
      { from: LONG_STANDING, value: oneYearFromViolation, citations: [C.p153c, C.alComplaint] },
    ],
    due_process: dueProcessWindow,
    mediation_with_due_process: dueProcessWindow,
    expedited_due_process: dueProcessWindow,
    ocr_complaint: [
      {
        from: LONG_STANDING,
        value: { length: { days: 180 }, countsFrom: 'discrimination' },
        citations: [C.p100_7b, C.p104_61, C.adaTitle2, C.ocrManual],
      },
    ],
  },
  provisions,
  // HB197 (2025) is not added: its status is unknown. See the module comment.
  prerequisites: [],
  legalHelp: [
    {
      name: {
        en: 'Alabama Disabilities Advocacy Program (ADAP), the free protection and advocacy agency',
        es: 'Alabama Disabilities Advocacy Program (ADAP), la agencia gratuita de protección y defensa',
      },
      phone: '1-800-826-1675',
      url: 'https://adap.ua.edu',
      verified: true,
    },
    {
      name: {
        en: 'Alabama Parent Education Center (APEC), the parent training and information center',
        es: 'Alabama Parent Education Center (APEC), el centro de información y capacitación para padres',
      },
      phone: '334-567-2252',
      verified: false,
    },
  ],
};
