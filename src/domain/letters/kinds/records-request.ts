/**
 * `records_request`: inspect and review every education record (34 CFR 300.613 and FERPA), before
 * the next meeting and within 45 days. 300.613 lists no content for the request, so the required
 * elements are the app's (basis `app`).
 *
 * @module
 */
import {
  closingBlocks,
  heading,
  list,
  paragraph,
  principal,
  specialEducationDirector,
  studentFields,
} from '../compose-helpers.js';
import { LETTER_CITATIONS as C } from '../letter-citations.js';
import { appIdentity, type LetterDefinition, recommended, required } from '../letter-definition.js';
import type { LetterBlock } from '../letter-model.js';
import { cleanText } from '../letter-text.js';

/** The records request. */
export const RECORDS_REQUEST: LetterDefinition<'records_request'> = {
  kind: 'records_request',
  title: { en: 'Request for education records', es: 'Solicitud de expedientes educativos' },
  elements: [
    ...appIdentity(C.rec613),
    required('signature', 'app', C.rec613),
    recommended('next_meeting_date', C.rec613),
    recommended('interpreter_need'),
  ],
  citations: [C.rec613],
  recipientNote: {
    en: "Sent to the district's Director of Special Education with a copy to the principal. Advocates suggest sending it to every school the child attended and to the district office.",
    es: 'Se envía al Director(a) de Educación Especial del distrito con copia al director(a) de la escuela. Se recomienda enviarla a cada escuela a la que asistió su hijo y a la oficina del distrito.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const records = [
      ctx.t(
        'the cumulative file and the special education file',
        'el expediente acumulativo y el expediente de educación especial',
      ),
      ctx.t(
        'every evaluation report, with all scores, and the test protocols (I can look at protocols in person)',
        'cada informe de evaluación, con todos los puntajes, y los protocolos de las pruebas (puedo revisar los protocolos en persona)',
      ),
      ctx.t(
        'every IEP and Section 504 plan, with drafts, meeting notices and meeting notes',
        'cada IEP y plan de la Sección 504, con los borradores, avisos de reunión y notas de las reuniones',
      ),
      ctx.t(
        'service logs and therapy session notes',
        'los registros de servicios y las notas de las sesiones de terapia',
      ),
      ctx.t(
        'progress reports and progress-monitoring data',
        'los informes de progreso y los datos de seguimiento del progreso',
      ),
      ctx.t(
        'discipline and incident reports, and any restraint or seclusion records',
        'los informes de disciplina e incidentes, y cualquier registro de restricción física o aislamiento',
      ),
      ctx.t(
        'attendance, nurse, health and transportation records',
        'los registros de asistencia, de enfermería, de salud y de transporte',
      ),
      ctx.t(
        'emails, text messages and other messages that name my child',
        'los correos electrónicos, mensajes de texto y otros mensajes que mencionen a mi hijo',
      ),
    ];
    const more = cleanText(data.additionalRecords);
    if (more) {
      records.push(more);
    }
    const meeting = data.nextMeetingDate ? ctx.date(data.nextMeetingDate) : '';
    const timing = meeting
      ? ctx.t(
          `The law requires you to do this without unnecessary delay, before any IEP meeting, hearing or resolution session, and no later than 45 days after my request (34 CFR 300.613). My child's next meeting is on ${meeting}, so I ask to see the records before that date.`,
          `La ley exige que lo hagan sin demoras innecesarias, antes de cualquier reunión del IEP, audiencia o sesión de resolución, y a más tardar 45 días después de mi solicitud (34 CFR 300.613). La próxima reunión de mi hijo es el ${meeting}, así que pido ver los expedientes antes de esa fecha.`,
        )
      : ctx.t(
          'The law requires you to do this without unnecessary delay, before any IEP meeting, hearing or resolution session, and no later than 45 days after my request (34 CFR 300.613).',
          'La ley exige que lo hagan sin demoras innecesarias, antes de cualquier reunión del IEP, audiencia o sesión de resolución, y a más tardar 45 días después de mi solicitud (34 CFR 300.613).',
        );
    const extra: LetterBlock[] = [];
    if (data.preferredFormat === 'electronic') {
      extra.push(
        paragraph(
          'format',
          ctx.t(
            'If possible, please send me copies in electronic form (PDF) by email.',
            'Si es posible, envíenme copias en formato electrónico (PDF) por correo electrónico.',
          ),
        ),
      );
    } else if (data.preferredFormat === 'paper') {
      extra.push(
        paragraph(
          'format',
          ctx.t(
            'If possible, please give me paper copies.',
            'Si es posible, denme copias en papel.',
          ),
        ),
      );
    }
    const inspection = cleanText(data.inspectionAvailability);
    if (inspection) {
      extra.push(
        paragraph(
          'inspection',
          ctx.t(
            `I can come in to review the records at these times: ${inspection}`,
            `Puedo ir a revisar los expedientes en estos horarios: ${inspection}`,
          ),
        ),
      );
    }
    return {
      subject: ctx.t(
        `Request to inspect and review the education records of ${child}`,
        `Solicitud para revisar los expedientes educativos de ${child}`,
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
            `I am the parent of ${child}. Under the Individuals with Disabilities Education Act (34 CFR 300.613) and the Family Educational Rights and Privacy Act (FERPA), I ask to inspect and review all education records about my child that the district collects, keeps or uses.`,
            `Soy madre o padre de ${child}. Según la Ley de Educación para Personas con Discapacidades (34 CFR 300.613) y la Ley de Derechos Educativos y Privacidad de la Familia (FERPA), pido revisar todos los expedientes educativos de mi hijo que el distrito recoge, guarda o usa.`,
          ),
        ),
        studentFields(ctx, { address: false }),
        heading('records-heading', ctx.t('The records I ask for', 'Los expedientes que pido')),
        paragraph(
          'records-scope',
          ctx.t(
            'This means every record, in every place and format, including:',
            'Esto incluye todos los expedientes, en cualquier lugar y formato, por ejemplo:',
          ),
        ),
        list('records', false, records),
        paragraph(
          'records-list',
          ctx.t(
            'Please also give me a list of the types of records you keep about my child and where they are kept.',
            'Por favor, denme también una lista de los tipos de expedientes que tienen sobre mi hijo y dónde los guardan.',
          ),
        ),
        paragraph('timing', timing, meeting ? ['next_meeting_date'] : undefined),
        paragraph(
          'explanations',
          ctx.t(
            'If I have questions about the records, I ask that someone explain them to me.',
            'Si tengo preguntas sobre los expedientes, pido que alguien me los explique.',
          ),
        ),
        ...extra,
        ...closingBlocks(ctx, { response: false, confirmReceipt: true }),
      ],
    };
  },
};
