/**
 * The elements a letter can be checked for: each with a plain name in English and Spanish, the
 * input field that supplies it (so a page can link to it), and the test that it is present.
 * Which elements a kind requires, and on what legal basis, is in `letter-definitions.ts`.
 *
 * @module
 */
import { isIsoDate } from '../deadlines/iso-date.js';
import type { Localized } from '../deadlines/localized.js';
import { compareDates, type FilingWindow, lastDayToFile } from '../rules/index.js';
import { hasText } from './letter-text.js';
import type {
  LetterCore,
  LetterDataMap,
  LetterKind,
  MediationRequestData,
  MeetingFollowUpData,
} from './letter-types.js';

/** Every element id, required or recommended, across all kinds. */
export const ELEMENT_IDS = [
  'letter_date',
  'parent_name',
  'parent_contact',
  'signature',
  'child_name',
  'child_address',
  'child_school',
  'district_name',
  'violation_statement',
  'facts',
  'problem_description',
  'issues',
  'proposed_resolution',
  'availability',
  'pending_due_process',
  'disputed_evaluation',
  'decisions',
  'meeting_date',
  'attendees',
  'meeting_summary',
  'response_date',
  'interpreter_need',
  'violation_window',
  'next_meeting_date',
] as const;

/** One of {@link ELEMENT_IDS}. */
export type ElementId = (typeof ELEMENT_IDS)[number];

/** Any kind's input, seen through the fields all kinds might have. */
export type AnyLetterData = LetterCore &
  Partial<Omit<UnionToIntersection<LetterDataMap[LetterKind]>, keyof LetterCore>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** What an element check can look at besides the data. */
export type ElementEnv = {
  readonly today: string;
  /** The filing window the kind's `violation_window` check uses, if any. */
  readonly window?: FilingWindow;
};

/** How an element is named, where it comes from, and how to tell it is there. */
export type ElementSpec = {
  readonly name: Localized;
  /** The input field that supplies it, e.g. 'child.school' or 'concerns[].facts'. */
  readonly field: string;
  /** True when the letter has it. */
  readonly present: (data: AnyLetterData, env: ElementEnv) => boolean;
};

function concerns(data: AnyLetterData): AnyLetterData['concerns'] {
  return Array.isArray(data.concerns) ? data.concerns : [];
}

function everyConcern(
  data: AnyLetterData,
  test: (concern: AnyLetterData['concerns'][number]) => boolean,
): boolean {
  const list = concerns(data);
  return list.length > 0 && list.every(test);
}

/** The day the other side is presumed to receive the letter: the later of today and its date. */
function receiptDate(data: AnyLetterData, today: string): string {
  return isIsoDate(data.date) && compareDates(data.date, today) > 0 ? data.date : today;
}

function meetingHasContent(data: Partial<MeetingFollowUpData>): boolean {
  const lists = [data.decisions, data.refused, data.documentsOwed];
  return (
    lists.some((list) => Array.isArray(list) && list.some(hasText)) ||
    (Array.isArray(data.promises) && data.promises.some((p) => hasText(p.what))) ||
    (Array.isArray(data.concerns) && data.concerns.some((c) => hasText(c.description)))
  );
}

/** Every element: name, field and presence test. */
export const ELEMENTS: { readonly [E in ElementId]: ElementSpec } = {
  letter_date: {
    name: { en: 'The date of the letter', es: 'La fecha de la carta' },
    field: 'date',
    present: (d) => isIsoDate(d.date),
  },
  parent_name: {
    name: { en: 'Your name', es: 'Su nombre' },
    field: 'parent.name',
    present: (d) => hasText(d.parent?.name),
  },
  parent_contact: {
    name: {
      en: 'How to reach you (address, phone or email)',
      es: 'Cómo comunicarse con usted (dirección, teléfono o correo electrónico)',
    },
    field: 'parent.address',
    present: (d) =>
      hasText(d.parent?.address) || hasText(d.parent?.phone) || hasText(d.parent?.email),
  },
  signature: {
    name: {
      en: 'Your signature (type your full name)',
      es: 'Su firma (escriba su nombre completo)',
    },
    field: 'signature',
    present: (d) => hasText(d.signature),
  },
  child_name: {
    name: { en: "Your child's name", es: 'El nombre de su hijo' },
    field: 'child.name',
    present: (d) => hasText(d.child?.name),
  },
  child_address: {
    name: {
      en: "Your child's home address (or contact information if your family has no home)",
      es: 'La dirección de la casa de su hijo (o cómo comunicarse si su familia no tiene casa)',
    },
    field: 'child.address',
    present: (d) => hasText(d.child?.address),
  },
  child_school: {
    name: { en: "Your child's school", es: 'La escuela de su hijo' },
    field: 'child.school',
    present: (d) => hasText(d.child?.school),
  },
  district_name: {
    name: { en: 'The school district', es: 'El distrito escolar' },
    field: 'district.name',
    present: (d) => hasText(d.district?.name),
  },
  violation_statement: {
    name: {
      en: 'What rule the school broke, for each problem',
      es: 'Qué regla no cumplió la escuela, para cada problema',
    },
    field: 'concerns[].description',
    present: (d) => everyConcern(d, (c) => hasText(c.description)),
  },
  facts: {
    name: {
      en: 'The facts for each problem (dates, names, what happened)',
      es: 'Los hechos de cada problema (fechas, nombres, qué pasó)',
    },
    field: 'concerns[].facts',
    present: (d) => everyConcern(d, (c) => hasText(c.facts)),
  },
  problem_description: {
    name: {
      en: 'The problem and its facts, for each problem',
      es: 'El problema y sus hechos, para cada problema',
    },
    field: 'concerns[].facts',
    present: (d) => everyConcern(d, (c) => hasText(c.description) && hasText(c.facts)),
  },
  issues: {
    name: { en: 'The problems you disagree about', es: 'Los problemas en desacuerdo' },
    field: 'concerns[].description',
    present: (d) => everyConcern(d, (c) => hasText(c.description)),
  },
  proposed_resolution: {
    name: {
      en: 'What you want the school to do to fix it',
      es: 'Lo que usted quiere que haga la escuela para resolverlo',
    },
    field: 'proposedResolution',
    present: (d) => hasText(d.proposedResolution),
  },
  availability: {
    name: {
      en: 'The days and times you can meet',
      es: 'Los días y horas en que puede reunirse',
    },
    field: 'availability',
    present: (d) => hasText((d as Partial<MediationRequestData>).availability),
  },
  pending_due_process: {
    name: {
      en: 'Whether a due process complaint is already filed',
      es: 'Si ya presentó una queja de debido proceso',
    },
    field: 'dueProcessPending',
    present: (d) => typeof (d as Partial<MediationRequestData>).dueProcessPending === 'boolean',
  },
  disputed_evaluation: {
    name: {
      en: 'Which school evaluation you disagree with, and its date',
      es: 'Con qué evaluación de la escuela no está de acuerdo, y su fecha',
    },
    field: 'evaluation.name',
    present: (d) => hasText(d.evaluation?.name) && hasText(d.evaluation?.date),
  },
  decisions: {
    name: {
      en: 'Each decision the school proposed or refused',
      es: 'Cada decisión que la escuela propuso o negó',
    },
    field: 'concerns[].description',
    present: (d) => everyConcern(d, (c) => hasText(c.description)),
  },
  meeting_date: {
    name: { en: 'The date of the meeting', es: 'La fecha de la reunión' },
    field: 'meeting.date',
    present: (d) => isIsoDate(d.meeting?.date),
  },
  attendees: {
    name: { en: 'Who was at the meeting', es: 'Quiénes estuvieron en la reunión' },
    field: 'meeting.attendees',
    present: (d) => hasText(d.meeting?.attendees),
  },
  meeting_summary: {
    name: {
      en: 'What was decided or promised at the meeting',
      es: 'Lo que se decidió o se prometió en la reunión',
    },
    field: 'decisions',
    present: (d) => meetingHasContent(d),
  },
  response_date: {
    name: {
      en: 'A date by which you want an answer',
      es: 'Una fecha para recibir respuesta',
    },
    field: 'responseBy',
    present: (d) => isIsoDate(d.responseBy),
  },
  interpreter_need: {
    name: {
      en: 'Whether you need an interpreter or translation',
      es: 'Si necesita intérprete o traducción',
    },
    field: 'interpreter.needed',
    present: (d) =>
      !d.parent?.language ||
      d.parent.language === 'en' ||
      typeof d.interpreter?.needed === 'boolean',
  },
  violation_window: {
    name: {
      en: 'A problem recent enough to be filed (within the time limit)',
      es: 'Un problema lo bastante reciente para presentarlo (dentro del plazo)',
    },
    field: 'concerns[].date',
    present: (d, env) => {
      const window = env.window;
      if (!window) {
        return true;
      }
      const receipt = receiptDate(d, env.today);
      return concerns(d).every(
        (c) => !isIsoDate(c.date) || compareDates(lastDayToFile(c.date, window), receipt) >= 0,
      );
    },
  },
  next_meeting_date: {
    name: {
      en: 'The date of the next meeting, if one is set',
      es: 'La fecha de la próxima reunión, si ya hay una',
    },
    field: 'nextMeetingDate',
    present: (d) => isIsoDate(d.nextMeetingDate),
  },
};
