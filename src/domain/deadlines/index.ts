/**
 * IDEA, Alabama and Section 504 deadline engine. Pure: no I/O, no clock, dates as 'YYYY-MM-DD'.
 *
 * @module
 */
export {
  type ComputeDeadlinesInput,
  type ComputeDeadlinesResult,
  computeDeadlines,
  type Deadline,
  type DeadlineEventInput,
  type DeadlineTrigger,
  type InputProblem,
  type InputProblemCode,
  type SchoolCalendarInput,
  validateDeadlineInput,
} from './compute-deadlines.js';
export {
  addBusinessDays,
  addSchoolDays,
  type DayType,
  isBusinessDay,
  type SchoolCalendar,
  subtractBusinessDays,
} from './day-count.js';
export {
  DEADLINE_PARAMETERS,
  type DeadlineParameter,
  PARAMETERS_CHECKED,
  type ParameterId,
} from './deadline-parameters.js';
export {
  ALABAMA_DEADLINE_RULES,
  DEADLINE_IDS,
  type DeadlineActor,
  type DeadlineId,
  type DeadlineRule,
  SUPPORTED_FROM,
  SUPPORTED_TO,
} from './deadline-rules.js';
export type { CountUnit, DeadlineStep } from './deadline-step.js';
export { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from './event-types.js';
export {
  createHolidayCalendar,
  type HolidayCalendar,
  type HolidayOccurrence,
} from './holiday-calendar.js';
export { ALABAMA_HOLIDAYS, FEDERAL_HOLIDAYS, type HolidayRule } from './holiday-rules.js';
export type { IsoDate } from './iso-date.js';
export {
  ALABAMA_COUNTIES,
  JURISDICTION_IDS,
  JURISDICTIONS,
  type Jurisdiction,
  type JurisdictionId,
} from './jurisdictions.js';
export { LOCALES, type Locale, type Localized } from './localized.js';
export { describeHolidays, explainDeadline, formatDate, renderStep } from './render-step.js';
