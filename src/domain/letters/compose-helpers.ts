/**
 * The pieces every letter template is made of: the context a template writes with, block
 * builders with stable ids, the student facts, the problems, the closing paragraphs, and the
 * usual addressees.
 *
 * Templates are written as whole sentences in each language (`ctx.t(en, es)`), never by gluing
 * translated fragments, so each language reads naturally.
 *
 * @module
 */
import type { Locale } from '../deadlines/localized.js';
import type { Citation } from '../law/citation.js';
import { ELEMENTS, type ElementId } from './letter-elements.js';
import type { AddressBlock, FieldRow, LetterBlock } from './letter-model.js';
import {
  addressLines,
  cleanLine,
  cleanText,
  formatLetterDate,
  languageName,
} from './letter-text.js';
import type { LetterConcern, LetterCore } from './letter-types.js';

/** What a template writes with. */
export type ComposeContext<D> = {
  readonly data: D;
  readonly locale: Locale;
  readonly today: string;
  /** True in a draft preview: missing values become bracketed placeholders. */
  readonly draft: boolean;
  /** The sentence in the letter's language. */
  readonly t: (en: string, es: string) => string;
  /** A one-line value, or the element's placeholder in a draft. */
  readonly line: (value: unknown, element?: ElementId) => string;
  /** A multi-line value, or the element's placeholder in a draft. */
  readonly text: (value: unknown, element?: ElementId) => string;
  /** A long date, or the element's placeholder in a draft. */
  readonly date: (value: unknown, element?: ElementId) => string;
  /** "34 CFR 300.153(b)" style text of one or more citations, joined with "; ". */
  readonly cites: (...citations: Citation[]) => string;
};

/** What a template returns. */
export type Composed = {
  readonly subject: string;
  /** "Dear …:" */
  readonly salutation: string;
  readonly to: readonly AddressBlock[];
  readonly copies: readonly AddressBlock[];
  readonly body: readonly LetterBlock[];
};

/**
 * Builds the context a template writes with.
 *
 * @example
 * const ctx = composeContext(data, 'es', '2026-11-28', false);
 * ctx.t('Dear', 'Estimado'); // 'Estimado'
 */
export function composeContext<D>(
  data: D,
  locale: Locale,
  today: string,
  draft: boolean,
): ComposeContext<D> {
  const placeholder = (element?: ElementId): string =>
    draft && element ? `[${ELEMENTS[element].name[locale]}]` : '';
  return {
    data,
    locale,
    today,
    draft,
    t: (en, es) => (locale === 'en' ? en : es),
    line: (value, element) => cleanLine(value) || placeholder(element),
    text: (value, element) => cleanText(value) || placeholder(element),
    date: (value, element) => formatLetterDate(value, locale) || placeholder(element),
    cites: (...citations) => citations.map((c) => c.cite).join('; '),
  };
}

/**
 * A paragraph block.
 *
 * @example
 * paragraph('intro', 'I am writing…', ['child_name']);
 */
export function paragraph(id: string, text: string, elements?: readonly ElementId[]): LetterBlock {
  return elements ? { type: 'paragraph', id, text, elements } : { type: 'paragraph', id, text };
}

/**
 * A heading block.
 *
 * @example
 * heading('problem-1', 'Problem 1');
 */
export function heading(id: string, text: string): LetterBlock {
  return { type: 'heading', id, text };
}

/**
 * A list block; item ids are `${id}-1`, `${id}-2`, …
 *
 * @example
 * list('records', true, ['Emails', 'Service logs']).type; // 'list'
 */
export function list(
  id: string,
  ordered: boolean,
  texts: readonly string[],
  elements?: readonly ElementId[],
): LetterBlock {
  const items = texts.map((text, index) => ({ id: `${id}-${index + 1}`, text }));
  return elements
    ? { type: 'list', id, ordered, items, elements }
    : { type: 'list', id, ordered, items };
}

/**
 * The student facts every letter opens with: name, date of birth, (home address), school, grade,
 * district. Empty optional rows are left out.
 *
 * @example
 * studentFields(ctx, { address: true }).type; // 'fields'
 */
export function studentFields(
  ctx: ComposeContext<LetterCore>,
  options: { readonly address: boolean },
): LetterBlock {
  const { child, district } = ctx.data;
  const rows: FieldRow[] = [
    { label: ctx.t('Student', 'Estudiante'), value: ctx.line(child?.name, 'child_name') },
  ];
  const birth = ctx.date(child?.dateOfBirth);
  if (birth) {
    rows.push({ label: ctx.t('Date of birth', 'Fecha de nacimiento'), value: birth });
  }
  if (options.address) {
    rows.push({
      label: ctx.t('Home address', 'Dirección de la casa'),
      value: addressLines(child?.address).join(', ') || ctx.line('', 'child_address'),
    });
  }
  rows.push({ label: ctx.t('School', 'Escuela'), value: ctx.line(child?.school, 'child_school') });
  const grade = ctx.line(child?.grade);
  if (grade) {
    rows.push({ label: ctx.t('Grade', 'Grado'), value: grade });
  }
  rows.push({
    label: ctx.t('School district', 'Distrito escolar'),
    value: ctx.line(district?.name, 'district_name'),
  });
  const elements: ElementId[] = ['child_name', 'child_school', 'district_name'];
  if (options.address) {
    elements.push('child_address');
  }
  return { type: 'fields', id: 'student', rows, elements };
}

/** The usable concerns (those with any text), or one empty placeholder concern in a draft. */
export function concernsOf(ctx: ComposeContext<LetterCore>): readonly LetterConcern[] {
  const list = Array.isArray(ctx.data.concerns)
    ? ctx.data.concerns.filter((c) => cleanText(c?.description) || cleanText(c?.facts))
    : [];
  return list.length > 0 || !ctx.draft ? list : [{ description: '', facts: '' }];
}

/** Labels and element ids for {@link concernBlocks}. */
export type ConcernWording = {
  /** The heading of problem n, e.g. "Problem 1". */
  readonly heading: (n: number) => string;
  readonly descriptionElements: readonly ElementId[];
  readonly factsElements: readonly ElementId[];
  /** The element a missing description stands for in a draft. */
  readonly descriptionPlaceholder: ElementId;
  /** The element missing facts stand for; without it, empty facts are left out. */
  readonly factsPlaceholder?: ElementId;
};

/**
 * For each problem: a heading, the parent's description, and the facts (with the date when
 * given). Ids: `problem-n`, `problem-n-description`, `problem-n-facts`.
 *
 * @example
 * concernBlocks(ctx, wording).length; // 3 per problem
 */
export function concernBlocks(
  ctx: ComposeContext<LetterCore>,
  wording: ConcernWording,
): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  concernsOf(ctx).forEach((concern, index) => {
    const n = index + 1;
    blocks.push(heading(`problem-${n}`, wording.heading(n)));
    blocks.push(
      paragraph(
        `problem-${n}-description`,
        ctx.text(concern.description, wording.descriptionPlaceholder),
        wording.descriptionElements,
      ),
    );
    const when = concern.date ? ctx.date(concern.date) : '';
    const facts = ctx.text(concern.facts, wording.factsPlaceholder);
    if (!facts) {
      if (when) {
        blocks.push(paragraph(`problem-${n}-facts`, ctx.t(`Date: ${when}`, `Fecha: ${when}`)));
      }
      return;
    }
    const factsText = when
      ? ctx.t(`Facts (${when}): ${facts}`, `Hechos (${when}): ${facts}`)
      : ctx.t(`Facts: ${facts}`, `Hechos: ${facts}`);
    blocks.push(paragraph(`problem-${n}-facts`, factsText, wording.factsElements));
  });
  return blocks;
}

/** The language the parent needs an interpreter for, in the letter's language. */
function interpreterLanguage(ctx: ComposeContext<LetterCore>): string {
  const stated = cleanLine(ctx.data.interpreter?.language);
  if (stated) {
    return stated;
  }
  const language = ctx.data.parent?.language;
  return language && language !== 'en'
    ? languageName(language, ctx.locale)
    : ctx.t('my language', 'mi idioma');
}

/** Which closing paragraphs a kind wants. */
export type ClosingOptions = {
  /** Ask for a written answer by `responseBy` (when given). */
  readonly response: boolean;
  /** Ask the reader to confirm the date they received the letter. */
  readonly confirmReceipt: boolean;
};

/**
 * The closing paragraphs: answer date, interpreter, accommodations, receipt, how to reach the
 * parent. Ids: `response`, `interpreter`, `accommodations`, `receipt`, `contact`.
 *
 * @example
 * closingBlocks(ctx, { response: true, confirmReceipt: true });
 */
export function closingBlocks(
  ctx: ComposeContext<LetterCore>,
  options: ClosingOptions,
): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const { data } = ctx;
  if (options.response && data.responseBy) {
    const by = ctx.date(data.responseBy);
    blocks.push(
      paragraph(
        'response',
        ctx.t(
          `Please answer me in writing by ${by}.`,
          `Por favor, respóndame por escrito a más tardar el ${by}.`,
        ),
        ['response_date'],
      ),
    );
  }
  if (data.interpreter?.needed) {
    const language = interpreterLanguage(ctx);
    blocks.push(
      paragraph(
        'interpreter',
        ctx.t(
          `I need an interpreter for ${language} at every meeting or call about this, and written translations of the documents you send me. Please arrange this.`,
          `Necesito un intérprete de ${language} en cada reunión o llamada sobre este tema, y traducción escrita de los documentos que me envíen. Por favor, hagan los arreglos necesarios.`,
        ),
        ['interpreter_need'],
      ),
    );
  }
  const accommodations = cleanText(data.accommodations);
  if (accommodations) {
    blocks.push(
      paragraph(
        'accommodations',
        ctx.t(
          `To take part fully, I need these accommodations: ${accommodations}`,
          `Para participar plenamente, necesito estas adaptaciones: ${accommodations}`,
        ),
      ),
    );
  }
  if (options.confirmReceipt) {
    blocks.push(
      paragraph(
        'receipt',
        ctx.t(
          'Please confirm in writing that you received this letter, and tell me the date you received it.',
          'Por favor, confirmen por escrito que recibieron esta carta y díganme en qué fecha la recibieron.',
        ),
      ),
    );
  }
  const phone = cleanLine(data.parent?.phone);
  const email = cleanLine(data.parent?.email);
  const reach = [phone, email].filter(Boolean).join(ctx.t(' or ', ' o '));
  if (reach) {
    blocks.push(
      paragraph(
        'contact',
        ctx.t(`You can reach me at ${reach}.`, `Pueden comunicarse conmigo al ${reach}.`),
      ),
    );
  }
  return blocks;
}

/** The ALSDE Special Education Services mailing address (legal.md §7: read in the rule itself). */
export const ALSDE_LINES: readonly string[] = [
  'Alabama State Department of Education',
  'Special Education Services',
  'P.O. Box 302101',
  'Montgomery, AL 36130-2101',
];

/**
 * The State Superintendent, Attn: Special Education Services: where Ala. Admin. Code r.
 * 290-8-9-.08 says a state complaint is filed (legal.md §7, read).
 */
export const STATE_SUPERINTENDENT: AddressBlock = {
  name: 'State Superintendent of Education',
  lines: [
    'Attn: Special Education Services',
    'Alabama State Department of Education',
    'P.O. Box 302101',
    'Montgomery, AL 36130-2101',
  ],
  verified: true,
};

/**
 * ALSDE Special Education Services. `verified` says whether the use (not the address) is
 * confirmed: the address is read, but e.g. how ALSDE takes mediation requests is not.
 *
 * @example
 * alsde(false).lines[2]; // 'P.O. Box 302101'
 */
export function alsde(verified: boolean): AddressBlock {
  return {
    name: ALSDE_LINES[0] ?? '',
    lines: ALSDE_LINES.slice(1),
    verified,
  };
}

/**
 * A district office addressee with a role line, e.g. the superintendent or the special
 * education director, at the address the parent gave.
 *
 * @example
 * districtOffice(ctx, ctx.t('Superintendent', 'Superintendente')).lines[0]; // the district name
 */
export function districtOffice(ctx: ComposeContext<LetterCore>, role: string): AddressBlock {
  return {
    name: role,
    lines: [
      ctx.line(ctx.data.district?.name, 'district_name'),
      ...addressLines(ctx.data.district?.address),
    ].filter(Boolean),
    verified: true,
  };
}

/**
 * The principal of the child's school, for a copy (no street address: the parent hands it in or
 * the district forwards it).
 *
 * @example
 * principal(ctx).name; // 'Principal'
 */
export function principal(ctx: ComposeContext<LetterCore>): AddressBlock {
  return {
    name: ctx.t('Principal', 'Director(a) de la escuela'),
    lines: [ctx.line(ctx.data.child?.school, 'child_school')].filter(Boolean),
    verified: true,
  };
}

/** "Director of Special Education" in the letter's language. */
export function specialEducationDirector(ctx: ComposeContext<LetterCore>): AddressBlock {
  return districtOffice(
    ctx,
    ctx.t('Director of Special Education', 'Director(a) de Educación Especial'),
  );
}
