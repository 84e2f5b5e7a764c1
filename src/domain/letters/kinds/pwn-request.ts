/**
 * `pwn_request`: asking for prior written notice (34 CFR 300.503) about each decision the district
 * proposed or refused, listing the seven contents of 300.503(b).
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
import { languageName } from '../letter-text.js';

/** The PWN request. */
export const PWN_REQUEST: LetterDefinition<'pwn_request'> = {
  kind: 'pwn_request',
  title: { en: 'Request for prior written notice', es: 'Solicitud de aviso previo por escrito' },
  elements: [
    required('decisions', 'law', C.pwn503a),
    ...appIdentity(C.pwn503a),
    required('signature', 'app', C.pwn503a),
    recommended('response_date'),
    recommended('interpreter_need', C.pwn503c),
  ],
  citations: [C.pwn503a, C.pwn503b, C.pwn503c],
  recipientNote: {
    en: "Sent to the district's Director of Special Education with a copy to the principal.",
    es: 'Se envía al Director(a) de Educación Especial del distrito con copia al director(a) de la escuela.',
  },
  compose: (ctx) => {
    const { data } = ctx;
    const child = ctx.line(data.child?.name, 'child_name');
    const language = data.parent?.language;
    const languageBlocks: LetterBlock[] =
      language && language !== 'en' && language !== 'other'
        ? [
            paragraph(
              'notice-language',
              ctx.t(
                `Please write the notice in plain words and give it to me in ${languageName(language, 'en')}, my native language.`,
                `Por favor, escriban el aviso en palabras sencillas y dénmelo en ${languageName(language, 'es')}, mi idioma materno.`,
              ),
            ),
          ]
        : [];
    return {
      subject: ctx.t(
        `Request for prior written notice about ${child}`,
        `Solicitud de aviso previo por escrito sobre ${child}`,
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
            `I am the parent of ${child}. I ask for prior written notice (34 CFR 300.503) about each decision below, which the district proposed or refused.`,
            `Soy madre o padre de ${child}. Pido un aviso previo por escrito (34 CFR 300.503) sobre cada decisión de abajo, que el distrito propuso o negó.`,
          ),
        ),
        studentFields(ctx, { address: false }),
        heading('decisions-heading', ctx.t('The decisions', 'Las decisiones')),
        ...concernBlocks(ctx, {
          heading: (n) => ctx.t(`Decision ${n}`, `Decisión ${n}`),
          descriptionElements: ['decisions'],
          factsElements: [],
          descriptionPlaceholder: 'decisions',
        }),
        paragraph(
          'contents-intro',
          ctx.t(
            'For each decision, the notice must include (34 CFR 300.503(b)):',
            'Para cada decisión, el aviso debe incluir (34 CFR 300.503(b)):',
          ),
        ),
        list('contents', true, [
          ctx.t(
            'what the district proposes or refuses to do;',
            'lo que el distrito propone o se niega a hacer;',
          ),
          ctx.t('why it proposes or refuses it;', 'por qué lo propone o se niega;'),
          ctx.t(
            'each evaluation, test, record or report it used to decide;',
            'cada evaluación, prueba, expediente o informe que usó para decidir;',
          ),
          ctx.t(
            'the other options it considered, and why it rejected them;',
            'las otras opciones que consideró y por qué las rechazó;',
          ),
          ctx.t('any other reasons for the decision;', 'cualquier otra razón de la decisión;'),
          ctx.t(
            'a statement that I am protected by the procedural safeguards, and how I can get a copy of them;',
            'una declaración de que me protegen las garantías procesales, y cómo puedo obtener una copia;',
          ),
          ctx.t(
            'where I can get help to understand these rules.',
            'dónde puedo obtener ayuda para entender estas reglas.',
          ),
        ]),
        ...languageBlocks,
        ...closingBlocks(ctx, { response: true, confirmReceipt: true }),
      ],
    };
  },
};
