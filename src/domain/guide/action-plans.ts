/**
 * Action plans: "if this happens, then do this" sequences. Each step is plain words, the law it
 * rests on (if any), and links that open the matching letter, chooser result or deadline.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import { GUIDE_CITATIONS as C } from './citations.js';
import type { GuideLink, LocalizedText } from './types.js';

/** The plans, in display order. */
export const ACTION_PLAN_IDS = [
  'iep_not_implemented',
  'evaluation_refused_or_stalled',
  'evaluation_disagreement',
  'services_cut_or_placement_changed',
  'repeated_pickups',
  'restraint_or_seclusion',
] as const;
/** One of {@link ACTION_PLAN_IDS}. */
export type ActionPlanId = (typeof ACTION_PLAN_IDS)[number];

/** One step. */
export type ActionStep = {
  /** Stable within its plan. */
  readonly id: string;
  readonly text: LocalizedText;
  readonly citations: readonly Citation[];
  readonly links: readonly GuideLink[];
};

/** One plan. */
export type ActionPlan = {
  readonly id: ActionPlanId;
  readonly title: LocalizedText;
  /** "If this happens", in the parent's words. */
  readonly trigger: LocalizedText;
  readonly steps: readonly ActionStep[];
};

const step = (
  id: string,
  text: LocalizedText,
  citations: readonly Citation[] = [],
  links: readonly GuideLink[] = [],
): ActionStep => ({ id, text, citations, links });

/** The plans, keyed by id. */
export const ACTION_PLANS: { readonly [P in ActionPlanId]: ActionPlan } = {
  iep_not_implemented: {
    id: 'iep_not_implemented',
    title: { en: 'The IEP is not being followed', es: 'No se cumple el IEP' },
    trigger: {
      en: 'If your child is not getting a service that is in the IEP:',
      es: 'Si su hijo no recibe un servicio que promete el IEP:',
    },
    steps: [
      step('write_down', {
        en: 'Write down what is missing: which service, since when, and how many sessions were missed.',
        es: 'Anote lo que falta: qué servicio, desde cuándo y cuántas sesiones se perdieron.',
      }),
      step(
        'get_logs',
        {
          en: 'Ask in writing for your child’s service logs and records.',
          es: 'Pida por escrito los registros de servicios y los expedientes de su hijo.',
        },
        [C.p613],
        [
          { kind: 'letter', letter: 'records_request' },
          { kind: 'deadline', id: 'records_access_due' },
        ],
      ),
      step(
        'write_school',
        {
          en: 'Write to the school. Name the missing service and ask when it will start and how the lost time will be made up.',
          es: 'Escriba a la escuela. Diga qué servicio falta y pregunte cuándo empezará y cómo se repondrá el tiempo perdido.',
        },
        [C.p323c, C.al05],
        [{ kind: 'letter', letter: 'meeting_follow_up' }],
      ),
      step(
        'state_complaint',
        {
          en: 'If it does not get fixed, file a state complaint. The problem must be less than 1 year old. The state must decide within 60 days and can order make-up services.',
          es: 'Si no se corrige, presente una queja estatal. El problema debe tener menos de 1 año. El estado debe decidir en 60 días y puede ordenar servicios para reponer lo perdido.',
        },
        [C.p153, C.p152a, C.p151b],
        [
          { kind: 'chooser', concern: 'iep_not_implemented' },
          { kind: 'letter', letter: 'state_complaint' },
          { kind: 'deadline', id: 'state_complaint_window_closes' },
        ],
      ),
    ],
  },
  evaluation_refused_or_stalled: {
    id: 'evaluation_refused_or_stalled',
    title: {
      en: 'Testing is refused or late',
      es: 'Niegan la evaluación o se atrasa',
    },
    trigger: {
      en: 'If the school will not test your child, or the testing is late:',
      es: 'Si la escuela no quiere evaluar a su hijo, o la evaluación está atrasada:',
    },
    steps: [
      step(
        'ask_in_writing',
        {
          en: 'Ask for an evaluation in writing. Keep a copy with the date.',
          es: 'Pida la evaluación por escrito. Guarde una copia con la fecha.',
        },
        [C.p301b],
      ),
      step(
        'notice_if_no',
        {
          en: 'If the school says no, ask for prior written notice that explains why.',
          es: 'Si la escuela dice que no, pida un aviso previo por escrito que explique por qué.',
        },
        [C.p503a, C.p503b],
        [{ kind: 'letter', letter: 'pwn_request' }],
      ),
      step(
        'sixty_days',
        {
          en: 'Once the school gets your signed consent, it has 60 days to finish the testing. Put the date on your timeline.',
          es: 'Cuando la escuela recibe su permiso firmado, tiene 60 días para terminar la evaluación. Ponga la fecha en su calendario.',
        },
        [C.p301c1, C.al02],
        [{ kind: 'deadline', id: 'initial_evaluation_due' }],
      ),
      step(
        'late_complaint',
        {
          en: 'If the 60 days pass, you can file a state complaint.',
          es: 'Si pasan los 60 días, puede presentar una queja estatal.',
        },
        [C.p153, C.p301c1],
        [
          { kind: 'chooser', concern: 'evaluation_timeline_missed' },
          { kind: 'letter', letter: 'state_complaint' },
        ],
      ),
      step(
        'refused_paths',
        {
          en: 'If the school refuses to test, you can ask for mediation or file for due process.',
          es: 'Si la escuela se niega a evaluar, puede pedir mediación o presentar una queja de debido proceso.',
        },
        [C.p506a, C.p507a1],
        [{ kind: 'chooser', concern: 'evaluation_refused' }],
      ),
    ],
  },
  evaluation_disagreement: {
    id: 'evaluation_disagreement',
    title: {
      en: 'You disagree with the school’s testing',
      es: 'No está de acuerdo con la evaluación de la escuela',
    },
    trigger: {
      en: 'If you think the school’s testing is wrong or missed something:',
      es: 'Si cree que la evaluación de la escuela está mal o le faltó algo:',
    },
    steps: [
      step(
        'ask_for_iee',
        {
          en: 'Tell the school in writing that you disagree. Ask for an IEE, an outside test, at public cost.',
          es: 'Dígale por escrito a la escuela que no está de acuerdo. Pida una IEE, es decir, una prueba hecha por otra persona, sin costo para usted.',
        },
        [C.p502b, C.p502a3],
        [{ kind: 'letter', letter: 'iee_request' }],
      ),
      step('ask_first', {
        en: 'Ask for the IEE before you pay for any outside testing yourself.',
        es: 'Pida la IEE antes de pagar usted otra prueba.',
      }),
      step(
        'no_reason_needed',
        {
          en: 'The school may ask why you disagree. But it cannot make you explain, and it cannot use the question to stall.',
          es: 'La escuela puede preguntar por qué no está de acuerdo, pero no puede obligarle a explicarlo ni usar la pregunta para demorar.',
        },
        [C.p502b4],
      ),
      step(
        'school_must_act',
        {
          en: 'The school must act without needless delay. It must pay for the IEE, or ask for a hearing to defend its own tests.',
          es: 'La escuela debe actuar sin demoras innecesarias. Debe pagar la IEE, o pedir una audiencia para defender sus pruebas.',
        },
        [C.p502b],
      ),
      step(
        'if_ignored',
        {
          en: 'If the school does neither, you can file a state complaint.',
          es: 'Si la escuela no hace ninguna de las dos cosas, puede presentar una queja estatal.',
        },
        [C.p153, C.p502b],
        [
          { kind: 'chooser', concern: 'iee_request_ignored' },
          { kind: 'letter', letter: 'state_complaint' },
        ],
      ),
      step(
        'use_results',
        {
          en: 'When the IEE is done, share it. The team must consider it.',
          es: 'Cuando la IEE esté lista, compártala. El equipo debe tomarla en cuenta.',
        },
        [C.p502c],
        [{ kind: 'checklist', meeting: 'eligibility_review' }],
      ),
    ],
  },
  services_cut_or_placement_changed: {
    id: 'services_cut_or_placement_changed',
    title: {
      en: 'A service is cut or your child is moved',
      es: 'Reducen un servicio o cambian a su hijo de lugar',
    },
    trigger: {
      en: 'If the school cuts a service or moves your child to a new class or school:',
      es: 'Si la escuela reduce un servicio o pasa a su hijo a otra clase o escuela:',
    },
    steps: [
      step(
        'ask_for_notice',
        {
          en: 'Ask for prior written notice: what is changing, why, what else was looked at, and what it was based on.',
          es: 'Pida un aviso previo por escrito: qué cambia, por qué, qué otras opciones vieron y en qué se basaron.',
        },
        [C.p503a, C.p503b],
        [{ kind: 'letter', letter: 'pwn_request' }],
      ),
      step(
        'ask_for_data',
        {
          en: 'Ask for the data and records behind the change.',
          es: 'Pida los datos y los expedientes en los que se basa el cambio.',
        },
        [C.p613],
        [{ kind: 'letter', letter: 'records_request' }],
      ),
      step(
        'say_you_disagree',
        {
          en: 'Tell the school in writing that you disagree.',
          es: 'Dígale por escrito a la escuela que no está de acuerdo.',
        },
        [],
        [{ kind: 'letter', letter: 'meeting_follow_up' }],
      ),
      step(
        'stay_put',
        {
          en: 'To keep your child in the current placement while you disagree, you must file a due process complaint. Stay-put starts then. Asking out loud is not enough.',
          es: 'Para que su hijo siga en su ubicación actual mientras no están de acuerdo, debe presentar una queja de debido proceso. El stay-put empieza entonces. Pedirlo de palabra no basta.',
        },
        [C.p518a, C.p508ab],
        [
          { kind: 'chooser', concern: 'placement' },
          { kind: 'letter', letter: 'due_process_complaint' },
          { kind: 'deadline', id: 'due_process_window_closes' },
        ],
      ),
      step(
        'mediation',
        {
          en: 'You can also ask for mediation at any time.',
          es: 'También puede pedir mediación en cualquier momento.',
        },
        [C.p506a],
        [{ kind: 'letter', letter: 'mediation_request' }],
      ),
    ],
  },
  repeated_pickups: {
    id: 'repeated_pickups',
    title: {
      en: 'You keep getting calls to pick up your child',
      es: 'Le llaman seguido para recoger a su hijo',
    },
    trigger: {
      en: 'If the school keeps sending your child home early:',
      es: 'Si la escuela sigue mandando a su hijo a casa temprano:',
    },
    steps: [
      step('keep_log', {
        en: 'Keep a log: the date, when they called, when you picked up, and the reason they gave.',
        es: 'Lleve un registro: la fecha, a qué hora llamaron, a qué hora lo recogió y la razón que dieron.',
      }),
      step(
        'incident_report',
        {
          en: 'Each time, ask for a written incident report before you sign your child out.',
          es: 'Cada vez, pida un informe escrito del incidente antes de firmar la salida de su hijo.',
        },
        [],
        [{ kind: 'script', id: 'sent_home_early' }],
      ),
      step(
        'counts_as_removal',
        {
          en: 'Being sent home can count as a removal. After 10 school days of removals in a year, the school must give services.',
          es: 'Que lo manden a casa puede contar como un retiro de la escuela. Después de 10 días escolares de retiros en un año, la escuela debe dar servicios.',
        },
        [C.p530b, C.al09, C.osepInformalRemovals],
      ),
      step(
        'pattern',
        {
          en: 'Removals that add up to more than 10 school days can be a change of placement if they form a pattern. Then the school must meet with you within 10 school days. Together you decide if the behavior is linked to the disability.',
          es: 'Si los retiros suman más de 10 días escolares y siguen un patrón, puede ser un cambio de ubicación. Entonces la escuela debe reunirse con usted dentro de 10 días escolares. Juntos deciden si la conducta tiene que ver con la discapacidad.',
        },
        [C.p536, C.p530e],
        [
          { kind: 'deadline', id: 'manifestation_determination_due' },
          { kind: 'chooser', concern: 'discipline' },
        ],
      ),
      step(
        'behavior_plan',
        {
          en: 'Ask for an IEP meeting about behavior. If it makes it hard to learn, the team must look at positive ways to help. A behavior plan is one way.',
          es: 'Pida una reunión del IEP sobre la conducta. Cuando la conducta no deja aprender, el equipo debe pensar en formas positivas de ayudar, como un plan de conducta.',
        },
        [C.p324a2i],
        [{ kind: 'checklist', meeting: 'annual_iep' }],
      ),
    ],
  },
  restraint_or_seclusion: {
    id: 'restraint_or_seclusion',
    title: {
      en: 'Your child was restrained or secluded',
      es: 'Sujetaron o aislaron a su hijo',
    },
    trigger: {
      en: 'If staff held your child down or shut your child in a room alone:',
      es: 'Si el personal sujetó a su hijo o lo encerró solo en un cuarto:',
    },
    steps: [
      step('write_down', {
        en: 'Write down what you were told: when, who, for how long, and what happened before.',
        es: 'Anote lo que le dijeron: cuándo, quién, por cuánto tiempo y qué pasó antes.',
      }),
      step(
        'alabama_rule',
        {
          en: 'Alabama’s rule covers all students. It bans restraint with drugs or with devices. Staff may hold a child only when the child is an immediate danger and calmer steps did not work. The rule also limits seclusion.',
          es: 'La regla de Alabama cubre a todos los alumnos. Prohíbe sujetar con medicinas o con aparatos. El personal solo puede sujetar a un niño con las manos si es un peligro inmediato y no sirvieron pasos más calmados. La regla también limita el aislamiento.',
        },
        [C.alRestraint],
      ),
      step(
        'ask_for_records',
        {
          en: 'Ask in writing for the report on what happened, the school’s rules on restraint, and proof that staff were trained.',
          es: 'Pida por escrito el informe de lo que pasó, las reglas de la escuela para sujetar a un niño y prueba de que el personal está entrenado.',
        },
        [],
        [{ kind: 'letter', letter: 'records_request' }],
      ),
      step('debrief', {
        en: 'If the school holds a meeting about it afterward, go, and take notes.',
        es: 'Si la escuela hace una reunión sobre lo que pasó, vaya y tome notas.',
      }),
      step(
        'plan_for_behavior',
        {
          en: 'Ask for an IEP meeting to plan for behavior. The team must think about positive ways to help, like a behavior plan.',
          es: 'Pida una reunión del IEP para planear cómo apoyar la conducta. El equipo debe pensar en formas positivas de ayudar, como un plan de conducta.',
        },
        [C.p324a2i],
        [{ kind: 'checklist', meeting: 'annual_iep' }],
      ),
      step(
        'call_adap',
        {
          en: 'Call ADAP for free advice.',
          es: 'Llame a ADAP para pedir consejo gratis.',
        },
        [],
        [{ kind: 'contact', id: 'adap' }],
      ),
    ],
  },
};

/** The plans in display order. */
export function actionPlansInOrder(): readonly ActionPlan[] {
  return ACTION_PLAN_IDS.map((id) => ACTION_PLANS[id]);
}
