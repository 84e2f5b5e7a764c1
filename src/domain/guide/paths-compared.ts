/**
 * The guide's side-by-side comparison of mediation, a state complaint and a due process hearing:
 * who decides, binding or not, confidential or not, cost, how long, what can be ordered and how
 * to ask, with when each fits, the seed's examples and its counter-examples.
 *
 * The cited facts the chooser's result cards also show come from `rules/path-facts.ts` (one
 * source for both); this file adds only what that file does not hold: what can be ordered, how
 * to ask, and when each path fits. A cell the fact sheet does not cover is `null`, and the page
 * says so (see {@link NOT_COVERED}) rather than guessing.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import type { ConcernType } from '../rules/assessment-types.js';
import {
  type COMPARED_PATHS,
  type FactKey,
  PATH_FACTS_BY_JURISDICTION,
} from '../rules/path-facts.js';
import { GUIDE_CITATIONS as C } from './citations.js';
import type { GuideLink, LocalizedText } from './types.js';

/** The three paths compared, as `rules/path-facts.ts` names them. */
export type ComparedPath = (typeof COMPARED_PATHS)[number];

/** The rows of the comparison table, in display order. */
export const COMPARISON_ROWS = [
  'decides',
  'binding',
  'confidential',
  'cost',
  'time',
  'orders',
  'how_to_ask',
  'who_can_start',
  'window',
] as const;
/** One of {@link COMPARISON_ROWS}. */
export type ComparisonRow = (typeof COMPARISON_ROWS)[number];

/** One cell: plain words and the law behind them. */
export type ComparisonCell = {
  readonly text: LocalizedText;
  readonly citations: readonly Citation[];
  /** Where the parent can act on this cell in the app, if anywhere. */
  readonly links?: readonly GuideLink[];
};

/** Shown in a cell the fact sheet does not cover. */
export const NOT_COVERED: LocalizedText = {
  en: 'We have not checked this yet.',
  es: 'Todavía no hemos revisado esto.',
};

/** Row labels, as questions a parent would ask. */
export const COMPARISON_ROW_LABELS: { readonly [R in ComparisonRow]: LocalizedText } = {
  decides: { en: 'Who decides?', es: '¿Quién decide?' },
  binding: { en: 'Must the school follow it?', es: '¿La escuela tiene que cumplirlo?' },
  confidential: { en: 'Is it private?', es: '¿Es privado?' },
  cost: { en: 'What does it cost?', es: '¿Cuánto cuesta?' },
  time: { en: 'How long does it take?', es: '¿Cuánto tarda?' },
  orders: { en: 'What can come of it?', es: '¿Qué se puede lograr?' },
  how_to_ask: { en: 'How do I ask for it?', es: '¿Cómo lo pido?' },
  who_can_start: { en: 'Who can start it?', es: '¿Quién puede empezarlo?' },
  window: { en: 'Is there a time limit?', es: '¿Hay un plazo?' },
};

/** Which rows come straight from `rules/path-facts.ts`. */
const FROM_PATH_FACTS: { readonly [R in ComparisonRow]?: FactKey } = {
  decides: 'decides',
  binding: 'binding',
  confidential: 'confidential',
  cost: 'cost',
  time: 'time',
  who_can_start: 'starts',
  window: 'window',
};

/** The rows this file adds, per path. */
const GUIDE_CELLS: {
  readonly [P in ComparedPath]: {
    readonly orders: ComparisonCell;
    readonly how_to_ask: ComparisonCell;
  };
} = {
  mediation: {
    orders: {
      text: {
        en: 'No one orders anything. You and the school agree on the fix yourselves. What you agree on is written down and signed, and then the school must follow it.',
        es: 'Nadie ordena nada. Usted y la escuela se ponen de acuerdo en la solución. Lo que acuerdan se escribe y se firma, y entonces la escuela debe cumplirlo.',
      },
      citations: [C.p506b6],
    },
    how_to_ask: {
      text: {
        en: 'Write a short letter to ask for mediation. Send it to the school district and to the state education office. We have not checked Alabama’s exact steps yet, so call the state office first.',
        es: 'Escriba una carta corta para pedir mediación. Envíela al distrito escolar y a la oficina de educación del estado. Aún no hemos revisado los pasos exactos de Alabama, así que llame antes a esa oficina.',
      },
      citations: [C.p506a, C.alMediation],
      links: [
        { kind: 'letter', letter: 'mediation_request' },
        { kind: 'contact', id: 'alsde_special_education' },
      ],
    },
  },
  state_complaint: {
    orders: {
      text: {
        en: 'The state can order the school to fix the problem. If your child missed services, it can order make-up services or paying you back. It can also order changes that help other children.',
        es: 'El estado puede ordenar a la escuela que corrija el problema. Si su hijo no recibió servicios, puede ordenar servicios para recuperarlos o que le devuelvan lo que pagó. También puede ordenar cambios que ayuden a otros niños.',
      },
      citations: [C.p151b],
    },
    how_to_ask: {
      text: {
        en: 'Write and sign a letter to the State Superintendent of Education, Special Education Services. Send a copy to the school district at the same time. The state has a sample form, but you do not have to use it.',
        es: 'Escriba y firme una carta al Superintendente de Educación del Estado, Servicios de Educación Especial. Envíe una copia al distrito escolar al mismo tiempo. El estado tiene un formulario de ejemplo, pero no tiene que usarlo.',
      },
      citations: [C.p153, C.alComplaint],
      links: [
        { kind: 'letter', letter: 'state_complaint' },
        { kind: 'contact', id: 'alsde_special_education' },
      ],
    },
  },
  due_process: {
    orders: {
      text: {
        en: 'The hearing officer decides the questions in your complaint. They can be about testing, whether your child qualifies, where your child learns, or services. The officer can order the school to act. Courts have also allowed make-up services.',
        es: 'El oficial de audiencias decide las preguntas de su queja: sobre las pruebas, si su hijo califica, dónde aprende o qué servicios recibe. Puede ordenar a la escuela que actúe. Los tribunales también han permitido servicios para reponer lo perdido.',
      },
      citations: [C.p507a1, C.compensatory],
    },
    how_to_ask: {
      text: {
        en: 'Write a complaint with your child’s name, address and school, the problem and its facts, and the fix you want. Give it to the school district. Send a copy to the Alabama State Department of Education.',
        es: 'Escriba una queja con el nombre, la dirección y la escuela de su hijo, el problema y sus hechos, y la solución que quiere. Entréguela al distrito escolar. Envíe una copia al Departamento de Educación del Estado de Alabama.',
      },
      citations: [C.p508ab, C.alDueProcess],
      links: [
        { kind: 'letter', letter: 'due_process_complaint' },
        { kind: 'deadline', id: 'resolution_meeting_due' },
      ],
    },
  },
};

/**
 * The comparison table for Alabama: for each path, every row's cell, or `null` where the fact
 * sheet gives nothing.
 *
 * @example
 * comparePaths().mediation.confidential?.citations[0]?.cite; // '34 CFR 300.506(b)(8)'
 */
export function comparePaths(): {
  readonly [P in ComparedPath]: { readonly [R in ComparisonRow]: ComparisonCell | null };
} {
  const facts = PATH_FACTS_BY_JURISDICTION['US-AL'];
  const column = (path: ComparedPath): { readonly [R in ComparisonRow]: ComparisonCell | null } => {
    const cellFor = (row: ComparisonRow): ComparisonCell | null => {
      if (row === 'orders' || row === 'how_to_ask') {
        return GUIDE_CELLS[path][row];
      }
      const key = FROM_PATH_FACTS[row];
      const fact = key ? facts[path][key] : undefined;
      return fact ? { text: fact.text, citations: fact.citations } : null;
    };
    return {
      decides: cellFor('decides'),
      binding: cellFor('binding'),
      confidential: cellFor('confidential'),
      cost: cellFor('cost'),
      time: cellFor('time'),
      orders: cellFor('orders'),
      how_to_ask: cellFor('how_to_ask'),
      who_can_start: cellFor('who_can_start'),
      window: cellFor('window'),
    };
  };
  return {
    mediation: column('mediation'),
    state_complaint: column('state_complaint'),
    due_process: column('due_process'),
  };
}

/** A situation from the seed that shows when a path fits, or does not. */
export type FitExample = {
  readonly id: string;
  readonly text: LocalizedText;
  /** The path that fits this situation best. */
  readonly bestPath: ComparedPath;
  /** The chooser concern this is an example of, when there is one. */
  readonly concern?: ConcernType;
  readonly citations: readonly Citation[];
  readonly link: GuideLink;
};

const example = (
  id: string,
  bestPath: ComparedPath,
  concern: ConcernType | undefined,
  text: LocalizedText,
  citations: readonly Citation[] = [],
): FitExample => ({
  id,
  bestPath,
  text,
  citations,
  ...(concern ? { concern } : {}),
  link: concern ? { kind: 'chooser', concern } : { kind: 'chooser' },
});

/** The seed's examples and counter-examples. */
export const FIT_EXAMPLES: readonly FitExample[] = [
  example('speech_minutes', 'mediation', 'service_amount', {
    en: 'The school offers 30 minutes of speech therapy a week. You think your child needs 60.',
    es: 'La escuela ofrece 30 minutos de terapia del habla por semana. Usted cree que su hijo necesita 60.',
  }),
  example('inclusion_or_separate', 'mediation', 'placement', {
    en: 'The school wants a separate special education class all day. You want your child in a regular class with support.',
    es: 'La escuela quiere una clase aparte de educación especial todo el día. Usted quiere a su hijo en una clase regular con apoyo.',
  }),
  example(
    'communication_device',
    'mediation',
    'assistive_technology',
    {
      en: 'Everyone agrees your child cannot say what they need. But the school keeps putting off a talking device.',
      es: 'Todos saben que su hijo no puede decir lo que necesita. Pero la escuela sigue sin darle un aparato para hablar.',
    },
    [C.at1414],
  ),
  example(
    'transition_no_referral',
    'mediation',
    'transition_services',
    {
      en: 'Your teen’s plan for after high school has no job goals. It does not send your teen to the state’s job help for people with disabilities.',
      es: 'El plan de su hijo para después de la secundaria no tiene metas de trabajo. Tampoco lo manda al programa del estado que ayuda a buscar empleo a personas con discapacidad.',
    },
    [C.p320b],
  ),
  example(
    'agrees_not_in_writing',
    'mediation',
    undefined,
    {
      en: 'The school says yes in the meeting but will not put it in writing. A signed mediation agreement is binding.',
      es: 'La escuela dice que sí en la reunión, pero no lo quiere poner por escrito. Un acuerdo de mediación firmado es obligatorio.',
    },
    [C.p506b6],
  ),
  example(
    'evaluation_late',
    'state_complaint',
    'evaluation_timeline_missed',
    {
      en: 'You signed consent for testing, and 60 days have passed with no evaluation.',
      es: 'Usted firmó el permiso para la evaluación, y pasaron 60 días sin evaluación.',
    },
    [C.p301c1, C.al02],
  ),
  example(
    'no_written_notice',
    'state_complaint',
    'prior_written_notice_refused',
    {
      en: 'The school said no to what you asked for, but never gave you prior written notice.',
      es: 'La escuela dijo que no a lo que usted pidió, pero nunca le dio un aviso previo por escrito.',
    },
    [C.p503a],
  ),
  example(
    'iep_not_followed',
    'state_complaint',
    'iep_not_implemented',
    {
      en: 'The IEP says speech twice a week, but your child has had none since fall.',
      es: 'El IEP dice terapia del habla dos veces por semana, pero su hijo no ha tenido ninguna desde el otoño.',
    },
    [C.p323c, C.al05],
  ),
  example(
    'talks_failed',
    'due_process',
    'placement',
    {
      en: 'You tried to talk it through, even with a mediator, and the school still will not move. You need someone to decide.',
      es: 'Usted trató de hablarlo, incluso con un mediador, y la escuela no cede. Necesita que alguien decida.',
    },
    [C.p512a],
  ),
  example(
    'keep_services_during_dispute',
    'due_process',
    'service_amount',
    {
      en: 'The school plans to cut your child’s services and you want them to stay the same while you disagree.',
      es: 'La escuela piensa reducir los servicios de su hijo y usted quiere que sigan igual mientras no están de acuerdo.',
    },
    [C.p518a],
  ),
];

/** Plain guidance on when each path fits, with the law behind it. */
export const FITS_WHEN: { readonly [P in ComparedPath]: ComparisonCell } = {
  mediation: {
    text: {
      en: 'Mediation fits best when you and the school disagree about what your child needs. It works when the school will talk.',
      es: 'La mediación es lo mejor cuando usted y la escuela no están de acuerdo sobre lo que su hijo necesita. Funciona cuando la escuela está dispuesta a hablar.',
    },
    citations: [C.p506a, C.p506b1],
  },
  state_complaint: {
    text: {
      en: 'A state complaint fits best when the school broke a clear rule, like a missed deadline or an IEP that is not followed.',
      es: 'Una queja estatal es lo mejor cuando la escuela no cumplió una regla clara, como un plazo vencido o un IEP que no se cumple.',
    },
    citations: [C.p153, C.p152a],
  },
  due_process: {
    text: {
      en: 'Due process fits when you need someone to make a decision the school must follow. It also fits when you need your child’s placement to stay the same while you disagree.',
      es: 'El debido proceso sirve cuando necesita que alguien tome una decisión que la escuela debe cumplir. También sirve cuando necesita que su hijo siga en el mismo lugar mientras no están de acuerdo.',
    },
    citations: [C.p507a1, C.p518a],
  },
};

/**
 * The examples that fit a path and the counter-examples that fit another path better.
 *
 * @example
 * examplesFor('mediation').doesNotFit.map((e) => e.id); // ['evaluation_late', 'no_written_notice', 'iep_not_followed']
 */
export function examplesFor(path: ComparedPath): {
  readonly fits: readonly FitExample[];
  readonly doesNotFit: readonly FitExample[];
} {
  const fits = FIT_EXAMPLES.filter((e) => e.bestPath === path);
  const counter: { readonly [P in ComparedPath]: ComparedPath } = {
    mediation: 'state_complaint',
    state_complaint: 'mediation',
    due_process: 'state_complaint',
  };
  return { fits, doesNotFit: FIT_EXAMPLES.filter((e) => e.bestPath === counter[path]) };
}

/** Path names, with the glossary term each links to. */
export const COMPARED_PATH_NAMES: { readonly [P in ComparedPath]: LocalizedText } = {
  mediation: { en: 'Mediation', es: 'Mediación' },
  state_complaint: { en: 'State complaint', es: 'Queja estatal' },
  due_process: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
};

/** Every guide page links to the path chooser and to the meeting checklist. */
export const GUIDE_PAGE_LINKS: readonly GuideLink[] = [
  { kind: 'chooser' },
  { kind: 'checklist', meeting: 'annual_iep' },
];
