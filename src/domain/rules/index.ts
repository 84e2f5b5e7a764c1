/**
 * The path chooser (issue 4): a pure engine that ranks dispute paths with reasons, citations,
 * filing windows and next steps, plus the interview that collects its input.
 *
 * @module
 */
export { assessPaths, evaluatePaths, lastDayToFile } from './assess-paths.js';
export * from './assessment-types.js';
export { addDays, addYears, compareDates, daysBetween, isCalendarDate } from './calendar-date.js';
export { CONCERN_KINDS, type ConcernKind, profileFor } from './concern-profiles.js';
export * from './interview.js';
export {
  allInForce,
  type Dated,
  type FilingWindow,
  inForce,
  type JurisdictionRules,
  type LegalHelp,
  PROVISION_IDS,
  type Prerequisite,
  type ProvisionId,
  provisionCitations,
  RULES_BY_JURISDICTION,
} from './jurisdiction-rules.js';
export { type LocalizedAssessment, localizeAssessment } from './localize-assessment.js';
export { nextStepsFor } from './next-steps.js';
export {
  COMPARED_PATHS,
  FACT_KEYS,
  type FactKey,
  factIsUnverified,
  PATH_FACTS_BY_JURISDICTION,
  type PathFact,
  type PathFacts,
  pathFacts,
} from './path-facts.js';
export { CONCERN_LABELS, PATH_LABELS, REASON_TEXTS, type ReasonId } from './reason-texts.js';
export { US_AL_RULES } from './us-al-rules.js';
export { validateAssessmentRequest } from './validate-assessment-request.js';
export { type WindowEvent, windowEventsFor } from './window-events.js';
