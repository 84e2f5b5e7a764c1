/**
 * Checks a letter's input against its kind's elements: required elements that are missing
 * (blockers), recommended ones that are absent (warnings), and input the app will not render
 * (problems: oversized text, impossible dates).
 *
 * @module
 */
import { isIsoDate } from '../deadlines/iso-date.js';
import type { Localized } from '../deadlines/localized.js';
import type { Citation } from '../law/citation.js';
import { inForce, US_AL_RULES } from '../rules/index.js';
import type { ElementBasis } from './letter-definition.js';
import { LETTER_DEFINITIONS } from './letter-definitions.js';
import {
  type AnyLetterData,
  ELEMENTS,
  type ElementEnv,
  type ElementId,
} from './letter-elements.js';
import type { LetterData, LetterKind } from './letter-types.js';

/** The longest one-line value (names, phone, school …) the app accepts. */
export const MAX_LINE_LENGTH = 500;
/** The longest free-text value (facts, descriptions, overrides) the app accepts. */
export const MAX_TEXT_LENGTH = 200_000;
/** The most characters of text in one letter, all fields and overrides together. */
export const MAX_TOTAL_LENGTH = 1_000_000;
/** The most items in any list (concerns, decisions, promises …) or overrides. */
export const MAX_ITEMS = 200;

/** Why a value cannot be used. */
export type FieldProblemCode = 'too_long' | 'too_many' | 'too_large' | 'invalid_date';

/** A value the app will not render, and where it is. */
export type FieldProblem = { readonly field: string; readonly code: FieldProblemCode };

/** The result of {@link checkLetter}. */
export type LetterCheck = {
  /** Required elements that are missing: the letter cannot be final. */
  readonly missing: readonly ElementId[];
  /** Recommended elements that are absent: good practice, not a blocker. */
  readonly warnings: readonly ElementId[];
  /** Values the app will not render (too long, impossible dates). */
  readonly problems: readonly FieldProblem[];
};

const LINE_FIELDS = new Set([
  'parent.name',
  'parent.phone',
  'parent.email',
  'child.name',
  'child.dateOfBirth',
  'child.school',
  'child.grade',
  'district.name',
  'signature',
  'coordinatorName',
  'interpreter.language',
  'evaluation.name',
  'evaluation.date',
  'evaluation.evaluator',
  'preferredEvaluator',
  'meeting.type',
  'promises[].who',
  'promises[].when',
]);

const DATE_FIELDS = new Set([
  'date',
  'responseBy',
  'nextMeetingDate',
  'concerns[].date',
  'meeting.date',
]);

type Walk = { total: number; problems: FieldProblem[] };

function walk(value: unknown, path: string, pattern: string, state: Walk, depth: number): void {
  if (depth > 6) {
    state.problems.push({ field: path, code: 'too_large' });
    return;
  }
  if (typeof value === 'string') {
    state.total += value.length;
    const limit = LINE_FIELDS.has(pattern) ? MAX_LINE_LENGTH : MAX_TEXT_LENGTH;
    if (value.length > limit) {
      state.problems.push({ field: path, code: 'too_long' });
    }
    if (DATE_FIELDS.has(pattern) && value !== '' && !isIsoDate(value)) {
      state.problems.push({ field: path, code: 'invalid_date' });
    }
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) {
      state.problems.push({ field: path, code: 'too_many' });
      return;
    }
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, `${pattern}[]`, state, depth + 1);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const sub = path ? `${path}.${key}` : key;
      walk(item, sub, pattern ? `${pattern}.${key}` : key, state, depth + 1);
    }
  }
}

/**
 * Values that cannot be rendered: text over the limits, too many items, impossible dates, and
 * (when given) oversized paragraph overrides.
 *
 * @example
 * findProblems({ signature: 'x'.repeat(501) })[0]; // { field: 'signature', code: 'too_long' }
 */
export function findProblems(
  data: unknown,
  overrides?: Readonly<Record<string, string>>,
): FieldProblem[] {
  const state: Walk = { total: 0, problems: [] };
  walk(data, '', '', state, 0);
  if (overrides) {
    const entries = Object.entries(overrides);
    if (entries.length > MAX_ITEMS * 5) {
      state.problems.push({ field: 'overrides', code: 'too_many' });
    }
    for (const [id, text] of entries) {
      const length = typeof text === 'string' ? text.length : 0;
      state.total += length;
      if (length > MAX_TEXT_LENGTH) {
        state.problems.push({ field: `overrides.${id}`, code: 'too_long' });
      }
    }
  }
  if (state.total > MAX_TOTAL_LENGTH) {
    state.problems.push({ field: '', code: 'too_large' });
  }
  return state.problems;
}

/** The environment the element tests of `kind` run in on `today`. */
export function elementEnv(kind: LetterKind, today: string): ElementEnv {
  const path = LETTER_DEFINITIONS[kind].window;
  const window = path ? inForce(US_AL_RULES.windows[path] ?? [], today)?.value : undefined;
  return window ? { today, window } : { today };
}

/**
 * Checks `data` for the elements its kind requires and recommends.
 *
 * @example
 * checkLetter('state_complaint', { ...data, proposedResolution: '' }, '2026-11-28').missing;
 * // ['proposed_resolution']
 */
export function checkLetter<K extends LetterKind>(
  kind: K,
  data: LetterData<K>,
  today: string,
): LetterCheck {
  const problems = findProblems(data);
  const env = elementEnv(kind, today);
  const missing: ElementId[] = [];
  const warnings: ElementId[] = [];
  const input = (data ?? {}) as AnyLetterData;
  for (const rule of LETTER_DEFINITIONS[kind].elements) {
    if (ELEMENTS[rule.id].present(input, env)) {
      continue;
    }
    if (rule.level === 'required') {
      missing.push(rule.id);
    } else {
      warnings.push(rule.id);
    }
  }
  return { missing, warnings, problems };
}

/** An element as a page shows it: plain name, the field to link to, why, and the law. */
export type ElementDescription = {
  readonly id: ElementId;
  readonly level: 'required' | 'recommended';
  readonly basis: ElementBasis;
  readonly name: string;
  readonly field: string;
  readonly citations: readonly Citation[];
};

/**
 * The elements of a kind (all of them, or only `ids`), in the reader's language, in the kind's
 * order.
 *
 * @example
 * describeElements('state_complaint', 'es', ['proposed_resolution'])[0]?.field; // 'proposedResolution'
 */
export function describeElements(
  kind: LetterKind,
  locale: keyof Localized,
  ids?: readonly ElementId[],
): ElementDescription[] {
  return LETTER_DEFINITIONS[kind].elements
    .filter((rule) => !ids || ids.includes(rule.id))
    .map((rule) => ({
      id: rule.id,
      level: rule.level,
      basis: rule.basis,
      name: ELEMENTS[rule.id].name[locale],
      field: ELEMENTS[rule.id].field,
      citations: rule.citations,
    }));
}
