/**
 * The parent concerns statement: a one-page document a parent sends before a meeting and asks
 * the school to attach to the IEP (or keep with the 504 plan). This builds the language-specific
 * model; `src/render` turns it into PDF or DOCX.
 *
 * @module
 */
import type { Locale } from '../deadlines/localized.js';
import { formatDate } from '../deadlines/render-step.js';
import type { Citation } from '../law/citation.js';
import { isCalendarDate } from '../rules/calendar-date.js';
import { GUIDE_CITATIONS as C } from './citations.js';

/** Most priorities a statement holds, so it stays on one page (the checklist suggests three). */
export const MAX_PRIORITIES = 5;
/** Longest priority, in characters. */
export const MAX_PRIORITY_LENGTH = 300;
/** Longest concerns text, in characters, so the statement stays on one page. */
export const MAX_CONCERNS_LENGTH = 2000;

/** What the parent gives us. Texts are in the parent's own words. */
export type ConcernsStatementInput = {
  readonly childName: string;
  /** The date on the statement, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly priorities: readonly string[];
  /** Free text; blank lines separate paragraphs. May be empty. */
  readonly concerns: string;
  readonly parentName?: string;
  readonly school?: string;
  /** Which plan the statement goes with; the IEP by default. */
  readonly plan?: 'iep' | 'section_504';
};

/** The statement, ready to lay out on one page, in one language. */
export type ConcernsStatement = {
  readonly locale: Locale;
  readonly title: string;
  readonly childLine: string;
  readonly schoolLine: string | null;
  readonly dateLine: string;
  readonly intro: string;
  readonly prioritiesHeading: string;
  /** Numbered on the page in this order. */
  readonly priorities: readonly string[];
  readonly concernsHeading: string | null;
  readonly concerns: readonly string[];
  /** The request to attach the statement to the IEP, with its citation in the sentence. */
  readonly attachRequest: string;
  readonly signatureLine: string | null;
  readonly citations: readonly Citation[];
};

export const CONCERNS_PROBLEM_CODES = [
  'child_name_missing',
  'invalid_date',
  'no_priorities',
  'too_many_priorities',
  'priority_too_long',
  'concerns_too_long',
] as const;
export type ConcernsProblemCode = (typeof CONCERNS_PROBLEM_CODES)[number];

/** A problem with one field, e.g. `{ field: 'priorities[2]', code: 'priority_too_long' }`. */
export type ConcernsProblem = { readonly field: string; readonly code: ConcernsProblemCode };

export type ConcernsStatementOutcome =
  | { readonly ok: true; readonly statement: ConcernsStatement }
  | { readonly ok: false; readonly problems: readonly ConcernsProblem[] };

const TEXT = {
  en: {
    title: 'Parent Concerns Statement',
    child: (name: string) => `Child: ${name}`,
    school: (school: string) => `School: ${school}`,
    date: (date: string) => `Date: ${date}`,
    intro: (name: string) =>
      `I am writing as ${name}’s parent. I know ${name} well, and I want to work with the team. These are my priorities and concerns for the coming year.`,
    prioritiesHeading: 'My top priorities',
    concernsHeading: 'My concerns',
    attachIep:
      'Please attach this statement to my child’s IEP. The IEP team must consider the parents’ concerns when it writes the IEP (34 CFR 300.324(a)(1)(ii)).',
    attach504: 'Please keep this statement with my child’s 504 plan and share it with the team.',
    signature: (parent: string) => `Thank you, ${parent}`,
  },
  es: {
    title: 'Declaración de las preocupaciones de los padres',
    child: (name: string) => `Estudiante: ${name}`,
    school: (school: string) => `Escuela: ${school}`,
    date: (date: string) => `Fecha: ${date}`,
    intro: (name: string) =>
      `Les escribo como familia de ${name}. Conozco bien a ${name} y quiero trabajar junto con el equipo. Estas son mis prioridades y preocupaciones para el próximo año.`,
    prioritiesHeading: 'Mis prioridades principales',
    concernsHeading: 'Mis preocupaciones',
    attachIep:
      'Por favor, adjunten esta declaración al IEP de mi hijo. El equipo del IEP debe tomar en cuenta las preocupaciones de los padres al escribir el IEP (34 CFR 300.324(a)(1)(ii)).',
    attach504:
      'Por favor, guarden esta declaración con el plan 504 de mi hijo y compártanla con el equipo.',
    signature: (parent: string) => `Gracias, ${parent}`,
  },
} as const;

/** Collapses runs of spaces and trims, keeping the parent's words as written. */
function tidy(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Checks the parent's input and builds the one-page statement in one language.
 *
 * @example
 * const out = buildConcernsStatement(
 *   { childName: 'Ana', date: '2027-03-01', priorities: ['Reading'], concerns: '' },
 *   'en',
 * );
 * out.ok && out.statement.attachRequest; // 'Please attach this statement to my child’s IEP. …'
 */
export function buildConcernsStatement(
  input: ConcernsStatementInput,
  locale: Locale,
): ConcernsStatementOutcome {
  const problems: ConcernsProblem[] = [];
  const childName = tidy(input.childName);
  if (childName === '') {
    problems.push({ field: 'childName', code: 'child_name_missing' });
  }
  if (!isCalendarDate(input.date)) {
    problems.push({ field: 'date', code: 'invalid_date' });
  }
  const priorities = input.priorities.map(tidy).filter((p) => p !== '');
  if (priorities.length === 0) {
    problems.push({ field: 'priorities', code: 'no_priorities' });
  }
  if (priorities.length > MAX_PRIORITIES) {
    problems.push({ field: 'priorities', code: 'too_many_priorities' });
  }
  input.priorities.forEach((p, i) => {
    if (tidy(p).length > MAX_PRIORITY_LENGTH) {
      problems.push({ field: `priorities[${i}]`, code: 'priority_too_long' });
    }
  });
  if (input.concerns.trim().length > MAX_CONCERNS_LENGTH) {
    problems.push({ field: 'concerns', code: 'concerns_too_long' });
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const t = TEXT[locale];
  const concerns = input.concerns
    .split(/\n\s*\n/)
    .map(tidy)
    .filter((p) => p !== '');
  const school = input.school ? tidy(input.school) : '';
  const parent = input.parentName ? tidy(input.parentName) : '';
  const isIep = (input.plan ?? 'iep') === 'iep';
  return {
    ok: true,
    statement: {
      locale,
      title: t.title,
      childLine: t.child(childName),
      schoolLine: school === '' ? null : t.school(school),
      dateLine: t.date(formatDate(input.date, locale)),
      intro: t.intro(childName),
      prioritiesHeading: t.prioritiesHeading,
      priorities,
      concernsHeading: concerns.length > 0 ? t.concernsHeading : null,
      concerns,
      attachRequest: isIep ? t.attachIep : t.attach504,
      signatureLine: parent === '' ? null : t.signature(parent),
      citations: isIep ? [C.p324a1ii] : [],
    },
  };
}
