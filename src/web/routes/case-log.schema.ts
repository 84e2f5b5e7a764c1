import { z } from 'zod';
import { COMM_METHODS, type CommLogFields, type CommLogFilter } from '../../db/comm-log.js';
import { format, type Messages } from '../../i18n/index.js';
import type { FieldErrors } from '../pages/form.js';
import { parseLooseDate } from './timeline.schema.js';

/** Longest text kept in each field of a log entry. */
export const LOG_TEXT_MAX = { withWhom: 200, summary: 5000, promised: 2000 } as const;
/** More entries than any real case has; it keeps one page small. */
export const MAX_LOG_ENTRIES_PER_CASE = 1000;
/** Documents one entry may have attached. */
export const MAX_ATTACHMENTS_PER_ENTRY = 50;
/** Dates before this are typing mistakes (no child's case goes back further). */
export const EARLIEST_LOG_DATE = '2000-01-01';
/** Follow-up dates after this are typing mistakes. */
export const LATEST_LOG_DATE = '2100-12-31';
/** Longest search text. */
export const LOG_SEARCH_MAX = 200;

const clean = (v: string) => v.replaceAll('\u0000', '').trim();

/** The form body as strings: the first value of a field, or every value of a repeated one. */
function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

const logFormShape = z.object({
  occurredOn: z.string().max(40),
  method: z.string().max(20),
  withWhom: z.string().max(LOG_TEXT_MAX.withWhom),
  summary: z.string().max(LOG_TEXT_MAX.summary),
  promised: z.string().max(LOG_TEXT_MAX.promised),
  followUpBy: z.string().max(40),
  mediationConfidential: z.literal('on').optional(),
  doc: z.array(z.string().max(64)).max(MAX_ATTACHMENTS_PER_ENTRY),
});

/** What the entry form shows: the saved entry, or what was typed (kept on an error). */
export type LogFormValues = {
  occurredOn?: string | undefined;
  method?: string | undefined;
  withWhom?: string | undefined;
  summary?: string | undefined;
  promised?: string | undefined;
  followUpBy?: string | undefined;
  mediationConfidential?: boolean | undefined;
  doc?: readonly string[] | undefined;
};

/** The order of the form's fields, so the error summary follows it. */
export const LOG_FIELD_ORDER = [
  'occurredOn',
  'method',
  'withWhom',
  'summary',
  'promised',
  'followUpBy',
  'mediationConfidential',
  'doc',
] as const;

/** Reads the posted entry form (from `parseBody({ all: true })`) as the form shows it again. */
export function logFormValues(body: Record<string, unknown>): LogFormValues {
  const first = (key: string) => strings(body[key])[0] ?? '';
  return {
    occurredOn: first('occurredOn'),
    method: first('method'),
    withWhom: first('withWhom'),
    summary: first('summary'),
    promised: first('promised'),
    followUpBy: first('followUpBy'),
    mediationConfidential: first('mediationConfidential') === 'on',
    doc: strings(body.doc),
  };
}

function ordered(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const key of [...LOG_FIELD_ORDER, ...Object.keys(errors)]) {
    const message = errors[key];
    if (message !== undefined && !(key in out)) {
      out[key] = message;
    }
  }
  return out;
}

/**
 * Checks the entry form. Dates may be typed as 2026-11-26 or 11/26/2026. The date of the talk
 * cannot be after `today` (the log is what happened); a follow-up date cannot be before it.
 * Attachments are only checked for shape here: the repository refuses a document that is not
 * the case's own.
 */
export function parseLogForm(
  body: Record<string, unknown>,
  m: Messages,
  today: string,
): { ok: true; value: CommLogFields } | { ok: false; errors: FieldErrors } {
  const e = m.vault.log.errors;
  const values = logFormValues(body);
  const shape = logFormShape.safeParse({
    ...values,
    mediationConfidential: values.mediationConfidential ? 'on' : undefined,
  });
  const errors: FieldErrors = {};
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const field = String(issue.path[0] ?? 'occurredOn');
      if (field === 'doc') {
        errors.doc ??= format(e.tooManyAttachments, { max: MAX_ATTACHMENTS_PER_ENTRY });
      } else if (field in LOG_TEXT_MAX) {
        errors[field] ??= format(e.tooLong, {
          max: LOG_TEXT_MAX[field as keyof typeof LOG_TEXT_MAX],
        });
      } else if (field === 'method') {
        errors.method ??= e.methodRequired;
      } else {
        errors[field] ??= e.dateInvalid;
      }
    }
    return { ok: false, errors: ordered(errors) };
  }
  const data = shape.data;

  const occurred = parseLooseDate(data.occurredOn);
  let occurredOn: string | undefined;
  if (!occurred.ok) {
    errors.occurredOn = clean(data.occurredOn) === '' ? e.dateRequired : e.dateInvalid;
  } else if (occurred.date > today) {
    errors.occurredOn = e.dateInFuture;
  } else if (occurred.date < EARLIEST_LOG_DATE) {
    errors.occurredOn = format(e.dateTooOld, { date: EARLIEST_LOG_DATE });
  } else {
    occurredOn = occurred.date;
  }

  const method = COMM_METHODS.find((x) => x === data.method);
  if (!method) {
    errors.method = e.methodRequired;
  }
  const withWhom = clean(data.withWhom);
  if (withWhom === '') {
    errors.withWhom = e.withWhomRequired;
  }
  const summary = clean(data.summary);
  if (summary === '') {
    errors.summary = e.summaryRequired;
  }
  const promised = clean(data.promised);

  let followUpBy: string | null = null;
  if (clean(data.followUpBy) !== '') {
    const follow = parseLooseDate(data.followUpBy);
    if (!follow.ok || follow.date > LATEST_LOG_DATE) {
      errors.followUpBy = e.followUpInvalid;
    } else if (occurredOn !== undefined && follow.date < occurredOn) {
      errors.followUpBy = e.followUpBeforeDate;
    } else {
      followUpBy = follow.date;
    }
  }

  if (Object.keys(errors).length > 0 || occurredOn === undefined || method === undefined) {
    return { ok: false, errors: ordered(errors) };
  }
  return {
    ok: true,
    value: {
      occurredOn,
      method,
      withWhom,
      summary,
      promised: promised === '' ? null : promised,
      followUpBy,
      mediationConfidential: data.mediationConfidential === 'on',
      attachmentIds: [...new Set(data.doc)],
    },
  };
}

const filterShape = z.object({
  method: z.string().max(20).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  q: z.string().max(LOG_SEARCH_MAX).optional(),
});

/** The filter form's values, as typed. */
export type LogFilterValues = { method?: string; from?: string; to?: string; q?: string };

/**
 * Reads the list's filters from the query string. A date that cannot be read is left out of the
 * search (`badDate` says so), so the list still shows.
 */
export function parseLogFilter(query: Record<string, string>): {
  filter: CommLogFilter;
  values: LogFilterValues;
  badDate: boolean;
} {
  const values: LogFilterValues = {
    method: (query.method ?? '').slice(0, 20),
    from: (query.from ?? '').slice(0, 40),
    to: (query.to ?? '').slice(0, 40),
    q: (query.q ?? '').slice(0, LOG_SEARCH_MAX),
  };
  const shape = filterShape.safeParse(values);
  const filter: CommLogFilter = {};
  let badDate = false;
  if (!shape.success) {
    return { filter, values, badDate };
  }
  const method = COMM_METHODS.find((x) => x === shape.data.method);
  if (method) {
    filter.method = method;
  }
  for (const key of ['from', 'to'] as const) {
    const text = clean(shape.data[key] ?? '');
    if (text === '') {
      continue;
    }
    const parsed = parseLooseDate(text);
    if (parsed.ok) {
      filter[key] = parsed.date;
    } else {
      badDate = true;
    }
  }
  const q = clean(shape.data.q ?? '');
  if (q !== '') {
    filter.q = q;
  }
  return { filter, values, badDate };
}
