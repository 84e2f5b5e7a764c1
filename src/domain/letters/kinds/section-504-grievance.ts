/**
 * `section_504_grievance`: a grievance to the district's Section 504 coordinator (34 CFR 104.7(b)),
 * keeping the impartial hearing (104.36) and naming the OCR alternative with its 180 days.
 *
 * @module
 */
import {
  type ComposeContext,
  closingBlocks,
  concernBlocks,
  heading,
  paragraph,
  principal,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { appIdentity, type LetterDefinition, recommended, required } from '../letter-definition.js';
import type { AddressBlock, LetterBlock } from '../letter-model.js';
import { addressLines, cleanLine, cleanText } from '../letter-text.js';
import type { Section504GrievanceData } from '../letter-types.js';

function coordinator(ctx: ComposeContext<Section504GrievanceData>): AddressBlock {
  const role = ctx.t('Section 504 Coordinator', 'Coordinador(a) de la Sección 504');
  const name = cleanLine(ctx.data.coordinatorName);
  return {
    name: name || role,
    lines: [
      ...(name ? [role] : []),
      ctx.line(ctx.data.district?.name, 'district_name'),
      ...addressLines(ctx.data.district?.address),
    ].filter(Boolean),
    verified: true,
  };
}

/** The Section 504 grievance. */
export const SECTION_504_GRIEVANCE: LetterDefinition<'section_504_grievance'> = {
  kind: 'section_504_grievance',
  title: { en: 'Section 504 grievance', es: 'Queja formal de la Sección 504' },
  elements: [
    ...appIdentity(C.s504_7),
    required('issues', 'app', C.s504_7),
    required('facts', 'app', C.s504_7),
    required('proposed_resolution', 'app', C.s504_7),
    required('signature', 'app', C.s504_7),
    recommended('response_date', C.s504_7),
    recommended('interpreter_need'),
    recommended('violation_window', C.ocr100_7b, C.ocr104_61),
  ],
  window: 'ocr_complaint',
  citations: [C.s504_7, C.s504_36, C.ocr100_7b, C.ocr104_61, C.ocr100_7e],
  recipientNote: {
    en: "Sent to the district's Section 504 coordinator with a copy to the principal. The OCR office for Alabama (Atlanta) was not verified; the national OCR line is 1-800-421-3481 (secondary source).",
    es: 'Se envía al coordinador(a) de la Sección 504 del distrito con copia al director(a) de la escuela. No se verificó la oficina de la OCR para Alabama (Atlanta); la línea nacional de la OCR es 1-800-421-3481 (fuente secundaria).',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const district = ctx.line(data.district?.name, 'district_name');
    const to = coordinator(ctx);
    const impact = cleanText(data.impact);
    const impactBlocks: LetterBlock[] = impact
      ? [
          paragraph(
            'impact',
            ctx.t(`How this affects my child: ${impact}`, `Cómo esto afecta a mi hijo: ${impact}`),
          ),
        ]
      : [];
    return {
      subject: ctx.t(
        `Section 504 grievance for ${child}`,
        `Queja formal de la Sección 504 sobre ${child}`,
      ),
      salutation: ctx.t(`Dear ${to.name}:`, `Estimado(a) ${to.name}:`),
      to: [to],
      copies: [principal(ctx)],
      body: [
        paragraph(
          'intro',
          ctx.t(
            `I am the parent of ${child}. I am filing this grievance under Section 504 of the Rehabilitation Act of 1973 and the district's Section 504 grievance procedure (34 CFR 104.7(b)). I believe ${district} has discriminated against my child because of disability, or has not followed my child's Section 504 plan.`,
            `Soy madre o padre de ${child}. Presento esta queja formal según la Sección 504 de la Ley de Rehabilitación de 1973 y el procedimiento de quejas de la Sección 504 del distrito (34 CFR 104.7(b)). Creo que ${district} discriminó a mi hijo por su discapacidad, o no cumplió con su plan de la Sección 504.`,
          ),
          ['district_name'],
        ),
        studentFields(ctx, { address: false }),
        heading('problems', ctx.t('What happened', 'Lo que pasó')),
        ...concernBlocks(ctx, {
          heading: (n) => ctx.t(`Problem ${n}`, `Problema ${n}`),
          descriptionElements: ['issues'],
          factsElements: ['facts'],
          descriptionPlaceholder: 'issues',
          factsPlaceholder: 'facts',
        }),
        ...impactBlocks,
        heading('resolution-heading', ctx.t('What I ask for', 'Lo que pido')),
        paragraph(
          'resolution',
          ctx.t(
            `To fix this, I ask the district to: ${ctx.text(data.proposedResolution, 'proposed_resolution')}`,
            `Para resolverlo, pido que el distrito: ${ctx.text(data.proposedResolution, 'proposed_resolution')}`,
          ),
          ['proposed_resolution'],
        ),
        paragraph(
          'procedure',
          ctx.t(
            "Please send me a copy of the district's Section 504 grievance procedure, with its steps and timelines, and tell me who will look into this grievance.",
            'Por favor, envíenme una copia del procedimiento de quejas de la Sección 504 del distrito, con sus pasos y plazos, y díganme quién va a investigar esta queja.',
          ),
        ),
        paragraph(
          'hearing',
          ctx.t(
            "I also keep my right to an impartial hearing about my child's identification, evaluation or placement (34 CFR 104.36).",
            'También conservo mi derecho a una audiencia imparcial sobre la identificación, evaluación o ubicación de mi hijo (34 CFR 104.36).',
          ),
        ),
        paragraph(
          'ocr',
          ctx.t(
            'I know that I may also file a complaint with the U.S. Department of Education, Office for Civil Rights (OCR), generally within 180 days of the discrimination.',
            'Sé que también puedo presentar una queja ante la Oficina de Derechos Civiles (OCR) del Departamento de Educación de los EE. UU., por lo general dentro de 180 días después de la discriminación.',
          ),
        ),
        paragraph(
          'retaliation',
          ctx.t(
            'Please make sure that no one retaliates against my child or me for raising these concerns.',
            'Por favor, asegúrense de que nadie tome represalias contra mi hijo ni contra mí por presentar estas inquietudes.',
          ),
        ),
        ...closingBlocks(ctx, { response: true, confirmReceipt: true }),
      ],
    };
  },
};
