/**
 * Meeting checklists (issue 7): for each kind of meeting, what to do before, during and after,
 * with stable item ids (a parent's ticks are stored by id), English and Spanish text, an optional
 * link to one of the app's tools, and the law an item rests on. `checklistProgress` tells a
 * parent what is left, including items they added themselves.
 *
 * Item ids are stable: never rename or reuse one. Retire an item by removing it from every list;
 * ticks stored under a retired id are reported as `ignored`, not lost silently.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import { GUIDE_CITATIONS as C } from './citations.js';
import {
  type GuideLink,
  type LocalizedText,
  type MeetingKind,
  PHASES,
  type Phase,
} from './types.js';

/** One thing to do. */
export type ChecklistItem = {
  readonly id: string;
  readonly phase: Phase;
  readonly text: LocalizedText;
  readonly link?: GuideLink;
  /** The law the item rests on; empty for practical advice. */
  readonly citations: readonly Citation[];
};

const item = (
  id: string,
  phase: Phase,
  text: LocalizedText,
  citations: readonly Citation[] = [],
  link?: GuideLink,
): ChecklistItem => ({ id, phase, text, citations, ...(link ? { link } : {}) });

/** Every checklist item, by id. */
export const CHECKLIST_ITEMS = {
  // Before: shared
  'before.draft_and_data': item(
    'before.draft_and_data',
    'before',
    {
      en: 'Ask for the draft IEP and your child’s data a few days before the meeting, so you have time to read them.',
      es: 'Pida el borrador del IEP y los datos de su hijo unos días antes de la reunión, para tener tiempo de leerlos.',
    },
    [C.p613],
    { kind: 'letter', letter: 'records_request' },
  ),
  'before.records_request': item(
    'before.records_request',
    'before',
    {
      en: 'Send a records request early. The school must let you see the records before any IEP meeting, resolution meeting or hearing. It has 45 days at most.',
      es: 'Envíe pronto un pedido de expedientes. La escuela debe dejarle verlos antes de cualquier reunión del IEP, reunión de resolución o audiencia. Tiene 45 días como máximo.',
    },
    [C.p613],
    { kind: 'deadline', id: 'records_access_due' },
  ),
  'before.records_request_504': item(
    'before.records_request_504',
    'before',
    {
      en: 'Ask to see your child’s records before the meeting. The district must give you a chance to look at them.',
      es: 'Pida ver los expedientes de su hijo antes de la reunión. El distrito le debe dar la oportunidad de revisarlos.',
    },
    [C.p104_36],
    { kind: 'letter', letter: 'records_request' },
  ),
  'before.list_services': item('before.list_services', 'before', {
    en: 'Write down each service your child gets now, exactly: what, how much, how often, where and who gives it.',
    es: 'Anote cada servicio que su hijo recibe ahora, con detalle: qué, cuánto, cada cuánto, dónde y quién lo da.',
  }),
  'before.concerns_statement': item(
    'before.concerns_statement',
    'before',
    {
      en: 'Write a parent concerns statement and send it before the meeting. The team must think about your concerns when it writes the IEP.',
      es: 'Escriba una carta con sus preocupaciones y envíela antes de la reunión. El equipo debe tomar en cuenta sus preocupaciones al escribir el IEP.',
    },
    [C.p324a1ii],
    { kind: 'concerns_statement' },
  ),
  'before.concerns_statement_short': item(
    'before.concerns_statement_short',
    'before',
    {
      en: 'Write a short statement of your concerns, and bring copies to share.',
      es: 'Escriba una carta corta sobre lo que le preocupa, y lleve copias.',
    },
    [],
    { kind: 'concerns_statement' },
  ),
  'before.three_priorities': item('before.three_priorities', 'before', {
    en: 'Choose your top three priorities. Start with the one that matters most to your child.',
    es: 'Elija sus tres prioridades más importantes. Empiece por la que más le importa a su hijo.',
  }),
  'before.who_comes': item(
    'before.who_comes',
    'before',
    {
      en: 'Decide who comes with you. You can bring people who know your child, like a therapist, a friend or a parent center helper.',
      es: 'Decida quién le acompaña. Puede llevar a personas que conocen a su hijo, como un terapeuta, un amigo o alguien del centro para padres.',
    },
    [C.p321a6, C.p322a],
    { kind: 'contact', id: 'apec' },
  ),
  'before.who_comes_support': item(
    'before.who_comes_support',
    'before',
    {
      en: 'Decide who comes with you for support, like a friend or a parent center helper.',
      es: 'Decida quién le acompaña para apoyarle, como un amigo o alguien del centro para padres.',
    },
    [],
    { kind: 'contact', id: 'apec' },
  ),
  'before.interpreter': item(
    'before.interpreter',
    'before',
    {
      en: 'If you need an interpreter, ask for one in writing before the meeting. The school must make sure you understand the meeting.',
      es: 'Si necesita un intérprete, pídalo por escrito antes de la reunión. La escuela debe asegurarse de que usted entienda la reunión.',
    },
    [C.p322e],
  ),
  'before.interpreter_ask': item('before.interpreter_ask', 'before', {
    en: 'If you need an interpreter, ask for one in writing as soon as the meeting is set.',
    es: 'Si necesita un intérprete, pídalo por escrito en cuanto fijen la reunión.',
  }),
  // Before: by kind
  'before.progress_reports': item(
    'before.progress_reports',
    'before',
    {
      en: 'Read the progress reports. Is your child meeting the goals? If not, the IEP should change.',
      es: 'Lea los informes de progreso. ¿Su hijo está cumpliendo las metas? Si no, el IEP debe cambiar.',
    },
    [C.p324b1],
  ),
  'before.transition': item(
    'before.transition',
    'before',
    {
      en: 'If your child will turn 16 while this IEP is in effect, ask about goals for life after school: work, training and living on their own.',
      es: 'Si su hijo cumple 16 años mientras dure este IEP, pregunte por las metas para después de la escuela: trabajo, estudios y vida independiente.',
    },
    [C.p320b],
  ),
  'before.evaluation_report': item(
    'before.evaluation_report',
    'before',
    {
      en: 'Ask for the test results before the meeting, so you can read them at home first.',
      es: 'Pida los resultados de las pruebas antes de la reunión, para leerlos primero en casa.',
    },
    [C.p613],
    { kind: 'letter', letter: 'records_request' },
  ),
  'before.eligibility_date': item(
    'before.eligibility_date',
    'before',
    {
      en: 'Check the date. In Alabama, the team must decide if your child qualifies within 30 days after the testing is done.',
      es: 'Revise la fecha. En Alabama, el equipo debe decidir si su hijo califica dentro de 30 días después de terminar la evaluación.',
    },
    [C.al04],
    { kind: 'deadline', id: 'eligibility_determination_due' },
  ),
  'before.settlement_terms': item('before.settlement_terms', 'before', {
    en: 'Write down what would settle this for you, and what you could live with.',
    es: 'Anote lo que usted quiere lograr, y lo que podría aceptar.',
  }),
  'before.resolution_date': item(
    'before.resolution_date',
    'before',
    {
      en: 'The district must hold this meeting within 15 days after it gets your due process complaint. Check the date.',
      es: 'El distrito debe hacer esta reunión dentro de 15 días después de recibir su queja de debido proceso. Revise la fecha.',
    },
    [C.p510a],
    { kind: 'deadline', id: 'resolution_meeting_due' },
  ),
  'before.resolution_lawyer': item(
    'before.resolution_lawyer',
    'before',
    {
      en: 'The district may bring its lawyer only if you bring one. Decide if you will.',
      es: 'El distrito puede llevar a su abogado solo si usted lleva uno. Decida si lo hará.',
    },
    [C.p510a],
    { kind: 'contact', id: 'adap' },
  ),
  'before.section_504_procedures': item(
    'before.section_504_procedures',
    'before',
    {
      en: 'Ask the district for its 504 rules and the name of its 504 coordinator.',
      es: 'Pida al distrito sus reglas sobre el 504 y el nombre de su coordinador de 504.',
    },
    [C.p104_7, C.p104_36],
  ),
  // During: shared
  'during.note_taker': item(
    'during.note_taker',
    'during',
    {
      en: 'Decide who takes notes. Ask a friend to write while you talk.',
      es: 'Decida quién toma notas. Pida a un amigo que escriba mientras usted habla.',
    },
    [],
    { kind: 'meeting_notes' },
  ),
  'during.service_details': item('during.service_details', 'during', {
    en: 'For each service, get the details: what, how much, how often, where, who gives it and from what date.',
    es: 'Para cada servicio, pida los detalles: qué, cuánto, cada cuánto, dónde, quién lo da y desde qué fecha.',
  }),
  'during.support_details': item('during.support_details', 'during', {
    en: 'For each support, write down what it is, when it is used and who makes sure it happens.',
    es: 'Para cada apoyo, anote qué es, cuándo se usa y quién se asegura de que se cumpla.',
  }),
  'during.ask_for_data': item(
    'during.ask_for_data',
    'during',
    {
      en: 'Ask for the data behind each idea. How do they know?',
      es: 'Pida los datos detrás de cada idea. ¿Cómo lo saben?',
    },
    [],
    { kind: 'script', id: 'ask_for_data' },
  ),
  'during.refusals_in_writing': item(
    'during.refusals_in_writing',
    'during',
    {
      en: 'If the school says no, ask them to put it in the notes and to send you prior written notice.',
      es: 'Si la escuela dice que no, pida que lo pongan en las notas y que le envíen un aviso previo por escrito.',
    },
    [C.p503a, C.p503b],
    { kind: 'script', id: 'refusal_ask_for_notice' },
  ),
  'during.read_back': item('during.read_back', 'during', {
    en: 'Before the meeting ends, ask someone to read the notes back. Fix anything that is wrong.',
    es: 'Antes de terminar la reunión, pida que lean las notas en voz alta. Corrija lo que esté mal.',
  }),
  'during.no_signing_today': item(
    'during.no_signing_today',
    'during',
    {
      en: 'Ask what your signature means. You can take the papers home to read before you sign.',
      es: 'Pregunte qué significa su firma. Puede llevarse los papeles a casa para leerlos antes de firmar.',
    },
    [],
    { kind: 'script', id: 'not_signing_today' },
  ),
  // During: by kind
  'during.ask_for_iee': item(
    'during.ask_for_iee',
    'during',
    {
      en: 'If you disagree with the school’s testing, say so. You can ask for an outside test, called an IEE, at public cost.',
      es: 'Si no está de acuerdo con las pruebas de la escuela, dígalo. Puede pedir que otra persona evalúe a su hijo, sin costo para usted. Se llama IEE.',
    },
    [C.p502a3, C.p502b],
    { kind: 'letter', letter: 'iee_request' },
  ),
  'during.mediation_private': item(
    'during.mediation_private',
    'during',
    {
      en: 'What is said in mediation cannot be used as evidence later in a hearing or in court. You can speak openly.',
      es: 'Lo que se dice en la mediación no se puede usar después como prueba en una audiencia o en un juicio. Puede hablar con confianza.',
    },
    [C.p506b8],
  ),
  'during.authority_to_sign': item(
    'during.authority_to_sign',
    'during',
    {
      en: 'Check that someone there can make decisions and sign for the district.',
      es: 'Confirme que alguien presente puede tomar decisiones y firmar por el distrito.',
    },
    [C.p506b6, C.p510a],
  ),
  'during.read_agreement': item(
    'during.read_agreement',
    'during',
    {
      en: 'Read the agreement slowly before you sign. Once you both sign a mediation agreement, it is binding, and there are no days to change your mind.',
      es: 'Lea el acuerdo con calma antes de firmar. Cuando los dos firman un acuerdo de mediación, es obligatorio, y no hay días para cambiar de opinión.',
    },
    [C.p506b6],
  ),
  'during.resolution_agreement': item(
    'during.resolution_agreement',
    'during',
    {
      en: 'If you settle, the deal must be written down and signed by you and the district.',
      es: 'Si llegan a un acuerdo, debe quedar por escrito y firmado por usted y el distrito.',
    },
    [C.p510d],
  ),
  'during.stay_put': item(
    'during.stay_put',
    'during',
    {
      en: 'Remember stay-put: while the case goes on, your child stays in the current placement unless you both agree to a change.',
      es: 'Recuerde el stay-put: mientras sigue el caso, su hijo se queda en su ubicación actual, a menos que los dos acuerden un cambio.',
    },
    [C.p518a],
  ),
  // After: shared
  'after.follow_up_letter': item(
    'after.follow_up_letter',
    'after',
    {
      en: 'Send a follow-up letter within 48 hours. List what was agreed, who will do it and by when.',
      es: 'Envíe una carta de seguimiento en 48 horas. Anote lo que se acordó, quién lo hará y para cuándo.',
    },
    [],
    { kind: 'letter', letter: 'meeting_follow_up' },
  ),
  'after.compare_final': item(
    'after.compare_final',
    'after',
    {
      en: 'When you get the final IEP, compare it with your notes, line by line.',
      es: 'Cuando reciba el IEP final, compárelo con sus notas, línea por línea.',
    },
    [C.p322f],
    { kind: 'meeting_notes' },
  ),
  'after.compare_final_504': item(
    'after.compare_final_504',
    'after',
    {
      en: 'When you get the final 504 plan, compare it with your notes, line by line.',
      es: 'Cuando reciba el plan 504 final, compárelo con sus notas, línea por línea.',
    },
    [],
    { kind: 'meeting_notes' },
  ),
  'after.check_notice': item(
    'after.check_notice',
    'after',
    {
      en: 'Check the prior written notice. Does it say what was decided, why, what else was looked at, and what it was based on?',
      es: 'Revise el aviso previo por escrito. ¿Dice qué se decidió, por qué, qué otras opciones vieron y en qué se basó?',
    },
    [C.p503b],
    { kind: 'letter', letter: 'pwn_request' },
  ),
  'after.set_reminders': item(
    'after.set_reminders',
    'after',
    {
      en: 'Put the promised dates on your timeline, so you know when to check.',
      es: 'Ponga las fechas prometidas en su calendario, para saber cuándo revisar.',
    },
    [],
    { kind: 'meeting_notes' },
  ),
  'after.next_review': item(
    'after.next_review',
    'after',
    {
      en: 'Note the date of the next yearly IEP review. The team must meet at least once a year.',
      es: 'Anote la fecha de la próxima revisión anual del IEP. El equipo debe reunirse al menos una vez al año.',
    },
    [C.p324b1],
    { kind: 'deadline', id: 'annual_iep_review_due' },
  ),
  'after.service_log': item('after.service_log', 'after', {
    en: 'Keep a service log: each date, how long, and who worked with your child.',
    es: 'Lleve un registro de servicios: cada fecha, cuánto duró y quién trabajó con su hijo.',
  }),
  // After: by kind
  'after.first_iep_date': item(
    'after.first_iep_date',
    'after',
    {
      en: 'If your child qualifies, the first IEP meeting must be held within 30 days. Put the date on your timeline.',
      es: 'Si su hijo califica, la primera reunión del IEP debe hacerse dentro de 30 días. Ponga la fecha en su calendario.',
    },
    [C.al05, C.p323c],
    { kind: 'deadline', id: 'initial_iep_meeting_due' },
  ),
  'after.keep_agreement': item(
    'after.keep_agreement',
    'after',
    {
      en: 'Keep your signed copy safe. If the school does not do what it signed, a court can make it.',
      es: 'Guarde bien su copia firmada. Si la escuela no cumple lo que firmó, un tribunal puede obligarla.',
    },
    [C.p506b6],
  ),
  'after.three_business_days': item(
    'after.three_business_days',
    'after',
    {
      en: 'You or the district can cancel a signed resolution agreement within 3 business days. Mark the last day.',
      es: 'Usted o el distrito pueden cancelar un acuerdo de resolución firmado dentro de 3 días hábiles. Marque el último día.',
    },
    [C.p510e],
    { kind: 'deadline', id: 'resolution_agreement_review_ends' },
  ),
  'after.resolution_period': item(
    'after.resolution_period',
    'after',
    {
      en: 'If there is no deal 30 days after the district got your complaint, the hearing can go ahead.',
      es: 'Si no hay acuerdo dentro de 30 días después de que el distrito recibió su queja, la audiencia puede seguir adelante.',
    },
    [C.p510b],
    { kind: 'deadline', id: 'resolution_period_ends' },
  ),
  'after.section_504_not_followed': item(
    'after.section_504_not_followed',
    'after',
    {
      en: 'If the 504 plan is not followed, you can use the district’s complaint process or ask for a hearing. You can also complain to OCR within 180 days.',
      es: 'Si no se cumple el plan 504, puede usar el proceso de quejas del distrito o pedir una audiencia. También puede quejarse ante la OCR dentro de 180 días.',
    },
    [C.p104_7, C.p104_36, C.p100_7b],
    { kind: 'letter', letter: 'section_504_grievance' },
  ),
} as const satisfies Record<string, ChecklistItem>;

/** The id of a built-in checklist item. */
export type ChecklistItemId = keyof typeof CHECKLIST_ITEMS;

/** The items of each meeting kind, in the order shown (before, during, after). */
export const CHECKLISTS: { readonly [K in MeetingKind]: readonly ChecklistItemId[] } = {
  annual_iep: [
    'before.draft_and_data',
    'before.records_request',
    'before.list_services',
    'before.progress_reports',
    'before.transition',
    'before.concerns_statement',
    'before.three_priorities',
    'before.who_comes',
    'before.interpreter',
    'during.note_taker',
    'during.service_details',
    'during.ask_for_data',
    'during.refusals_in_writing',
    'during.read_back',
    'during.no_signing_today',
    'after.follow_up_letter',
    'after.compare_final',
    'after.check_notice',
    'after.set_reminders',
    'after.next_review',
    'after.service_log',
  ],
  eligibility_review: [
    'before.evaluation_report',
    'before.records_request',
    'before.eligibility_date',
    'before.list_services',
    'before.concerns_statement',
    'before.three_priorities',
    'before.who_comes',
    'before.interpreter',
    'during.note_taker',
    'during.ask_for_data',
    'during.ask_for_iee',
    'during.refusals_in_writing',
    'during.read_back',
    'during.no_signing_today',
    'after.follow_up_letter',
    'after.check_notice',
    'after.first_iep_date',
    'after.set_reminders',
  ],
  mediation_session: [
    'before.records_request',
    'before.list_services',
    'before.settlement_terms',
    'before.three_priorities',
    'before.who_comes_support',
    'before.interpreter_ask',
    'during.note_taker',
    'during.mediation_private',
    'during.authority_to_sign',
    'during.service_details',
    'during.ask_for_data',
    'during.read_agreement',
    'after.keep_agreement',
    'after.follow_up_letter',
    'after.set_reminders',
    'after.service_log',
  ],
  resolution_meeting: [
    'before.resolution_date',
    'before.resolution_lawyer',
    'before.records_request',
    'before.list_services',
    'before.settlement_terms',
    'before.who_comes_support',
    'before.interpreter_ask',
    'during.note_taker',
    'during.authority_to_sign',
    'during.service_details',
    'during.stay_put',
    'during.resolution_agreement',
    'after.three_business_days',
    'after.resolution_period',
    'after.follow_up_letter',
    'after.set_reminders',
  ],
  section_504_meeting: [
    'before.section_504_procedures',
    'before.records_request_504',
    'before.list_services',
    'before.concerns_statement_short',
    'before.three_priorities',
    'before.who_comes_support',
    'before.interpreter_ask',
    'during.note_taker',
    'during.support_details',
    'during.ask_for_data',
    'during.read_back',
    'during.no_signing_today',
    'after.follow_up_letter',
    'after.compare_final_504',
    'after.set_reminders',
    'after.service_log',
    'after.section_504_not_followed',
  ],
};

/** Meeting names. */
export const MEETING_KIND_NAMES: { readonly [K in MeetingKind]: LocalizedText } = {
  annual_iep: { en: 'Yearly IEP meeting', es: 'Reunión anual del IEP' },
  eligibility_review: {
    en: 'Evaluation and eligibility meeting',
    es: 'Reunión de evaluación y elegibilidad',
  },
  mediation_session: { en: 'Mediation session', es: 'Sesión de mediación' },
  resolution_meeting: { en: 'Resolution meeting', es: 'Reunión de resolución' },
  section_504_meeting: { en: '504 plan meeting', es: 'Reunión del plan 504' },
};

/** Phase headings. */
export const PHASE_NAMES: { readonly [P in Phase]: LocalizedText } = {
  before: { en: 'Before the meeting', es: 'Antes de la reunión' },
  during: { en: 'During the meeting', es: 'Durante la reunión' },
  after: { en: 'After the meeting', es: 'Después de la reunión' },
};

/**
 * The checklist of a meeting kind, as items in display order.
 *
 * @example
 * checklistFor('resolution_meeting')[0]?.id; // 'before.resolution_date'
 */
export function checklistFor(kind: MeetingKind): readonly ChecklistItem[] {
  return CHECKLISTS[kind].map((id) => CHECKLIST_ITEMS[id]);
}

/** An item a parent added to a checklist, in their own words (one language). */
export type CustomChecklistItem = {
  readonly id: string;
  readonly phase: Phase;
  readonly text: string;
};

/** One line of progress: a guide item or the parent's own, ticked or not. */
export type ProgressEntry =
  | {
      readonly source: 'guide';
      readonly id: string;
      readonly phase: Phase;
      readonly done: boolean;
      readonly item: ChecklistItem;
    }
  | {
      readonly source: 'custom';
      readonly id: string;
      readonly phase: Phase;
      readonly done: boolean;
      readonly text: string;
    };

/** What is done and what is left on one meeting's checklist. */
export type ChecklistProgress = {
  readonly kind: MeetingKind;
  readonly total: number;
  readonly done: number;
  readonly complete: boolean;
  /** Every entry, in display order: by phase, guide items first, then the parent's own. */
  readonly entries: readonly ProgressEntry[];
  /** The entries not yet ticked, in display order. */
  readonly left: readonly ProgressEntry[];
  readonly byPhase: { readonly [P in Phase]: { readonly total: number; readonly done: number } };
  /** Ticked ids that match no item of this checklist (e.g. an item since retired). */
  readonly ignoredTicks: readonly string[];
  /** Custom items dropped because their id repeats a guide item or an earlier custom item. */
  readonly droppedCustomIds: readonly string[];
};

/**
 * What is left on a meeting's checklist, given the ids the parent ticked and the items they added.
 *
 * @example
 * checklistProgress('annual_iep', ['before.list_services'], []).left.length; // 20
 */
export function checklistProgress(
  kind: MeetingKind,
  tickedIds: readonly string[],
  customItems: readonly CustomChecklistItem[],
): ChecklistProgress {
  const ticked = new Set(tickedIds);
  const guideItems = checklistFor(kind);
  const knownIds = new Set<string>(guideItems.map((i) => i.id));
  const droppedCustomIds: string[] = [];
  const customs: CustomChecklistItem[] = [];
  for (const custom of customItems) {
    if (knownIds.has(custom.id)) {
      droppedCustomIds.push(custom.id);
    } else {
      knownIds.add(custom.id);
      customs.push(custom);
    }
  }
  const entries: ProgressEntry[] = PHASES.flatMap((phase) => [
    ...guideItems
      .filter((i) => i.phase === phase)
      .map(
        (i): ProgressEntry => ({
          source: 'guide',
          id: i.id,
          phase,
          done: ticked.has(i.id),
          item: i,
        }),
      ),
    ...customs
      .filter((c) => c.phase === phase)
      .map(
        (c): ProgressEntry => ({
          source: 'custom',
          id: c.id,
          phase,
          done: ticked.has(c.id),
          text: c.text,
        }),
      ),
  ]);
  const count = (list: readonly ProgressEntry[]) => ({
    total: list.length,
    done: list.filter((e) => e.done).length,
  });
  const done = entries.filter((e) => e.done).length;
  return {
    kind,
    total: entries.length,
    done,
    complete: done === entries.length,
    entries,
    left: entries.filter((e) => !e.done),
    byPhase: {
      before: count(entries.filter((e) => e.phase === 'before')),
      during: count(entries.filter((e) => e.phase === 'during')),
      after: count(entries.filter((e) => e.phase === 'after')),
    },
    ignoredTicks: [...ticked].filter((id) => !knownIds.has(id)),
    droppedCustomIds,
  };
}
