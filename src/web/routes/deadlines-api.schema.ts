import { z } from 'zod';
import {
  ALABAMA_COUNTIES,
  DEADLINE_IDS,
  type Deadline,
  EVENT_TYPES,
  explainDeadline,
  type InputProblem,
  JURISDICTION_IDS,
  type Locale,
  SUPPORTED_FROM,
  SUPPORTED_TO,
} from '../../domain/deadlines/index.js';
import { format, type Messages } from '../../i18n/index.js';

/** At most this many events per request (a busy case has a few dozen). */
export const MAX_API_EVENTS = 500;
/** At most this many closed days in a school calendar. */
export const MAX_API_CLOSED_DAYS = 400;

// Shapes only: strings stay strings here, so the engine can tell a malformed date (400) from an
// impossible one (422) and an unknown event type (422), and name the field either way.
const dateText = (description: string) =>
  z.string().max(40).meta({ format: 'date', description, example: '2026-09-02' });

const eventSchema = z
  .object({
    type: z
      .string()
      .max(80)
      .meta({ enum: [...EVENT_TYPES], description: 'What happened.' }),
    date: dateText('When it happened (or is scheduled), YYYY-MM-DD.'),
    id: z.string().max(100).optional().meta({
      description:
        'Your id for the event. When given, each deadline `key` stays the same when the date changes.',
    }),
  })
  .strict();

/** The body of POST /api/v1/deadlines. */
export const deadlinesRequestSchema = z
  .object({
    jurisdiction: z
      .string()
      .max(20)
      .meta({ enum: [...JURISDICTION_IDS], example: 'US-AL' }),
    county: z
      .string()
      .max(60)
      .optional()
      .meta({
        enum: [...ALABAMA_COUNTIES],
        description: 'The county, without "County". It decides county holidays such as Mardi Gras.',
      }),
    events: z.array(eventSchema).max(MAX_API_EVENTS),
    schoolCalendar: z
      .object({
        firstDay: dateText('First day of school.'),
        lastDay: dateText('Last day of school.'),
        closedDays: z
          .array(dateText('A weekday without school.'))
          .max(MAX_API_CLOSED_DAYS)
          .optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'The district calendar, for school-day rules.' }),
    today: dateText(
      'Today, to get `daysLeft` and `status`. Without it they are left out.',
    ).optional(),
  })
  .strict();

export type DeadlinesRequest = z.output<typeof deadlinesRequestSchema>;

const isoDate = z.iso.date();

const citationSchema = z.object({
  cite: z.string(),
  url: z.string().optional(),
  verified: z
    .boolean()
    .meta({ description: 'False while the cite is not checked against its source.' }),
  checked: isoDate.optional(),
});

const unitSchema = z.enum(['calendar_days', 'business_days', 'school_days', 'months', 'years']);

/** One deadline as the API returns it. */
export const deadlineOutputSchema = z.object({
  id: z.enum(DEADLINE_IDS),
  key: z.string().meta({ description: 'Stable across recomputation: use it as a calendar UID.' }),
  title: z.string(),
  summary: z.string().meta({ description: 'What the rule says, in plain words.' }),
  due: isoDate.meta({ description: 'The date the rule gives; never moved for weekends.' }),
  trigger: z.object({ type: z.enum(EVENT_TYPES), date: isoDate, eventId: z.string().optional() }),
  dayType: z.enum(['calendar', 'business', 'school']),
  count: z.number().int(),
  unit: unitSchema,
  citations: z.array(citationSchema),
  firm: z.boolean().meta({ description: 'True when nothing in the law lets anyone move it.' }),
  steps: z
    .array(z.string())
    .meta({ description: 'How the date was reached, as sentences in the requested language.' }),
  estimate: z.boolean().meta({ description: 'School days counted without a full calendar.' }),
  unverified: z
    .boolean()
    .meta({ description: 'The legal value is not confirmed from the rule text: say so.' }),
  differsFromFederal: z.boolean(),
  dueOnNonBusinessDay: z
    .object({ weekend: z.boolean(), holidays: z.array(z.string()), actBy: isoDate })
    .optional()
    .meta({ description: 'Set when `due` is a weekend or holiday: act by `actBy`.' }),
  outerLimit: z.object({ eventType: z.enum(EVENT_TYPES), date: isoDate }).optional(),
  alternative: z
    .object({
      count: z.number().int(),
      unit: unitSchema,
      due: isoDate,
      citations: z.array(citationSchema),
    })
    .optional(),
  daysLeft: z.number().int().optional(),
  status: z.enum(['overdue', 'due_today', 'upcoming']).optional(),
});

export const deadlinesResponseSchema = z.object({ deadlines: z.array(deadlineOutputSchema) });

export type DeadlineOutput = z.output<typeof deadlineOutputSchema>;

/** A deadline as JSON in one language, steps rendered as sentences. */
export function deadlineToJson(d: Deadline, locale: Locale): DeadlineOutput {
  return {
    id: d.id,
    key: d.key,
    title: d.title[locale],
    summary: d.summary[locale],
    due: d.due,
    trigger: { ...d.trigger },
    dayType: d.dayType,
    count: d.count,
    unit: d.unit,
    citations: d.citations.map((c) => ({ ...c })),
    firm: d.firm,
    steps: explainDeadline(d, locale),
    estimate: d.estimate,
    unverified: d.unverified,
    differsFromFederal: d.differsFromFederal,
    ...(d.dueOnNonBusinessDay
      ? {
          dueOnNonBusinessDay: {
            weekend: d.dueOnNonBusinessDay.weekend,
            holidays: [...new Set(d.dueOnNonBusinessDay.holidays.map((h) => h.name[locale]))],
            actBy: d.dueOnNonBusinessDay.actBy,
          },
        }
      : {}),
    ...(d.outerLimit ? { outerLimit: { ...d.outerLimit } } : {}),
    ...(d.alternative
      ? {
          alternative: {
            count: d.alternative.count,
            unit: d.alternative.unit,
            due: d.alternative.due,
            citations: d.alternative.citations.map((c) => ({ ...c })),
          },
        }
      : {}),
    ...(d.daysLeft !== undefined ? { daysLeft: d.daysLeft } : {}),
    ...(d.status !== undefined ? { status: d.status } : {}),
  };
}

/** ['events', 2, 'date'] → 'events[2].date'. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
    } else {
      out += out ? `.${String(part)}` : String(part);
    }
  }
  return out || 'body';
}

/** zod's complaints about the shape of the body, one per field, in the reader's language. */
export function shapeFieldErrors(issues: z.core.$ZodIssue[], m: Messages): Record<string, string> {
  const p = m.timeline.apiProblems;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields[fieldPath([...issue.path, key])] = p.unknownField;
      }
      continue;
    }
    const name = fieldPath(issue.path);
    if (name in fields) {
      continue;
    }
    fields[name] =
      issue.code === 'too_big' && issue.origin === 'array'
        ? format(p.tooMany, { max: Number(issue.maximum) })
        : p.invalid;
  }
  return fields;
}

/** The engine's problems, one per field, in the reader's language. */
export function problemFieldErrors(
  problems: readonly InputProblem[],
  m: Messages,
): Record<string, string> {
  const p = m.timeline.apiProblems;
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const name = fieldPath(problem.path);
    fields[name] ??= format(p[problem.code], { from: SUPPORTED_FROM, to: SUPPORTED_TO });
  }
  return fields;
}
