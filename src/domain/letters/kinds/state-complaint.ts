/**
 * `state_complaint`: a signed written complaint to the Alabama State Department of Education
 * (34 CFR 300.151-300.153; Ala. Admin. Code r. 290-8-9-.08), with a copy to the district at the
 * same time.
 *
 * @module
 */
import {
  closingBlocks,
  concernBlocks,
  districtOffice,
  heading,
  paragraph,
  STATE_SUPERINTENDENT,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { type LetterDefinition, recommended, required } from '../letter-definition.js';

/** The state complaint. */
export const STATE_COMPLAINT: LetterDefinition<'state_complaint'> = {
  kind: 'state_complaint',
  title: { en: 'State complaint', es: 'Queja estatal' },
  elements: [
    required('violation_statement', 'law', C.sc153b1, C.alComplaint),
    required('facts', 'law', C.sc153b2, C.sc153b4iv, C.alComplaint),
    required('signature', 'law', C.sc153a, C.sc153b3, C.alComplaint),
    required('parent_contact', 'law', C.sc153b3, C.alComplaint),
    required('child_name', 'law', C.sc153b4i, C.alComplaint),
    required('child_address', 'law', C.sc153b4i, C.sc153b4iii, C.alComplaint),
    required('child_school', 'law', C.sc153b4ii, C.alComplaint),
    required('proposed_resolution', 'law', C.sc153b4v, C.alComplaint),
    required('district_name', 'law', C.sc153b1),
    required('letter_date', 'app', C.sc153a),
    required('parent_name', 'app', C.sc153b3),
    recommended('violation_window', C.sc153c, C.alComplaint),
    recommended('interpreter_need'),
  ],
  window: 'state_complaint',
  citations: [
    C.sc153a,
    C.sc153b1,
    C.sc153b2,
    C.sc153b3,
    C.sc153b4i,
    C.sc153b4ii,
    C.sc153b4iii,
    C.sc153b4iv,
    C.sc153b4v,
    C.sc153c,
    C.sc153d,
    C.sc152a,
    C.alComplaint,
  ],
  recipientNote: {
    en: 'Sent to the State Superintendent of Education, Attn: Special Education Services, P.O. Box 302101, Montgomery, AL 36130-2101 (the address in Ala. Admin. Code r. 290-8-9-.08), with a copy to the district at the same time (34 CFR 300.153(d)).',
    es: 'Se envía al Superintendente Estatal de Educación, Attn: Special Education Services, P.O. Box 302101, Montgomery, AL 36130-2101 (la dirección de Ala. Admin. Code r. 290-8-9-.08), con una copia al distrito al mismo tiempo (34 CFR 300.153(d)).',
  },
  compose: (ctx) => {
    const child = ctx.line(ctx.data.child?.name, 'child_name');
    const district = ctx.line(ctx.data.district?.name, 'district_name');
    return {
      subject: ctx.t(
        `State complaint about the education of ${child} (${district})`,
        `Queja estatal sobre la educación de ${child} (${district})`,
      ),
      to: [STATE_SUPERINTENDENT],
      copies: [districtOffice(ctx, ctx.t('Superintendent', 'Superintendente'))],
      salutation: ctx.t('Dear State Superintendent:', 'Estimado(a) Superintendente Estatal:'),
      body: [
        paragraph(
          'intro',
          ctx.t(
            `I am filing this signed, written complaint under 34 CFR 300.153 and Ala. Admin. Code r. 290-8-9-.08. I believe that ${district}, a public agency, has broken requirements of Part B of the Individuals with Disabilities Education Act (IDEA) and of the Alabama special education rules in the education of my child. Each problem and its facts are listed below.`,
            `Presento esta queja escrita y firmada según 34 CFR 300.153 y Ala. Admin. Code r. 290-8-9-.08. Creo que ${district}, una agencia pública, no cumplió con requisitos de la Parte B de la Ley de Educación para Personas con Discapacidades (IDEA) ni con las reglas de educación especial de Alabama en la educación de mi hijo. Abajo explico cada problema y sus hechos.`,
          ),
          ['violation_statement', 'district_name'],
        ),
        studentFields(ctx, { address: true }),
        heading('problems', ctx.t('The problems and the facts', 'Los problemas y los hechos')),
        ...concernBlocks(ctx, {
          heading: (n) => ctx.t(`Problem ${n}`, `Problema ${n}`),
          descriptionElements: ['violation_statement'],
          factsElements: ['facts'],
          descriptionPlaceholder: 'violation_statement',
          factsPlaceholder: 'facts',
        }),
        heading('resolution-heading', ctx.t('What I ask for', 'Lo que pido')),
        paragraph(
          'resolution',
          ctx.t(
            `To fix these problems, I propose: ${ctx.text(ctx.data.proposedResolution, 'proposed_resolution')}`,
            `Para resolver estos problemas, propongo: ${ctx.text(ctx.data.proposedResolution, 'proposed_resolution')}`,
          ),
          ['proposed_resolution'],
        ),
        paragraph(
          'district-copy',
          ctx.t(
            `As the rules require, I am sending a copy of this complaint to ${district} at the same time (34 CFR 300.153(d)).`,
            `Como lo exigen las reglas, envío una copia de esta queja a ${district} al mismo tiempo (34 CFR 300.153(d)).`,
          ),
        ),
        paragraph(
          'decision',
          ctx.t(
            'I understand that the Department must investigate and send me a written decision within 60 days after it receives this complaint (34 CFR 300.152(a)).',
            'Entiendo que el Departamento debe investigar y enviarme una decisión por escrito dentro de 60 días después de recibir esta queja (34 CFR 300.152(a)).',
          ),
        ),
        ...closingBlocks(ctx, { response: false, confirmReceipt: true }),
      ],
    };
  },
};
