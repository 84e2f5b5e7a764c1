import { z } from 'zod';
import {
  type CaseFields,
  GRADES,
  PARENT_LANGUAGES,
  PLAN_TYPES,
  STATES,
} from '../../domain/case/case.js';
import { format, type Messages } from '../../i18n/index.js';
import type { FieldErrors } from '../pages/form.js';
import { todayInAlabama } from '../today.js';

/**
 * Text as typed, at most `max` characters, trimmed, less NUL characters (which PostgreSQL cannot
 * store and no one means to type). The length check comes first so the OpenAPI document shows it.
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => v.replaceAll('\u0000', '').trim());

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** The fields of a case, as sent by the form or the JSON API. Field names are the API's names. */
export const caseInputSchema = z
  .object({
    childFirstName: z
      .string()
      .min(1)
      .max(100)
      .transform((v) => v.replaceAll('\u0000', '').trim())
      .pipe(z.string().min(1)),
    childLastName: optionalText(100),
    childDateOfBirth: z
      .union([z.iso.date(), z.null()])
      .optional()
      .transform((v) => v ?? null)
      .refine((v) => v === null || v <= todayInAlabama(), { params: { reason: 'future' } }),
    grade: z
      .enum(GRADES)
      .nullish()
      .transform((v) => v ?? null),
    school: optionalText(200),
    district: optionalText(200),
    state: z.enum(STATES).default('AL'),
    planType: z.enum(PLAN_TYPES).default('unknown'),
    parentLanguage: z.enum(PARENT_LANGUAGES).default('en'),
    notes: optionalText(5000),
  })
  .strict();

export type CaseInput = z.input<typeof caseInputSchema>;

/** The order fields appear on the form, so the error summary follows it. */
export const CASE_FIELD_ORDER = [
  'childFirstName',
  'childLastName',
  'childDateOfBirth',
  'grade',
  'school',
  'district',
  'state',
  'planType',
  'parentLanguage',
  'notes',
] as const;

/** Turns form fields (all strings, blanks meaning "not given") into schema input. */
export function caseInputFromForm(body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of CASE_FIELD_ORDER) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') {
      input[key] = value;
    } else if (key === 'childFirstName') {
      input[key] = typeof value === 'string' ? value : '';
    }
  }
  return input;
}

/** Plain-language messages for each failed field, in form order. */
export function caseFieldErrors(issues: z.core.$ZodIssue[], m: Messages): FieldErrors {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        byField[key] = `Unknown field: ${key}`;
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    if (!field || field in byField) {
      continue;
    }
    byField[field] = caseIssueMessage(field, issue, m);
  }
  const ordered: FieldErrors = {};
  for (const key of [...CASE_FIELD_ORDER, ...Object.keys(byField)]) {
    const message = byField[key];
    if (message && !(key in ordered)) {
      ordered[key] = message;
    }
  }
  return ordered;
}

function caseIssueMessage(field: string, issue: z.core.$ZodIssue, m: Messages): string {
  const e = m.cases.errors;
  if (issue.code === 'too_big') {
    return format(e.tooLong, { max: Number(issue.maximum) });
  }
  if (field === 'childFirstName') {
    return e.childFirstNameRequired;
  }
  if (field === 'childDateOfBirth') {
    return issue.code === 'custom' && issue.params?.reason === 'future'
      ? e.dateInFuture
      : e.dateInvalid;
  }
  return e.choose;
}

export type ParsedCase = CaseFields;
