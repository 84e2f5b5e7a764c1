/**
 * `iee_request`: an independent educational evaluation at public expense after the parent
 * disagrees with a district evaluation (34 CFR 300.502(b)).
 *
 * @module
 */
import {
  closingBlocks,
  paragraph,
  principal,
  specialEducationDirector,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { appIdentity, type LetterDefinition, recommended, required } from '../letter-definition.js';
import type { LetterBlock } from '../letter-model.js';
import { cleanLine, cleanText } from '../letter-text.js';

/** The IEE request. */
export const IEE_REQUEST: LetterDefinition<'iee_request'> = {
  kind: 'iee_request',
  title: {
    en: 'Request for an independent educational evaluation',
    es: 'Solicitud de una evaluación educativa independiente',
  },
  elements: [
    required('disputed_evaluation', 'law', C.iee502b1),
    ...appIdentity(C.iee502b1),
    required('signature', 'app', C.iee502b1),
    recommended('response_date', C.iee502b2),
    recommended('interpreter_need'),
  ],
  citations: [C.iee502b1, C.iee502b2, C.iee502b4, C.iee502e, C.pwn503a, C.pwn503b],
  recipientNote: {
    en: "Sent to the district's Director of Special Education with a copy to the principal.",
    es: 'Se envía al Director(a) de Educación Especial del distrito con copia al director(a) de la escuela.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const evaluation = ctx.line(data.evaluation?.name, 'disputed_evaluation');
    const dated = ctx.date(data.evaluation?.date, 'disputed_evaluation');
    const evaluator = cleanLine(data.evaluation?.evaluator);
    const which = evaluator
      ? ctx.t(
          `${evaluation}, dated ${dated}, done by ${evaluator}`,
          `${evaluation}, con fecha ${dated}, hecha por ${evaluator}`,
        )
      : ctx.t(`${evaluation}, dated ${dated}`, `${evaluation}, con fecha ${dated}`);
    const optional: LetterBlock[] = [];
    const areas = cleanText(data.areas);
    if (areas) {
      optional.push(
        paragraph(
          'areas',
          ctx.t(
            `The independent evaluation should assess these areas: ${areas}`,
            `La evaluación independiente debe evaluar estas áreas: ${areas}`,
          ),
        ),
      );
    }
    const preferred = cleanLine(data.preferredEvaluator);
    if (preferred) {
      optional.push(
        paragraph(
          'evaluator',
          ctx.t(
            `I would like this evaluator to do it: ${preferred}.`,
            `Me gustaría que la hiciera este evaluador: ${preferred}.`,
          ),
        ),
      );
    }
    return {
      subject: ctx.t(
        `Request for an independent educational evaluation (IEE) at public expense for ${child}`,
        `Solicitud de una evaluación educativa independiente (IEE) pagada con fondos públicos para ${child}`,
      ),
      salutation: ctx.t(
        'Dear Director of Special Education:',
        'Estimado(a) Director(a) de Educación Especial:',
      ),
      to: [specialEducationDirector(ctx)],
      copies: [principal(ctx)],
      body: [
        paragraph(
          'intro',
          ctx.t(
            `I am the parent of ${child}. I disagree with this evaluation by the district: ${which}. I ask for an independent educational evaluation (IEE) at public expense (34 CFR 300.502(b)(1)).`,
            `Soy madre o padre de ${child}. No estoy de acuerdo con esta evaluación del distrito: ${which}. Pido una evaluación educativa independiente (IEE) pagada con fondos públicos (34 CFR 300.502(b)(1)).`,
          ),
          ['disputed_evaluation'],
        ),
        studentFields(ctx, { address: false }),
        paragraph(
          'district-duty',
          ctx.t(
            'Without unnecessary delay, the district must either pay for the independent evaluation or file a due process complaint to show that its own evaluation is appropriate (34 CFR 300.502(b)(2)).',
            'Sin demoras innecesarias, el distrito debe pagar la evaluación independiente o presentar una queja de debido proceso para demostrar que su propia evaluación es adecuada (34 CFR 300.502(b)(2)).',
          ),
        ),
        paragraph(
          'criteria',
          ctx.t(
            "Please send me the district's criteria for independent evaluations and its list of independent evaluators.",
            'Por favor, envíenme los criterios del distrito para las evaluaciones independientes y su lista de evaluadores independientes.',
          ),
        ),
        ...optional,
        paragraph(
          'refusal',
          ctx.t(
            'If the district refuses this request, please give me prior written notice that explains why (34 CFR 300.503).',
            'Si el distrito niega esta solicitud, por favor denme un aviso previo por escrito que explique por qué (34 CFR 300.503).',
          ),
        ),
        ...closingBlocks(ctx, { response: true, confirmReceipt: true }),
      ],
    };
  },
};
