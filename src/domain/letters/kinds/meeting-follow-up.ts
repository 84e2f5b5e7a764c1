/**
 * `meeting_follow_up`: the letter after a meeting that writes down what was discussed, decided and
 * promised, with dates and names, and asks for corrections in writing. No rule sets its content;
 * the required elements are the app's (basis `app`).
 *
 * @module
 */
import {
  closingBlocks,
  concernBlocks,
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
import { cleanLine, cleanText } from '../letter-text.js';

function texts(values: readonly unknown[] | undefined): string[] {
  return Array.isArray(values) ? values.map(cleanText).filter(Boolean) : [];
}

/** The meeting follow-up letter. */
export const MEETING_FOLLOW_UP: LetterDefinition<'meeting_follow_up'> = {
  kind: 'meeting_follow_up',
  title: { en: 'Meeting follow-up letter', es: 'Carta de seguimiento de la reunión' },
  elements: [
    ...appIdentity(),
    required('meeting_date', 'app'),
    required('attendees', 'app'),
    required('meeting_summary', 'app'),
    required('signature', 'app'),
    recommended('response_date'),
    recommended('interpreter_need'),
  ],
  citations: [C.pwn503a],
  recipientNote: {
    en: "Sent to the district's Director of Special Education with a copy to the principal; send it within a day or two of the meeting.",
    es: 'Se envía al Director(a) de Educación Especial del distrito con copia al director(a) de la escuela; envíela uno o dos días después de la reunión.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const when = ctx.date(data.meeting?.date, 'meeting_date');
    const type = cleanLine(data.meeting?.type);
    const blocks: LetterBlock[] = [
      paragraph(
        'intro',
        ctx.t(
          `Thank you for meeting with me on ${when} about my child, ${child}. I am writing down what I understood from the meeting, so that we all have the same record.`,
          `Gracias por reunirse conmigo el ${when} para hablar de mi hijo, ${child}. Escribo lo que entendí de la reunión para que todos tengamos el mismo registro.`,
        ),
        ['meeting_date'],
      ),
      studentFields(ctx, { address: false }),
      paragraph(
        'attendees',
        ctx.t(
          `Who was there: ${ctx.text(data.meeting?.attendees, 'attendees')}`,
          `Quiénes estuvieron: ${ctx.text(data.meeting?.attendees, 'attendees')}`,
        ),
        ['attendees'],
      ),
    ];
    const decisions = texts(data.decisions);
    if (decisions.length > 0) {
      blocks.push(heading('decisions-heading', ctx.t('What we decided', 'Lo que decidimos')));
      blocks.push(list('decisions', true, decisions, ['meeting_summary']));
    }
    const promises = Array.isArray(data.promises)
      ? data.promises
          .filter((p) => cleanText(p?.what))
          .map((p) => {
            const who = cleanLine(p.who) || ctx.t('The school', 'La escuela');
            const what = cleanText(p.what);
            const by = cleanLine(p.when);
            return by
              ? ctx.t(`${who}: ${what} (by ${by})`, `${who}: ${what} (para ${by})`)
              : `${who}: ${what}`;
          })
      : [];
    if (promises.length > 0) {
      blocks.push(heading('promises-heading', ctx.t('What was promised', 'Lo que se prometió')));
      blocks.push(list('promises', true, promises, ['meeting_summary']));
    }
    const refused = texts(data.refused);
    if (refused.length > 0) {
      blocks.push(
        heading(
          'refused-heading',
          ctx.t('What I asked for that was refused', 'Lo que pedí y se negó'),
        ),
      );
      blocks.push(list('refused', true, refused, ['meeting_summary']));
      blocks.push(
        paragraph(
          'refused-pwn',
          ctx.t(
            'For each request that was refused, please give me prior written notice (34 CFR 300.503).',
            'Para cada solicitud que se negó, por favor denme un aviso previo por escrito (34 CFR 300.503).',
          ),
        ),
      );
    }
    const concerns = concernBlocks(ctx, {
      heading: (n) => ctx.t(`Concern ${n}`, `Inquietud ${n}`),
      descriptionElements: ['meeting_summary'],
      factsElements: [],
      descriptionPlaceholder: 'meeting_summary',
    });
    if (concerns.length > 0) {
      blocks.push(heading('concerns-heading', ctx.t('My concerns', 'Mis inquietudes')));
      blocks.push(...concerns);
      blocks.push(
        paragraph(
          'concerns-record',
          ctx.t(
            "Please add my concerns to the meeting notes and to my child's records.",
            'Por favor, agreguen mis inquietudes a las notas de la reunión y al expediente de mi hijo.',
          ),
        ),
      );
    }
    const owed = texts(data.documentsOwed);
    if (owed.length > 0) {
      blocks.push(
        heading(
          'documents-heading',
          ctx.t('Documents I am still waiting for', 'Documentos que todavía espero'),
        ),
      );
      blocks.push(list('documents', false, owed));
    }
    const next = cleanText(data.proposedResolution);
    if (next) {
      blocks.push(
        paragraph('next-steps', ctx.t(`What I ask next: ${next}`, `Lo que pido ahora: ${next}`)),
      );
    }
    const by = data.responseBy ? ctx.date(data.responseBy) : '';
    blocks.push(
      by
        ? paragraph(
            'corrections',
            ctx.t(
              `If anything in this letter is wrong or missing, please tell me in writing by ${by}. If I do not hear from you by then, I will understand that you agree this summary is correct.`,
              `Si algo en esta carta está mal o falta, por favor díganmelo por escrito a más tardar el ${by}. Si no recibo respuesta para esa fecha, entenderé que están de acuerdo con este resumen.`,
            ),
            ['response_date'],
          )
        : paragraph(
            'corrections',
            ctx.t(
              'If anything in this letter is wrong or missing, please tell me in writing. If I do not hear from you, I will understand that you agree this summary is correct.',
              'Si algo en esta carta está mal o falta, por favor díganmelo por escrito. Si no recibo respuesta, entenderé que están de acuerdo con este resumen.',
            ),
          ),
    );
    blocks.push(...closingBlocks(ctx, { response: false, confirmReceipt: false }));
    return {
      subject: type
        ? ctx.t(
            `Summary of the ${type} on ${when} about ${child}`,
            `Resumen de la reunión (${type}) del ${when} sobre ${child}`,
          )
        : ctx.t(
            `Summary of the meeting on ${when} about ${child}`,
            `Resumen de la reunión del ${when} sobre ${child}`,
          ),
      salutation: ctx.t('Dear team:', 'Estimado equipo:'),
      to: [specialEducationDirector(ctx)],
      copies: [principal(ctx)],
      body: blocks,
    };
  },
};
