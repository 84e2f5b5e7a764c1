/**
 * The path chooser interview as data: a typed step graph, one question per page (GOV.UK
 * pattern), with "not sure" answers where a parent may not know. The web layer renders the steps;
 * this module decides which step comes next, which step comes before (the back link), and which
 * answers a later change made irrelevant (they are dropped before the result is computed).
 *
 * @module
 */
import {
  type AssessmentRequest,
  CONCERN_TYPES,
  type ConcernType,
  type IsoDate,
  type LocalizedText,
  type Path,
  PLANS,
  type Plan,
} from './assessment-types.js';

export const STEP_IDS = [
  'plan',
  'concerns',
  'concern_dates',
  'district_mediation',
  'pending',
  'tried',
  'check_answers',
  'result',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const FIRST_STEP: StepId = 'plan';

export type MediationAnswer = 'yes' | 'no' | 'not_sure';
export type PendingAnswer = 'due_process' | 'state_complaint' | 'none' | 'not_sure';
export type TriedAnswer = Path | 'none';

/** Everything the interview can hold. Absent means not answered yet. */
export type InterviewAnswers = {
  readonly plan?: Plan;
  readonly concerns?: readonly ConcernType[];
  readonly concernDates?: { readonly [C in ConcernType]?: IsoDate };
  readonly districtMediation?: MediationAnswer;
  readonly pending?: readonly PendingAnswer[];
  readonly tried?: readonly TriedAnswer[];
};

/** One choice on a page, with an example from a real kind of dispute where it helps. */
export type StepOption = {
  readonly value: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
};

/** One page of the interview. */
export type Step = {
  readonly id: StepId;
  /** How the page asks: one choice, several choices, a date per concern, or no question. */
  readonly kind: 'single' | 'multiple' | 'dates' | 'check' | 'result';
  readonly question: LocalizedText;
  readonly hint?: LocalizedText;
  /** The choices on this page, given what was answered before. */
  readonly options: (answers: InterviewAnswers) => readonly StepOption[];
  /** True when the page has its answer. */
  readonly isAnswered: (answers: InterviewAnswers) => boolean;
  /** The page after this one, or null at the end. */
  readonly next: (answers: InterviewAnswers) => StepId | null;
};

const t = (en: string, es: string): LocalizedText => ({ en, es });

const PLAN_OPTIONS: { readonly [P in Plan]: StepOption } = {
  iep: {
    value: 'iep',
    label: t('An IEP (special education plan)', 'Un IEP (plan de educación especial)'),
  },
  section_504: {
    value: 'section_504',
    label: t('A 504 plan only', 'Solo un plan 504'),
    hint: t(
      'For example, extra test time or a seat near the teacher, but no special education.',
      'Por ejemplo, más tiempo en los exámenes o un asiento cerca de la maestra, pero sin educación especial.',
    ),
  },
  none: { value: 'none', label: t('No plan yet', 'Todavía no tiene plan') },
  unknown: { value: 'unknown', label: t('I am not sure', 'No estoy seguro') },
};

/** Each concern, in plain words, with an example. */
export const CONCERN_OPTIONS: { readonly [C in ConcernType]: StepOption } = {
  service_amount: {
    value: 'service_amount',
    label: t('How much of a service my child gets', 'Cuánto servicio recibe mi hijo'),
    hint: t(
      'For example, the school cut speech therapy from 60 to 30 minutes a week.',
      'Por ejemplo, la escuela bajó la terapia del habla de 60 a 30 minutos por semana.',
    ),
  },
  placement: {
    value: 'placement',
    label: t('Where my child learns', 'Dónde aprende mi hijo'),
    hint: t(
      'For example, the school wants to move your child from a general class to a separate class.',
      'Por ejemplo, la escuela quiere pasar a su hijo de una clase general a una clase separada.',
    ),
  },
  assistive_technology: {
    value: 'assistive_technology',
    label: t('Devices or software my child needs', 'Aparatos o programas que mi hijo necesita'),
    hint: t(
      'For example, a tablet with a talking app, or a program that reads text aloud.',
      'Por ejemplo, una tableta con una aplicación que habla, o un programa que lee en voz alta.',
    ),
  },
  transition_services: {
    value: 'transition_services',
    label: t('Plans for life after high school', 'Planes para la vida después de la secundaria'),
    hint: t(
      'For example, the IEP of a 16-year-old has no job training or college planning.',
      'Por ejemplo, el IEP de un joven de 16 años no tiene capacitación para el trabajo ni planes para la universidad.',
    ),
  },
  eligibility: {
    value: 'eligibility',
    label: t('Whether my child qualifies', 'Si mi hijo califica'),
    hint: t(
      'For example, the school says your child does not qualify for special education.',
      'Por ejemplo, la escuela dice que su hijo no califica para educación especial.',
    ),
  },
  evaluation_refused: {
    value: 'evaluation_refused',
    label: t('The school will not test my child', 'La escuela no quiere evaluar a mi hijo'),
    hint: t(
      'For example, you asked in writing for an evaluation and the school said no.',
      'Por ejemplo, usted pidió una evaluación por escrito y la escuela dijo que no.',
    ),
  },
  evaluation_timeline_missed: {
    value: 'evaluation_timeline_missed',
    label: t('The testing is late', 'La evaluación está atrasada'),
    hint: t(
      'For example, you signed consent more than 60 days ago and the testing is not done.',
      'Por ejemplo, usted firmó el consentimiento hace más de 60 días y la evaluación no está terminada.',
    ),
  },
  prior_written_notice_refused: {
    value: 'prior_written_notice_refused',
    label: t(
      'The school will not explain a decision in writing',
      'La escuela no quiere explicar una decisión por escrito',
    ),
    hint: t(
      'For example, the school stopped a service and will not put its reasons in writing.',
      'Por ejemplo, la escuela quitó un servicio y no quiere poner sus razones por escrito.',
    ),
  },
  iep_not_implemented: {
    value: 'iep_not_implemented',
    label: t(
      'The school is not doing what the plan says',
      'La escuela no está cumpliendo lo que dice el plan',
    ),
    hint: t(
      'For example, the plan says 60 minutes of reading help a week, but your child gets none.',
      'Por ejemplo, el plan dice 60 minutos de ayuda en lectura por semana, pero su hijo no recibe nada.',
    ),
  },
  records_access_denied: {
    value: 'records_access_denied',
    label: t('The school will not show me records', 'La escuela no me deja ver los expedientes'),
    hint: t(
      "For example, you asked for your child's file weeks ago and got nothing.",
      'Por ejemplo, usted pidió el expediente de su hijo hace semanas y no recibió nada.',
    ),
  },
  iee_request_ignored: {
    value: 'iee_request_ignored',
    label: t(
      'The school ignored my request for an outside evaluation',
      'La escuela ignoró mi pedido de una evaluación independiente',
    ),
    hint: t(
      'For example, you asked for an independent evaluation and the school never answered.',
      'Por ejemplo, usted pidió una evaluación independiente y la escuela nunca contestó.',
    ),
  },
  discipline: {
    value: 'discipline',
    label: t(
      'Suspension, expulsion or other discipline',
      'Suspensión, expulsión u otra disciplina',
    ),
    hint: t(
      'For example, your child was suspended for more than 10 school days this year.',
      'Por ejemplo, su hijo fue suspendido por más de 10 días escolares este año.',
    ),
  },
  disability_discrimination: {
    value: 'disability_discrimination',
    label: t('Unfair treatment because of disability', 'Trato injusto por discapacidad'),
    hint: t(
      'For example, your child is left out of field trips, or bullied, because of a disability.',
      'Por ejemplo, dejan a su hijo fuera de las excursiones, o lo acosan, por su discapacidad.',
    ),
  },
};

/** Concerns where a child with only a 504 plan may still be owed an IDEA evaluation. */
const IDEA_IDENTIFICATION: readonly ConcernType[] = ['eligibility', 'evaluation_refused'];

/**
 * True when IDEA paths (mediation, state complaint, due process) can matter for these answers,
 * so the mediation and pending-filing questions are worth asking.
 *
 * @example
 * ideaPathsMatter({ plan: 'section_504', concerns: ['placement'] }); // false
 */
export function ideaPathsMatter(answers: InterviewAnswers): boolean {
  const concerns = answers.concerns ?? [];
  if (concerns.length > 0 && concerns.every((c) => c === 'disability_discrimination')) {
    return false;
  }
  return answers.plan !== 'section_504' || concerns.some((c) => IDEA_IDENTIFICATION.includes(c));
}

const IDEA_TRIED: readonly Path[] = [
  'iep_meeting',
  'mediation',
  'state_complaint',
  'due_process',
  'section_504_hearing',
  'ocr_complaint',
  'records_request',
  'iee_request',
  'pwn_request',
];
const SECTION_504_TRIED: readonly Path[] = [
  'iep_meeting',
  'section_504_hearing',
  'ocr_complaint',
  'records_request',
  'pwn_request',
];

const TRIED_LABELS: { readonly [P in Path]: LocalizedText } = {
  iep_meeting: t('A meeting with the IEP or 504 team', 'Una reunión con el equipo del IEP o 504'),
  mediation: t('Mediation', 'Mediación'),
  state_complaint: t('A state complaint', 'Una queja estatal'),
  due_process: t('A due process hearing', 'Una audiencia de debido proceso'),
  mediation_with_due_process: t('Due process with mediation', 'Debido proceso con mediación'),
  expedited_due_process: t('An expedited hearing', 'Una audiencia acelerada'),
  section_504_hearing: t('A 504 hearing', 'Una audiencia 504'),
  ocr_complaint: t('A complaint to OCR', 'Una queja ante la OCR'),
  records_request: t('Asking for records', 'Pedir los expedientes'),
  iee_request: t('Asking for an independent evaluation', 'Pedir una evaluación independiente'),
  pwn_request: t('Asking for the decision in writing', 'Pedir la decisión por escrito'),
};

/**
 * The paths a parent can say they tried, given the plan and concerns.
 *
 * @example
 * triedOptions({ plan: 'section_504', concerns: ['placement'] }).includes('mediation'); // false
 */
export function triedOptions(answers: InterviewAnswers): readonly TriedAnswer[] {
  return [...(ideaPathsMatter(answers) ? IDEA_TRIED : SECTION_504_TRIED), 'none'];
}

const hasAll = (answers: InterviewAnswers): boolean =>
  (answers.concerns ?? []).every((c) => answers.concernDates?.[c] !== undefined);

const afterDates = (answers: InterviewAnswers): StepId =>
  ideaPathsMatter(answers) ? 'district_mediation' : 'tried';

/** The interview's pages, keyed by id. */
export const INTERVIEW_STEPS: { readonly [S in StepId]: Step } = {
  plan: {
    id: 'plan',
    kind: 'single',
    question: t('What kind of plan does your child have?', '¿Qué tipo de plan tiene su hijo?'),
    hint: t(
      'An IEP is a special education plan. A 504 plan gives changes like extra time, without special education.',
      'Un IEP es un plan de educación especial. Un plan 504 da cambios como más tiempo, sin educación especial.',
    ),
    options: () => PLANS.map((plan) => PLAN_OPTIONS[plan]),
    isAnswered: (a) => a.plan !== undefined,
    next: () => 'concerns',
  },
  concerns: {
    id: 'concerns',
    kind: 'multiple',
    question: t(
      'What do you disagree with the school about?',
      '¿En qué no está de acuerdo con la escuela?',
    ),
    hint: t('Choose all that apply.', 'Marque todas las que correspondan.'),
    options: () => CONCERN_TYPES.map((c) => CONCERN_OPTIONS[c]),
    isAnswered: (a) => (a.concerns ?? []).length > 0,
    next: () => 'concern_dates',
  },
  concern_dates: {
    id: 'concern_dates',
    kind: 'dates',
    question: t(
      'When did each problem happen, or when did you find out about it?',
      '¿Cuándo pasó cada problema, o cuándo se enteró usted?',
    ),
    hint: t(
      'If you are not sure of the day, give your best guess. Time limits depend on this date.',
      'Si no está seguro del día, dé la fecha más cercana que recuerde. Los plazos dependen de esta fecha.',
    ),
    options: (a) => (a.concerns ?? []).map((c) => CONCERN_OPTIONS[c]),
    isAnswered: (a) => (a.concerns ?? []).length > 0 && hasAll(a),
    next: afterDates,
  },
  district_mediation: {
    id: 'district_mediation',
    kind: 'single',
    question: t(
      'Has the school district said no to mediation?',
      '¿El distrito escolar dijo que no a la mediación?',
    ),
    hint: t(
      'Mediation is a meeting with a neutral person who helps you and the school agree.',
      'La mediación es una reunión con una persona neutral que les ayuda a usted y a la escuela a ponerse de acuerdo.',
    ),
    options: () => [
      { value: 'yes', label: t('Yes, they said no', 'Sí, dijeron que no') },
      { value: 'no', label: t('No, or we have not asked', 'No, o no lo hemos pedido') },
      { value: 'not_sure', label: t('I am not sure', 'No estoy seguro') },
    ],
    isAnswered: (a) => a.districtMediation !== undefined,
    next: () => 'pending',
  },
  pending: {
    id: 'pending',
    kind: 'multiple',
    question: t(
      'Do you already have a complaint open with the state?',
      '¿Ya tiene una queja abierta con el estado?',
    ),
    hint: t('Choose all that apply.', 'Marque todas las que correspondan.'),
    options: () => [
      { value: 'due_process', label: t('A due process complaint', 'Una queja de debido proceso') },
      { value: 'state_complaint', label: t('A state complaint', 'Una queja estatal') },
      { value: 'none', label: t('No', 'No') },
      { value: 'not_sure', label: t('I am not sure', 'No estoy seguro') },
    ],
    isAnswered: (a) => (a.pending ?? []).length > 0,
    next: () => 'tried',
  },
  tried: {
    id: 'tried',
    kind: 'multiple',
    question: t('What have you already tried?', '¿Qué ha intentado ya?'),
    hint: t('Choose all that apply.', 'Marque todas las que correspondan.'),
    options: (a) =>
      triedOptions(a).map((p) =>
        p === 'none'
          ? { value: 'none', label: t('Nothing yet', 'Nada todavía') }
          : { value: p, label: TRIED_LABELS[p] },
      ),
    isAnswered: (a) => (a.tried ?? []).length > 0,
    next: () => 'check_answers',
  },
  check_answers: {
    id: 'check_answers',
    kind: 'check',
    question: t('Check your answers', 'Revise sus respuestas'),
    options: () => [],
    isAnswered: () => true,
    next: () => 'result',
  },
  result: {
    id: 'result',
    kind: 'result',
    question: t('Your options', 'Sus opciones'),
    options: () => [],
    isAnswered: () => true,
    next: () => null,
  },
};

/**
 * The pages on the parent's way through, given the answers: every answered page, then the first
 * unanswered one (the current page). `result` is included once everything before it is answered.
 *
 * @example
 * stepsOnPath({}); // ['plan']
 */
export function stepsOnPath(answers: InterviewAnswers): readonly StepId[] {
  const steps: StepId[] = [];
  let id: StepId | null = FIRST_STEP;
  while (id !== null && !steps.includes(id)) {
    steps.push(id);
    const step: Step = INTERVIEW_STEPS[id];
    if (!step.isAnswered(answers)) {
      break;
    }
    id = step.next(answers);
  }
  return steps;
}

/**
 * The page the parent should see now: the first unanswered page on their path.
 *
 * @example
 * currentStep({ plan: 'iep' }); // 'concerns'
 */
export function currentStep(answers: InterviewAnswers): StepId {
  const steps = stepsOnPath(answers);
  return steps[steps.length - 1] ?? FIRST_STEP;
}

/**
 * The page the back link goes to from `stepId` (answers are kept; nothing is deleted on the
 * way back). Null on the first page or for a page not on the parent's path.
 *
 * @example
 * previousStep('concerns', { plan: 'iep' }); // 'plan'
 */
export function previousStep(stepId: StepId, answers: InterviewAnswers): StepId | null {
  const steps = stepsOnPath(answers);
  const index = steps.indexOf(stepId);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

/**
 * Drops answers that later changes made irrelevant: pages no longer on the path, dates for
 * concerns no longer chosen, and "tried" choices no longer offered.
 *
 * @example
 * pruneAnswers({ plan: 'section_504', concerns: ['placement'], concernDates: { placement: '2026-10-01', discipline: '2026-09-01' }, districtMediation: 'yes' });
 * // { plan: 'section_504', concerns: ['placement'], concernDates: { placement: '2026-10-01' } }
 */
export function pruneAnswers(answers: InterviewAnswers): InterviewAnswers {
  const onPath = new Set(stepsOnPath(answers));
  const concerns = answers.concerns ?? [];
  const dates: { [C in ConcernType]?: IsoDate } = {};
  for (const c of concerns) {
    const date = answers.concernDates?.[c];
    if (date !== undefined) {
      dates[c] = date;
    }
  }
  const allowedTried = triedOptions(answers);
  const tried = (answers.tried ?? []).filter((p) => allowedTried.includes(p));
  return {
    ...(onPath.has('plan') && answers.plan !== undefined ? { plan: answers.plan } : {}),
    ...(onPath.has('concerns') && answers.concerns !== undefined ? { concerns } : {}),
    ...(onPath.has('concern_dates') && answers.concernDates !== undefined
      ? { concernDates: dates }
      : {}),
    ...(onPath.has('district_mediation') && answers.districtMediation !== undefined
      ? { districtMediation: answers.districtMediation }
      : {}),
    ...(onPath.has('pending') && answers.pending !== undefined ? { pending: answers.pending } : {}),
    ...(onPath.has('tried') && answers.tried !== undefined ? { tried } : {}),
  };
}

/**
 * Turns finished answers into an engine request, after dropping irrelevant answers. "Not sure"
 * counts as no (no refusal, nothing pending); the result says what each path needs. Null while
 * the interview is not finished.
 *
 * @example
 * answersToRequest({ plan: 'iep', concerns: ['placement'], concernDates: { placement: '2026-10-01' }, districtMediation: 'no', pending: ['none'], tried: ['none'] }, '2026-11-28');
 * // { jurisdiction: 'US-AL', asOf: '2026-11-28', plan: 'iep', concerns: [{ type: 'placement', date: '2026-10-01' }], districtRefusedMediation: false, pending: [], tried: [] }
 */
export function answersToRequest(
  answers: InterviewAnswers,
  asOf: IsoDate,
  jurisdiction = 'US-AL',
): AssessmentRequest | null {
  const pruned = pruneAnswers(answers);
  if (!stepsOnPath(pruned).includes('result') || pruned.plan === undefined) {
    return null;
  }
  const concerns = (pruned.concerns ?? []).flatMap((type) => {
    const date = pruned.concernDates?.[type];
    return date === undefined ? [] : [{ type, date }];
  });
  return {
    jurisdiction,
    asOf,
    plan: pruned.plan,
    concerns,
    districtRefusedMediation: pruned.districtMediation === 'yes',
    pending: (pruned.pending ?? []).filter(
      (p): p is 'due_process' | 'state_complaint' => p === 'due_process' || p === 'state_complaint',
    ),
    tried: (pruned.tried ?? []).filter((p): p is Path => p !== 'none'),
  };
}
