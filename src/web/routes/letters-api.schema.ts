import { z } from 'zod';
import { PARENT_LANGUAGES } from '../../domain/case/case.js';
import {
  type FieldProblem,
  LETTER_KINDS,
  type LetterDataMap,
  type LetterKind,
  MAX_ITEMS,
  MAX_LINE_LENGTH,
  MAX_TEXT_LENGTH,
} from '../../domain/letters/index.js';
import { format, type Messages } from '../../i18n/index.js';
import { fieldName } from './choose.schema.js';

// The body of POST /api/v1/letters: one object per letter kind, a discriminated union on `kind`.
// Every text field is optional here: a required element that is missing or empty is the letter
// domain's finding (422 `missing_elements` with the element ids), never a shape error. Dates stay
// strings so the domain can tell an empty date (a missing element) from an impossible one. Text
// limits are the domain's own (MAX_LINE_LENGTH for one-line values, MAX_TEXT_LENGTH for
// paragraphs, MAX_ITEMS per list); the domain also caps the letter's total length.

/** The output formats. */
export const LETTER_FORMATS = ['pdf', 'docx', 'html'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** The languages a letter can be written in. */
export const LETTER_LANGUAGES = ['en', 'es'] as const;

const line = (description: string) =>
  z.string().max(MAX_LINE_LENGTH).optional().meta({ description });
const text = (description: string) =>
  z.string().max(MAX_TEXT_LENGTH).optional().meta({ description });
const date = (description: string) =>
  z
    .string()
    .max(40)
    .optional()
    .meta({ format: 'date', description: `${description} YYYY-MM-DD.`, example: '2026-11-20' });
const list = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item).max(MAX_ITEMS).optional().meta({ description });

const parentSchema = z
  .object({
    name: line('The parent (or other filer) who signs the letter.'),
    address: text('Mailing address; lines separated by "\\n".'),
    phone: line('Phone number.'),
    email: line('Email address.'),
    language: z.enum(PARENT_LANGUAGES).optional().meta({
      description: 'The language the parent reads best (drives the interpreter warning).',
    }),
  })
  .strict();

const childSchema = z
  .object({
    name: line('The child the letter is about.'),
    dateOfBirth: line('YYYY-MM-DD when known; other text is printed as written.'),
    address: text('Home address, or contact information if the child is homeless.'),
    school: line('The school the child attends.'),
    grade: line('Grade, e.g. "5" or "K".'),
  })
  .strict();

const districtSchema = z
  .object({
    name: line('The school district (the public agency).'),
    address: text('Mailing address; lines separated by "\\n".'),
  })
  .strict();

const concernSchema = z
  .object({
    description: text('What went wrong (the rule the school broke, the issue, the decision).'),
    facts: text('The facts: dates, names, what happened.'),
    date: date('When it happened, if known; used to warn about filing windows.'),
  })
  .strict();

const interpreterSchema = z
  .object({
    needed: z.boolean().meta({ description: 'Whether an interpreter or translation is needed.' }),
    language: line('The language; defaults to the parent’s language.'),
  })
  .strict();

/** The fields every kind shares. */
const coreShape = {
  date: date('The date printed on the letter.'),
  parent: parentSchema.optional(),
  child: childSchema.optional(),
  district: districtSchema.optional(),
  concerns: list(concernSchema, 'The problems, in the parent’s words.'),
  proposedResolution: text('What the parent wants done (the resolution or decisions wanted).'),
  signature: line('The typed signature, usually the parent’s full name; printed as "/s/ Name".'),
  responseBy: date('The date by which the parent asks for a written answer.'),
  interpreter: interpreterSchema.optional(),
  accommodations: text('Accommodations the parent needs to take part.'),
};

const promiseSchema = z
  .object({
    who: line('Who promised.'),
    what: text('What they promised.'),
    when: line('By when, as said at the meeting.'),
  })
  .strict();

const ownShapes = {
  mediation_request: {
    availability: text('Days and times the parent can meet.'),
    dueProcessPending: z
      .boolean()
      .nullable()
      .optional()
      .meta({ description: 'Whether a due process complaint is already pending.' }),
    stateComplaintPending: z
      .boolean()
      .optional()
      .meta({ description: 'Whether a state complaint is already pending.' }),
    preferredLocation: text('A place that is convenient for the parent.'),
    companions: text('Who will come with the parent (an advocate, a lawyer, a friend).'),
  },
  state_complaint: {},
  due_process_complaint: {
    stayPut: z
      .boolean()
      .optional()
      .meta({ description: 'Say that stay-put applies (34 CFR 300.518(a)); default true.' }),
    openToMediation: z.boolean().optional().meta({
      description: 'Say the parent is open to mediation instead of a resolution meeting.',
    }),
  },
  records_request: {
    nextMeetingDate: date('The next IEP meeting, hearing or resolution session, if one is set.'),
    preferredFormat: z.enum(['electronic', 'paper']).optional(),
    additionalRecords: text('Records wanted beyond the standard list.'),
    inspectionAvailability: text('When the parent can come in to look at records.'),
  },
  iee_request: {
    evaluation: z
      .object({
        name: line('What it was, e.g. "psychoeducational evaluation".'),
        date: line('YYYY-MM-DD when known; other text is printed as written.'),
        evaluator: line('Who did it.'),
      })
      .strict()
      .optional()
      .meta({ description: 'The district evaluation the parent disagrees with.' }),
    areas: text('Areas the independent evaluation should assess.'),
    preferredEvaluator: line('An evaluator the parent prefers.'),
  },
  pwn_request: {},
  meeting_follow_up: {
    meeting: z
      .object({
        date: date('The date of the meeting.'),
        type: line('e.g. "annual IEP meeting".'),
        attendees: text('Who was there, with roles.'),
      })
      .strict()
      .optional(),
    decisions: list(z.string().max(MAX_TEXT_LENGTH), 'What was decided.'),
    promises: list(promiseSchema, 'What was promised, by whom and when.'),
    refused: list(z.string().max(MAX_TEXT_LENGTH), 'What the parent asked for and was refused.'),
    documentsOwed: list(z.string().max(MAX_TEXT_LENGTH), 'Documents the school still owes.'),
  },
  section_504_grievance: {
    coordinatorName: line('The district’s Section 504 coordinator.'),
    impact: text('How the problem affects the child.'),
  },
} satisfies { [K in LetterKind]: z.ZodRawShape };

function dataSchema<K extends LetterKind>(kind: K) {
  return z
    .object({ ...coreShape, ...ownShapes[kind] })
    .strict()
    .meta({ description: `The letter’s content: the shared core plus the fields of ${kind}.` });
}

/** The `data` schema of each kind. */
export const LETTER_DATA_SCHEMAS = {
  mediation_request: dataSchema('mediation_request'),
  state_complaint: dataSchema('state_complaint'),
  due_process_complaint: dataSchema('due_process_complaint'),
  records_request: dataSchema('records_request'),
  iee_request: dataSchema('iee_request'),
  pwn_request: dataSchema('pwn_request'),
  meeting_follow_up: dataSchema('meeting_follow_up'),
  section_504_grievance: dataSchema('section_504_grievance'),
} as const;

// Every field of each kind's input type has a place in its schema (checked at compile time).
type Unschemed<K extends LetterKind> = Exclude<
  keyof LetterDataMap[K],
  keyof z.input<(typeof LETTER_DATA_SCHEMAS)[K]>
>;
const everyFieldSchemed: { [K in LetterKind]: [Unschemed<K>] extends [never] ? true : never } = {
  mediation_request: true,
  state_complaint: true,
  due_process_complaint: true,
  records_request: true,
  iee_request: true,
  pwn_request: true,
  meeting_follow_up: true,
  section_504_grievance: true,
};
void everyFieldSchemed;

function requestSchema<K extends LetterKind>(kind: K) {
  return z
    .object({
      kind: z.literal(kind),
      format: z.enum(LETTER_FORMATS).meta({ description: 'The document to answer.' }),
      language: z.enum(LETTER_LANGUAGES).meta({
        description: 'en: the letter in English, for the school. es: in Spanish (see `mirror`).',
      }),
      mirror: z.boolean().optional().meta({
        description:
          'With language es: the Spanish reference copy of the English letter, marked "send the English version". Without it, es gives a fully Spanish letter.',
      }),
      data: LETTER_DATA_SCHEMAS[kind],
    })
    .strict();
}

/** The body of POST /api/v1/letters for each kind. */
export const LETTER_REQUEST_SCHEMAS = {
  mediation_request: requestSchema('mediation_request'),
  state_complaint: requestSchema('state_complaint'),
  due_process_complaint: requestSchema('due_process_complaint'),
  records_request: requestSchema('records_request'),
  iee_request: requestSchema('iee_request'),
  pwn_request: requestSchema('pwn_request'),
  meeting_follow_up: requestSchema('meeting_follow_up'),
  section_504_grievance: requestSchema('section_504_grievance'),
} as const;

/** The body of POST /api/v1/letters: a discriminated union on `kind`. */
export const lettersRequestSchema = z.discriminatedUnion(
  'kind',
  LETTER_KINDS.map((kind) => LETTER_REQUEST_SCHEMAS[kind]) as unknown as [
    (typeof LETTER_REQUEST_SCHEMAS)[LetterKind],
    ...(typeof LETTER_REQUEST_SCHEMAS)[LetterKind][],
  ],
);

export type LettersRequest = z.output<typeof lettersRequestSchema>;

/** The 422 answer when required elements are missing. */
export const missingElementsErrorSchema = z.object({
  error: z.object({
    code: z.literal('missing_elements'),
    message: z.string(),
    missing: z.array(z.string()).meta({
      description: 'The ids of the required elements that are missing (e.g. `child_name`).',
    }),
    warnings: z.array(z.string()).meta({
      description: 'Recommended elements that are absent (good practice, not blockers).',
    }),
    fields: z.record(z.string(), z.string()).meta({
      description: 'The request field behind each missing element, with its plain name.',
    }),
  }),
});

/** zod's complaints about the body, one per field (e.g. `data.child.name`), in the reader's language. */
export function letterShapeErrors(issues: z.core.$ZodIssue[], m: Messages): Record<string, string> {
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
    // With `reportInput`, a missing field is an issue whose input is undefined; a union issue
    // on the discriminator carries the whole body.
    const input =
      issue.code === 'invalid_union' && issue.path.length === 1
        ? (issue.input as Record<string, unknown> | undefined)?.[String(issue.path[0])]
        : issue.input;
    const absent =
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        issue.code === 'invalid_union') &&
      input === undefined;
    fields[name] = absent
      ? a.required
      : issue.code === 'invalid_value' || issue.code === 'invalid_union'
        ? a.unknownValue
        : issue.code === 'too_big' && issue.origin === 'string'
          ? format(m.cases.errors.tooLong, { max: Number(issue.maximum) })
          : issue.code === 'too_big'
            ? a.tooMany
            : issue.code === 'invalid_type'
              ? a.invalidType
              : a.invalid;
  }
  return fields;
}

/** The letter domain's problems (text over its limits, impossible dates), one per field. */
export function letterProblemErrors(
  problems: readonly FieldProblem[],
  m: Messages,
): Record<string, string> {
  const a = m.choose.api;
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const name = problem.field ? `data.${problem.field}` : 'data';
    fields[name] ??=
      problem.code === 'invalid_date'
        ? a.invalidDate
        : problem.code === 'too_many'
          ? a.tooMany
          : problem.code === 'too_long'
            ? format(m.cases.errors.tooLong, { max: MAX_TEXT_LENGTH })
            : problem.code === 'too_large'
              ? m.errors.tooLarge
              : a.invalid;
  }
  return fields;
}
