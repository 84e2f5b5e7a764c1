/**
 * The seed's comparison of the dispute paths, as cited data: who can start each one, the time
 * limit to file, who decides, how long it takes, what it costs, whether it is confidential and
 * whether the outcome is binding. The result cards and the public comparison page show these
 * facts with their citations; nothing here is computed.
 *
 * Source: /work/shared/reference/legal.md §2 (state complaints), §3 (mediation), §4 (due
 * process), §5 (expedited hearings), §6 (records, IEE, notices), §8 (Section 504) and §9 (the
 * comparison of the three IDEA routes). A citation is `verified: false` where the fact sheet
 * rates the rule M (memory) or V-s (secondary source) or gives no rule at all; the pages then say
 * that part is not checked yet. A fact the sheet does not give is left out, never guessed.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import { AL_08, ecfr104, ecfr300 } from '../law/sources.js';
import type { JurisdictionId, LocalizedText, Path } from './assessment-types.js';

/** The facts a path can have, in the order the pages show them. */
export const FACT_KEYS = [
  'starts',
  'window',
  'decides',
  'time',
  'cost',
  'confidential',
  'binding',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** One fact, in plain words, with the law behind it. */
export type PathFact = { readonly text: LocalizedText; readonly citations: readonly Citation[] };

/** What we know about one path; a missing key means the fact sheet does not say. */
export type PathFacts = { readonly [K in FactKey]?: PathFact };

/** The three IDEA routes of the side-by-side comparison (legal.md §9). */
export const COMPARED_PATHS = ['mediation', 'state_complaint', 'due_process'] as const;

/** Citations, with the fact sheet's confidence: V and V-p read in rule text; M and V-s are not. */
const C = {
  p506a: cite('34 CFR 300.506(a)', { url: ecfr300('506') }),
  p506b1: cite('34 CFR 300.506(b)(1)(i)-(iii)', { url: ecfr300('506') }),
  p506b4: cite('34 CFR 300.506(b)(4)', { url: ecfr300('506') }),
  p506b5: cite('34 CFR 300.506(b)(5)', { url: ecfr300('506') }),
  p506b6: cite('34 CFR 300.506(b)(6)-(7); 20 U.S.C. 1415(e)(2)(F)', { url: ecfr300('506') }),
  p506b8: cite('34 CFR 300.506(b)(8)', { url: ecfr300('506') }),
  p152a: cite('34 CFR 300.152(a)', { url: ecfr300('152') }),
  p152b1: cite('34 CFR 300.152(b)(1)', { url: ecfr300('152') }),
  p152b2: cite('34 CFR 300.152(b)(2)', { url: ecfr300('152') }),
  p151b: cite('34 CFR 300.151(b) (read only in the Part C twin, 34 CFR 303.432(b))', {
    url: ecfr300('151'),
    verified: false,
  }),
  p153a: cite('34 CFR 300.153(a)', { url: ecfr300('153') }),
  p153c: cite('34 CFR 300.153(c)', { url: ecfr300('153') }),
  stateComplaintNoFee: cite(
    '34 CFR 300.151-300.153 (no fee for the family; from the fact sheet comparison, rule text not checked for this point)',
    { url: ecfr300('153'), verified: false },
  ),
  alComplaint: cite('Ala. Admin. Code r. 290-8-9-.08 (state complaint procedure)', { url: AL_08 }),
  p507a1: cite('34 CFR 300.507(a)(1) (wording from memory in the fact sheet)', {
    url: ecfr300('507'),
    verified: false,
  }),
  p508a: cite('34 CFR 300.508(a)', { url: ecfr300('508') }),
  p507a2: cite('34 CFR 300.507(a)(2); 20 U.S.C. 1415(f)(3)(C)', { url: ecfr300('507') }),
  p511f: cite('34 CFR 300.511(f)', { url: ecfr300('511') }),
  alDueProcess: cite(
    'Ala. Admin. Code r. 290-8-9-.08 (due process paragraph, not read; 2 years per secondary sources)',
    { url: AL_08, verified: false },
  ),
  p511c: cite('34 CFR 300.511(c) (from memory in the fact sheet)', {
    url: ecfr300('511'),
    verified: false,
  }),
  p512a: cite('34 CFR 300.512(a)', { url: ecfr300('512') }),
  p512b: cite('34 CFR 300.512(b)', { url: ecfr300('512') }),
  p512c: cite('34 CFR 300.512(c) (read only in a state copy)', {
    url: ecfr300('512'),
    verified: false,
  }),
  p510ab: cite('34 CFR 300.510(a)-(b)', { url: ecfr300('510') }),
  p510a3: cite('34 CFR 300.510(a)(3)', { url: ecfr300('510') }),
  p515a: cite('34 CFR 300.515(a)', { url: ecfr300('515') }),
  typical75: cite('About 75 days in all (30 + 45): a secondary source', { verified: false }),
  p517a: cite('34 CFR 300.517(a) (from memory in the fact sheet)', {
    url: ecfr300('517'),
    verified: false,
  }),
  p518a: cite('34 CFR 300.518(a)', { url: ecfr300('518') }),
  p516: cite('34 CFR 300.516(a)-(b); 20 U.S.C. 1415(i)(2)(B)', { url: ecfr300('516') }),
  alCivilAction: cite(
    'Ala. Admin. Code r. 290-8-9-.08 (court deadline not read; 30 days in a 1996 case)',
    { url: AL_08, verified: false },
  ),
  p532a: cite('34 CFR 300.532(a) (read only in a state copy)', {
    url: ecfr300('532'),
    verified: false,
  }),
  p532c2: cite('34 CFR 300.532(c)(2)', { url: ecfr300('532') }),
  p532c3: cite('34 CFR 300.532(c)(3)', { url: ecfr300('532') }),
  p532c5: cite('34 CFR 300.532(c)(5)', { url: ecfr300('532') }),
  p533: cite('34 CFR 300.533 (from memory in the fact sheet)', {
    url: ecfr300('533'),
    verified: false,
  }),
  p104_36: cite('34 CFR 104.36', { url: ecfr104('36') }),
  p104_4: cite('34 CFR 104.4 (secondary sources only)', { url: ecfr104('4'), verified: false }),
  p100_7b: cite('34 CFR 100.7(b), applied to Section 504 by 34 CFR 104.61 (as quoted)', {
    url: 'https://www.ecfr.gov/current/title-34/subtitle-B/chapter-I/part-100/section-100.7',
    verified: false,
  }),
  p613: cite('34 CFR 300.613 (read only in state copies that repeat it word for word)', {
    url: ecfr300('613'),
    verified: false,
  }),
  p617: cite('34 CFR 300.617 (secondary source and memory)', {
    url: ecfr300('617'),
    verified: false,
  }),
  p502b: cite('34 CFR 300.502(b)(1)-(3)', { url: ecfr300('502') }),
  // Read 2026-12-07 in the Government Publishing Office's CFR text (34cfr300.503.htm).
  p503a: cite('34 CFR 300.503(a)', { url: ecfr300('503'), checked: '2026-12-07' }),
  p503b: cite('34 CFR 300.503(b)', { url: ecfr300('503') }),
  p324b1: cite('34 CFR 300.324(b)(1)', { url: ecfr300('324') }),
} satisfies Record<string, Citation>;

/** The path facts' citations, for the test that every registry marks a cite alike. */
export const PATH_FACT_CITATIONS: Readonly<Record<string, Citation>> = C;

const fact = (en: string, es: string, ...citations: Citation[]): PathFact => ({
  text: { en, es },
  citations,
});

const MEDIATION: PathFacts = {
  starts: fact(
    'You or the school can ask, even before any complaint is filed. Both sides must agree to take part.',
    'Usted o la escuela pueden pedirla, incluso antes de presentar una queja. Ambas partes deben aceptar participar.',
    C.p506a,
    C.p506b1,
  ),
  window: fact('No time limit to ask.', 'No hay plazo para pedirla.', C.p506a),
  decides: fact(
    'No one decides for you. A trained, neutral mediator helps you and the school reach an agreement.',
    'Nadie decide por usted. Un mediador neutral y capacitado les ayuda a usted y a la escuela a llegar a un acuerdo.',
    C.p506b1,
  ),
  time: fact(
    'No set number of days. Meetings must be scheduled promptly, at a place that suits both sides.',
    'No hay un número fijo de días. Las reuniones deben programarse pronto, en un lugar conveniente para ambas partes.',
    C.p506b5,
  ),
  cost: fact(
    'Free for your family. The state pays.',
    'Gratis para su familia. El estado paga.',
    C.p506b4,
  ),
  confidential: fact(
    'Yes. What is said in mediation cannot be used as evidence in a later hearing or court case.',
    'Sí. Lo que se dice en la mediación no se puede usar como prueba en una audiencia o un juicio después.',
    C.p506b8,
  ),
  binding: fact(
    'Only if you both agree. Once you sign an agreement, both sides must follow it. A court can make each side keep it.',
    'Solo si se ponen de acuerdo. Cuando firman un acuerdo, las dos partes deben cumplirlo. Un tribunal puede hacer que se cumpla.',
    C.p506b6,
  ),
};

const STATE_COMPLAINT: PathFacts = {
  starts: fact(
    'Anyone, including a group. It must be in writing and signed, with a copy to the school district.',
    'Cualquier persona, incluso una organización. Debe ser por escrito y firmada, con una copia al distrito escolar.',
    C.p153a,
    C.alComplaint,
  ),
  window: fact(
    'The problem must have happened no more than 1 year before the state receives the complaint.',
    'El problema debe haber pasado no más de 1 año antes de que el estado reciba la queja.',
    C.p153c,
    C.alComplaint,
  ),
  decides: fact(
    'The state’s school office (ALSDE) looks into it. Then it decides.',
    'La oficina de escuelas del estado (ALSDE) lo investiga. Luego decide.',
    C.p152a,
    C.alComplaint,
  ),
  time: fact(
    'You get a written decision in 60 days. It can take longer only in rare cases. It can also take longer if you and the school agree to try mediation first.',
    'Usted recibe una decisión por escrito en 60 días. Puede tardar más solo en casos raros. También puede tardar más si usted y la escuela aceptan probar la mediación primero.',
    C.p152a,
    C.p152b1,
  ),
  cost: fact('Free for your family.', 'Gratis para su familia.', C.stateComplaintNoFee),
  binding: fact(
    'The state can order the school to fix the problem. It can order make-up services for the time your child lost. The state must make sure the school does it.',
    'El estado puede ordenar a la escuela que corrija el problema. Puede ordenar servicios para reponer el tiempo que su hijo perdió. El estado debe asegurarse de que la escuela lo haga.',
    C.p152b2,
    C.p151b,
  ),
};

const DUE_PROCESS: PathFacts = {
  starts: fact(
    'You or the school district, with a written complaint to the other side and a copy to the state.',
    'Usted o el distrito escolar, con una queja por escrito a la otra parte y una copia al estado.',
    C.p507a1,
    C.p508a,
  ),
  window: fact(
    'Within 2 years of when you knew, or should have known, about the problem. The limit does not count against you if the school misled you or held back information it had to give you.',
    'Dentro de 2 años desde que usted supo, o debió saber, del problema. El plazo no cuenta en su contra si la escuela le engañó o no le dio información que debía darle.',
    C.p507a2,
    C.p511f,
    C.alDueProcess,
  ),
  decides: fact(
    'A hearing officer decides. This person takes no side. Both sides bring proof and witnesses to a hearing.',
    'Decide un oficial de audiencias. Esta persona no toma partido. Las dos partes llevan pruebas y testigos a una audiencia.',
    C.p511c,
    C.p512a,
  ),
  time: fact(
    'First, a meeting to try to settle, within 15 days. You have up to 30 days to settle. Then a decision comes within 45 days. That is about 75 days in all. The hearing officer can give more time.',
    'Primero, una reunión para intentar un arreglo, dentro de 15 días. Tienen hasta 30 días para llegar a un arreglo. Luego llega una decisión dentro de 45 días. Son unos 75 días en total. El oficial de audiencias puede dar más tiempo.',
    C.p510ab,
    C.p515a,
    C.typical75,
  ),
  cost: fact(
    'You get the record and the decision free. If you hire a lawyer, you pay them; a court may order the school to pay reasonable lawyer’s fees if you win.',
    'Usted recibe gratis el expediente y la decisión. Si contrata a un abogado, usted le paga; un tribunal puede ordenar a la escuela que pague honorarios razonables si usted gana.',
    C.p512c,
    C.p517a,
  ),
  confidential: fact(
    'Not like mediation. Each side must give the other its test results at least 5 business days before the hearing. You choose if the public may come.',
    'No como la mediación. Cada parte debe dar a la otra los resultados de sus pruebas al menos 5 días hábiles antes de la audiencia. Usted decide si el público puede entrar.',
    C.p512b,
    C.p512c,
  ),
  binding: fact(
    'Yes. The hearing officer’s decision is binding. While the case goes on, your child stays in the current placement (“stay-put”). Either side can appeal to court: 90 days under federal law; Alabama’s own deadline is not confirmed.',
    'Sí. La decisión del oficial de audiencias es obligatoria. Mientras sigue el caso, su hijo se queda en su ubicación actual (“stay-put”). Cualquiera de las partes puede apelar ante un tribunal: 90 días según la ley federal; el plazo propio de Alabama no está confirmado.',
    C.p518a,
    C.p516,
    C.alCivilAction,
  ),
};

const MEDIATION_WITH_DUE_PROCESS: PathFacts = {
  starts: DUE_PROCESS.starts,
  window: DUE_PROCESS.window,
  decides: fact(
    'First you and the school try to agree with a mediator. If you do not agree, a hearing officer decides.',
    'Primero usted y la escuela tratan de ponerse de acuerdo con un mediador. Si no se ponen de acuerdo, decide un oficial de audiencias.',
    C.p510a3,
    C.p512a,
  ),
  time: fact(
    'Mediation can take the place of the resolution meeting. The hearing timeline then runs as for due process: about 75 days in all.',
    'La mediación puede reemplazar la reunión de resolución. Luego el plazo de la audiencia es como en el debido proceso: unos 75 días en total.',
    C.p510a3,
    C.p515a,
    C.typical75,
  ),
  cost: fact(
    'Mediation is free; the state pays. For the hearing, you pay your own lawyer if you hire one.',
    'La mediación es gratis; el estado paga. Para la audiencia, usted paga a su abogado si contrata uno.',
    C.p506b4,
    C.p517a,
  ),
  confidential: MEDIATION.confidential,
  binding: fact(
    'A signed mediation agreement is binding. Without one, the hearing officer’s decision is binding.',
    'Un acuerdo de mediación firmado es obligatorio. Sin acuerdo, la decisión del oficial de audiencias es obligatoria.',
    C.p506b6,
    C.p518a,
  ),
};

const EXPEDITED_DUE_PROCESS: PathFacts = {
  starts: fact(
    'A parent who disagrees with a discipline placement or a manifestation decision.',
    'Un padre o madre que no está de acuerdo con una ubicación por disciplina o con una decisión de manifestación.',
    C.p532a,
  ),
  window: DUE_PROCESS.window,
  decides: DUE_PROCESS.decides,
  time: fact(
    'A resolution meeting within 7 days. The hearing within 20 school days of filing, and the decision within 10 school days after it.',
    'Una reunión de resolución dentro de 7 días. La audiencia dentro de 20 días escolares después de presentar, y la decisión dentro de 10 días escolares después.',
    C.p532c2,
    C.p532c3,
  ),
  cost: DUE_PROCESS.cost,
  binding: fact(
    'Yes, and it can be appealed like other hearing decisions. During the appeal, your child stays in the discipline setting until the decision or the end of the removal, unless you and the school agree otherwise.',
    'Sí, y se puede apelar como otras decisiones de audiencia. Durante la apelación, su hijo se queda en el lugar asignado por disciplina hasta la decisión o el fin de la expulsión, a menos que usted y la escuela acuerden otra cosa.',
    C.p532c5,
    C.p533,
  ),
};

const SECTION_504_HEARING: PathFacts = {
  decides: fact(
    'An impartial hearing, with your participation and a lawyer if you want one, and a way to have it reviewed.',
    'Una audiencia imparcial, con su participación y un abogado si lo desea, y una forma de pedir que se revise.',
    C.p104_36,
  ),
  time: fact(
    'No federal time limit. The district’s own procedures set it.',
    'No hay un plazo federal. Los procedimientos del distrito lo fijan.',
    C.p104_36,
  ),
};

const OCR_COMPLAINT: PathFacts = {
  starts: fact(
    'Anyone. Your child does not need to qualify for special education.',
    'Cualquier persona. Su hijo no necesita calificar para educación especial.',
    C.p104_4,
  ),
  window: fact(
    'Within 180 days of the discrimination, unless OCR gives more time for good cause.',
    'Dentro de 180 días de la discriminación, a menos que la OCR dé más tiempo por una buena razón.',
    C.p100_7b,
  ),
};

const RECORDS_REQUEST: PathFacts = {
  time: fact(
    'The school must let you see the records without unnecessary delay, before any IEP meeting or hearing, and never later than 45 days after you ask.',
    'La escuela debe dejarle ver los expedientes sin demoras innecesarias, antes de cualquier reunión del IEP o audiencia, y nunca más de 45 días después de que usted los pida.',
    C.p613,
  ),
  cost: fact(
    'The school may charge for copies, unless the fee keeps you from seeing the records. It may not charge for finding them.',
    'La escuela puede cobrar por las copias, a menos que el cobro le impida ver los expedientes. No puede cobrar por buscarlos.',
    C.p617,
  ),
};

const IEE_REQUEST: PathFacts = {
  time: fact(
    'Without unnecessary delay, the school must either pay for the outside evaluation or ask for a hearing to defend its own.',
    'Sin demoras innecesarias, la escuela debe pagar la evaluación independiente o pedir una audiencia para defender la suya.',
    C.p502b,
  ),
  cost: fact(
    'At public cost, unless a hearing officer finds the school’s evaluation was right. Then you may still get one at your own cost.',
    'Con fondos públicos, a menos que un oficial de audiencias decida que la evaluación de la escuela fue correcta. En ese caso usted puede obtener una pagándola usted.',
    C.p502b,
  ),
};

const PWN_REQUEST: PathFacts = {
  time: fact(
    'The school must give written notice a reasonable time before it makes or refuses a change.',
    'La escuela debe dar un aviso por escrito un tiempo razonable antes de hacer o negar un cambio.',
    C.p503a,
  ),
  binding: fact(
    'The notice must say what the school decided, why, what else it considered, and what it relied on.',
    'El aviso debe decir qué decidió la escuela, por qué, qué otras opciones consideró y en qué se basó.',
    C.p503b,
  ),
};

const IEP_MEETING: PathFacts = {
  time: fact(
    'The IEP team must review the IEP at least once a year and change it when needed, including to address what you tell them.',
    'El equipo del IEP debe revisar el IEP al menos una vez al año y cambiarlo cuando haga falta, incluso para tratar lo que usted les diga.',
    C.p324b1,
  ),
};

/** The facts per path, by jurisdiction. A new state adds its own entry. */
export const PATH_FACTS_BY_JURISDICTION: {
  readonly [J in JurisdictionId]: { readonly [P in Path]: PathFacts };
} = {
  'US-AL': {
    iep_meeting: IEP_MEETING,
    mediation: MEDIATION,
    state_complaint: STATE_COMPLAINT,
    due_process: DUE_PROCESS,
    mediation_with_due_process: MEDIATION_WITH_DUE_PROCESS,
    expedited_due_process: EXPEDITED_DUE_PROCESS,
    section_504_hearing: SECTION_504_HEARING,
    ocr_complaint: OCR_COMPLAINT,
    records_request: RECORDS_REQUEST,
    iee_request: IEE_REQUEST,
    pwn_request: PWN_REQUEST,
  },
};

/**
 * The facts for a path, in display order, skipping what the fact sheet does not give.
 *
 * @example
 * pathFacts('US-AL', 'mediation').find(([key]) => key === 'cost')?.[1].text.en; // 'Free for your family. The state pays.'
 */
export function pathFacts(
  jurisdiction: JurisdictionId,
  path: Path,
): readonly (readonly [FactKey, PathFact])[] {
  const facts = PATH_FACTS_BY_JURISDICTION[jurisdiction][path];
  return FACT_KEYS.flatMap((key) => {
    const f = facts[key];
    return f ? [[key, f] as const] : [];
  });
}

/** True when any citation behind the fact is not checked against the rule text yet. */
export function factIsUnverified(f: PathFact): boolean {
  return f.citations.some((c) => !c.verified);
}
