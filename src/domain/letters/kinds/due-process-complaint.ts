/**
 * `due_process_complaint`: the due process complaint notice (34 CFR 300.507-300.508), sent to
 * the district with a copy to the state education agency, noting stay-put (34 CFR 300.518(a)).
 *
 * @module
 */
import {
  alsde,
  closingBlocks,
  concernBlocks,
  districtOffice,
  heading,
  paragraph,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { type LetterDefinition, recommended, required } from '../letter-definition.js';
import type { LetterBlock } from '../letter-model.js';

/** The due process complaint. */
export const DUE_PROCESS_COMPLAINT: LetterDefinition<'due_process_complaint'> = {
  kind: 'due_process_complaint',
  title: { en: 'Due process complaint', es: 'Queja de debido proceso' },
  elements: [
    required('child_name', 'law', C.dp508b1),
    required('child_address', 'law', C.dp508b2),
    required('child_school', 'law', C.dp508b3),
    required('problem_description', 'law', C.dp508b5),
    required('proposed_resolution', 'law', C.dp508b6),
    required('letter_date', 'app', C.dp508a),
    required('parent_name', 'app', C.dp508a),
    required('parent_contact', 'app', C.dp508a),
    required('district_name', 'app', C.dp508a),
    required('signature', 'app', C.dp508a),
    recommended('violation_window', C.dp507a2, C.alDueProcess),
    recommended('interpreter_need'),
  ],
  window: 'due_process',
  citations: [
    C.dp507a2,
    C.dp508a,
    C.dp508b1,
    C.dp508b2,
    C.dp508b3,
    C.dp508b5,
    C.dp508b6,
    C.dp510a,
    C.dp518a,
    C.med506a,
    C.alDueProcess,
  ],
  recipientNote: {
    en: "Sent to the district (the other party) with a copy to ALSDE Special Education Services, as 34 CFR 300.508(a) requires. Alabama's own filing steps (290-8-9-.08, due process paragraph) and any required state form were not verified.",
    es: 'Se envía al distrito (la otra parte) con una copia a Servicios de Educación Especial del ALSDE, como exige 34 CFR 300.508(a). No se verificaron los pasos propios de Alabama (290-8-9-.08, párrafo de debido proceso) ni si hay un formulario estatal obligatorio.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const district = ctx.line(data.district?.name, 'district_name');
    const optional: LetterBlock[] = [];
    if (data.stayPut !== false) {
      optional.push(
        paragraph(
          'stay-put',
          ctx.t(
            'While this complaint is pending, my child must stay in the current educational placement unless the district and I agree otherwise (34 CFR 300.518(a)).',
            'Mientras esta queja esté pendiente, mi hijo debe quedarse en su ubicación educativa actual, a menos que el distrito y yo acordemos otra cosa (34 CFR 300.518(a)).',
          ),
        ),
      );
    }
    optional.push(
      paragraph(
        'resolution-meeting',
        ctx.t(
          'Within 15 days after it receives this complaint, the district must hold a resolution meeting with me, unless we both agree in writing to skip it or to use mediation instead (34 CFR 300.510(a)). Please contact me to set a date.',
          'Dentro de 15 días después de recibir esta queja, el distrito debe tener una reunión de resolución conmigo, a menos que los dos acordemos por escrito no hacerla o usar la mediación (34 CFR 300.510(a)). Por favor, comuníquense conmigo para fijar una fecha.',
        ),
      ),
    );
    if (data.openToMediation) {
      optional.push(
        paragraph(
          'mediation',
          ctx.t(
            'I am also open to mediation (34 CFR 300.506).',
            'También estoy dispuesto(a) a usar la mediación (34 CFR 300.506).',
          ),
        ),
      );
    }
    return {
      subject: ctx.t(
        `Due process complaint for ${child}`,
        `Queja de debido proceso sobre ${child}`,
      ),
      salutation: ctx.t('Dear Superintendent:', 'Estimado(a) Superintendente:'),
      to: [districtOffice(ctx, ctx.t('Superintendent', 'Superintendente'))],
      copies: [alsde(true)],
      body: [
        paragraph(
          'intro',
          ctx.t(
            `I am the parent of ${child}. This is my due process complaint against ${district} under 34 CFR 300.507 and 300.508. It gives the information that 34 CFR 300.508(b) requires.`,
            `Soy madre o padre de ${child}. Esta es mi queja de debido proceso contra ${district}, según 34 CFR 300.507 y 300.508. Contiene la información que exige 34 CFR 300.508(b).`,
          ),
          ['district_name'],
        ),
        studentFields(ctx, { address: true }),
        heading('problems', ctx.t('The problems, with the facts', 'Los problemas y los hechos')),
        ...concernBlocks(ctx, {
          heading: (n) => ctx.t(`Problem ${n}`, `Problema ${n}`),
          descriptionElements: ['problem_description'],
          factsElements: ['problem_description'],
          descriptionPlaceholder: 'problem_description',
          factsPlaceholder: 'problem_description',
        }),
        heading(
          'resolution-heading',
          ctx.t('How I propose to resolve it', 'Cómo propongo resolverlo'),
        ),
        paragraph(
          'resolution',
          ctx.t(
            `As far as I know now, I propose: ${ctx.text(data.proposedResolution, 'proposed_resolution')}`,
            `Según lo que sé ahora, propongo: ${ctx.text(data.proposedResolution, 'proposed_resolution')}`,
          ),
          ['proposed_resolution'],
        ),
        ...optional,
        paragraph(
          'state-copy',
          ctx.t(
            'I am sending a copy of this complaint to the Alabama State Department of Education (34 CFR 300.508(a)).',
            'Envío una copia de esta queja al Departamento de Educación del Estado de Alabama (34 CFR 300.508(a)).',
          ),
        ),
        ...closingBlocks(ctx, { response: false, confirmReceipt: true }),
      ],
    };
  },
};
