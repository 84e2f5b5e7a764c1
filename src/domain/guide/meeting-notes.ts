/**
 * Meeting notes with a "promised" list (what, who, by when), and a pure function that turns the
 * promises into follow-up letter paragraphs and dated reminders for the case timeline.
 *
 * Timeline: none of the deadline engine's event types (`deadlines/event-types.ts`) means "the
 * school promised to do something by a date" (they are legal triggers, such as a complaint
 * received, that start deadlines). So promises become plain dated reminders
 * ({@link TimelineReminder}), not `EventType` events, and start no legal deadline.
 *
 * @module
 */
import type { Locale } from '../deadlines/localized.js';
import { formatDate } from '../deadlines/render-step.js';
import { addDays, compareDates, isCalendarDate } from '../rules/calendar-date.js';
import { MEETING_KIND_NAMES } from './checklists.js';
import type { LocalizedText, MeetingKind } from './types.js';

/** Something someone said they would do. */
export type MeetingPromise = {
  /** Stable id chosen by the app (e.g. a row id). */
  readonly id: string;
  /** What was promised, in the parent's words, e.g. "send the speech data". */
  readonly what: string;
  /** Who promised it, e.g. "Ms. Lee, speech therapist". Empty means "the school". */
  readonly who: string;
  /** By when, 'YYYY-MM-DD', or null when no date was given. */
  readonly byWhen: string | null;
};

/** The notes of one meeting. */
export type MeetingNotes = {
  readonly meetingKind: MeetingKind;
  /** 'YYYY-MM-DD'. */
  readonly meetingDate: string;
  readonly attendees: readonly string[];
  /** Free notes in the parent's words. */
  readonly notes: string;
  readonly promises: readonly MeetingPromise[];
};

/** A dated reminder for the case timeline (not a legal deadline). */
export type TimelineReminder = {
  readonly id: string;
  readonly kind: 'reminder';
  readonly date: string;
  readonly title: LocalizedText;
  /** The promise it comes from, or null for the follow-up letter reminder. */
  readonly promiseId: string | null;
};

/** Days after the meeting to send the follow-up letter (the checklist says within 48 hours). */
export const FOLLOW_UP_LETTER_DAYS = 2;

export const NOTES_PROBLEM_CODES = [
  'invalid_meeting_date',
  'promise_what_missing',
  'invalid_promise_date',
  'promise_date_before_meeting',
  'duplicate_promise_id',
] as const;
export type NotesProblemCode = (typeof NOTES_PROBLEM_CODES)[number];

/** A problem with one field, e.g. `{ field: 'promises[1].byWhen', code: 'invalid_promise_date' }`. */
export type NotesProblem = { readonly field: string; readonly code: NotesProblemCode };

/** The follow-up: letter paragraphs in one language, and reminders in both. */
export type FollowUp = {
  readonly locale: Locale;
  readonly paragraphs: readonly string[];
  readonly reminders: readonly TimelineReminder[];
};

export type FollowUpOutcome =
  | { readonly ok: true; readonly followUp: FollowUp }
  | { readonly ok: false; readonly problems: readonly NotesProblem[] };

const TEXT = {
  en: {
    opening: (date: string, meeting: string, child: string | null) =>
      `Thank you for meeting with me on ${date} (${meeting}${child ? ` for ${child}` : ''}). I am writing to confirm what was promised.`,
    noPromises:
      'No one made a promise with a date at the meeting. If I missed something, please tell me.',
    promise: (what: string, who: string, by: string) => `${what}. Who: ${who}. By: ${by}.`,
    school: 'the school',
    noDate: 'no date was given; please tell me the date',
    closing:
      'If anything here is different from what you remember, please tell me in writing. I will keep this letter with my notes.',
    letterReminder: 'Send your follow-up letter about the meeting',
    check: (what: string, who: string) => `Check: ${what} (${who})`,
  },
  es: {
    opening: (date: string, meeting: string, child: string | null) =>
      `Gracias por reunirse conmigo el ${date} (${meeting}${child ? ` de ${child}` : ''}). Le escribo para confirmar lo que se prometió.`,
    noPromises:
      'En la reunión nadie prometió algo con fecha. Si se me pasó algo, por favor avíseme.',
    promise: (what: string, who: string, by: string) => `${what}. Quién: ${who}. Para: ${by}.`,
    school: 'la escuela',
    noDate: 'no se dio fecha; por favor, dígame la fecha',
    closing:
      'Si algo de esto no es como usted lo recuerda, por favor dígamelo por escrito. Guardaré esta carta con mis notas.',
    letterReminder: 'Envíe su carta de seguimiento sobre la reunión',
    check: (what: string, who: string) => `Revisar: ${what} (${who})`,
  },
} as const;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops a final period so the template can add its own. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/**
 * Checks the notes: a real meeting date, and for each promise a "what", a real date (if any) on
 * or after the meeting, and a unique id.
 *
 * @example
 * validateMeetingNotes({ meetingKind: 'annual_iep', meetingDate: '2027-02-30', attendees: [], notes: '', promises: [] });
 * // [{ field: 'meetingDate', code: 'invalid_meeting_date' }]
 */
export function validateMeetingNotes(notes: MeetingNotes): readonly NotesProblem[] {
  const problems: NotesProblem[] = [];
  const meetingOk = isCalendarDate(notes.meetingDate);
  if (!meetingOk) {
    problems.push({ field: 'meetingDate', code: 'invalid_meeting_date' });
  }
  const seen = new Set<string>();
  notes.promises.forEach((p, i) => {
    if (seen.has(p.id)) {
      problems.push({ field: `promises[${i}].id`, code: 'duplicate_promise_id' });
    }
    seen.add(p.id);
    if (tidy(p.what) === '') {
      problems.push({ field: `promises[${i}].what`, code: 'promise_what_missing' });
    }
    if (p.byWhen !== null) {
      if (!isCalendarDate(p.byWhen)) {
        problems.push({ field: `promises[${i}].byWhen`, code: 'invalid_promise_date' });
      } else if (meetingOk && compareDates(p.byWhen, notes.meetingDate) < 0) {
        problems.push({ field: `promises[${i}].byWhen`, code: 'promise_date_before_meeting' });
      }
    }
  });
  return problems;
}

/**
 * Turns a meeting's promises into follow-up letter paragraphs (in `locale`) and dated timeline
 * reminders (in both languages): one reminder to send the letter within 48 hours, and one on each
 * promised date. A promise without a date gets a line asking for one, and no reminder.
 *
 * @example
 * const out = buildFollowUp(
 *   { meetingKind: 'annual_iep', meetingDate: '2027-03-01', attendees: [], notes: '',
 *     promises: [{ id: 'p1', what: 'Send the speech data', who: 'Ms. Lee', byWhen: '2027-03-08' }] },
 *   'en',
 * );
 * out.ok && out.followUp.paragraphs[1]; // 'Send the speech data. Who: Ms. Lee. By: Mar 8, 2027.'
 */
export function buildFollowUp(
  notes: MeetingNotes,
  locale: Locale,
  childName?: string,
): FollowUpOutcome {
  const problems = validateMeetingNotes(notes);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const t = TEXT[locale];
  const child = childName && tidy(childName) !== '' ? tidy(childName) : null;
  const meetingName = MEETING_KIND_NAMES[notes.meetingKind][locale];
  const lines = notes.promises.map((p) =>
    t.promise(
      withoutFinalStop(tidy(p.what)),
      tidy(p.who) === '' ? t.school : tidy(p.who),
      p.byWhen === null ? t.noDate : formatDate(p.byWhen, locale),
    ),
  );
  const paragraphs = [
    t.opening(formatDate(notes.meetingDate, locale), meetingName, child),
    ...(lines.length > 0 ? lines : [t.noPromises]),
    t.closing,
  ];
  const reminders: TimelineReminder[] = [
    {
      id: 'follow_up_letter',
      kind: 'reminder',
      date: addDays(notes.meetingDate, FOLLOW_UP_LETTER_DAYS),
      title: { en: TEXT.en.letterReminder, es: TEXT.es.letterReminder },
      promiseId: null,
    },
    ...notes.promises.flatMap((p): TimelineReminder[] => {
      if (p.byWhen === null) {
        return [];
      }
      const what = withoutFinalStop(tidy(p.what));
      const who = (l: Locale) => (tidy(p.who) === '' ? TEXT[l].school : tidy(p.who));
      return [
        {
          id: `promise:${p.id}`,
          kind: 'reminder',
          date: p.byWhen,
          title: { en: TEXT.en.check(what, who('en')), es: TEXT.es.check(what, who('es')) },
          promiseId: p.id,
        },
      ];
    }),
  ];
  reminders.sort((a, b) => compareDates(a.date, b.date));
  return { ok: true, followUp: { locale, paragraphs, reminders } };
}
