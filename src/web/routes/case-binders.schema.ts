import { z } from 'zod';
import {
  BINDER_PRESETS,
  BINDER_PURPOSES,
  type BinderPreset,
  type BinderPurpose,
  LABEL_STYLES,
  type LabelStyle,
} from '../../domain/binder/index.js';
import type { Locale, Messages } from '../../i18n/index.js';
import { format } from '../../i18n/index.js';
import type { FieldErrors } from '../pages/form.js';

/** More documents than a real binder holds; it keeps one form and one build bounded. */
export const MAX_DOCUMENTS_PER_BINDER = 500;
/** Finished binders kept per case; the parent deletes old ones to make room. */
export const MAX_BINDERS_PER_CASE = 20;
/** Builds an account may have waiting or running at once (they share the server's CPU). */
export const MAX_ACTIVE_BUILDS_PER_ACCOUNT = 2;

const id = z.string().min(1).max(64);

/** The binder form as posted (repeated `doc` fields arrive as a list). */
export const binderFormSchema = z.object({
  purpose: z.enum(BINDER_PURPOSES),
  labelStyle: z.enum(LABEL_STYLES),
  separators: z.literal('on').optional(),
  language: z.enum(['en', 'es']),
  doc: z.array(id).max(MAX_DOCUMENTS_PER_BINDER),
  order: z.array(id).max(MAX_DOCUMENTS_PER_BINDER * 4),
  move: z
    .string()
    .max(80)
    .regex(/^[^:]+:(up|down)$/)
    .optional(),
  action: z.literal('build').optional(),
});

/** The query of the new-binder page: a preset to start from. */
export const binderPresetQuerySchema = z.object({
  preset: z.enum(BINDER_PRESETS).optional(),
});

/** The parsed form: the parent's choices, and either a move to make or a build to start. */
export type BinderForm = {
  purpose: BinderPurpose;
  labelStyle: LabelStyle;
  separators: boolean;
  language: Locale;
  selected: string[];
  order: string[];
  move?: { id: string; direction: 'up' | 'down' };
  build: boolean;
};

/** A form body value as strings (files are not expected here and are dropped). */
function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

/**
 * Checks the binder form. On failure, returns the errors and the values as far as they could be
 * read, so the form shows them again.
 */
export function parseBinderForm(
  body: Record<string, unknown>,
  m: Messages,
): { ok: true; value: BinderForm } | { ok: false; errors: FieldErrors; value: BinderForm } {
  const first = (key: string) => strings(body[key])[0];
  const input = {
    purpose: first('purpose'),
    labelStyle: first('labelStyle'),
    separators: first('separators'),
    language: first('language') ?? 'en',
    doc: strings(body.doc),
    order: (first('order') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    move: first('move'),
    action: first('action'),
  };
  const parsed = binderFormSchema.safeParse(input);
  if (parsed.success) {
    const v = parsed.data;
    const [moveId, direction] = v.move ? (v.move.split(':') as [string, 'up' | 'down']) : [];
    return {
      ok: true,
      value: {
        purpose: v.purpose,
        labelStyle: v.labelStyle,
        separators: v.separators === 'on',
        language: v.language,
        selected: [...new Set(v.doc)],
        order: [...new Set(v.order)],
        ...(moveId && direction ? { move: { id: moveId, direction } } : {}),
        build: v.action === 'build',
      },
    };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field === 'doc' || field === 'order') {
      errors.documents ??= format(m.binder.errors.tooManyDocuments, {
        max: MAX_DOCUMENTS_PER_BINDER,
      });
    } else if (field === 'purpose' || field === 'labelStyle' || field === 'language') {
      errors[field] ??= m.binder.errors.choose;
    }
  }
  const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T) =>
    value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fallback;
  return {
    ok: false,
    errors,
    value: {
      purpose: oneOf(BINDER_PURPOSES, input.purpose, 'hearing'),
      labelStyle: oneOf(LABEL_STYLES, input.labelStyle, 'p_number'),
      separators: input.separators === 'on',
      language: input.language === 'es' ? 'es' : 'en',
      selected: input.doc.slice(0, MAX_DOCUMENTS_PER_BINDER),
      order: input.order.slice(0, MAX_DOCUMENTS_PER_BINDER * 4),
      build: false,
    },
  };
}

/**
 * The order after moving one document up or down (unchanged at either end).
 *
 * @example
 * moveInOrder(['a', 'b', 'c'], 'c', 'up'); // ['a', 'c', 'b']
 */
export function moveInOrder(order: readonly string[], id: string, direction: 'up' | 'down') {
  const out = [...order];
  const at = out.indexOf(id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= out.length) {
    return out;
  }
  out[at] = out[to] ?? id;
  out[to] = id;
  return out;
}

/** A preset name from the query, or undefined. */
export function presetFromQuery(query: Record<string, string>): BinderPreset | undefined {
  const parsed = binderPresetQuerySchema.safeParse({ preset: query.preset || undefined });
  return parsed.success ? parsed.data.preset : undefined;
}
