import { z } from 'zod';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_SOURCES,
  type DocumentFields,
  type DocumentFilter,
} from '../../db/documents.js';
import { format, type Messages } from '../../i18n/index.js';
import type { FieldErrors } from '../pages/form.js';
import { todayInAlabama } from '../today.js';
import { parseLooseDate } from './timeline.schema.js';

export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_NOTES_MAX = 5000;
const SEARCH_MAX = 200;

const clean = (v: string) => v.replaceAll('\u0000', '').trim();

/** A date as typed (a date field sends 2024-03-27; without one, parents type 3/27/2024). */
const looseDate = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const parsed = parseLooseDate(clean(v));
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', params: { reason: 'date' } });
      return z.NEVER;
    }
    return parsed.date;
  });

/** What the parent says about a document, from the upload or edit form. */
export const documentFieldsSchema = z.object({
  category: z.enum(DOCUMENT_CATEGORIES),
  documentDate: looseDate.refine((d) => d <= todayInAlabama(), {
    params: { reason: 'future' },
  }),
  title: z
    .string()
    .max(DOCUMENT_TITLE_MAX)
    .optional()
    .transform((v) => (v ? clean(v) : '')),
  source: z.enum(DOCUMENT_SOURCES),
  notes: z
    .string()
    .max(DOCUMENT_NOTES_MAX)
    .optional()
    .transform((v) => (v && clean(v) ? clean(v) : null)),
  /** A checkbox: present (any value) means ticked. */
  mediationConfidential: z
    .string()
    .optional()
    .transform((v) => v !== undefined && v !== ''),
  /** Photos of one paper document become its pages ('combine'), or one document each. */
  photos: z.enum(['combine', 'separate']).default('combine'),
});

export type DocumentFormInput = z.output<typeof documentFieldsSchema>;

/** The fields in form order, so the error summary follows the form. */
export const DOCUMENT_FIELD_ORDER = [
  'files',
  'category',
  'documentDate',
  'title',
  'source',
  'notes',
  'mediationConfidential',
] as const;

/** Form strings (blank meaning not given) as schema input. */
export function documentInputFromForm(body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of [...DOCUMENT_FIELD_ORDER, 'photos']) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') {
      input[key] = value;
    }
  }
  return input;
}

/** The repository's fields; a blank title becomes `fallbackTitle` (e.g. the file name). */
export function toDocumentFields(input: DocumentFormInput, fallbackTitle: string): DocumentFields {
  return {
    category: input.category,
    title: input.title || fallbackTitle,
    documentDate: input.documentDate,
    source: input.source,
    notes: input.notes,
    mediationConfidential: input.mediationConfidential,
  };
}

/** Plain-language messages for each failed field, in form order. */
export function documentFieldErrors(issues: z.core.$ZodIssue[], m: Messages): FieldErrors {
  const e = m.vault.errors;
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (!field || field in byField) {
      continue;
    }
    if (issue.code === 'too_big') {
      byField[field] = format(e.tooLong, { max: Number(issue.maximum) });
    } else if (field === 'documentDate') {
      byField[field] =
        issue.code === 'custom' && issue.params?.reason === 'future'
          ? e.documentDateFuture
          : e.documentDate;
    } else if (field === 'category') {
      byField[field] = e.category;
    } else if (field === 'source') {
      byField[field] = e.source;
    } else {
      byField[field] = e.category;
    }
  }
  const ordered: FieldErrors = {};
  for (const key of [...DOCUMENT_FIELD_ORDER, ...Object.keys(byField)]) {
    const message = byField[key];
    if (message && !(key in ordered)) {
      ordered[key] = message;
    }
  }
  return ordered;
}

/** The list's filter, from the query string. A value that does not parse is left out. */
export const documentFilterSchema = z.object({
  category: z.enum(DOCUMENT_CATEGORIES).optional().catch(undefined),
  from: z.string().max(20).optional().catch(undefined),
  to: z.string().max(20).optional().catch(undefined),
  q: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v ? clean(v).slice(0, SEARCH_MAX) : undefined)),
});

/**
 * The repository filter and what to show back in the form; `badDate` when a typed date could
 * not be read (it is left out of the search and the page says so).
 */
export function parseDocumentFilter(query: Record<string, string>): {
  filter: DocumentFilter;
  values: Record<string, string>;
  badDate: boolean;
} {
  const q = documentFilterSchema.parse({
    category: query.category || undefined,
    from: query.from || undefined,
    to: query.to || undefined,
    q: query.q || undefined,
  });
  let badDate = false;
  const date = (v: string | undefined) => {
    if (!v?.trim()) {
      return undefined;
    }
    const parsed = parseLooseDate(clean(v));
    if (!parsed.ok) {
      badDate = true;
      return undefined;
    }
    return parsed.date;
  };
  const from = date(q.from);
  const to = date(q.to);
  return {
    filter: { category: q.category, from, to, q: q.q },
    values: {
      category: q.category ?? '',
      from: from ?? q.from ?? '',
      to: to ?? q.to ?? '',
      q: q.q ?? '',
    },
    badDate,
  };
}
