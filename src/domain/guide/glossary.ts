/**
 * Plain definitions of the legal terms the guide uses, in English and Spanish, and a pure
 * function that finds where each term first appears in a text so a page can link it.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import type { Locale } from '../rules/assessment-types.js';
import { GUIDE_CITATIONS as C } from './citations.js';
import type { LocalizedText } from './types.js';

/** The terms we explain, in the order the glossary page lists them. */
export const GLOSSARY_TERMS = [
  'iep',
  'section_504_plan',
  'prior_written_notice',
  'iee',
  'mediation',
  'state_complaint',
  'due_process',
  'resolution_meeting',
  'stay_put',
] as const;
/** One of {@link GLOSSARY_TERMS}. */
export type GlossaryTermId = (typeof GLOSSARY_TERMS)[number];

/** One term: its name, a short definition, the law behind it, and how to spot it in a text. */
export type GlossaryEntry = {
  readonly id: GlossaryTermId;
  readonly term: LocalizedText;
  readonly definition: LocalizedText;
  readonly citations: readonly Citation[];
  /** How the term is written in running text, per language (case-insensitive). */
  readonly patterns: { readonly [L in Locale]: RegExp };
};

/** The glossary. */
export const GLOSSARY: { readonly [T in GlossaryTermId]: GlossaryEntry } = {
  iep: {
    id: 'iep',
    term: {
      en: 'IEP (Individualized Education Program)',
      es: 'IEP (Programa de Educación Individualizado)',
    },
    definition: {
      en: 'The written plan for a child in special education. It lists goals and each service: what, how much, how often, where and from when. You are part of the team that writes it.',
      es: 'El plan escrito para un niño en educación especial. Dice las metas y cada servicio: qué, cuánto, cada cuánto, dónde y desde cuándo. Usted es parte del equipo que lo escribe.',
    },
    citations: [C.p324a1ii, C.p324b1],
    patterns: { en: /\bIEP\b/, es: /\bIEP\b/ },
  },
  section_504_plan: {
    id: 'section_504_plan',
    term: { en: '504 plan', es: 'Plan 504' },
    definition: {
      en: 'A plan under a civil rights law, Section 504. It gives a child with a disability the changes and supports they need to take part in school, like extra time or a quiet room.',
      es: 'Un plan bajo una ley de derechos civiles, la Sección 504. Le da a un niño con una discapacidad los cambios y apoyos que necesita para participar en la escuela, como más tiempo o un lugar tranquilo.',
    },
    citations: [C.p104_36],
    patterns: { en: /\b504\b/, es: /\b504\b/ },
  },
  prior_written_notice: {
    id: 'prior_written_notice',
    term: { en: 'Prior written notice', es: 'Aviso previo por escrito' },
    definition: {
      en: 'A letter the school must give you before it changes, or says no to changing, how your child is tested, placed or served. It must say what the school decided and why. It must say what else it thought about, and what it used to decide.',
      es: 'Una carta que la escuela le debe dar antes de cambiar, o de negarse a cambiar, cómo evalúan, ubican o atienden a su hijo. Debe decir qué decidió la escuela, por qué, qué otras opciones pensó y en qué se basó.',
    },
    citations: [C.p503a, C.p503b],
    patterns: { en: /prior written notice/i, es: /aviso previo por escrito/i },
  },
  iee: {
    id: 'iee',
    term: {
      en: 'IEE (independent educational evaluation)',
      es: 'IEE (evaluación educativa independiente)',
    },
    definition: {
      en: 'A test of your child done by someone who does not work for the school. If you disagree with the school’s testing, you can ask for one at public cost. The school must pay, or ask for a hearing to defend its own testing.',
      es: 'Una evaluación de su hijo hecha por alguien que no trabaja para la escuela. Si no está de acuerdo con la evaluación de la escuela, puede pedir una pagada con fondos públicos. La escuela debe pagarla, o pedir una audiencia para defender la suya.',
    },
    citations: [C.p502a3, C.p502b],
    patterns: {
      en: /\bIEE\b|independent (educational )?evaluation/i,
      es: /\bIEE\b|evaluación (educativa )?independiente/i,
    },
  },
  mediation: {
    id: 'mediation',
    term: { en: 'Mediation', es: 'Mediación' },
    definition: {
      en: 'A meeting where a neutral, trained person helps you and the school find an answer. No one decides for you. It is free, and both sides must agree to take part. If you reach a deal, you both sign it, and a court can enforce it.',
      es: 'Una reunión donde una persona neutral y capacitada les ayuda a usted y a la escuela a buscar una solución. Nadie decide por usted. Es gratis, y ambas partes deben aceptar participar. Si llegan a un acuerdo, los dos lo firman, y un tribunal puede hacerlo cumplir.',
    },
    citations: [C.p506a, C.p506b1, C.p506b4, C.p506b6],
    patterns: { en: /\bmediat(ion|or|ors)\b/i, es: /\bmediaci[oó]n|\bmediador/i },
  },
  state_complaint: {
    id: 'state_complaint',
    term: { en: 'State complaint', es: 'Queja estatal' },
    definition: {
      en: 'A signed letter to the state education office. It says the school broke a special education rule. The state looks into it and must decide in writing within 60 days.',
      es: 'Una carta firmada a la oficina de educación del estado. Dice que la escuela no cumplió una regla de educación especial. El estado la investiga y debe decidir por escrito en 60 días.',
    },
    citations: [C.p153, C.p152a, C.alComplaint],
    patterns: { en: /state complaints?/i, es: /quejas? estatal(es)?/i },
  },
  due_process: {
    id: 'due_process',
    term: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
    definition: {
      en: 'A hearing, a lot like a small trial, where a hearing officer listens to you and the school and then decides. The decision is binding. You start it with a written complaint.',
      es: 'Una audiencia, parecida a un juicio pequeño, donde un oficial de audiencias escucha a usted y a la escuela y luego decide. La decisión es obligatoria. Se empieza con una queja por escrito.',
    },
    citations: [C.p507a1, C.p508ab, C.p512a],
    patterns: { en: /due process/i, es: /debido proceso/i },
  },
  resolution_meeting: {
    id: 'resolution_meeting',
    term: { en: 'Resolution meeting', es: 'Reunión de resolución' },
    definition: {
      en: 'A meeting the school district must hold within 15 days after it gets your due process complaint. It is a chance to settle before the hearing. If you settle, the deal is written down and signed.',
      es: 'Una reunión que el distrito escolar debe hacer dentro de 15 días después de recibir su queja de debido proceso. Es una oportunidad para llegar a un acuerdo antes de la audiencia. Si se ponen de acuerdo, el acuerdo se escribe y se firma.',
    },
    citations: [C.p510a, C.p510d],
    patterns: { en: /resolution meetings?/i, es: /reuni[oó]n(es)? de resoluci[oó]n/i },
  },
  stay_put: {
    id: 'stay_put',
    term: { en: 'Stay-put', es: 'Stay-put (quedarse donde está)' },
    definition: {
      en: 'While a due process case or a court case goes on, your child stays in the current placement. This is so unless you and the school agree to something else. It starts when a due process complaint is filed. Asking out loud is not enough.',
      es: 'Mientras sigue un caso de debido proceso o un juicio, su hijo se queda en su ubicación actual, a menos que usted y la escuela acuerden otra cosa. Empieza cuando se presenta una queja de debido proceso, no cuando usted lo pide de palabra.',
    },
    citations: [C.p518a],
    patterns: { en: /stay[- ]put/i, es: /stay[- ]put/i },
  },
};

/** Where a term first appears in a text: the term and the matched span. */
export type TermUse = {
  readonly term: GlossaryTermId;
  readonly index: number;
  readonly length: number;
};

/**
 * The glossary terms a text uses, each at its first appearance, in the order they appear. A page
 * links each of these spans to the term's definition; the guide's test checks that every term a
 * text uses in one language is also used in the other, so both versions get the link.
 *
 * @example
 * findTerms('Ask for prior written notice.', 'en'); // [{ term: 'prior_written_notice', index: 8, length: 20 }]
 */
export function findTerms(text: string, locale: Locale): readonly TermUse[] {
  const uses: TermUse[] = [];
  for (const id of GLOSSARY_TERMS) {
    const match = GLOSSARY[id].patterns[locale].exec(text);
    if (match) {
      uses.push({ term: id, index: match.index, length: match[0].length });
    }
  }
  return uses.sort((a, b) => a.index - b.index);
}
