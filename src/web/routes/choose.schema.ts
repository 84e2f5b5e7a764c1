import { z } from 'zod';
import {
  CONCERN_TYPES,
  FITS,
  type InterviewAnswers,
  JURISDICTIONS,
  LETTER_KINDS,
  PATHS,
  PENDING_KINDS,
  PLANS,
  STEP_IDS,
  type StepId,
  TRIGGER_EVENTS,
} from '../../domain/rules/index.js';
import { format, type Messages } from '../../i18n/index.js';

// The path chooser's boundaries: the answers cookie, the interview forms, the saved result and
// the public JSON API (POST /api/v1/assessments).

// ---------------------------------------------------------------- answers (cookie) -------------

const MEDIATION_ANSWERS = ['yes', 'no', 'not_sure'] as const;
const PENDING_ANSWERS = [...PENDING_KINDS, 'none', 'not_sure'] as const;
const TRIED_ANSWERS = [...PATHS, 'none'] as const;

/** Distinct values, in the order given. */
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((list) => [...new Set(list)]);

/**
 * The interview answers as kept in the cookie. Checked on every read: a cookie that does not
 * match is treated as no answers at all.
 */
export const interviewAnswersSchema = z
  .object({
    plan: z.enum(PLANS).optional(),
    concerns: uniqueList(z.enum(CONCERN_TYPES), CONCERN_TYPES.length).optional(),
    concernDates: z.partialRecord(z.enum(CONCERN_TYPES), z.iso.date()).optional(),
    districtMediation: z.enum(MEDIATION_ANSWERS).optional(),
    pending: uniqueList(z.enum(PENDING_ANSWERS), PENDING_ANSWERS.length).optional(),
    tried: uniqueList(z.enum(TRIED_ANSWERS), TRIED_ANSWERS.length).optional(),
  })
  .strict();

/** Reads the cookie value (base64url JSON); anything unreadable is an empty interview. */
export function decodeAnswers(value: string | undefined): InterviewAnswers {
  if (!value || value.length > 3000) {
    return {};
  }
  try {
    const json: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    const parsed = interviewAnswersSchema.safeParse(json);
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function encodeAnswers(answers: InterviewAnswers): string {
  return Buffer.from(JSON.stringify(answers), 'utf8').toString('base64url');
}

// ---------------------------------------------------------------- step slugs -------------------

/** The interview's URLs: /choose/<slug>. */
export const STEP_SLUGS: { readonly [S in StepId]: string } = {
  plan: 'plan',
  concerns: 'concerns',
  concern_dates: 'concern-dates',
  district_mediation: 'district-mediation',
  pending: 'pending',
  tried: 'tried',
  check_answers: 'check-answers',
  result: 'result',
};

export function stepFromSlug(slug: string): StepId | undefined {
  return STEP_IDS.find((id) => STEP_SLUGS[id] === slug);
}

export function stepPath(step: StepId, change = false): string {
  return `/choose/${STEP_SLUGS[step]}${change && step !== 'check_answers' && step !== 'result' ? '?change=1' : ''}`;
}

/** The form field for a concern's date on the dates page. */
export const dateField = (concern: string): string => `date-${concern}`;

/** An example date for hints and messages: a fixed past date, in the reader's format. */
export const EXAMPLE_DATE = '2026-03-27';

/** Checks a date typed on the dates page: a real calendar date, not after today. */
export function dateProblem(
  value: string | undefined,
  today: string,
): 'missing' | 'invalid' | 'future' | undefined {
  const v = (value ?? '').trim();
  if (v === '') {
    return 'missing';
  }
  if (!z.iso.date().safeParse(v).success || v < '1900-01-01') {
    return 'invalid';
  }
  return v > today ? 'future' : undefined;
}

export function dateMessage(
  m: Messages,
  problem: 'missing' | 'invalid' | 'future',
  concern: string,
  example: string,
): string {
  const e = m.choose.errors;
  const template =
    problem === 'missing' ? e.dateMissing : problem === 'invalid' ? e.dateInvalid : e.dateFuture;
  return format(template, { concern, example });
}

// ---------------------------------------------------------------- saving to a case -------------

export const saveToCaseSchema = z.object({ caseId: z.uuid() });

// ---------------------------------------------------------------- the result -------------------

const citationSchema = z.object({
  cite: z.string(),
  url: z.string().optional(),
  verified: z.boolean(),
  checked: z.string().optional(),
});

const localizedTextSchema = z.object({ en: z.string(), es: z.string() });

/** A full (two-language) assessment, as saved with a case. */
export const storedAssessmentSchema = z.object({
  options: z.array(
    z.object({
      path: z.enum(PATHS),
      fit: z.enum(FITS),
      rank: z.number().int(),
      reasons: z.array(
        z.object({
          id: z.string(),
          text: localizedTextSchema,
          citations: z.array(citationSchema),
        }),
      ),
      windowCloses: z.iso.date().nullable(),
      nextSteps: z.array(
        z.object({
          letter: z.enum(LETTER_KINDS).nullable(),
          startsDeadline: z.enum(TRIGGER_EVENTS).nullable(),
          text: localizedTextSchema,
        }),
      ),
    }),
  ),
});

// ---------------------------------------------------------------- the JSON API -----------------

/** `POST /api/v1/assessments`: the request. Semantic checks (future dates) follow in the domain. */
export const assessmentRequestSchema = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS).describe('The state whose rules apply.'),
    asOf: z.iso.date().describe('The day to assess on (YYYY-MM-DD), usually today.'),
    plan: z.enum(PLANS).describe("The child's plan, as far as the parent knows."),
    concerns: z
      .array(
        z
          .object({
            type: z.enum(CONCERN_TYPES),
            date: z.iso
              .date()
              .describe('When it happened or became known (YYYY-MM-DD), not after asOf.'),
          })
          .strict(),
      )
      .min(1)
      .max(CONCERN_TYPES.length * 3)
      .describe('What the parent disagrees with; at least one.'),
    districtRefusedMediation: z.boolean().optional(),
    pending: z
      .array(z.enum(PENDING_KINDS))
      .max(PENDING_KINDS.length * 2)
      .optional(),
    tried: z
      .array(z.enum(PATHS))
      .max(PATHS.length * 2)
      .optional(),
  })
  .strict();

/** `POST /api/v1/assessments`: the answer, in the language asked for. */
export const assessmentResponseSchema = z.object({
  options: z.array(
    z.object({
      path: z.enum(PATHS),
      fit: z.enum(FITS),
      rank: z.number().int().describe('1 is the best recommended option.'),
      reasons: z.array(
        z.object({ id: z.string(), text: z.string(), citations: z.array(citationSchema) }),
      ),
      windowCloses: z.iso
        .date()
        .nullable()
        .describe('Last day to file, or the day the window closed.'),
      nextSteps: z.array(
        z.object({
          letter: z.enum(LETTER_KINDS).nullable(),
          startsDeadline: z.enum(TRIGGER_EVENTS).nullable(),
          text: z.string(),
        }),
      ),
    }),
  ),
});

/** `concerns.1.date` → `concerns[1].date`, the field names the domain also uses. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') {
      return `${name}[${key}]`;
    }
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** One plain message per bad field of an API request, in the request's language. */
export function apiFieldErrors(issues: z.core.$ZodIssue[], m: Messages): Record<string, string> {
  const a = m.choose.api;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields[fieldName([...issue.path, key])] ??= a.unknownField;
      }
      continue;
    }
    const name = fieldName(issue.path) || 'body';
    if (name in fields) {
      continue;
    }
    // With `reportInput`, a missing field is an issue whose input is undefined.
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      issue.input === undefined;
    fields[name] = missing
      ? a.required
      : issue.code === 'invalid_value'
        ? a.unknownValue
        : issue.code === 'invalid_format'
          ? a.invalidDate
          : issue.code === 'too_small' && name === 'concerns'
            ? a.noConcerns
            : issue.code === 'too_big'
              ? a.tooMany
              : issue.code === 'invalid_type'
                ? a.invalidType
                : a.invalid;
  }
  return fields;
}
