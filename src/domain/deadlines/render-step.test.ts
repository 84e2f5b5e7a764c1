import { describe, expect, it } from 'vitest';
import { computeDeadlines, type Deadline } from './compute-deadlines.js';
import type { DeadlineStep } from './deadline-step.js';
import { createHolidayCalendar } from './holiday-calendar.js';
import { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS } from './holiday-rules.js';
import { LOCALES } from './localized.js';
import { describeHolidays, explainDeadline, formatDate, renderStep } from './render-step.js';

const holidays = createHolidayCalendar([...FEDERAL_HOLIDAYS, ...ALABAMA_HOLIDAYS], {
  county: 'Mobile',
});

describe('dates in sentences', () => {
  it.each([
    ['2026-09-02', 'en', {}, 'Sept 2, 2026'],
    ['2026-11-01', 'en', { weekday: true }, 'Sun Nov 1, 2026'],
    ['2021-01-18', 'en', { weekday: true, year: false }, 'Mon Jan 18'],
    ['2026-09-02', 'es', {}, '2 de septiembre de 2026'],
    ['2026-11-01', 'es', { weekday: true }, 'domingo 1 de noviembre de 2026'],
  ] as const)('%s in %s reads "%s"', (date, locale, style, expected) => {
    expect(formatDate(date, locale, style)).toBe(expected);
  });
});

describe('each step as a plain sentence', () => {
  const table: readonly [string, DeadlineStep, string, string][] = [
    [
      'counting forward',
      {
        kind: 'count_forward',
        from: '2026-09-02',
        count: 60,
        unit: 'calendar_days',
        to: '2026-11-01',
      },
      'Sept 2, 2026 + 60 calendar days = Nov 1, 2026',
      '2 de septiembre de 2026 + 60 días calendario = 1 de noviembre de 2026',
    ],
    [
      'counting back from a hearing',
      { kind: 'count_back', from: '2026-03-16', count: 5, unit: 'business_days', to: '2026-03-09' },
      'Mar 16, 2026 − 5 business days = Mar 9, 2026 (Mar 16 itself is not counted)',
      '16 de marzo de 2026 − 5 días hábiles = 9 de marzo de 2026 (no se cuenta el 16 de marzo)',
    ],
    [
      'one year, singular',
      { kind: 'count_forward', from: '2026-03-10', count: 1, unit: 'years', to: '2027-03-10' },
      'Mar 10, 2026 + 1 year = Mar 10, 2027',
      '10 de marzo de 2026 + 1 año = 10 de marzo de 2027',
    ],
    [
      'a skipped Alabama-only holiday',
      { kind: 'skipped_holiday', date: '2026-04-27', holidays: holidays.holidaysOn('2026-04-27') },
      'skipped Mon Apr 27, Confederate Memorial Day, a state holiday',
      'se saltó el lunes 27 de abril: Día de Recordación Confederada (Confederate Memorial Day), día festivo estatal',
    ],
    [
      'a skipped holiday both federal and state keep under one name',
      { kind: 'skipped_holiday', date: '2026-12-25', holidays: holidays.holidaysOn('2026-12-25') },
      'skipped Fri Dec 25, Christmas Day, a federal and state holiday',
      'se saltó el viernes 25 de diciembre: Navidad, día festivo federal y estatal',
    ],
    [
      'the combined Lee / King day next to the federal King day',
      { kind: 'skipped_holiday', date: '2021-01-18', holidays: holidays.holidaysOn('2021-01-18') },
      'skipped Mon Jan 18, Birthday of Martin Luther King, Jr., a federal holiday; Robert E. Lee / Martin Luther King Jr. Birthday, a state holiday',
      'se saltó el lunes 18 de enero: Natalicio de Martin Luther King Jr., día festivo federal; Natalicio de Robert E. Lee y de Martin Luther King Jr., día festivo estatal',
    ],
    [
      'Mardi Gras in Mobile County',
      { kind: 'skipped_holiday', date: '2026-02-17', holidays: holidays.holidaysOn('2026-02-17') },
      'skipped Tue Feb 17, Mardi Gras, a holiday in this county',
      'se saltó el martes 17 de febrero: Mardi Gras (Martes de Carnaval), día festivo en este condado',
    ],
    [
      'weekend days',
      { kind: 'skipped_weekend_days', days: 2 },
      'skipped 2 weekend days',
      'se saltaron 2 días de fin de semana',
    ],
    [
      'one weekend day',
      { kind: 'skipped_weekend_days', days: 1 },
      'skipped 1 weekend day',
      'se saltó 1 día de fin de semana',
    ],
    [
      'clamping Feb 29',
      { kind: 'clamped_to_month_end', missing: '2029-02-29', to: '2029-02-28' },
      'Feb 29, 2029 does not exist, so the date is the last day of that month: Feb 28, 2029',
      'El 29 de febrero de 2029 no existe, así que la fecha es el último día de ese mes: 28 de febrero de 2029',
    ],
    [
      'a Sunday due date',
      {
        kind: 'lands_on_non_business_day',
        date: '2026-11-01',
        weekend: true,
        holidays: [],
        actBy: '2026-10-30',
      },
      'Nov 1, 2026 is a Sunday. The law does not move the date. To be safe, treat Fri Oct 30, 2026 as the last day.',
      'El 1 de noviembre de 2026 es domingo. La ley no cambia la fecha. Para estar seguro, tome el viernes 30 de octubre de 2026 como el último día.',
    ],
    [
      'the federal default next to the unconfirmed Alabama date',
      {
        kind: 'alternative',
        basis: 'federal_default',
        count: 90,
        unit: 'calendar_days',
        date: '2026-12-31',
      },
      'If the federal default applies instead: 90 calendar days, which is Dec 31, 2026.',
      'Si en cambio se aplica el plazo federal general: 90 días calendario, que es el 31 de diciembre de 2026.',
    ],
  ];

  it.each(table)('%s', (_name, step, en, es) => {
    expect(renderStep(step, 'en')).toBe(en);
    expect(renderStep(step, 'es')).toBe(es);
  });

  it('two holidays that share a name and level are named once', () => {
    expect(describeHolidays(holidays.holidaysOn('2026-01-01'), 'en')).toBe(
      "New Year's Day, a federal and state holiday",
    );
  });
});

describe('every step of every deadline reads as a sentence in both languages', () => {
  const result = computeDeadlines({
    jurisdiction: 'US-AL',
    county: 'Mobile',
    schoolCalendar: {
      firstDay: '2026-08-10',
      lastDay: '2027-05-21',
      closedDays: ['2026-11-26', '2027-01-18'],
    },
    events: [
      { type: 'evaluation_consent_received', date: '2026-09-02' },
      { type: 'evaluation_completed', date: '2026-11-02' },
      { type: 'eligibility_determined', date: '2028-02-29' },
      { type: 'iep_meeting_held', date: '2027-03-01' },
      { type: 'records_request_received', date: '2026-09-01' },
      { type: 'iep_meeting_scheduled', date: '2026-09-21' },
      { type: 'alleged_violation_occurred', date: '2026-03-10' },
      { type: 'alleged_violation_known', date: '2026-03-10' },
      { type: 'state_complaint_received', date: '2026-11-02' },
      { type: 'due_process_complaint_received', date: '2026-10-02' },
      { type: 'resolution_agreement_signed', date: '2026-02-13' },
      { type: 'due_process_hearing_scheduled', date: '2026-03-16' },
      { type: 'hearing_decision_received', date: '2026-10-02' },
      { type: 'expedited_due_process_complaint_received', date: '2027-05-10' },
      { type: 'expedited_hearing_held', date: '2027-01-12' },
      { type: 'disciplinary_change_of_placement', date: '2026-07-20' },
      { type: 'discrimination_occurred', date: '2026-07-05' },
    ],
  });
  const deadlines: readonly Deadline[] = result.ok ? result.deadlines : [];

  it('the case produces a deadline for every rule', () => {
    expect(new Set(deadlines.map((d) => d.id)).size).toBe(23);
  });

  it.each(LOCALES)('in %s no sentence is empty or leaks "undefined" or a raw id', (locale) => {
    const sentences = deadlines.flatMap((d) => explainDeadline(d, locale));
    const kinds = new Set(deadlines.flatMap((d) => d.steps.map((s) => s.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    for (const sentence of sentences) {
      expect(sentence.length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/undefined|NaN|_/);
    }
  });

  it('English and Spanish explanations differ (Spanish is really translated)', () => {
    for (const d of deadlines) {
      const en = explainDeadline(d, 'en');
      const es = explainDeadline(d, 'es');
      expect(es).toHaveLength(en.length);
      expect(es[0]).not.toBe(en[0]);
    }
  });
});
