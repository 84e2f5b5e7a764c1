/**
 * Renders deadline steps as plain sentences in English or Spanish, e.g.
 * "Sept 2, 2026 + 60 calendar days = Nov 1, 2026" or
 * "skipped Mon Jan 18: Birthday of Martin Luther King, Jr., a federal holiday; …".
 *
 * @module
 */
import type { Deadline } from './compute-deadlines.js';
import { ALABAMA_DEADLINE_RULES } from './deadline-rules.js';
import type { CountUnit, DeadlineStep } from './deadline-step.js';
import { EVENT_TYPE_LABELS, isEventType } from './event-types.js';
import type { HolidayOccurrence } from './holiday-calendar.js';
import { type IsoDate, parseIsoDate, weekday } from './iso-date.js';
import type { Locale } from './localized.js';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/** How much of a date to show. */
export type DateStyle = { readonly weekday?: boolean; readonly year?: boolean };

function partsOf(text: string): { year: number; month: number; day: number } {
  // Also accepts days that do not exist (e.g. '2027-02-29' in a clamping step).
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return {
    year: Number(match?.[1] ?? 0),
    month: Number(match?.[2] ?? 1),
    day: Number(match?.[3] ?? 1),
  };
}

/**
 * Formats a date for a sentence: "Wed Sept 2, 2026" / "miércoles 2 de septiembre de 2026".
 *
 * @example
 * formatDate('2026-11-01', 'en', { weekday: true }); // 'Sun Nov 1, 2026'
 */
export function formatDate(date: IsoDate, locale: Locale, style: DateStyle = {}): string {
  const { year, month, day } = partsOf(date);
  const showYear = style.year ?? true;
  const dayName =
    style.weekday && parseIsoDate(date).ok
      ? (locale === 'en' ? WEEKDAYS_EN : WEEKDAYS_ES)[weekday(date)]
      : undefined;
  if (locale === 'en') {
    const core = `${MONTHS_EN[month - 1] ?? ''} ${day}${showYear ? `, ${year}` : ''}`;
    return dayName ? `${dayName} ${core}` : core;
  }
  const core = `${day} de ${MONTHS_ES[month - 1] ?? ''}${showYear ? ` de ${year}` : ''}`;
  return dayName ? `${dayName} ${core}` : core;
}

const UNITS: Readonly<Record<CountUnit, Readonly<Record<Locale, readonly [string, string]>>>> = {
  calendar_days: {
    en: ['calendar day', 'calendar days'],
    es: ['día calendario', 'días calendario'],
  },
  business_days: { en: ['business day', 'business days'], es: ['día hábil', 'días hábiles'] },
  school_days: { en: ['school day', 'school days'], es: ['día escolar', 'días escolares'] },
  months: { en: ['month', 'months'], es: ['mes', 'meses'] },
  years: { en: ['year', 'years'], es: ['año', 'años'] },
};

/**
 * "60 calendar days" / "60 días calendario".
 *
 * @example
 * formatCount(5, 'business_days', 'es'); // '5 días hábiles'
 */
export function formatCount(count: number, unit: CountUnit, locale: Locale): string {
  const [one, many] = UNITS[unit][locale];
  return `${count} ${count === 1 ? one : many}`;
}

const LEVEL_TEXT: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  federal: { en: 'a federal holiday', es: 'día festivo federal' },
  state: { en: 'a state holiday', es: 'día festivo estatal' },
  'federal+state': { en: 'a federal and state holiday', es: 'día festivo federal y estatal' },
  county: { en: 'a holiday in this county', es: 'día festivo en este condado' },
};

/**
 * "New Year's Day, a federal and state holiday" (one entry per distinct name).
 *
 * @example
 * describeHolidays(calendar.holidaysOn('2026-12-25'), 'en'); // 'Christmas Day, a federal and state holiday'
 */
export function describeHolidays(holidays: readonly HolidayOccurrence[], locale: Locale): string {
  const byName = new Map<string, Set<string>>();
  for (const holiday of holidays) {
    const name = holiday.name[locale];
    const levels = byName.get(name) ?? new Set<string>();
    levels.add(holiday.level);
    byName.set(name, levels);
  }
  return [...byName.entries()]
    .map(([name, levels]) => {
      const key =
        levels.has('federal') && levels.has('state')
          ? 'federal+state'
          : levels.has('federal')
            ? 'federal'
            : levels.has('state')
              ? 'state'
              : 'county';
      return `${name}, ${LEVEL_TEXT[key]?.[locale] ?? ''}`;
    })
    .join('; ');
}

function eventLabel(eventType: string, locale: Locale): string {
  return isEventType(eventType) ? EVENT_TYPE_LABELS[eventType][locale] : eventType;
}

function deadlineTitle(deadlineId: string, locale: Locale): string {
  const rule = ALABAMA_DEADLINE_RULES.find((candidate) => candidate.id === deadlineId);
  return rule ? rule.title[locale] : deadlineId;
}

const LIMIT_NOUN: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  iep_meeting_scheduled: { en: 'The IEP meeting', es: 'La reunión del IEP' },
  iep_meeting_held: { en: 'The IEP meeting', es: 'La reunión del IEP' },
  resolution_meeting_scheduled: { en: 'The resolution meeting', es: 'La reunión de resolución' },
  due_process_hearing_scheduled: { en: 'The hearing', es: 'La audiencia' },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Renders one step as a plain sentence.
 *
 * @example
 * renderStep({ kind: 'count_forward', from: '2026-09-02', count: 60, unit: 'calendar_days', to: '2026-11-01' }, 'en');
 * // 'Sept 2, 2026 + 60 calendar days = Nov 1, 2026'
 */
export function renderStep(step: DeadlineStep, locale: Locale): string {
  const en = locale === 'en';
  const d = (date: IsoDate, style?: DateStyle): string => formatDate(date, locale, style);
  switch (step.kind) {
    case 'start':
      if (step.direction === 'before') {
        return en
          ? `Start: ${d(step.date, { weekday: true })} (${eventLabel(step.eventType, locale)}). Counting goes backward, starting the day before.`
          : `Inicio: ${d(step.date, { weekday: true })} (${eventLabel(step.eventType, locale)}). Se cuenta hacia atrás, empezando el día anterior.`;
      }
      return en
        ? `Start: ${d(step.date, { weekday: true })}, when ${eventLabel(step.eventType, locale)}. Counting starts the next day.`
        : `Inicio: ${d(step.date, { weekday: true })}, cuando ${eventLabel(step.eventType, locale)}. Se empieza a contar al día siguiente.`;
    case 'start_after_deadline':
      return en
        ? `This count starts from "${deadlineTitle(step.deadlineId, locale)}": ${d(step.date)}.`
        : `Esta cuenta empieza desde «${deadlineTitle(step.deadlineId, locale)}»: ${d(step.date)}.`;
    case 'count_forward':
      return `${d(step.from)} + ${formatCount(step.count, step.unit, locale)} = ${d(step.to)}`;
    case 'count_back':
      return en
        ? `${d(step.from)} − ${formatCount(step.count, step.unit, locale)} = ${d(step.to)} (${d(step.from, { year: false })} itself is not counted)`
        : `${d(step.from)} − ${formatCount(step.count, step.unit, locale)} = ${d(step.to)} (no se cuenta el ${d(step.from, { year: false })})`;
    case 'skipped_weekend_days':
      return en
        ? `skipped ${step.days} weekend ${step.days === 1 ? 'day' : 'days'}`
        : `se ${step.days === 1 ? 'saltó 1 día' : `saltaron ${step.days} días`} de fin de semana`;
    case 'skipped_holiday':
      return en
        ? `skipped ${d(step.date, { weekday: true, year: false })}, ${describeHolidays(step.holidays, locale)}`
        : `se saltó el ${d(step.date, { weekday: true, year: false })}: ${describeHolidays(step.holidays, locale)}`;
    case 'skipped_closed_day': {
      const why = step.holidays.length > 0 ? ` (${describeHolidays(step.holidays, locale)})` : '';
      return en
        ? `skipped ${d(step.date, { weekday: true, year: false })}, no school that day on the district calendar${why}`
        : `se saltó el ${d(step.date, { weekday: true, year: false })}: no hay clases ese día según el calendario del distrito${why}`;
    }
    case 'skipped_no_school':
      return en
        ? `skipped ${d(step.from)} to ${d(step.to)}: school is not in session`
        : `se saltaron los días del ${d(step.from)} al ${d(step.to)}: no hay clases`;
    case 'clamped_to_month_end':
      return en
        ? `${d(step.missing)} does not exist, so the date is the last day of that month: ${d(step.to)}`
        : `El ${d(step.missing)} no existe, así que la fecha es el último día de ese mes: ${d(step.to)}`;
    case 'estimate_without_school_calendar':
      return en
        ? 'No school calendar was entered, so school days were counted as weekdays that are not holidays. This date is an estimate. Add your district calendar for the exact date.'
        : 'No se ingresó el calendario escolar, así que se contaron como días escolares los días de semana que no son festivos. Esta fecha es aproximada. Agregue el calendario de su distrito para saber la fecha exacta.';
    case 'school_calendar_ended':
      return en
        ? `The school calendar ends ${d(step.lastDay)}, with ${formatCount(step.remaining, 'school_days', locale)} still to count. Those days come in the next school year, so the real date is later. This date is an estimate: add next year's calendar for the exact date.`
        : `El calendario escolar termina el ${d(step.lastDay)} y todavía faltan ${formatCount(step.remaining, 'school_days', locale)}. Esos días son del próximo año escolar, así que la fecha real es más tarde. Esta fecha es aproximada: agregue el calendario del próximo año para saber la fecha exacta.`;
    case 'outer_limit': {
      const noun =
        LIMIT_NOUN[step.eventType]?.[locale] ?? capitalize(eventLabel(step.eventType, locale));
      return en
        ? `${noun} on ${d(step.date)} comes before ${d(step.limitDue)}, so the date is ${d(step.date)}: before that meeting or hearing starts.`
        : `${noun} del ${d(step.date)} es antes del ${d(step.limitDue)}, así que la fecha es el ${d(step.date)}: antes de que empiece esa reunión o audiencia.`;
    }
    case 'lands_on_non_business_day': {
      const what = step.weekend
        ? en
          ? `a ${weekday(step.date) === 6 ? 'Saturday' : 'Sunday'}`
          : weekday(step.date) === 6
            ? 'sábado'
            : 'domingo'
        : describeHolidays(step.holidays, locale);
      return en
        ? `${d(step.date)} is ${what}. The law does not move the date. To be safe, treat ${d(step.actBy, { weekday: true })} as the last day.`
        : `El ${d(step.date)} es ${what}. La ley no cambia la fecha. Para estar seguro, tome el ${d(step.actBy, { weekday: true })} como el último día.`;
    }
    case 'alternative':
      return en
        ? `If the federal default applies instead: ${formatCount(step.count, step.unit, locale)}, which is ${d(step.date)}.`
        : `Si en cambio se aplica el plazo federal general: ${formatCount(step.count, step.unit, locale)}, que es el ${d(step.date)}.`;
  }
}

/**
 * All steps of a deadline as sentences, in order.
 *
 * @example
 * explainDeadline(deadline, 'es'); // ['Inicio: miércoles 2 de septiembre de 2026, …', '2 de septiembre de 2026 + 60 días calendario = 1 de noviembre de 2026', …]
 */
export function explainDeadline(deadline: Pick<Deadline, 'steps'>, locale: Locale): string[] {
  return deadline.steps.map((step) => renderStep(step, locale));
}
