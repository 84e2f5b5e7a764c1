/**
 * Deadline rules as data: trigger event, the legal value they count (from
 * `deadline-parameters.ts`), direction, whether the date is firm, any outer limit, whether
 * Alabama differs from the federal default, and plain text in English and Spanish.
 *
 * Rules are dated: `effectiveFrom` / `effectiveTo` compare with the trigger date. When the law
 * changes, close the old entry with `effectiveTo` and add a new one; history is not edited.
 *
 * @module
 */
import type { DayType } from './day-count.js';
import type { ParameterId } from './deadline-parameters.js';
import type { EventType } from './event-types.js';
import type { IsoDate } from './iso-date.js';
import type { Localized } from './localized.js';

/** Every deadline id the engine can produce, for a zod enum at the HTTP boundary. */
export const DEADLINE_IDS = [
  'initial_evaluation_due',
  'eligibility_determination_due',
  'initial_iep_meeting_due',
  'reevaluation_due',
  'annual_iep_review_due',
  'records_access_due',
  'state_complaint_window_closes',
  'due_process_window_closes',
  'state_complaint_decision_due',
  'district_response_due',
  'sufficiency_challenge_due',
  'resolution_meeting_due',
  'resolution_period_ends',
  'hearing_decision_due',
  'resolution_agreement_review_ends',
  'evidence_disclosure_due',
  'civil_action_due',
  'expedited_resolution_meeting_due',
  'expedited_resolution_period_ends',
  'expedited_hearing_due',
  'expedited_hearing_decision_due',
  'manifestation_determination_due',
  'ocr_complaint_window_closes',
] as const;

/** One of {@link DEADLINE_IDS}. */
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** Who has to act by the date. */
export type DeadlineActor = 'school' | 'parent' | 'either_party' | 'state' | 'hearing_officer';

/** One dated version of a deadline rule. */
export type DeadlineRule = {
  readonly id: DeadlineId;
  readonly trigger: EventType;
  /** Count from another deadline computed for the same trigger event, not from the event. */
  readonly anchor?: DeadlineId;
  readonly direction: 'after' | 'before';
  readonly parameter: ParameterId;
  /** Another reading of the law, shown as an alternative date (e.g. 90 days vs 30). */
  readonly alternative?: ParameterId;
  /** True when nothing in the law lets anyone extend or move the date. */
  readonly firm: boolean;
  /** Events that end the period earlier when they come first. */
  readonly outerLimit?: {
    readonly events: readonly EventType[];
    readonly description: Localized;
  };
  /** True when Alabama's rule is not the federal default (or has no federal counterpart). */
  readonly differsFromFederal: boolean;
  readonly actor: DeadlineActor;
  /** First trigger date this version applies to. */
  readonly effectiveFrom: IsoDate;
  /** Last trigger date this version applies to, once the law changes. */
  readonly effectiveTo?: IsoDate;
  readonly title: Localized;
  readonly summary: Localized;
};

/**
 * The earliest trigger date the engine supports: the day the 2006 IDEA Part B regulations took
 * effect (71 Fed. Reg. 46540, Aug. 14, 2006, effective Oct. 13, 2006). Rules whose adoption date
 * we have not confirmed start here; earlier law is not modelled.
 */
export const SUPPORTED_FROM: IsoDate = '2006-10-13';

/** The last trigger date the engine supports (holiday data is computed, not listed, to here). */
export const SUPPORTED_TO: IsoDate = '2099-12-31';

/**
 * Maps a parameter's unit to its 34 CFR 300.11 day type.
 *
 * @example
 * dayTypeOfUnit('school_days'); // 'school'
 */
export function dayTypeOfUnit(unit: string): DayType {
  if (unit === 'business_days') {
    return 'business';
  }
  if (unit === 'school_days') {
    return 'school';
  }
  return 'calendar';
}

const from = SUPPORTED_FROM;

/** The rules for Alabama (US-AL): the federal IDEA and Section 504 rules plus Alabama's own. */
export const ALABAMA_DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'initial_evaluation_due',
    trigger: 'evaluation_consent_received',
    direction: 'after',
    parameter: 'initial_evaluation_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'School must finish the first evaluation',
      es: 'La escuela debe terminar la primera evaluación',
    },
    summary: {
      en: 'The school has 60 calendar days after it gets your signed consent to finish testing your child. School breaks still count.',
      es: 'La escuela tiene 60 días calendario, después de recibir su permiso firmado, para terminar de evaluar a su hijo. Las vacaciones escolares también cuentan.',
    },
  },
  {
    id: 'eligibility_determination_due',
    trigger: 'evaluation_completed',
    direction: 'after',
    parameter: 'eligibility_determination_days',
    firm: true,
    differsFromFederal: true,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'Team must decide if your child qualifies',
      es: 'El equipo debe decidir si su hijo califica',
    },
    summary: {
      en: 'In Alabama, the team (and you) must decide if your child has a disability and needs special education within 30 calendar days after the evaluation is done. This is an Alabama rule.',
      es: 'En Alabama, el equipo (y usted) debe decidir si su hijo tiene una discapacidad y necesita educación especial dentro de 30 días calendario después de terminar la evaluación. Esta es una regla de Alabama.',
    },
  },
  {
    id: 'initial_iep_meeting_due',
    trigger: 'eligibility_determined',
    direction: 'after',
    parameter: 'initial_iep_meeting_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'First IEP meeting must be held',
      es: 'Se debe hacer la primera reunión del IEP',
    },
    summary: {
      en: "The school must hold a meeting to write your child's first IEP within 30 calendar days after deciding your child qualifies.",
      es: 'La escuela debe hacer una reunión para escribir el primer IEP de su hijo dentro de 30 días calendario después de decidir que su hijo califica.',
    },
  },
  {
    id: 'reevaluation_due',
    trigger: 'eligibility_determined',
    direction: 'after',
    parameter: 'reevaluation_years',
    firm: false,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'New evaluation due (every 3 years)',
      es: 'Toca una nueva evaluación (cada 3 años)',
    },
    summary: {
      en: 'Your child must be evaluated again at least every 3 years, unless you and the school both agree it is not needed.',
      es: 'Su hijo debe ser evaluado de nuevo por lo menos cada 3 años, a menos que usted y la escuela estén de acuerdo en que no hace falta.',
    },
  },
  {
    id: 'annual_iep_review_due',
    trigger: 'iep_meeting_held',
    direction: 'after',
    parameter: 'annual_iep_review_years',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: { en: 'Yearly IEP review due', es: 'Toca la revisión anual del IEP' },
    summary: {
      en: "The IEP team must review your child's IEP at least once a year.",
      es: 'El equipo del IEP debe revisar el IEP de su hijo por lo menos una vez al año.',
    },
  },
  {
    id: 'records_access_due',
    trigger: 'records_request_received',
    direction: 'after',
    parameter: 'records_access_days',
    firm: true,
    outerLimit: {
      events: [
        'iep_meeting_scheduled',
        'iep_meeting_held',
        'resolution_meeting_scheduled',
        'due_process_hearing_scheduled',
      ],
      description: {
        en: 'or before any IEP meeting, resolution meeting or hearing, if one comes first',
        es: 'o antes de cualquier reunión del IEP, reunión de resolución o audiencia, si una es antes',
      },
    },
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: "School must let you see your child's records",
      es: 'La escuela debe dejarle ver los expedientes de su hijo',
    },
    summary: {
      en: "After you ask, the school must let you see your child's school records without delay: before any IEP meeting, hearing or resolution meeting, and never more than 45 calendar days after you asked.",
      es: 'Después de que usted lo pida, la escuela debe dejarle ver los expedientes escolares de su hijo sin demora: antes de cualquier reunión del IEP, audiencia o reunión de resolución, y nunca más de 45 días calendario después de su pedido.',
    },
  },
  {
    id: 'state_complaint_window_closes',
    trigger: 'alleged_violation_occurred',
    direction: 'after',
    parameter: 'state_complaint_window_years',
    firm: true,
    differsFromFederal: false,
    actor: 'parent',
    effectiveFrom: from,
    title: {
      en: 'Last day for the state to receive a state complaint',
      es: 'Último día para que el estado reciba una queja estatal',
    },
    summary: {
      en: 'A state complaint can only be about something that happened no more than 1 year before the Alabama State Department of Education receives it. Send it early.',
      es: 'Una queja estatal solo puede tratar de algo que pasó no más de 1 año antes de que el Departamento de Educación del Estado de Alabama la reciba. Envíela con tiempo.',
    },
  },
  {
    id: 'due_process_window_closes',
    trigger: 'alleged_violation_known',
    direction: 'after',
    parameter: 'due_process_window_years',
    firm: true,
    differsFromFederal: false,
    actor: 'parent',
    effectiveFrom: from,
    title: {
      en: 'Last day to ask for a due process hearing',
      es: 'Último día para pedir una audiencia de debido proceso',
    },
    summary: {
      en: 'You must ask for a due process hearing within 2 years of when you knew, or should have known, about the problem. There are a few exceptions, for example if the school kept back information it had to give you.',
      es: 'Usted debe pedir una audiencia de debido proceso dentro de 2 años desde que supo, o debió saber, del problema. Hay algunas excepciones, por ejemplo si la escuela no le dio información que le tenía que dar.',
    },
  },
  {
    id: 'state_complaint_decision_due',
    trigger: 'state_complaint_received',
    direction: 'after',
    parameter: 'state_complaint_decision_days',
    firm: false,
    differsFromFederal: false,
    actor: 'state',
    effectiveFrom: from,
    title: { en: 'State must decide your complaint', es: 'El estado debe decidir su queja' },
    summary: {
      en: 'The state has 60 calendar days after it gets your complaint to send you a written decision. It can take longer only in exceptional cases, or if you and the school agree to more time to try mediation.',
      es: 'El estado tiene 60 días calendario, después de recibir su queja, para enviarle una decisión por escrito. Solo puede tardar más en casos excepcionales, o si usted y la escuela acuerdan más tiempo para intentar la mediación.',
    },
  },
  {
    id: 'district_response_due',
    trigger: 'due_process_complaint_received',
    direction: 'after',
    parameter: 'district_response_days',
    firm: true,
    differsFromFederal: false,
    actor: 'either_party',
    effectiveFrom: from,
    title: {
      en: 'Other side must answer the complaint',
      es: 'La otra parte debe responder la queja',
    },
    summary: {
      en: 'The side that gets a due process complaint must send a written answer within 10 calendar days.',
      es: 'La parte que recibe una queja de debido proceso debe enviar una respuesta por escrito dentro de 10 días calendario.',
    },
  },
  {
    id: 'sufficiency_challenge_due',
    trigger: 'due_process_complaint_received',
    direction: 'after',
    parameter: 'sufficiency_challenge_days',
    firm: true,
    differsFromFederal: false,
    actor: 'either_party',
    effectiveFrom: from,
    title: {
      en: 'Last day to say the complaint is missing information',
      es: 'Último día para decir que a la queja le falta información',
    },
    summary: {
      en: 'The side that gets the complaint has 15 calendar days to tell the hearing officer, in writing, that it is missing required information. After that, the complaint counts as complete.',
      es: 'La parte que recibe la queja tiene 15 días calendario para decirle al oficial de audiencias, por escrito, que le falta información. Después de eso, la queja cuenta como completa.',
    },
  },
  {
    id: 'resolution_meeting_due',
    trigger: 'due_process_complaint_received',
    direction: 'after',
    parameter: 'resolution_meeting_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'School must hold the resolution meeting',
      es: 'La escuela debe hacer la reunión de resolución',
    },
    summary: {
      en: 'Within 15 calendar days after getting your complaint, the school must meet with you to try to settle it, unless you both agree in writing to skip it or to use mediation.',
      es: 'Dentro de 15 días calendario después de recibir su queja, la escuela debe reunirse con usted para tratar de resolverla, a menos que ambos acuerden por escrito no hacerla o usar la mediación.',
    },
  },
  {
    id: 'resolution_period_ends',
    trigger: 'due_process_complaint_received',
    direction: 'after',
    parameter: 'resolution_period_days',
    firm: false,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: { en: 'Resolution period ends', es: 'Termina el período de resolución' },
    summary: {
      en: 'If the problem is not settled within 30 calendar days after the school got your complaint, the hearing can go ahead. This date can change, for example if you both agree in writing to skip the meeting.',
      es: 'Si el problema no se resuelve dentro de 30 días calendario después de que la escuela recibió su queja, la audiencia puede seguir adelante. Esta fecha puede cambiar, por ejemplo si ambos acuerdan por escrito no hacer la reunión.',
    },
  },
  {
    id: 'hearing_decision_due',
    trigger: 'due_process_complaint_received',
    anchor: 'resolution_period_ends',
    direction: 'after',
    parameter: 'hearing_decision_days',
    firm: false,
    differsFromFederal: false,
    actor: 'hearing_officer',
    effectiveFrom: from,
    title: { en: 'Hearing decision due', es: 'Fecha límite para la decisión de la audiencia' },
    summary: {
      en: 'The hearing officer must decide and mail the decision no later than 45 calendar days after the resolution period ends. The hearing officer can give set extensions if one side asks.',
      es: 'El oficial de audiencias debe decidir y enviar la decisión por correo a más tardar 45 días calendario después de que termina el período de resolución. Puede dar extensiones específicas si una de las partes lo pide.',
    },
  },
  {
    id: 'resolution_agreement_review_ends',
    trigger: 'resolution_agreement_signed',
    direction: 'after',
    parameter: 'resolution_agreement_review_business_days',
    firm: true,
    differsFromFederal: false,
    actor: 'either_party',
    effectiveFrom: from,
    title: {
      en: 'Last day to cancel the resolution agreement',
      es: 'Último día para cancelar el acuerdo de resolución',
    },
    summary: {
      en: 'After a resolution agreement is signed, you or the school can cancel it within 3 business days. Weekends and holidays do not count.',
      es: 'Después de firmar un acuerdo de resolución, usted o la escuela pueden cancelarlo dentro de 3 días hábiles. Los fines de semana y los días festivos no cuentan.',
    },
  },
  {
    id: 'evidence_disclosure_due',
    trigger: 'due_process_hearing_scheduled',
    direction: 'before',
    parameter: 'evidence_disclosure_business_days',
    firm: true,
    differsFromFederal: false,
    actor: 'either_party',
    effectiveFrom: from,
    title: {
      en: 'Share your evidence for the hearing',
      es: 'Comparta sus pruebas para la audiencia',
    },
    summary: {
      en: 'At least 5 business days before the hearing, each side must share the evaluations and recommendations it plans to use. If you do not, the hearing officer can stop you from using them.',
      es: 'Por lo menos 5 días hábiles antes de la audiencia, cada parte debe compartir las evaluaciones y recomendaciones que piensa usar. Si no lo hace, el oficial de audiencias puede no dejarle usarlas.',
    },
  },
  {
    id: 'civil_action_due',
    trigger: 'hearing_decision_received',
    direction: 'after',
    parameter: 'civil_action_days_alabama_unverified',
    alternative: 'civil_action_days_federal_default',
    firm: true,
    differsFromFederal: true,
    actor: 'parent',
    effectiveFrom: from,
    title: {
      en: 'Act by this date if you want to go to court',
      es: 'Actúe antes de esta fecha si quiere ir a la corte',
    },
    summary: {
      en: "If you disagree with the hearing decision, you can file a case in court. We have not confirmed Alabama's deadline. A federal court in Alabama once used 30 days from Alabama's rules; the federal default is 90 days from the decision date. To be safe, act within 30 days, and talk to a lawyer right away.",
      es: 'Si no está de acuerdo con la decisión de la audiencia, puede presentar un caso en la corte. No hemos confirmado el plazo de Alabama. Una corte federal en Alabama usó una vez 30 días, según las reglas de Alabama; el plazo federal general es de 90 días desde la fecha de la decisión. Para estar seguro, actúe dentro de 30 días y hable con un abogado enseguida.',
    },
  },
  {
    id: 'expedited_resolution_meeting_due',
    trigger: 'expedited_due_process_complaint_received',
    direction: 'after',
    parameter: 'expedited_resolution_meeting_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'Resolution meeting for a discipline hearing',
      es: 'Reunión de resolución para una audiencia por disciplina',
    },
    summary: {
      en: 'For a fast-track (expedited) hearing about discipline, the school must meet with you within 7 calendar days after getting the complaint, unless you both agree in writing to skip it or to use mediation.',
      es: 'Para una audiencia rápida (acelerada) sobre disciplina, la escuela debe reunirse con usted dentro de 7 días calendario después de recibir la queja, a menos que ambos acuerden por escrito no hacerla o usar la mediación.',
    },
  },
  {
    id: 'expedited_resolution_period_ends',
    trigger: 'expedited_due_process_complaint_received',
    direction: 'after',
    parameter: 'expedited_resolution_period_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'Fast-track resolution period ends',
      es: 'Termina el período de resolución acelerado',
    },
    summary: {
      en: 'If the discipline dispute is not settled within 15 calendar days after the complaint was received, the hearing can go ahead.',
      es: 'Si el desacuerdo sobre disciplina no se resuelve dentro de 15 días calendario después de recibir la queja, la audiencia puede seguir adelante.',
    },
  },
  {
    id: 'expedited_hearing_due',
    trigger: 'expedited_due_process_complaint_received',
    direction: 'after',
    parameter: 'expedited_hearing_school_days',
    firm: true,
    differsFromFederal: false,
    actor: 'state',
    effectiveFrom: from,
    title: { en: 'Fast-track hearing must be held', es: 'Se debe hacer la audiencia acelerada' },
    summary: {
      en: 'A fast-track (expedited) hearing about discipline must take place within 20 school days after the complaint is filed.',
      es: 'Una audiencia rápida (acelerada) sobre disciplina se debe hacer dentro de 20 días escolares después de presentar la queja.',
    },
  },
  {
    id: 'expedited_hearing_decision_due',
    trigger: 'expedited_hearing_held',
    direction: 'after',
    parameter: 'expedited_decision_school_days',
    firm: true,
    differsFromFederal: false,
    actor: 'hearing_officer',
    effectiveFrom: from,
    title: {
      en: 'Fast-track hearing decision due',
      es: 'Fecha límite para la decisión de la audiencia acelerada',
    },
    summary: {
      en: 'The hearing officer must decide within 10 school days after the fast-track hearing.',
      es: 'El oficial de audiencias debe decidir dentro de 10 días escolares después de la audiencia acelerada.',
    },
  },
  {
    id: 'manifestation_determination_due',
    trigger: 'disciplinary_change_of_placement',
    direction: 'after',
    parameter: 'manifestation_determination_school_days',
    firm: true,
    differsFromFederal: false,
    actor: 'school',
    effectiveFrom: from,
    title: {
      en: 'Meeting about behavior and disability (manifestation review)',
      es: 'Reunión sobre la conducta y la discapacidad (revisión de manifestación)',
    },
    summary: {
      en: "Within 10 school days after the school decides to change your child's placement for discipline, you, the school and key IEP team members must meet. You decide if the behavior was caused by the disability, or by the school not following the IEP.",
      es: 'Dentro de 10 días escolares después de que la escuela decide cambiar la ubicación de su hijo por disciplina, usted, la escuela y miembros clave del equipo del IEP deben reunirse. Deciden si la conducta fue causada por la discapacidad, o porque la escuela no siguió el IEP.',
    },
  },
  {
    id: 'ocr_complaint_window_closes',
    trigger: 'discrimination_occurred',
    direction: 'after',
    parameter: 'ocr_complaint_days',
    firm: false,
    differsFromFederal: false,
    actor: 'parent',
    effectiveFrom: from,
    title: {
      en: 'Last day to file with the Office for Civil Rights',
      es: 'Último día para presentar una queja ante la Oficina de Derechos Civiles',
    },
    summary: {
      en: 'A disability discrimination complaint (Section 504) should reach the U.S. Office for Civil Rights (OCR) within 180 calendar days of what happened. OCR can allow more time for a good reason, but do not count on it.',
      es: 'Una queja por discriminación por discapacidad (Sección 504) debe llegar a la Oficina de Derechos Civiles (OCR) de EE. UU. dentro de 180 días calendario de lo que pasó. La OCR puede dar más tiempo por una buena razón, pero no cuente con eso.',
    },
  },
];
