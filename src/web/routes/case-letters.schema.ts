import { z } from 'zod';
import { SENT_METHODS } from '../../db/letters.js';
import { isIsoDate } from '../../domain/deadlines/iso-date.js';
import { ELEMENTS, type ElementId, type LetterKind } from '../../domain/letters/index.js';
import { LETTER_DATA_SCHEMAS } from './letters-api.schema.js';

// The letter form of a case: one flat HTML form whose field names are the data paths the letter
// domain uses ('parent.name', 'concerns.0.facts'), so a missing element links straight to its
// field. What the form posts is turned into the kind's data and checked with the same zod schema
// as the public API (letters-api.schema.ts), so the two can never accept different letters.

/** How a field is asked. */
export type FieldInput = 'text' | 'textarea' | 'date' | 'yesno' | 'lines' | 'format' | 'email';

/** One field of the letter form. */
export type LetterFieldSpec = { readonly path: string; readonly input: FieldInput };

const f = (path: string, input: FieldInput = 'text'): LetterFieldSpec => ({ path, input });

/** How many concern rows the form shows. */
export const CONCERN_ROWS = 3;
/** Promise rows the form takes at most (a follow-up letter made from meeting notes may hold many). */
export const PROMISE_ROWS = 30;
/** Promise rows shown at least, and empty rows shown after the filled ones. */
export const PROMISE_ROWS_SHOWN = 4;

/** How many promise rows to show for these form values: the filled ones and one more, four at least. */
export function promiseRowsShown(values: Record<string, string>): number {
  let last = -1;
  for (let i = 0; i < PROMISE_ROWS; i++) {
    if (['who', 'what', 'when'].some((k) => (values[`promises.${i}.${k}`] ?? '').trim())) {
      last = i;
    }
  }
  return Math.min(PROMISE_ROWS, Math.max(PROMISE_ROWS_SHOWN, last + 2));
}

const CONCERN_FIELDS = Array.from({ length: CONCERN_ROWS }, (_, i) => [
  f(`concerns.${i}.description`, 'textarea'),
  f(`concerns.${i}.facts`, 'textarea'),
  f(`concerns.${i}.date`, 'date'),
]).flat();

/** The form's groups, in order: you, your child, the district, the problem, then the kind's own. */
export const CORE_GROUPS = {
  you: [
    f('parent.name'),
    f('parent.address', 'textarea'),
    f('parent.phone'),
    f('parent.email', 'email'),
  ],
  child: [
    f('child.name'),
    f('child.dateOfBirth', 'date'),
    f('child.address', 'textarea'),
    f('child.school'),
    f('child.grade'),
  ],
  district: [f('district.name'), f('district.address', 'textarea')],
  problem: [...CONCERN_FIELDS, f('proposedResolution', 'textarea')],
  closing: [
    f('responseBy', 'date'),
    f('interpreter.needed', 'yesno'),
    f('interpreter.language'),
    f('accommodations', 'textarea'),
    f('date', 'date'),
    f('signature'),
  ],
} as const satisfies Record<string, readonly LetterFieldSpec[]>;

/** Each kind's own fields. */
export const KIND_FIELDS: { readonly [K in LetterKind]: readonly LetterFieldSpec[] } = {
  mediation_request: [
    f('availability', 'textarea'),
    f('dueProcessPending', 'yesno'),
    f('stateComplaintPending', 'yesno'),
    f('preferredLocation'),
    f('companions'),
  ],
  state_complaint: [],
  due_process_complaint: [f('stayPut', 'yesno'), f('openToMediation', 'yesno')],
  records_request: [
    f('nextMeetingDate', 'date'),
    f('preferredFormat', 'format'),
    f('additionalRecords', 'textarea'),
    f('inspectionAvailability'),
  ],
  iee_request: [
    f('evaluation.name'),
    f('evaluation.date', 'date'),
    f('evaluation.evaluator'),
    f('areas', 'textarea'),
    f('preferredEvaluator'),
  ],
  pwn_request: [],
  meeting_follow_up: [
    f('meeting.date', 'date'),
    f('meeting.type'),
    f('meeting.attendees', 'textarea'),
    f('decisions', 'lines'),
    ...Array.from({ length: PROMISE_ROWS }, (_, i) => [
      f(`promises.${i}.who`),
      f(`promises.${i}.what`),
      f(`promises.${i}.when`),
    ]).flat(),
    f('refused', 'lines'),
    f('documentsOwed', 'lines'),
  ],
  section_504_grievance: [f('coordinatorName'), f('impact', 'textarea')],
};

/** Every field of a kind's form. */
export function fieldsOf(kind: LetterKind): LetterFieldSpec[] {
  return [...Object.values(CORE_GROUPS).flat(), ...KIND_FIELDS[kind]];
}

/** The HTML id of a field: 'concerns.0.facts' → 'f-concerns-0-facts'. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The form field an element comes from ('concerns[].facts' → the first concern's facts). */
export function elementFieldPath(element: ElementId): string {
  return ELEMENTS[element].field.replace('[]', '.0');
}

/** The label key of a field: the path without row numbers ('concerns.0.facts' → 'concerns.facts'). */
export function labelKey(path: string): string {
  return path.replace(/\.\d+\./g, '.');
}

function getPath(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? '');
    const record = node as Record<string, unknown>;
    if (record[part] === undefined) {
      record[part] = nextIsIndex ? [] : {};
    }
    node = record[part] as Record<string, unknown>;
  }
  (node as Record<string, unknown>)[parts[parts.length - 1] ?? ''] = value;
}

/** The form's values for a letter's data (each field as the text its input shows). */
export function formValues(kind: LetterKind, data: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of fieldsOf(kind)) {
    const value = getPath(data, spec.path);
    if (spec.input === 'yesno') {
      values[spec.path] = value === true ? 'yes' : value === false ? 'no' : '';
    } else if (spec.input === 'lines') {
      values[spec.path] = Array.isArray(value)
        ? value.filter((v) => typeof v === 'string').join('\n')
        : '';
    } else {
      values[spec.path] = typeof value === 'string' ? value : '';
    }
  }
  return values;
}

/** Longest text a form field takes (the letter domain checks its own limits too). */
const MAX_FIELD = 20_000;

/**
 * Turns the posted form into the kind's data: empty optional fields are left out, rows with no
 * text are dropped, lists are one item per line. Then the public API's zod schema checks it.
 */
export function dataFromForm(
  kind: LetterKind,
  body: Record<string, string>,
):
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; errors: Record<string, 'tooLong' | 'invalid'> } {
  const data: Record<string, unknown> = {
    parent: { name: '', address: '', phone: '', email: '' },
    child: { name: '', dateOfBirth: '', address: '', school: '', grade: '' },
    district: { name: '', address: '' },
    concerns: [],
    proposedResolution: '',
    date: '',
  };
  const errors: Record<string, 'tooLong' | 'invalid'> = {};
  for (const spec of fieldsOf(kind)) {
    const raw = (body[spec.path] ?? '').replace(/\r\n/g, '\n');
    const text = raw.trim();
    if (text.length > MAX_FIELD) {
      errors[spec.path] = 'tooLong';
      continue;
    }
    if (/^(concerns|promises)\./.test(spec.path)) {
      continue; // rows are gathered below
    }
    if (spec.input === 'yesno') {
      if (text === 'yes' || text === 'no') {
        setPath(data, spec.path, text === 'yes');
      } else if (spec.path === 'dueProcessPending') {
        data.dueProcessPending = null;
      }
    } else if (spec.input === 'lines') {
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > 0) {
        setPath(data, spec.path, lines);
      }
    } else if (spec.input === 'date' && text && !isIsoDate(text)) {
      errors[spec.path] = 'invalid';
    } else if (text || /^(parent|child|district)\.|^(proposedResolution|date)$/.test(spec.path)) {
      setPath(data, spec.path, text);
    }
  }
  const concerns = [];
  for (let i = 0; i < CONCERN_ROWS; i++) {
    const description = (body[`concerns.${i}.description`] ?? '').trim();
    const facts = (body[`concerns.${i}.facts`] ?? '').trim();
    const date = (body[`concerns.${i}.date`] ?? '').trim();
    if (description || facts) {
      concerns.push({ description, facts, ...(date && isIsoDate(date) ? { date } : {}) });
    }
  }
  data.concerns = concerns;
  if (kind === 'meeting_follow_up') {
    const promises = [];
    for (let i = 0; i < PROMISE_ROWS; i++) {
      const who = (body[`promises.${i}.who`] ?? '').trim();
      const what = (body[`promises.${i}.what`] ?? '').trim();
      const when = (body[`promises.${i}.when`] ?? '').trim();
      if (who || what) {
        promises.push({ who, what, ...(when ? { when } : {}) });
      }
    }
    if (promises.length > 0) {
      data.promises = promises;
    }
    const meeting = (data.meeting ?? {}) as Record<string, unknown>;
    data.meeting = { date: '', attendees: '', ...meeting };
  }
  if (kind === 'iee_request') {
    data.evaluation = { name: '', date: '', ...((data.evaluation ?? {}) as object) };
  }
  if (kind === 'mediation_request') {
    data.availability ??= '';
    if (!('dueProcessPending' in data)) {
      data.dueProcessPending = null;
    }
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const parsed = LETTER_DATA_SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors[issue.path.join('.')] = 'invalid';
    }
    return { ok: false, errors };
  }
  return { ok: true, data: parsed.data as Record<string, unknown> };
}

/** The paragraph editor's form: block id → text (an emptied box removes the paragraph). */
export const paragraphsSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/),
  z.string().max(MAX_FIELD),
);

/** Marking a letter as sent. */
export const sentSchema = z
  .object({
    sentOn: z.string().refine(isIsoDate),
    method: z.enum(SENT_METHODS),
    trackingNumber: z.string().trim().max(100).optional().default(''),
    receivedOn: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((v) => v === '' || isIsoDate(v)),
  })
  .refine((v) => v.receivedOn === '' || v.receivedOn >= v.sentOn, { path: ['receivedOn'] })
  .refine((v) => v.method !== 'certified_mail' || v.trackingNumber !== '', {
    path: ['trackingNumber'],
  });

/** Which copy a download is: the final English letter, the Spanish mirror, or a Spanish letter. */
export const VARIANTS = ['final', 'mirror', 'es'] as const;
export type Variant = (typeof VARIANTS)[number];
