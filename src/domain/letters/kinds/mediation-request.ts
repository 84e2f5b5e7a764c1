/**
 * `mediation_request`: asking for IDEA mediation (34 CFR 300.506). IDEA sets no required content
 * for the request, so the required elements here are the app's minimum for the state and the
 * district to act on it (basis `app`). How ALSDE takes requests is not verified (legal.md §7), so
 * the letter goes to ALSDE Special Education Services and to the district.
 *
 * @module
 */
import {
  alsde,
  closingBlocks,
  concernBlocks,
  heading,
  paragraph,
  specialEducationDirector,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { appIdentity, type LetterDefinition, recommended, required } from '../letter-definition.js';
import { cleanText } from '../letter-text.js';

/** The mediation request. */
export const MEDIATION_REQUEST: LetterDefinition<'mediation_request'> = {
  kind: 'mediation_request',
  title: { en: 'Request for mediation', es: 'Solicitud de mediación' },
  elements: [
    ...appIdentity(C.med506a, C.alMediation),
    required('issues', 'app', C.med506a),
    required('proposed_resolution', 'app', C.med506a),
    required('availability', 'app', C.med506b5),
    required('pending_due_process', 'app', C.med506b1),
    required('signature', 'app', C.med506a),
    recommended('response_date'),
    recommended('interpreter_need'),
  ],
  citations: [C.med506a, C.med506b1, C.med506b4, C.med506b5, C.med506b6, C.alMediation],
  recipientNote: {
    en: 'Sent to ALSDE Special Education Services (P.O. Box 302101, Montgomery, AL 36130-2101) and to the district. Whether ALSDE takes requests directly, on a form, or only jointly was not verified.',
    es: 'Se envía a Servicios de Educación Especial del ALSDE (P.O. Box 302101, Montgomery, AL 36130-2101) y al distrito. No se verificó si el ALSDE acepta solicitudes directas, con un formulario o solo de ambas partes.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const district = ctx.line(data.district?.name, 'district_name');
    const pending: string[] = [];
    if (data.dueProcessPending === true) {
      pending.push(
        ctx.t(
          'A due process complaint about this is already pending.',
          'Ya hay una queja de debido proceso pendiente sobre este tema.',
        ),
      );
    } else if (data.dueProcessPending === false) {
      pending.push(
        ctx.t(
          'No due process complaint about this has been filed.',
          'No se ha presentado ninguna queja de debido proceso sobre este tema.',
        ),
      );
    } else if (ctx.draft) {
      pending.push(ctx.line('', 'pending_due_process'));
    }
    if (data.stateComplaintPending) {
      pending.push(
        ctx.t(
          'A state complaint about this is also pending.',
          'También hay una queja estatal pendiente sobre este tema.',
        ),
      );
    }
    const availability = ctx.text(data.availability, 'availability');
    const location = cleanText(data.preferredLocation);
    const companions = cleanText(data.companions);
    const schedule = [
      ctx.t(`I am available: ${availability}.`, `Estoy disponible: ${availability}.`),
      location
        ? ctx.t(
            `A convenient place for me: ${location}.`,
            `Un lugar conveniente para mí: ${location}.`,
          )
        : '',
      companions ? ctx.t(`Coming with me: ${companions}.`, `Me acompañará: ${companions}.`) : '',
      ctx.t(
        'Sessions must be scheduled promptly, at a place that is convenient for both sides (34 CFR 300.506(b)(5)).',
        'Las sesiones deben programarse pronto, en un lugar conveniente para ambas partes (34 CFR 300.506(b)(5)).',
      ),
    ]
      .filter(Boolean)
      .join(' ');
    return {
      subject: ctx.t(`Request for mediation for ${child}`, `Solicitud de mediación para ${child}`),
      salutation: ctx.t('Dear Sir or Madam:', 'Estimados señores:'),
      to: [alsde(false), specialEducationDirector(ctx)],
      copies: [],
      body: [
        paragraph(
          'intro',
          ctx.t(
            `I am the parent of ${child}. I ask for mediation under the Individuals with Disabilities Education Act (34 CFR 300.506) to settle a disagreement with ${district}. Mediation is voluntary, and the state pays for it (34 CFR 300.506(b)(1) and (b)(4)).`,
            `Soy madre o padre de ${child}. Pido mediación según la Ley de Educación para Personas con Discapacidades (34 CFR 300.506) para resolver un desacuerdo con ${district}. La mediación es voluntaria y el estado la paga (34 CFR 300.506(b)(1) y (b)(4)).`,
          ),
          ['district_name'],
        ),
        studentFields(ctx, { address: false }),
        heading('issues-heading', ctx.t('The issues we disagree about', 'Los temas en desacuerdo')),
        ...concernBlocks(ctx, {
          heading: (n) => ctx.t(`Issue ${n}`, `Tema ${n}`),
          descriptionElements: ['issues'],
          factsElements: [],
          descriptionPlaceholder: 'issues',
        }),
        heading('outcome-heading', ctx.t('The decisions I want', 'Las decisiones que busco')),
        paragraph('outcome', ctx.text(data.proposedResolution, 'proposed_resolution'), [
          'proposed_resolution',
        ]),
        paragraph('pending', pending.join(' '), ['pending_due_process']),
        paragraph('availability', schedule, ['availability']),
        paragraph(
          'authority',
          ctx.t(
            'Please ask the district to send someone with the authority to sign an agreement. Any agreement we reach must be signed by a district representative who has that authority (34 CFR 300.506(b)(6)).',
            'Por favor, pidan al distrito que envíe a una persona con autoridad para firmar un acuerdo. Cualquier acuerdo debe firmarlo un representante del distrito que tenga esa autoridad (34 CFR 300.506(b)(6)).',
          ),
        ),
        paragraph(
          'rights',
          ctx.t(
            'I understand that mediation may not be used to delay or deny my right to a due process hearing (34 CFR 300.506(b)(1)(ii)).',
            'Entiendo que la mediación no se puede usar para retrasar ni negar mi derecho a una audiencia de debido proceso (34 CFR 300.506(b)(1)(ii)).',
          ),
        ),
        ...closingBlocks(ctx, { response: true, confirmReceipt: true }),
      ],
    };
  },
};
