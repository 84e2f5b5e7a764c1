/**
 * Builds a letter: checks its input, writes it from the kind's template in the asked language,
 * applies the parent's paragraph edits, and returns a {@link LetterModel} the renderers lay out,
 * or the missing element ids.
 *
 * @module
 */
import type { Locale } from '../deadlines/localized.js';
import { checkLetter, type FieldProblem, findProblems } from './check-letter.js';
import { composeContext } from './compose-helpers.js';
import { LETTER_DEFINITIONS } from './letter-definitions.js';
import { ELEMENTS, type ElementId } from './letter-elements.js';
import type { AddressBlock, LetterBlock, LetterModel, SignatureBlock } from './letter-model.js';
import { addressLines, cleanLine, cleanText, formatLetterDate } from './letter-text.js';
import type { LetterCore, LetterData, LetterKind } from './letter-types.js';

/** How to build a letter. */
export type BuildLetterOptions = {
  /** The language of the output. */
  readonly language: Locale;
  /** Today, 'YYYY-MM-DD' (filing windows are checked against it). */
  readonly today: string;
  /**
   * With a language other than English: a translated copy of the English letter for the parent
   * to read, marked "for your reference, send the English version". Ignored for English.
   */
  readonly mirror?: boolean;
  /** The parent's edits, by paragraph, heading or list item id (and 'subject', 'salutation'). */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Build a preview even when required elements are missing (placeholders in brackets). */
  readonly draft?: boolean;
};

/** The result of {@link buildLetter}. */
export type BuildLetterResult =
  | {
      readonly ok: true;
      readonly letter: LetterModel;
      readonly warnings: readonly ElementId[];
      /** Override ids that matched nothing in this letter. */
      readonly unusedOverrides: readonly string[];
    }
  | {
      readonly ok: false;
      readonly missing: readonly ElementId[];
      readonly warnings: readonly ElementId[];
      readonly problems: readonly FieldProblem[];
    };

const LANG_TAGS: Readonly<Record<Locale, string>> = { en: 'en-US', es: 'es-US' };

type Applied = {
  readonly body: LetterBlock[];
  readonly used: Set<string>;
  /** Elements whose paragraph the parent emptied. */
  readonly removed: ElementId[];
};

function applyOverrides(
  body: readonly LetterBlock[],
  overrides: Readonly<Record<string, string>>,
): Applied {
  const used = new Set<string>();
  const removed: ElementId[] = [];
  const out: LetterBlock[] = [];
  const has = (id: string): boolean => Object.hasOwn(overrides, id);
  for (const block of body) {
    if (block.type === 'heading' || block.type === 'paragraph') {
      if (!has(block.id)) {
        out.push(block);
        continue;
      }
      used.add(block.id);
      const text = cleanText(overrides[block.id]);
      if (text) {
        out.push({ ...block, text, edited: true });
      } else {
        removed.push(...(block.elements ?? []));
      }
      continue;
    }
    if (block.type === 'list') {
      const items = block.items.flatMap((item) => {
        if (!has(item.id)) {
          return [item];
        }
        used.add(item.id);
        const text = cleanText(overrides[item.id]);
        return text ? [{ ...item, text, edited: true }] : [];
      });
      if (items.length > 0) {
        out.push({ ...block, items });
      } else {
        removed.push(...(block.elements ?? []));
      }
      continue;
    }
    out.push(block);
  }
  return { body: out, used, removed };
}

function contactLines(core: LetterCore): string[] {
  return [
    ...addressLines(core.parent?.address),
    cleanLine(core.parent?.phone),
    cleanLine(core.parent?.email),
  ].filter(Boolean);
}

function notices(
  language: Locale,
  mirror: boolean,
  draft: boolean,
  missing: readonly ElementId[],
): string[] {
  const out: string[] = [];
  if (mirror) {
    out.push(
      'Copia traducida para su referencia. Envíe a la escuela la versión en inglés. Sus propias palabras aparecen como usted las escribió.',
    );
  }
  if (draft && missing.length > 0) {
    const names = missing.map((id) => ELEMENTS[id].name[language]).join('; ');
    out.push(
      language === 'en'
        ? `DRAFT, not ready to send. Still missing: ${names}.`
        : `BORRADOR: todavía no se puede enviar. Falta: ${names}.`,
    );
  }
  return out;
}

/**
 * Builds a letter of `kind` from `data`, in `options.language`.
 *
 * @example
 * const result = buildLetter('state_complaint', data, { language: 'en', today: '2026-11-28' });
 * if (result.ok) {
 *   result.letter.subject; // 'State complaint about the education of Ana López (Montgomery County Schools)'
 * } else {
 *   result.missing; // e.g. ['proposed_resolution']
 * }
 */
export function buildLetter<K extends LetterKind>(
  kind: K,
  data: LetterData<K>,
  options: BuildLetterOptions,
): BuildLetterResult {
  const { language, today } = options;
  const overrides = options.overrides ?? {};
  const draft = options.draft ?? false;
  const check = checkLetter(kind, data, today);
  const overrideProblems = findProblems({}, overrides);
  const problems = [...check.problems, ...overrideProblems];
  if (problems.length > 0 || (check.missing.length > 0 && !draft)) {
    return { ok: false, missing: check.missing, warnings: check.warnings, problems };
  }
  const definition = LETTER_DEFINITIONS[kind];
  const ctx = composeContext(data, language, today, draft);
  const composed = definition.compose(ctx);
  const applied = applyOverrides(composed.body, overrides);
  const missing = [...new Set([...check.missing, ...applied.removed])];
  if (missing.length > 0 && !draft) {
    return { ok: false, missing, warnings: check.warnings, problems: [] };
  }

  const single = (id: 'subject' | 'salutation', fallback: string): string => {
    if (!Object.hasOwn(overrides, id)) {
      return fallback;
    }
    applied.used.add(id);
    return cleanLine(overrides[id]) || fallback;
  };
  const core = data as LetterCore;
  const parentName = ctx.line(core.parent?.name, 'parent_name');
  const childName = ctx.line(core.child?.name, 'child_name');
  const mirror = (options.mirror ?? false) && language !== 'en';
  const from: AddressBlock = { name: parentName, lines: contactLines(core), verified: true };
  const signature: SignatureBlock = {
    closing: ctx.t('Sincerely,', 'Atentamente,'),
    typed: `/s/ ${ctx.line(core.signature, 'signature')}`,
    name: parentName,
    lines: contactLines(core),
    role: ctx.t(`Parent of ${childName}`, `Madre o padre de ${childName}`),
  };
  const letter: LetterModel = {
    kind,
    language,
    lang: LANG_TAGS[language],
    mirror,
    draft: missing.length > 0,
    notices: notices(language, mirror, draft, missing),
    title: `${definition.title[language]}: ${childName}`,
    date: formatLetterDate(core.date, language) || ctx.line('', 'letter_date'),
    from,
    to: composed.to,
    subject: single('subject', composed.subject),
    salutation: single('salutation', composed.salutation),
    body: applied.body,
    signature,
    copies: composed.copies,
    citations: definition.citations,
    missing,
    labels: {
      pageNumber: ctx.t('Page {page} of {pages}', 'Página {page} de {pages}'),
      copies: ctx.t('Copies to:', 'Copias a:'),
      to: ctx.t('To:', 'Para:'),
      from: ctx.t('From:', 'De:'),
      subject: ctx.t('Re:', 'Asunto:'),
    },
  };
  return {
    ok: true,
    letter,
    warnings: check.warnings,
    unusedOverrides: Object.keys(overrides).filter((id) => !applied.used.has(id)),
  };
}
