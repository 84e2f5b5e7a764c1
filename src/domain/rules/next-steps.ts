/**
 * What a parent does next on each path: which letter to write and which deadline it starts.
 *
 * @module
 */
import type { LocalizedText, NextStep, Path } from './assessment-types.js';
import type { JurisdictionRules } from './jurisdiction-rules.js';

function step(
  letter: NextStep['letter'],
  startsDeadline: NextStep['startsDeadline'],
  text: LocalizedText,
): NextStep {
  return { letter, startsDeadline, text };
}

function legalHelpStep(rules: JurisdictionRules): NextStep {
  const list = (locale: 'en' | 'es'): string =>
    rules.legalHelp
      .map((help) => {
        const unconfirmed = help.verified
          ? ''
          : locale === 'en'
            ? ', number not yet confirmed'
            : ', número aún no confirmado';
        return `${help.name[locale]} (${help.phone}${unconfirmed})`;
      })
      .join('; ');
  return step(null, null, {
    en: `Before you file, call for free legal help: ${list('en')}. The school must also tell you about free or low-cost legal help when you ask.`,
    es: `Antes de presentar, llame para pedir ayuda legal gratis: ${list('es')}. La escuela también debe informarle sobre ayuda legal gratis o de bajo costo cuando usted la pida.`,
  });
}

/**
 * The next steps for a path that is open to the parent.
 *
 * @example
 * nextStepsFor('state_complaint', US_AL_RULES)[0]?.startsDeadline; // 'state_complaint_received'
 */
export function nextStepsFor(path: Path, rules: JurisdictionRules): readonly NextStep[] {
  const agency = rules.stateAgency;
  const mediationRequest = step('mediation_request', null, {
    en: 'Write a short letter asking for mediation. Name the disagreement and the outcome you want, and say when you can meet.',
    es: 'Escriba una carta corta pidiendo mediación. Diga cuál es el desacuerdo, qué resultado quiere y cuándo puede reunirse.',
  });
  const dueProcessComplaint = step('due_process_complaint', 'due_process_complaint_received', {
    en: `Write a due process complaint with your child's name, address and school, the problem and its facts, and the fix you want. Give it to the school district and send a copy to ${agency.en}. The district must hold a resolution meeting within 15 days of getting it.`,
    es: `Escriba una queja de debido proceso con el nombre, la dirección y la escuela de su hijo, el problema y sus hechos, y la solución que quiere. Entréguela al distrito escolar y envíe una copia a ${agency.es}. El distrito debe hacer una reunión de resolución dentro de 15 días después de recibirla.`,
  });
  switch (path) {
    case 'iep_meeting':
      return [
        step('meeting_follow_up', null, {
          en: 'Ask in writing for a meeting and list what you want to change. After the meeting, send a follow-up letter that sums up what was agreed.',
          es: 'Pida por escrito una reunión y anote lo que quiere cambiar. Después de la reunión, envíe una carta que resuma lo que se acordó.',
        }),
      ];
    case 'mediation':
      return [mediationRequest];
    case 'state_complaint':
      return [
        step('state_complaint', 'state_complaint_received', {
          en: `Write and sign a state complaint to ${agency.en}. Send a copy to the school district the same day. The state's 60-day decision clock starts when it receives the complaint.`,
          es: `Escriba y firme una queja estatal dirigida a ${agency.es}. Envíe una copia al distrito escolar el mismo día. El plazo de 60 días del estado para decidir empieza cuando recibe la queja.`,
        }),
      ];
    case 'due_process':
      return [legalHelpStep(rules), dueProcessComplaint];
    case 'mediation_with_due_process':
      return [legalHelpStep(rules), dueProcessComplaint, mediationRequest];
    case 'expedited_due_process':
      return [
        legalHelpStep(rules),
        step('due_process_complaint', 'expedited_due_process_complaint_received', {
          en: `Write a due process complaint that asks for an expedited hearing about the discipline decision. Give it to the school district and send a copy to ${agency.en}. The resolution meeting must happen within 7 days, and the hearing within 20 school days.`,
          es: `Escriba una queja de debido proceso que pida una audiencia acelerada sobre la decisión de disciplina. Entréguela al distrito escolar y envíe una copia a ${agency.es}. La reunión de resolución debe ser dentro de 7 días, y la audiencia dentro de 20 días escolares.`,
        }),
      ];
    case 'section_504_hearing':
      return [
        step(null, null, {
          en: "Ask the district's 504 coordinator in writing for its Section 504 procedures and for an impartial hearing. Keep a copy.",
          es: 'Pida por escrito al coordinador 504 del distrito sus procedimientos de la Sección 504 y una audiencia imparcial. Guarde una copia.',
        }),
      ];
    case 'ocr_complaint':
      return [
        step(null, null, {
          en: "File a complaint with the U.S. Department of Education's Office for Civil Rights (OCR), using its complaint form. Say what happened, when, and who was involved.",
          es: 'Presente una queja ante la Oficina de Derechos Civiles (OCR) del Departamento de Educación de EE. UU., usando su formulario. Diga qué pasó, cuándo y quiénes participaron.',
        }),
        step('section_504_grievance', null, {
          en: "If you wish, first file a grievance under the district's Section 504 grievance process. It is not required.",
          es: 'Si quiere, primero presente una queja con el proceso de quejas de la Sección 504 del distrito. No es obligatorio.',
        }),
      ];
    case 'records_request':
      return [
        step('records_request', 'records_request_received', {
          en: "Write to the school asking to see and copy your child's full records. Keep proof of the date the school got your letter.",
          es: 'Escriba a la escuela pidiendo ver y copiar todos los expedientes de su hijo. Guarde prueba de la fecha en que la escuela recibió su carta.',
        }),
      ];
    case 'iee_request':
      return [
        step('iee_request', null, {
          en: 'Write to the school saying you disagree with its evaluation and ask for an independent evaluation at public cost.',
          es: 'Escriba a la escuela diciendo que no está de acuerdo con su evaluación y pida una evaluación independiente pagada con fondos públicos.',
        }),
      ];
    case 'pwn_request':
      return [
        step('pwn_request', null, {
          en: 'Write to the school asking for prior written notice of its decision: what it decided, why, and what it relied on.',
          es: 'Escriba a la escuela pidiendo un aviso previo por escrito de su decisión: qué decidió, por qué y en qué se basó.',
        }),
      ];
  }
}
