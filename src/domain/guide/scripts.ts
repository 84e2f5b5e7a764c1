/**
 * Script cards: short things a parent can say in a meeting, in English and Spanish, written in
 * our own plain words and short enough to read from a phone. A tip under the words adds what to
 * do next and, where it rests on law, carries the citation.
 *
 * @module
 */
import type { Citation } from '../law/citation.js';
import { GUIDE_CITATIONS as C } from './citations.js';
import { type GuideLink, type LocalizedText, SCRIPT_IDS, type ScriptId } from './types.js';

/** One card. */
export type Script = {
  readonly id: ScriptId;
  /** A short label for the card. */
  readonly title: LocalizedText;
  /** When to use it. */
  readonly when: LocalizedText;
  /** The words to say. */
  readonly say: LocalizedText;
  /** What to know or do next. */
  readonly tip?: LocalizedText;
  readonly citations: readonly Citation[];
  readonly links: readonly GuideLink[];
};

/** The cards, keyed by id. */
export const SCRIPTS: { readonly [S in ScriptId]: Script } = {
  ask_for_data: {
    id: 'ask_for_data',
    title: { en: 'Ask for data', es: 'Pedir los datos' },
    when: {
      en: 'The school says your child does not need something, or is doing fine.',
      es: 'La escuela dice que su hijo no necesita algo, o que va bien.',
    },
    say: {
      en: '“Can you show me the data for that? I would like to see the scores, the dates and who took them.”',
      es: '“¿Me puede mostrar los datos de eso? Quisiera ver los resultados, las fechas y quién los tomó.”',
    },
    tip: {
      en: 'If they do not have it with them, ask them to send it by a set date. You have the right to see your child’s records.',
      es: 'Si no los tienen a mano, pida que se los envíen para una fecha fija. Usted tiene derecho a ver los expedientes de su hijo.',
    },
    citations: [C.p613],
    links: [{ kind: 'letter', letter: 'records_request' }],
  },
  refusal_ask_for_notice: {
    id: 'refusal_ask_for_notice',
    title: { en: 'When the school says no', es: 'Cuando la escuela dice que no' },
    when: {
      en: 'The school turns down something you asked for.',
      es: 'La escuela rechaza algo que usted pidió.',
    },
    say: {
      en: '“I hear that the answer is no. Please write that in the notes. Please also send me prior written notice that says why, what else you looked at, and what you based it on.”',
      es: '“Entiendo que la respuesta es no. Por favor, escríbanlo en las notas. También envíenme un aviso previo por escrito que diga por qué, qué otras opciones vieron y en qué se basaron.”',
    },
    tip: {
      en: 'The school must give you this notice before it says no to a change in testing, placement or services.',
      es: 'La escuela le debe dar este aviso antes de negarse a un cambio en la evaluación, la ubicación o los servicios.',
    },
    citations: [C.p503a, C.p503b],
    links: [{ kind: 'letter', letter: 'pwn_request' }],
  },
  ask_for_break: {
    id: 'ask_for_break',
    title: { en: 'Ask for a break', es: 'Pedir una pausa' },
    when: {
      en: 'You feel rushed, upset or lost.',
      es: 'Se siente apurado, molesto o perdido.',
    },
    say: {
      en: '“Can we take a ten-minute break? I want to think about this before we go on.”',
      es: '“¿Podemos tomar una pausa de diez minutos? Quiero pensar en esto antes de seguir.”',
    },
    tip: {
      en: 'Step out, breathe, read your notes, or call someone you trust.',
      es: 'Salga un momento, respire, lea sus notas o llame a alguien de confianza.',
    },
    citations: [],
    links: [],
  },
  not_signing_today: {
    id: 'not_signing_today',
    title: { en: 'Not signing today', es: 'No firmar hoy' },
    when: {
      en: 'You are asked to sign, but you are not sure yet.',
      es: 'Le piden firmar, pero todavía no está seguro.',
    },
    say: {
      en: '“Thank you. I want to take this home and read it with care. I will get back to you by Friday.”',
      es: '“Gracias. Quiero llevar esto a casa y leerlo con calma. Les contesto a más tardar el viernes.”',
    },
    tip: {
      en: 'Ask what the signature means: that you came, or that you agree.',
      es: 'Pregunte qué significa la firma: que usted vino, o que está de acuerdo.',
    },
    citations: [],
    links: [{ kind: 'meeting_notes' }],
  },
  agree_in_part: {
    id: 'agree_in_part',
    title: { en: 'Agree with some of it', es: 'Estar de acuerdo con una parte' },
    when: {
      en: 'You like some parts of the plan but not others.',
      es: 'Le gustan algunas partes del plan, pero otras no.',
    },
    say: {
      en: '“I agree with the reading goals. I do not agree with the change to speech. Please write down which parts I agree with and which I do not.”',
      es: '“Estoy de acuerdo con las metas de lectura. No estoy de acuerdo con el cambio en la terapia del habla. Por favor, anoten con qué partes estoy de acuerdo y con cuáles no.”',
    },
    tip: {
      en: 'For the part you do not agree with, ask for prior written notice.',
      es: 'Para la parte con la que no está de acuerdo, pida un aviso previo por escrito.',
    },
    citations: [C.p503a],
    links: [{ kind: 'letter', letter: 'pwn_request' }],
  },
  verbal_promise: {
    id: 'verbal_promise',
    title: { en: 'A promise out loud', es: 'Una promesa de palabra' },
    when: {
      en: 'Someone promises something, but it is not in the plan.',
      es: 'Alguien promete algo, pero no está en el plan.',
    },
    say: {
      en: '“That sounds good. Can we write it into the plan, with who will do it and by when?”',
      es: '“Me parece bien. ¿Lo podemos poner en el plan, con quién lo hará y para cuándo?”',
    },
    tip: {
      en: 'If they will not write it in, add it to your notes and to your follow-up letter.',
      es: 'Si no lo quieren poner, anótelo en sus notas y en su carta de seguimiento.',
    },
    citations: [],
    links: [{ kind: 'meeting_notes' }, { kind: 'letter', letter: 'meeting_follow_up' }],
  },
  staffing_recommendation: {
    id: 'staffing_recommendation',
    title: {
      en: 'When staff, not needs, decide',
      es: 'Cuando decide el personal, no la necesidad',
    },
    when: {
      en: 'An idea seems to come from who is free to work with your child, not from what your child needs.',
      es: 'Una idea parece venir de quién tiene tiempo para trabajar con su hijo, y no de lo que su hijo necesita.',
    },
    say: {
      en: '“Is this based on what my child needs, or on which staff are free? I want the plan to be based on my child’s needs and data.”',
      es: '“¿Esto se basa en lo que mi hijo necesita, o en qué personal está libre? Quiero que el plan se base en las necesidades y los datos de mi hijo.”',
    },
    tip: {
      en: 'Ask for prior written notice. It must list what the decision was based on.',
      es: 'Pida un aviso previo por escrito. Debe decir en qué se basó la decisión.',
    },
    citations: [C.p503b],
    links: [{ kind: 'letter', letter: 'pwn_request' }],
  },
  service_cut: {
    id: 'service_cut',
    title: { en: 'A cut in services', es: 'Una reducción de servicios' },
    when: {
      en: 'The school wants to give your child less of a service.',
      es: 'La escuela quiere darle a su hijo menos de un servicio.',
    },
    say: {
      en: '“Why do you want to cut this? What data shows my child needs less? Until I see it, I do not agree.”',
      es: '“¿Por qué quieren reducir esto? ¿Qué datos muestran que mi hijo necesita menos? Hasta que los vea, no estoy de acuerdo.”',
    },
    tip: {
      en: 'Ask for prior written notice. If you file for due process, your child stays in the current placement while the case goes on. This is called stay-put.',
      es: 'Pida un aviso previo por escrito. Si presenta una queja de debido proceso, su hijo se queda en su ubicación actual mientras sigue el caso. Esto se llama stay-put.',
    },
    citations: [C.p503a, C.p518a],
    links: [
      { kind: 'letter', letter: 'pwn_request' },
      { kind: 'chooser', concern: 'service_amount' },
    ],
  },
  sent_home_early: {
    id: 'sent_home_early',
    title: { en: 'Your child is sent home early', es: 'Mandan a su hijo a casa temprano' },
    when: {
      en: 'The school calls you to pick up your child because of behavior.',
      es: 'La escuela le llama para que recoja a su hijo por su conducta.',
    },
    say: {
      en: '“Before I take my child home: is this a suspension? Please write down the time and the reason, and count it as a removal.”',
      es: '“Antes de llevarme a mi hijo: ¿esto es una suspensión? Por favor, anoten la hora y la razón, y cuéntenlo como un retiro de la escuela.”',
    },
    tip: {
      en: 'Being sent home for behavior can count as a removal. After 10 school days of removals in a year, the school must give services. Keep a log of every pick-up.',
      es: 'Que lo manden a casa por su conducta puede contar como un retiro de la escuela. Después de 10 días escolares de retiros en un año, la escuela debe dar servicios. Anote cada vez que lo recoge.',
    },
    citations: [C.p530b, C.al09, C.p536, C.osepInformalRemovals],
    links: [
      { kind: 'chooser', concern: 'discipline' },
      { kind: 'deadline', id: 'manifestation_determination_due' },
    ],
  },
};

/** The cards in display order. */
export function scriptsInOrder(): readonly Script[] {
  return SCRIPT_IDS.map((id) => SCRIPTS[id]);
}
